"""Another clone published 2022-03-01 and pushed main and gh-pages; this clone fetched origin's gh-pages alone (its
main not yet). `policy verify` says the version's commit is to fetch (histories33), but `policy history` said its
pages "cannot be built again … main rewritten since it was published, its text edited under its date" (publish.unrebuilt)
and `policy publish` of a later text that the commit "is no longer in the history (a branch squashed or rewritten
since)": neither true, and neither said the one command that helps. Both now say `git fetch origin` (histories34)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _only_pages_fetched(tmp_path):
    """This clone (2021-02-17 published, pushed), with origin's gh-pages holding 2022-03-01, published and pushed by
    another clone, fetched alone."""
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
    git(mine.root, "fetch", "-q", "origin", "gh-pages:refs/remotes/origin/gh-pages")
    return mine, other


def test_history_says_a_version_whose_commit_is_not_fetched_is_to_fetch(tmp_path):
    mine, other = _only_pages_fetched(tmp_path)
    before = mine.branch()
    done = mine.run("history", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"error: 2022-03-01: its commit {other[:7]} is not in this clone: not rebuilt: published from another "
            "clone (origin/gh-pages has it, the local gh-pages not), its commit not fetched, so nothing proves its "
            "pages are what publishing built") in said, said
    assert ("`git fetch origin` brings it where that clone pushed its main (then `git merge origin/main`), then run "
            "the command again") in said, said
    assert "rewritten" not in said and "edited under its date" not in said, said
    fr = mine.run("history", "--messages", "fr")
    assert "publiée depuis un autre clone (origin/gh-pages la contient, la branche locale gh-pages non)" in \
        fr.stdout + fr.stderr, fr.stdout + fr.stderr
    assert mine.branch() == before  # nothing published, nothing lost
    git(mine.root, "fetch", "-q", "origin")  # what it says to run
    git(mine.root, "merge", "-q", "--ff-only", "origin/main")
    again = mine.run("history", "--messages", "en")
    assert again.returncode == 0, again.stdout + again.stderr


def test_publish_says_the_text_before_it_is_to_fetch(tmp_path):
    """A later text published here: its changes page compares it with 2022-03-01, whose commit is not fetched."""
    mine, other = _only_pages_fetched(tmp_path)
    mine.clock = 40
    mine.commit("2023-01-01", fr="Texte de ce clone.", en="Text of this clone.")
    before = mine.branch()
    done = mine.run("publish", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"error: 2023-01-01: its changes page compares it with 2022-03-01, whose text (docs/en/index.md at "
            f"{other[:7]}) is not in this clone: 2022-03-01 was published from another clone (origin/gh-pages has "
            "it, the local gh-pages not) and its commit is not fetched: `git fetch origin` brings it where that clone "
            "pushed its main (then `git merge origin/main`), then run the command again") in said, said
    assert "squashed or rewritten" not in said, said
    fr = mine.run("publish", "--messages", "fr")
    assert "2022-03-01 a été publiée depuis un autre clone" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
    assert mine.branch() == before
    git(mine.root, "fetch", "-q", "origin")  # what it says to run: the text before it is then read
    again = mine.run("publish", "--messages", "en")
    assert "not in this clone" not in again.stdout + again.stderr, again.stdout + again.stderr
