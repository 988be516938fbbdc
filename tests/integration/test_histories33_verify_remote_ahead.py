"""Someone else published from another clone and pushed main and gh-pages; this clone fetched them, its main not
merged. `policy publish` and `policy history` say the version's text is on origin/main, not this main (histories32),
but `policy verify`, reading origin's gh-pages, said only that the local gh-pages is behind: nothing of this main
lacking the text of a version the site serves, which a later text published from here would undo. It now says it in
publishing's words, with the command that brings main up to date (histories33)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _published_elsewhere(tmp_path):
    """This clone (2021-02-17 published, pushed) and the commit of 2022-03-01, published and pushed by another."""
    mine = new_project(tmp_path / "mine")
    mine.commit("2021-02-17")
    assert mine.run("publish").returncode == 0
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(mine.root), str(origin))
    git(mine.root, "remote", "add", "origin", str(origin))
    git(mine.root, "fetch", "-q", "origin")
    theirs = Project(tmp_path / "theirs")
    git(tmp_path, "clone", "-q", str(origin), str(theirs.root))
    git(theirs.root, "branch", "-q", "gh-pages", "origin/gh-pages")
    theirs.clock = 20
    other = theirs.commit("2022-03-01", fr="Texte d'un autre clone.", en="Text of another clone.")
    assert theirs.run("publish").returncode == 0
    git(theirs.root, "push", "-q", "origin", "main", "gh-pages")
    return mine, other


def test_verify_says_this_main_lacks_a_version_published_from_another_clone(tmp_path):
    mine, other = _published_elsewhere(tmp_path)
    git(mine.root, "fetch", "-q", "origin")  # (its main not merged: this clone's main lacks 2022-03-01)
    done = mine.run("verify", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in said, said  # the archive is as published: a note
    assert (f"note: 2022-03-01: published from {other[:7]}, which origin/main holds and the current commit does not "
            "(published from another clone, from a later main): the archive keeps it; bring main up to date "
            "(`git merge origin/main`) before publishing a later text") in said, said
    assert "preview" not in said and "rewritten" not in said, said
    fr = mine.run("verify", "--messages", "fr")
    assert f"2022-03-01\u00a0: publiée depuis {other[:7]}, que origin/main contient" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
    git(mine.root, "merge", "-q", "--ff-only", "origin/main")  # what it says to run: then nothing more is said of it
    again = mine.run("verify", "--messages", "en")
    assert again.returncode == 0 and "origin/main holds" not in again.stdout + again.stderr, again.stdout


def test_verify_says_a_version_whose_commit_is_not_fetched_yet_is_to_fetch_not_rewritten(tmp_path):
    """Only origin's gh-pages fetched (the other clone's main not yet here): its commit was said "the history it was
    published from was rewritten, or the publication record names a commit that never was"."""
    mine, other = _published_elsewhere(tmp_path)
    git(mine.root, "fetch", "-q", "origin", "gh-pages:refs/remotes/origin/gh-pages")
    done = mine.run("verify", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said  # its pages cannot be proven until then
    assert (f"en/2022-03-01: source docs/en/index.md at {other[:7]} is not in this clone: 2022-03-01 was published "
            "from another clone (origin/gh-pages has it, the local gh-pages not) and its commit is not fetched: `git "
            "fetch origin` brings it where that clone pushed its main (then `git merge origin/main`)") in said, said
    assert "rewritten" not in said and "never was" not in said, said
    fr = mine.run("verify", "--messages", "fr")
    assert "a été publiée depuis un autre clone" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
    git(mine.root, "fetch", "-q", "origin")  # what it says to run
    again = mine.run("verify", "--messages", "en")
    assert again.returncode == 0 and "not fetched" not in again.stdout + again.stderr, again.stdout + again.stderr
