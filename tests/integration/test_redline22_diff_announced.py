"""`policy diff` of a translation without an `announced:` of its own says the authoritative page's announcement, as
the build's changes page and Word file do (redline22): it said nothing of it, its redline read as the text in force.
One way for every caller: engine.diff(source=), given by sides.compare and archive.changes_of alike; the
authoritative page's counts whatever the translation's own says (redline24: document.notice_page)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy_repo import Project, new_project
from policysite import strings

pytestmark = pytest.mark.usefixtures("commands_in_process")  # no test here is about the process itself


def _two_versions(root: Path, *, announced: str = "") -> Project:
    """Two versions in French and English, the second announced in French only (`announced`), the authoritative
    language, where given."""
    project = new_project(root)
    project.commit("2030-01-10")
    project.write("2030-03-01", fr="Nous traitons vos données avec un soin constant.",
                  en="We process your data with constant care.")
    french = project.root / "docs" / "fr" / "index.md"
    if announced:
        french.write_text(french.read_text(encoding="utf-8").replace(
            "date: 2030-03-01", f"date: 2030-03-01\nannounced: {announced}"), encoding="utf-8")
    project.commit_all("policy 2030-03-01")
    return project


@pytest.fixture
def project(tmp_path):
    return _two_versions(tmp_path / "project", announced="2030-02-01")


def _said(lang: str) -> str:
    import datetime as dt

    return strings.redline_labels(lang)["announced"].format(
        announced=strings.long_date(dt.date(2030, 2, 1), lang), date=strings.long_date(dt.date(2030, 3, 1), lang))


@pytest.mark.parametrize("new", ["2030-03-01", "worktree"])
def test_a_translation_s_diff_says_the_authoritative_announcement(project, new):
    result = project.run("diff", "2030-01-10", new, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert _said("en") in result.stdout
    markdown = project.run("diff", "2030-01-10", new, "--lang", "en", "--format", "markdown")
    assert _said("en") in markdown.stdout
    # and the authoritative page's own, as before
    assert _said("fr") in project.run("diff", "2030-01-10", new).stdout


def test_a_translation_s_own_announcement_does_not_count(project):
    english = project.root / "docs" / "en" / "index.md"
    english.write_text(english.read_text(encoding="utf-8").replace("date: 2030-03-01",
                                                                   "date: 2030-03-01\nannounced: 2030-02-15"),
                       encoding="utf-8")
    result = project.run("diff", "2030-01-10", "worktree", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert _said("en") in result.stdout and "February 15" not in result.stdout


def test_a_version_not_announced_says_nothing(tmp_path):
    project = _two_versions(tmp_path / "project")
    result = project.run("diff", "2030-01-10", "2030-03-01", "--lang", "en", "--format", "json")
    assert result.returncode == 0 and "not in force" not in result.stdout
    assert json.loads(result.stdout)["new_date"] == "2030-03-01"
