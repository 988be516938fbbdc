"""A generator, not a one-off: another company's policy, in one language, builds from settings alone."""
from __future__ import annotations

import shutil
from pathlib import Path

from helpers import ROOT, synthetic_policy
from policysite import checks
from policysite.build import build_site


def one_language_project(path: Path) -> Path:
    """Example Org's English-only policy: the project's config with other settings, hooks and overrides."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    replacements = {
        "site_name: Politique de confidentialité de DialOnce": "site_name: Example Org privacy policy",
        "site_url: https://www.dial-once.com/politique-de-confidentialite/fr/": "site_url: https://example.test/privacy/en/",
        "copyright: Copyright © DialOnce. 2016-2021. Tous droits réservés.": "copyright: Example Org",
        "site_description: Politique de confidentialité de DialOnce et dispositions relatives au RGPD":
            "site_description: Example Org privacy policy",
        "docs_dir: docs/fr": "docs_dir: docs/en",
        "site_dir: public/fr": "site_dir: public/en",
        "  language: fr": "  language: en",
        "    lang: fr": "    lang: en",
        "    company: DialOnce\n    brand: DialOnce": "    company: Example Org\n    brand: Example",
        "public_url: https://www.dial-once.com/politique-de-confidentialite/": "public_url: https://example.test/privacy/",
        "      - code: fr\n        name: Français\n      - code: en\n        name: English\n    authoritative: fr":
            "      - code: en\n        name: English\n    authoritative: en",
    }
    for old, new in replacements.items():
        assert old in config, old
        config = config.replace(old, new)
    path.mkdir()
    (path / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, path / name)
    page = path / "docs" / "en" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(synthetic_policy("2024-05-01", title="Example privacy policy"), encoding="utf-8")
    return path


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
