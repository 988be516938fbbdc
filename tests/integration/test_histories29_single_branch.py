"""The reading commands in a clone made with `git clone --single-branch` (session 56, histories29): origin's gh-pages
never fetched, verify, at and export said to fetch it or to publish the archive anew with `policy history`, which in
such a clone refuses to start another archive beside origin's. Synthetic texts in temporary repositories with fixed
identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, copy_with_origin, made_once, published_with_an_origin

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process

SAID = ("there is no gh-pages branch here, nor origin/gh-pages: this clone fetches other branches of origin only (made "
        "with --single-branch), and origin's gh-pages, the published archive if it has one, was never fetched: fetch "
        "it (`git remote set-branches --add origin gh-pages` then `git fetch origin`) and run the command again")


def test_the_reading_commands_of_a_single_branch_clone_say_to_fetch_the_archive_not_to_publish_it(tmp_path_factory,
                                                                                                  tmp_path):
    """verify, at and export each say, in one line, that this clone never fetched origin's gh-pages and how to fetch
    it (in French too), and not `policy history`, which refuses here; the way they give, followed, reads the archive."""
    with_origin = copy_with_origin(made_once(tmp_path_factory, published_with_an_origin), tmp_path)
    git(with_origin.root, "push", "-q", "origin", "main")
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", "--single-branch", "-b", "main", str(tmp_path / "origin.git"), str(other.root))
    said = {command: other.run(*argv, "--messages", "en") for command, argv in (
        ("verify", ["verify"]), ("at", ["at", "2022-06-01"]),
        ("export", ["export", "--site-dir", str(tmp_path / "public")]))}
    assert said["verify"].stderr == f"error: nothing to verify: {SAID}\n", said["verify"]
    assert said["at"].stderr == f"error: {SAID}\n", said["at"]
    assert said["export"].stderr == f"error: {SAID}\n", said["export"]
    assert all(result.returncode == 1 and result.stdout == "" for result in said.values()), said
    assert not (tmp_path / "public").exists()
    french = other.run("at", "2022-06-01", "--messages", "fr")
    assert french.returncode == 1 and "n'a jamais été récupérée\xa0: récupérez-la (`git remote set-branches --add " \
        "origin gh-pages` puis `git fetch origin`) et relancez la commande" in french.stderr, french
    git(other.root, "remote", "set-branches", "--add", "origin", "gh-pages")
    git(other.root, "fetch", "-q", "origin")
    found = other.run("at", "2022-06-01", "--messages", "en")
    assert found.returncode == 0 and found.stdout.startswith("2021-02-17 "), found
    assert other.run("verify", "--messages", "en").returncode == 0


def test_a_clone_that_fetches_every_branch_is_told_as_before(tmp_path_factory, tmp_path):
    """A clone of an origin that has no gh-pages at all, fetching every branch: the archive may be published from the
    policy's history, as ever."""
    with_origin = copy_with_origin(made_once(tmp_path_factory, published_with_an_origin), tmp_path)
    git(with_origin.root, "push", "-q", "origin", "main")
    git(tmp_path / "origin.git", "branch", "-D", "gh-pages")
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", str(tmp_path / "origin.git"), str(other.root))
    said = other.run("at", "2022-06-01", "--messages", "en")
    assert said.returncode == 1 and said.stderr == (
        "error: there is no gh-pages branch here, nor origin/gh-pages: fetch the archive (`git fetch origin "
        "gh-pages:gh-pages`), or publish it from the policy's history (`policy history`)\n"), said
