"""`policy at` on histories real teams have (session 55, histories28): a day before the archive's first publication.
Synthetic texts of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import new_project
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")


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
