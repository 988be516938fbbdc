"""`policy publish` under a detached HEAD (session 55, small1): it published HEAD's commit without a word, and the legal
team took the version for their branch's tip. A line of the report names the commit published and says HEAD is
detached, whether it is the publishing branch's tip (a CI checkout) or behind it. Synthetic texts of a fictional
company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_of, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _two(project, _folder):
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    """`_two` made once for the module's tests, each on a copy of it (`project`): each made it again."""
    return made_once(tmp_path_factory, _two)


@pytest.fixture
def project(two, tmp_path):
    return copy_of(two, tmp_path / "project")


def _rev(project, rev: str) -> str:
    return git(project.root, "rev-parse", rev).strip()


def test_publish_at_a_detached_head_behind_the_branch_names_the_commit_and_says_it_is_not_the_tip(project):
    first = _rev(project, "HEAD~1")
    git(project.root, "checkout", "-q", "--detach", first)
    said = project.run("publish", "--messages", "en")
    assert said.returncode == 0 and "Traceback" not in said.stderr, said
    line = (f"published from the current commit (HEAD, {first[:7]}) “policy 2021-02-17” of January 1, 2024, which is "
            "on no branch (a commit checked out by itself): not the tip of main, which is further on; to publish its "
            "tip, check out main and publish again")
    assert line in (said.stdout + said.stderr).splitlines(), said
    assert any("/2021-02-17/" in name for name in project.files())
    assert not any("/2022-03-01/" in name for name in project.files())


def test_a_ci_checkout_at_the_tip_says_so_in_french_and_a_branch_says_nothing(project):
    tip = _rev(project, "main")
    git(project.root, "checkout", "-q", "--detach")
    said = project.run("publish", "--messages", "fr")
    assert said.returncode == 0, said
    assert (f"publié depuis le commit en cours (HEAD, {tip[:7]}) « policy 2022-03-01 » du 1er janvier 2024, qui "
            "n'est sur aucune branche (un commit extrait seul) : le dernier commit de main") in \
        (said.stdout + said.stderr).replace("\u00a0", " ").replace("\u202f", " "), said
    git(project.root, "checkout", "-q", "main")
    project.commit("2023-05-01", fr="Texte trois.", en="Text three.")
    again = project.run("publish", "--messages", "en")
    assert again.returncode == 0 and "on no branch" not in again.stdout + again.stderr, again
