"""legal19: a version dated ahead whose `announced:` is written on the translation's page only is said once, where it
is to be written: at the authoritative page's date (add it there) and at the translation's `announced:` line (only the
authoritative page's counts). The translation's page was also told "add announced: 2026-12-06" at its date, the line
right above the one that says it."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks

TODAY = dt.date(2026, 12, 6)


def test_announced_on_the_translation_alone_is_not_asked_for_again_on_its_page(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2026-01-05")
    project.write("2027-01-05")
    english = project.root / "docs" / "en" / "index.md"
    english.write_text(english.read_text(encoding="utf-8").replace(
        "date: 2027-01-05\n", "date: 2027-01-05\nannounced: 2026-12-06\n"), encoding="utf-8")
    found = [(f.path, f.line, f.rule) for f in checks.check_project(root=project.root, today=TODAY)]
    assert ("docs/fr/index.md", 2, "frontmatter.date-future") in found, found
    assert ("docs/en/index.md", 3, "sync.notice") in found, found
    assert ("docs/en/index.md", 2, "frontmatter.date-future") not in found, found
    # written on both: nothing said; on neither: each page is told (each language's version is dated ahead)
    french = project.root / "docs" / "fr" / "index.md"
    french.write_text(french.read_text(encoding="utf-8").replace(
        "date: 2027-01-05\n", "date: 2027-01-05\nannounced: 2026-12-06\n"), encoding="utf-8")
    assert not [f for f in checks.check_project(root=project.root, today=TODAY)
                if f.rule.startswith(("frontmatter.", "sync.notice"))]
    project.write("2027-01-05")
    found = [(f.path, f.line, f.rule) for f in checks.check_project(root=project.root, today=TODAY)]
    assert {("docs/fr/index.md", 2, "frontmatter.date-future"), ("docs/en/index.md", 2, "frontmatter.date-future")} \
        <= set(found), found
