"""A published language's code renamed in the configuration (en → en-GB) and `policy check` (session 56,
histories29): the renamed language's page, the very words published under en, was read as a language the version
never published. Synthetic texts in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, made_once, publish_first, rename_english
from policysite import checks
from policysite.findings import WARNING

pytestmark = pytest.mark.usefixtures("no_identity")

TODAY = dt.date(2026, 12, 7)


def test_check_reads_a_renamed_languages_page_as_the_text_published_under_its_old_code(tmp_path_factory, tmp_path):
    """2021-02-17 published in fr and en, then English renamed en-GB, its words unchanged: the check failed on an error
    at docs/en-GB/index.md's date, "2021-02-17 is already published without this text (English: not in the published
    version)", telling to give every page a new date as for a language joining the site, beside the warning that the
    code must be set back (which alone is what publishing refuses). The page is the text published under en: only
    the warning is said, and the check passes, as the rename's own test expects. A word of it changed under the
    published date is an error naming the section changed, as for en."""
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    rename_english(project)
    project.commit_all("English is en-GB")
    found = checks.check_project(root=project.root, today=TODAY)
    assert [f.rule for f in found if f.rule.startswith("published.")] == [], [f.message for f in found]
    assert [(f.rule, f.severity) for f in found if f.rule == "config.renamed-language"] == [
        ("config.renamed-language", WARNING)]
    page = project.root / "docs" / "en-GB" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("We process your data with care.",
                                                             "We process your data with great care."),
                    encoding="utf-8")
    changed = [f for f in checks.check_project(root=project.root, today=TODAY) if f.rule == "published.changed"]
    assert [(f.path, f.line) for f in changed] == [("docs/en-GB/index.md", 2)], changed
    assert "already published with a different text (English: §2)" in changed[0].message, changed[0].message
