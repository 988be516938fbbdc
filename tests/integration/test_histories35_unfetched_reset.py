"""Another clone published 2022-03-01 and pushed main and gh-pages; this clone fetched origin's gh-pages alone and then
moved its own gh-pages there (`git branch -f gh-pages origin/gh-pages`, as verify's note says), its main not yet
fetched. Histories34's reading (origin's copy read, the local branch behind it) no longer held, and verify, history and
publish said again that the version's commit was "rewritten" / "squashed or rewritten": this clone never had it. They
now say to fetch it (the version came here from origin, by a fetch, and no publication of this clone wrote it: its
reflogs), and a real rewrite of a commit this clone published (amended, the old commit pruned) is still said rewritten
(histories35)."""
from __future__ import annotations

import subprocess

import pytest

from helpers import git
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _moved_to_origin(tmp_path):
    """This clone (2021-02-17 published, pushed); 2022-03-01 published and pushed by another clone; origin's gh-pages
    fetched alone, and the local gh-pages moved to it."""
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
    git(mine.root, "branch", "-f", "gh-pages", "origin/gh-pages")
    return mine, other


def _said(project, *args):
    done = project.run(*args)
    said = done.stdout + done.stderr
    assert "Traceback" not in said, said
    return done.returncode, said


def test_verify_says_to_fetch_after_the_local_branch_moved_to_origin_s(tmp_path):
    mine, other = _moved_to_origin(tmp_path)
    code, said = _said(mine, "verify", "--messages", "en")
    assert code == 1, said
    assert (f"fr/2022-03-01: source docs/fr/index.md at {other[:7]} is not in this clone: 2022-03-01 was published "
            "from another clone and brought here with origin/gh-pages (the local gh-pages moved there since; this "
            "clone never published it) and its commit is not fetched: `git fetch origin` brings it where that clone "
            "pushed its main (then `git merge origin/main`)") in said, said
    assert "rewritten" not in said, said
    code, said = _said(mine, "verify", "--messages", "fr")
    assert "a été publiée depuis un autre clone et est arrivée ici avec origin/gh-pages" in said, said
    git(mine.root, "fetch", "-q", "origin")  # what it says to run
    git(mine.root, "merge", "-q", "--ff-only", "origin/main")
    code, said = _said(mine, "verify", "--messages", "en")
    assert code == 0, said


def test_history_says_to_fetch_not_rewritten(tmp_path):
    mine, other = _moved_to_origin(tmp_path)
    before = mine.branch()
    code, said = _said(mine, "history", "--messages", "en")
    assert ("warning: 2022-03-01: published from another clone and brought here with origin/gh-pages (this clone "
            "never published it); its commit is not fetched: `git fetch origin` brings it where that clone pushed its "
            "main (then `git merge origin/main`)") in said, said
    assert "rewritten" not in said and "edited" not in said, said
    code, said = _said(mine, "history", "--messages", "fr")
    assert "2022-03-01\u00a0: publiée depuis un autre clone et arrivée ici avec origin/gh-pages" in said, said
    assert mine.branch() == before


def test_publish_says_the_text_before_it_is_to_fetch(tmp_path):
    mine, other = _moved_to_origin(tmp_path)
    mine.clock = 40
    mine.commit("2023-01-01", fr="Texte de ce clone.", en="Text of this clone.")
    before = mine.branch()
    code, said = _said(mine, "publish", "--messages", "en")
    assert code != 0, said
    assert (f"error: 2023-01-01: its changes page compares it with 2022-03-01, whose text (docs/en/index.md at "
            f"{other[:7]}) is not in this clone: 2022-03-01 was published from another clone and brought here with "
            "origin/gh-pages (the local gh-pages moved there since; this clone never published it) and its commit is "
            "not fetched: `git fetch origin` brings it where that clone pushed its main") in said, said
    assert "rewritten" not in said, said
    code, said = _said(mine, "publish", "--messages", "fr")
    assert "2022-03-01 a été publiée depuis un autre clone et est arrivée ici avec origin/gh-pages" in said, said
    code, said = _said(mine, "history", "--messages", "en")  # the daily job, the same new text
    assert code != 0 and "brought here with origin/gh-pages" in said and "rewritten" not in said, said
    assert mine.branch() == before
    git(mine.root, "fetch", "-q", "origin")  # what it says to run: the text before it is then read
    code, said = _said(mine, "publish", "--messages", "en")
    assert "not in this clone" not in said, said


def test_a_published_commit_amended_here_is_still_said_rewritten(tmp_path):
    """This clone published 2022-03-01 itself (pushed: origin's copy got it by that push), then amended its commit,
    the words edited under its date, and the old commit was pruned (unreachable reflog entries expired): rewritten,
    not "published from another clone"."""
    mine = new_project(tmp_path / "mine")
    mine.commit("2021-02-17")
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    git(mine.root, "remote", "add", "origin", str(origin))
    assert mine.run("publish", "--push").returncode == 0
    git(mine.root, "push", "-q", "origin", "main")
    published = mine.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert mine.run("publish", "--push").returncode == 0
    git(mine.root, "push", "-q", "origin", "main")
    assert git(mine.root, "rev-parse", "origin/gh-pages").strip() == mine.branch()
    mine.write("2022-03-01", fr="Deuxième texte, réécrit.", en="Second text.")
    git(mine.root, "add", "-A")
    git(mine.root, "commit", "-q", "--amend", "--no-edit")
    git(mine.root, "push", "-q", "-f", "origin", "main")
    git(mine.root, "reflog", "expire", "--expire-unreachable=now", "--all")
    git(mine.root, "gc", "-q", "--prune=now")
    assert subprocess.run(["git", "cat-file", "-e", published], cwd=mine.root).returncode != 0
    code, said = _said(mine, "verify", "--messages", "en")
    assert code == 1 and "the history it was published from was rewritten" in said, said
    assert "another clone" not in said, said
    code, said = _said(mine, "history", "--messages", "en")
    assert "main rewritten since" in said and "another clone" not in said, said
    mine.clock = 40
    mine.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    code, said = _said(mine, "publish", "--messages", "en")
    assert code != 0 and "another clone" not in said, said
    assert "no longer in the history (a branch squashed or rewritten since)" in said, said

