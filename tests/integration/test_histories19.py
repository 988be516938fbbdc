"""Histories as real repositories have them (session 47, histories19): a gh-pages force-pushed or edited without a
published version, and what else real histories hold. Synthetic texts of a fictional company, in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, new_project
from policysite import verify
from policysite.messages import Said, said_in

pytestmark = pytest.mark.usefixtures("fixed_git")


def _three(root) -> Project:
    project = new_project(root)
    project.commit("2021-02-17")
    project.history()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.publish()
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    project.publish()
    return project


@pytest.mark.parametrize("how", ["force-push", "hand-edit"])
def test_a_branch_without_a_published_version_says_so_once_and_how_to_restore_it_without_follow_on_lines(
        tmp_path, how):
    """2022-03-01 gone from gh-pages, by a force-push of a history rewritten without it or by a commit removing it:
    verify said it, then some 20 lines that followed from it (versions.json, versions-recent.json, the archive pages of
    each language, every page of 2023-01-01 built with it "differs from a rebuild", its recorded changes): the one fact
    is said, what is not compared until it is restored in one note with the command, and once restored all passes."""
    project = _three(tmp_path / "project")
    tip = project.branch()
    gone = ["fr/2022-03-01", "en/2022-03-01", "manifest/2022-03-01.json"]
    if how == "hand-edit":
        commit_on_branch(project, dict.fromkeys(gone), "Remove 2022-03-01")
    else:
        first = git(project.root, "rev-list", "--max-parents=0", "gh-pages").strip()
        removed = commit_on_branch(project, dict.fromkeys(gone), "rewritten")
        squashed = git(project.root, "commit-tree", f"{removed}^{{tree}}", "-p", first, "-m", "rewritten").strip()
        git(project.root, "update-ref", "refs/heads/gh-pages", squashed)
    report = verify.verify(root=project.root)
    said = [str(p) for p in report.problems]
    assert any(line.startswith("2022-03-01") for line in said), said
    assert not [line for line in said if "rebuild" in line or "versions" in line or "/2023-01-01/" in line], said
    assert len(said) <= 2, said  # the version gone; a rewritten history says so of 2023-01-01's record too
    notes = [n for n in report.notes if isinstance(n, Said) and n.key == "verify.after-gone"]
    assert len(notes) == 1 and "gh-pages lacks 2022-03-01" in notes[0] and "pages of 2023-01-01" in notes[0] \
        and "`git push --force origin gh-pages`" in notes[0], report.notes
    assert "gh-pages n'a pas 2022-03-01" in said_in(notes[0], "fr")
    git(project.root, "update-ref", "refs/heads/gh-pages", tip)  # restored from a copy that has it
    assert verify.verify(root=project.root).problems == []

