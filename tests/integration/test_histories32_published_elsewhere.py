"""Someone else published from another clone: origin's main and gh-pages are ahead, this clone fetched them but its
main did not merge origin's. `policy publish` of a later text here kept the other's version (gh-pages read from
origin's, never overwritten), but said nothing of this main lacking that version's text, and `policy history` said it
was "a text this branch held (at …, a former tip this clone's reflog records) until it was rewritten (a reset, or a
force-push fetched)": nothing was rewritten (histories32). Both now say origin/main holds it and to merge it."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def test_a_version_published_from_another_clone_is_said_so_not_rewritten(tmp_path):
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
    git(mine.root, "fetch", "-q", "origin")  # (its main not merged: this clone's main lacks 2022-03-01)
    mine.clock = 40
    mine.commit("2023-01-01", fr="Texte de ce clone.", en="Text of this clone.")
    done = mine.run("publish", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    expected = (f"warning: 2022-03-01: published from {other[:7]}, which origin/main holds and the current commit does "
                "not (published from another clone, from a later main): the archive keeps it; bring main up to date "
                "(`git merge origin/main`) before publishing a later text")
    assert expected in said and "rewritten" not in said, said
    assert {"manifest/2021-02-17.json", "manifest/2022-03-01.json", "manifest/2023-01-01.json"} <= set(mine.files())
    again = mine.run("history", "--messages", "en")
    assert again.returncode == 0 and expected in again.stdout + again.stderr, again.stderr
    assert "former tip" not in again.stdout + again.stderr
