"""A policy the old site showed over several pages, saved one file a page: imported as one version (adoption hunt
26)."""
from __future__ import annotations

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")  # (as CI: no identity of the machine's)


def test_a_policy_saved_as_two_pages_of_one_date_is_imported_as_one_version(tmp_path, capsys):
    site = tmp_path / "acme"
    assert cli.main(["init", str(site), "--company", "Acme Ltd", "--languages", "en"]) == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    for number, body in ((1, "<h1>Privacy Policy</h1><p>Effective 1 January 2023.</p><h2>1. Who we are</h2>"
                             "<p>Acme Ltd is the controller.</p>"),
                         (2, "<h1>Privacy Policy</h1><h2>2. Contact</h2><p>Write to us.</p>")):
        (archive / f"privacy-2023-01-01-part-{number}.html").write_text(
            f"<html lang=en><body><main>{body}<nav><a href=\"privacy-2023-01-01-part-{3 - number}.html\">Other page"
            f"</a></nav></main></body></html>", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "read with privacy-2023-01-01-part-2.html as one text" in out and "recorded 1 change in the site's history" in out, out
    page = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert page.count("# Privacy Policy") == 1 and page.index("## 1. Who we are") < page.index("## 2. Contact"), page
    assert "Other page" not in page
    assert git(site, "log", "-1", "--format=%ad", "--date=short").strip() == "2023-01-01"
    assert cli.main(["--root", str(site), "check"]) == 0
