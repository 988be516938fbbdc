"""`policy at` on histories real teams have (session 55, histories28): a day before the archive's first publication.
Synthetic texts of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import new_project
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def test_policy_at_proof_of_a_day_before_the_first_publication_says_the_site_showed_no_version_yet(
        tmp_path, monkeypatch, capsys):
    """2021-02-17 and 2022-03-01 committed, the site made and both published by `policy history` on 10 May 2023:
    `policy at 2021-06-01 --proof` answered 2021-02-17 and proved its text with no word that no reader of this site saw
    it that day (a day between two publications is told what the site still showed: at.shown). The proof says the
    site showed no version yet and when its first publication was; the answer alone is as before, and so is the proof
    of a day after the publication."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2023-05-10T09:00:00+00:00"))
    assert cli.main(["--root", str(project.root), "history"]) == 0
    capsys.readouterr()
    note = ("2021-02-17 reached the site only on May 10, 2023, after its date: on June 1, 2021 the site showed no "
            "version yet, its first publication being of May 10, 2023 (the archive proves what readers were shown from "
            "then on, not before)")
    assert cli.main(["--root", str(project.root), "at", "2021-06-01", "--proof", "--messages", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2021-02-17 ") and lines[0].endswith(
        "/fr/2021-02-17/ (in force from February 17, 2021 to February 28, 2022 inclusive)"), lines
    assert lines[-1] == note and any(line.startswith("on gh-pages: fr/2021-02-17/index.html") for line in lines), lines
    assert cli.main(["--root", str(project.root), "at", "2021-06-01", "--messages", "en"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert cli.main(["--root", str(project.root), "at", "2022-06-01", "--proof", "--lang", "en", "--messages",
                     "fr"]) == 0
    assert "le 1er juin 2022, le site ne montrait encore aucune version" in capsys.readouterr().out
    assert cli.main(["--root", str(project.root), "at", "2023-06-01", "--proof", "--messages", "en"]) == 0
    after = capsys.readouterr().out
    assert after.startswith("2022-03-01 ") and "showed no version yet" not in after, after


def test_policy_at_refuses_a_preview_in_a_repository_with_no_copy_of_the_site_s(tmp_path):
    """A repository of no remote: 2021-02-17 and 2022-03-01 published from main, an old branch left at 2021-02-17, a
    feature branch's 2024-01-01 built onto gh-pages by `policy history` there (`make build`), main checked out again:
    `policy at 2024-06-01` answered the draft as in force (histories27 asked origin's copy alone to tell a preview
    from a publication, and there is none). It refuses the day, naming the preview, the publishing branch that never
    held it and the commit to set gh-pages back before; a day before it is answered as before; from the feature
    branch the draft is its own text, answered; from the old branch, main's 2022-03-01 is no preview."""
    from helpers import git

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "branch", "old")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.run("history").returncode == 0
    git(project.root, "checkout", "-q", "-b", "feature")
    draft = project.commit("2024-01-01", fr="Texte du brouillon.", en="Draft text.")
    assert project.run("history").returncode == 0
    added = git(project.root, "rev-parse", "gh-pages").strip()
    git(project.root, "checkout", "-q", "main")
    asked = project.run("at", "2024-06-01", "--messages", "en")
    assert asked.returncode == 1 and asked.stdout == "" and "Traceback" not in asked.stderr, asked
    assert asked.stderr == (f"error: 2024-01-01, the local gh-pages's answer for June 1, 2024, is a preview: built from "
                            f"commit {draft[:7]}, a text neither this branch nor main, the branch the site publishes "
                            "from, ever held (another branch's `policy history`, `make build` there), and no copy of "
                            "the site's here to say otherwise; it was never in force: set gh-pages back to before its "
                            f"commit {added[:7]} that put it there (`git branch -f gh-pages {added[:7]}^`, where nothing "
                            "published after it is to be kept), then ask again\n"), asked
    french = project.run("at", "2024-06-01", "--messages", "fr")
    assert french.returncode == 1 and "est un aperçu" in french.stderr and "ni cette branche ni main" in french.stderr
    before = project.run("at", "2023-06-01", "--messages", "en")
    assert before.returncode == 0 and before.stdout.startswith("2022-03-01 ") and \
        "(in force from March 1, 2022)" in before.stdout, before
    git(project.root, "checkout", "-q", "feature")
    own = project.run("at", "2024-06-01", "--messages", "en")
    assert own.returncode == 0 and own.stdout.startswith("2024-01-01 "), own
    git(project.root, "checkout", "-q", "old")
    behind = project.run("at", "2022-06-01", "--messages", "en")
    assert behind.returncode == 0 and behind.stdout.startswith("2022-03-01 "), behind
    git(project.root, "branch", "-f", "gh-pages", f"{added}^")
    git(project.root, "checkout", "-q", "main")
    set_back = project.run("at", "2024-06-01", "--messages", "en")
    assert set_back.returncode == 0 and set_back.stdout.startswith("2022-03-01 "), set_back
