"""When each version went online (session 44, histories16): a manifest records its publication's moment, kept by a
rebuild, and a merged draft's note is said once, by the first publication after the merge. Synthetic texts in a
temporary repository, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from helpers import git
from policy_repo import Project, new_project
from policysite import clock

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _draft_merged(project: Project) -> tuple[str, str]:
    """A pull request dated 2024-03-01 merged `-s ours` into main (at 2024-01-10) on 2024-02-01: its commit, the
    merge."""
    git(project.root, "checkout", "-q", "-b", "pr")
    draft = project.commit("2024-03-01", fr="Brouillon rejeté.", en="Rejected draft.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "merge pr, keeping main",
        date="2024-02-01T10:00:00+00:00")
    return draft, git(project.root, "rev-parse", "HEAD").strip()


def _published(project: Project, version: str) -> str:
    return json.loads(project.show(f"manifest/{version}.json"))["published"]


def _notes(project: Project, version: str) -> list[dict]:
    return json.loads(project.show(f"manifest/{version}.json")).get("notes", [])


def _publish_on(project: Project, monkeypatch: pytest.MonkeyPatch, day: str) -> str:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stderr


def test_a_merged_draft_is_said_once_by_the_version_in_force_at_the_merge_published_after_it(tmp_path, monkeypatch):
    """2024-01-10 published on 2024-02-15, after the draft's merge: its publication says the draft; the next
    version's, 2024-06-01, said it again."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    draft, merge = _draft_merged(project)
    said = f"the text of {draft[:7]}, reached only through the 2nd parent of the merge {merge[:7]}"
    assert said in _publish_on(project, monkeypatch, "2024-02-15")
    assert _published(project, "2024-01-10").startswith("2024-02-15T")
    recorded = {"key": "history.draft-merged", "fields": {"commit": draft[:7], "day": "2024-03-01", "merge": merge[:7],
                                                          "parent": 2}}
    assert _notes(project, "2024-01-10") == [recorded]  # how it came to be, for whoever audits the archive
    page = " ".join(project.show("fr/history/index.html").replace("\u00a0", " ").split())
    assert "(mise en ligne le 15 février 2024)" in page, page  # and the history page says when it went online
    assert "(published on February 15, 2024)" in " ".join(project.show("en/history/index.html").split())

    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    assert said not in _publish_on(project, monkeypatch, "2024-06-01")
    assert _published(project, "2024-06-01").startswith("2024-06-01T")
    assert _notes(project, "2024-06-01") == []

    rebuilt = project.run("history", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert _published(project, "2024-01-10").startswith("2024-02-15T")  # kept: when it went online
    assert _notes(project, "2024-01-10") == [recorded]
    assert said not in rebuilt.stderr


def test_a_merged_draft_is_said_by_the_next_version_when_the_one_in_force_was_published_before(tmp_path, monkeypatch):
    """2024-01-10 published on 2024-01-20, before the merge: the next version's publication says the draft."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _publish_on(project, monkeypatch, "2024-01-20")
    draft, merge = _draft_merged(project)
    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    assert f"the text of {draft[:7]}, reached only through the 2nd parent of the merge {merge[:7]}" in _publish_on(
        project, monkeypatch, "2024-06-01")
    assert [note["key"] for note in _notes(project, "2024-06-01")] == ["history.draft-merged"]
    assert _notes(project, "2024-01-10") == []
