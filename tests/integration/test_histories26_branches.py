"""The local archive and origin's copy, what the site serves, apart (session 53, histories26): diverged (each with
commits the other lacks), or ahead (published here, not pushed), and what `policy at` and verify say of them.
Synthetic texts of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _three_published(project: Project, _folder) -> None:
    """2021-02-17, 2022-03-01 and 2023-01-01, each published by a `policy history` run of its own."""
    for date, fr, en in (("2021-02-17", "Premier texte.", "First text."), ("2022-03-01", "Deuxième texte.",
                         "Second text."), ("2023-01-01", "Troisième texte.", "Third text.")):
        project.commit(date, fr=fr, en=en)
        assert project.run("history").returncode == 0


def _clone(tmp_path_factory, tmp_path) -> Project:
    """A clone of the three versions' repository (its origin), gh-pages fetched as the local branch."""
    made = made_once(tmp_path_factory, _three_published)
    local = Project(tmp_path / "local")
    git(tmp_path, "clone", "-q", f"file://{made.root}", str(local.root))
    git(local.root, "fetch", "-q", "origin", "gh-pages:gh-pages")
    return local


@pytest.mark.parametrize("fetched", [False, True])
def test_a_local_archive_diverged_from_the_site_s_copy_is_said_diverged_not_rewound(tmp_path_factory, tmp_path,
                                                                                     fetched):
    """The local gh-pages without 2023-01-01 and with a commit of its own, origin's copy holding 2023-01-01: `policy
    at 2023-06-01` answered 2022-03-01 (a text the site no longer showed) with a note, or, where this clone's reflog of
    origin/gh-pages named the tip (fetched since), said the branch "reset or force-pushed to before it"; verify said
    "publish it (`policy history`)", which refuses a diverged branch. Each says what happened and what to run."""
    local = _clone(tmp_path_factory, tmp_path)
    site = git(local.root, "rev-parse", "origin/gh-pages").strip()
    if fetched:  # this clone saw origin's copy move to the tip holding 2023-01-01: its reflog names it
        git(local.root, "update-ref", "refs/remotes/origin/gh-pages", f"{site}~1")
        git(local.root, "update-ref", "-m", "fetch", "refs/remotes/origin/gh-pages", site)
    git(local.root, "branch", "-f", "gh-pages", git(local.root, "commit-tree", "-p", f"{site}~1", "-m", "hand",
                                                    f"{site}~1^{{tree}}").strip())
    asked = local.run("at", "2023-06-01", "--messages", "en")
    assert asked.returncode == 1 and asked.stdout == "", asked
    assert asked.stderr == (
        "error: 2023-01-01 is on origin/gh-pages, what the site serves, and not on the local gh-pages, which has "
        "diverged from it (each has commits the other lacks): the local copy cannot say which text was in force on "
        "June 1, 2023; ask the site's copy (`policy at 2023-06-01 -b origin/gh-pages`), or reconcile them (`git branch "
        "-f gh-pages origin/gh-pages` keeps the remote's)\n"), asked
    french = local.run("at", "2023-06-01", "--messages", "fr")
    assert french.returncode == 1 and "la version 2023-01-01 est sur origin/gh-pages, ce que le site sert" in \
        french.stderr, french
    before = local.run("at", "2022-06-01", "--messages", "en")  # a day the local copy answers as the site does
    assert before.returncode == 0 and before.stdout.startswith("2022-03-01 "), before
    told = local.run("at", "2023-06-01", "-b", "origin/gh-pages", "--messages", "en")  # what the error says to run
    assert told.returncode == 0 and told.stdout.startswith("2023-01-01 "), told
    compared = local.run("diff", "2022-03-01", "2023-01-01", "-b", "origin/gh-pages")  # the site's copy alone
    assert compared.returncode == 0 and "Troisième" in compared.stdout, compared
    checked = local.run("verify", "--messages", "en")
    lines = [line for line in checked.stdout.splitlines() if line]
    assert checked.returncode == 1 and lines == [
        "2023-01-01: on origin/gh-pages, what the site serves, and not on the local gh-pages, which has diverged from "
        "it (each has commits the other lacks), not removed: reconcile them (`git branch -f gh-pages origin/gh-pages` "
        "keeps the remote's, or `git switch gh-pages && git merge origin/gh-pages`), or verify the site's copy: "
        "`policy verify -b origin/gh-pages`"], checked
    assert "force-pushed" not in checked.stdout + asked.stderr and "publish it" not in checked.stdout, checked
    assert local.run("verify", "-b", "origin/gh-pages").returncode == 0
    git(local.root, "branch", "-f", "gh-pages", "origin/gh-pages")  # reconciled as said: both answer
    assert local.run("verify").returncode == 0
    again = local.run("at", "2023-06-01", "--messages", "en")
    assert again.returncode == 0 and again.stdout.startswith("2023-01-01 "), again


def test_a_version_published_here_and_not_pushed_is_answered_with_that_said(tmp_path_factory, tmp_path):
    """The local gh-pages ahead of origin's copy by 2023-01-01's publication (not pushed): `policy at 2023-06-01`
    answered it in force with its address, which the site did not serve, without a word. It says so, and how to
    push; a day the site's copy answers alike says nothing more."""
    local = _clone(tmp_path_factory, tmp_path)
    git(local.root, "update-ref", "refs/remotes/origin/gh-pages", "gh-pages~1")
    asked = local.run("at", "2023-06-01", "--messages", "en")
    assert asked.returncode == 0 and asked.stdout.splitlines()[0].startswith("2023-01-01 "), asked
    assert asked.stdout.splitlines()[1:] == [
        "2023-01-01 is on the local gh-pages only, not on origin/gh-pages as this clone last fetched it, what the site "
        "serves: published here and not pushed, its address answers nothing yet (`git push origin gh-pages`; `git "
        "fetch origin` first to see the site's copy as it is)"], asked
    french = local.run("at", "2023-06-01", "--messages", "fr")
    assert "la version 2023-01-01 est sur la branche locale gh-pages seulement" in french.stdout, french
    before = local.run("at", "2022-06-01", "--messages", "en")
    assert before.returncode == 0 and before.stdout.splitlines() == [before.stdout.splitlines()[0]], before
    git(local.root, "update-ref", "refs/remotes/origin/gh-pages", "gh-pages")  # pushed
    pushed = local.run("at", "2023-06-01", "--messages", "en")
    assert pushed.returncode == 0 and len(pushed.stdout.splitlines()) == 1, pushed


def test_a_version_removed_on_the_local_branch_ahead_of_origin_s_is_said_removed_not_diverged(tmp_path_factory,
                                                                                                tmp_path):
    """The local gh-pages ahead of origin's copy by a hand commit removing 2023-01-01: what it lacks is that commit's
    removal (as ever), not a branch diverged from the site's."""
    local = _clone(tmp_path_factory, tmp_path)
    removal = commit_on_branch(local, {"manifest/2023-01-01.json": None, "fr/2023-01-01": None, "en/2023-01-01": None})
    asked = local.run("at", "2023-06-01", "--messages", "en")
    assert asked.returncode == 1 and f"(removed by the branch's commit {removal[:7]})" in asked.stderr, asked
    assert "diverged" not in asked.stderr, asked
    checked = local.run("verify", "--messages", "en")
    assert checked.returncode == 1 and "diverged" not in checked.stdout + checked.stderr, checked
    assert f"2023-01-01: published, then removed from gh-pages by its commit {removal[:7]}" in checked.stdout, checked
