"""main rewritten under a published archive (session 44, histories15): a version's commit reset away (a reset, or a
reset to a force-pushed origin) is said as what happened, by `policy history` and `policy verify`, the archive kept
as published; it was "a preview of another branch" to verify and nothing to history. Synthetic texts in a temporary
repository, fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def test_a_published_version_reset_away_from_main_is_said_and_kept(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    gone = project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    assert project.run("history").returncode == 0
    git(project.root, "reset", "-q", "--hard", "HEAD~1")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")

    said = f"2022-01-01: published from {gone[:7]}, a text this branch held (at {gone[:7]}, a former tip this " \
        "clone's reflog records) until it was rewritten (a reset, or a force-push fetched): the archive keeps the " \
        "version as published, though the branch's history no longer shows its text"
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"warning: {said}" in result.stderr, result.stderr
    assert "Texte deux." in project.show("fr/2022-01-01/index.html")
    verified = project.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"note: {said}" in verified.stderr, verified.stderr
    assert "never held" not in verified.stdout + verified.stderr


def test_a_version_published_from_another_branch_is_still_no_text_of_this_one(tmp_path):
    """The reflog read is HEAD's branch's own: a draft published from a pull request's branch, whose reflog holds it,
    stays a preview to verify on main."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "pr")
    project.commit("2022-01-01", fr="Brouillon.", en="Draft.")
    assert project.run("history").returncode == 0
    git(project.root, "checkout", "-q", "main")

    verified = project.run("verify")
    assert verified.returncode == 1, verified.stdout + verified.stderr
    assert "2022-01-01: built from a text this branch never held" in verified.stdout + verified.stderr
    assert "a former tip" not in verified.stdout + verified.stderr
