"""Proof of which text was in force on which date (session 45, histories17): the history page says what each
version's manifest records of how it came to be and when it went online, two announcements pending at once give one
period everywhere, a rebuild from a rewritten main names the commit a version was published from, `policy at` reads a
dated id of the day asked. Synthetic texts in temporary repositories, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest
from test_histories16 import _draft_merged, published_before_the_record
from test_notice import commit_version, freeze

from helpers import git
from policy_repo import Project, fresh_clone_after, new_project
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _words(project: Project, path: str) -> str:
    """A page's words, its tags left out."""
    return " ".join(re.sub(r"<[^>]*>", " ", project.show(path)).replace("\u00a0", " ").replace("\u202f", " ").split())


def _publish_on(project: Project, monkeypatch: pytest.MonkeyPatch, day: str, *args: str) -> str:
    """`policy publish` (or another command) on `day`, its clock a minute on at each reading."""
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    ticks = itertools.count()
    start = dt.datetime.fromisoformat(f"{day}T09:00:00+00:00")
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=next(ticks)))
    result = project.run(*(args or ("publish",)))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stderr


def test_the_history_page_says_the_draft_its_versions_publication_recorded(tmp_path, monkeypatch):
    """A pull request dated 2024-03-01 merged `-s ours` after 2024-01-10: the manifest of 2024-01-10 records the draft
    (histories16); its history page row says it, in French and English, by the draft's day (its commit kept in the
    manifest), and no other row does; a rebuild keeps it."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    draft, _merge = _draft_merged(project)
    _publish_on(project, monkeypatch, "2024-02-15")
    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    _publish_on(project, monkeypatch, "2024-06-01")

    french = ("Noté à la publication de cette version : le texte daté du 1er mars 2024 était un brouillon, jamais en "
              "vigueur : il n’est pas dans l’archive.")
    english = ("Noted when this version was published: the text dated March 1, 2024 was a draft, never in force: it "
               "is not in the archive.")
    for _run in range(2):
        fr, en = _words(project, "fr/history/index.html"), _words(project, "en/history/index.html")
        assert french in fr, fr
        assert english in en, en
        assert fr.count("brouillon") == en.count("draft") == 1  # 2024-01-10's row alone
        assert draft[:7] not in fr and draft[:7] not in en  # (words14: its manifest keeps the commit)
        assert fr.index("1er juin 2024") < fr.index("10 janvier 2024") < fr.index("brouillon")
        _publish_on(project, monkeypatch, "2024-06-02", "history", "--rebuild")


def test_a_version_published_before_its_moment_was_recorded_says_the_day_the_branch_added_it(tmp_path, monkeypatch):
    """A manifest written before `published` was recorded (histories16), kept so by `--rebuild` (a rebuild is no
    publication): the history page said no publication day for it, while `policy at` and the at page read the day
    the branch's history added it; the page now says that day, in every language, and verify agrees."""
    project = published_before_the_record(tmp_path, monkeypatch)
    for _run in range(2):
        assert "(published on February 15, 2024)" in _words(project, "en/history/index.html")
        assert "(mise en ligne le 15 février 2024)" in _words(project, "fr/history/index.html")
        _publish_on(project, monkeypatch, "2024-03-01", "history", "--rebuild")
        assert "published" not in json.loads(project.show("manifest/2024-01-10.json"))
    verified = project.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_two_announcements_pending_at_once_say_one_period_on_the_history_page_in_versions_json_and_policy_at(
        tmp_path, monkeypatch, capsys):
    """2024-06-01 announced on 1 April, 2024-07-01 on 1 May, both published ahead: from 1 May the first is in force
    from 1 to 30 June. versions.json and `policy at` said so; the history page said "Takes effect on June 1, 2024" and
    no last day, as if for good."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    for day, version, words in (("2024-01-10", "", ()), ("2024-04-01", "2024-06-01", ("Deux ans.", "Two years.")),
                                ("2024-05-01", "2024-07-01", ("Trois ans.", "Three years."))):
        freeze(monkeypatch, dt.date.fromisoformat(day))
        if version:
            commit_version(project, version, fr_keys={"announced": day}, fr=words[0], en=words[1])
        assert cli.main(["--root", str(project.root), "publish"]) == 0
    history = _words(project, "en/history/index.html")
    assert "Takes effect on June 1, 2024, in force to June 30, 2024 inclusive (announced on April 1, 2024)" in history
    assert "Takes effect on July 1, 2024 (announced on May 1, 2024)" in history
    assert "Entre en vigueur le 1er juin 2024, jusqu’au 30 juin 2024 inclus (annoncée le 1er avril 2024)" in _words(
        project, "fr/history/index.html")
    listed = {v["version"]: v["properties"]["in_force"] for v in json.loads(project.show("en/versions.json"))}
    assert listed["2024-06-01"] == {"from": "2024-06-01", "until": "2024-06-30"}
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "at", "2024-06-15"]) == 0
    said = capsys.readouterr().out
    assert "2024-06-01" in said and "to June 30, 2024 inclusive" in said, said


def test_a_version_rebuilt_from_a_rewritten_main_keeps_its_record_and_verify_names_the_commit_it_was_published_from(
        tmp_path_factory, tmp_path):
    """main rewritten after 2021-02-17 and 2022-03-01 were published (messages reworded, force-pushed), a fresh clone
    rebuilds them (`policy history --rebuild`) from the commits now holding their texts: their manifests keep when
    they were published and their notes, and name the new commits; verify passed without a word, the commit each was
    published from (the manifest the branch first added) unsaid. It is now said, as a note: verify still passes."""
    fresh, _origin = fresh_clone_after(tmp_path_factory, tmp_path, ["--msg-filter", "sed s/policy/Policy/"])
    git(fresh.root, "branch", "-q", "gh-pages", "origin/gh-pages")
    before = {v: json.loads(fresh.show(f"manifest/{v}.json")) for v in ("2021-02-17", "2022-03-01")}
    rebuilt = fresh.run("history", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    verified = fresh.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    for version, was in before.items():
        now = json.loads(fresh.show(f"manifest/{version}.json"))
        assert (now.get("published"), now.get("notes")) == (was.get("published"), was.get("notes"))
        then, commit = was["languages"]["fr"]["source"]["commit"], now["languages"]["fr"]["source"]["commit"]
        assert then != commit and now["languages"]["fr"]["source"]["sha256"] == was["languages"]["fr"]["source"][
            "sha256"]
        assert f"note: {version}: published from commit {then[:7]} (its publication record as " in verified.stderr, \
            verified.stderr
        assert f"rebuilt since from {commit[:7]}, which holds the same text" in verified.stderr


def test_policy_at_reads_a_dated_id_of_the_day_asked_in_the_version_in_force_that_day(tmp_path, monkeypatch, capsys):
    """`policy at 2021-06-01 2021-06-01.s2`: §2 as it was that day, under the version of 2021-01-01 (in force until
    2021-12-31). It said that version had no such section: a dated id after the version's date named nothing."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    project.commit("2022-01-01", fr="Deuxième texte.", en="Second text.")
    freeze(monkeypatch, dt.date(2022, 1, 2))
    assert cli.main(["--root", str(project.root), "history"]) == 0
    capsys.readouterr()
    for day, asked, words in (("2021-06-01", "2021-06-01.s2", "Nous traitons vos données avec soin."),
                              ("2021-12-31", "2021-06-01.s2", "Nous traitons vos données avec soin."),
                              ("2022-03-01", "2022-02-01.s2", "Deuxième texte.")):
        assert cli.main(["--root", str(project.root), "at", day, asked, "--lang", "fr"]) == 0, capsys.readouterr()
        said = capsys.readouterr().out
        assert said.startswith(day[:4] + "-01-01 ") and words in said and "#s2" in said, said
