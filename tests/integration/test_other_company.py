"""A generator, not a one-off: another company's policy, in one language, builds from settings alone."""
from __future__ import annotations

from helpers import one_language_project
from policysite import checks
from policysite.build import build_site


def test_one_language_policy_of_another_company_checks_and_builds(tmp_path):
    project = one_language_project(tmp_path / "example")
    assert checks.check_project(root=project) == []
    site = tmp_path / "site"
    assert build_site(root=project, site_dir=site) == [site / "en"]
    html = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in html and "Example privacy policy" in html
    assert '<h2 id="s1">1. First section' in html and "Last updated: May 1, 2024" in html
    assert "DialOnce" not in html and "dial-once" not in html
    assert '<meta http-equiv="refresh" content="0; url=en/">' in (site / "index.html").read_text(encoding="utf-8")
