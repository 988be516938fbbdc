"""legal21: the pull request's redline (`policy diff newest worktree`, the job summary) against a gh-pages behind main:
the versions merged after the newest published one and not yet published are named, the redline showing their changes
as the pull request's (the reviewer read two earlier versions' changes as the team's edit, in no word)."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("commands_in_process")


def _published_then(tmp_path_factory, folder, monkeypatch, *, committed: dict[str, tuple[str, str]], fr: str, en: str):
    """2021-02-17 published, then the versions `committed` (date -> French and English §2), and the working tree at
    a text dated 2024-05-01 (§2 `fr`, `en`); today 2024-06-01."""
    from policysite import clock

    project = copy_of(made_once(tmp_path_factory, publish_first), folder)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
    for date, (french, english) in committed.items():
        project.commit(date, fr=french, en=english)
    project.write("2024-05-01", fr=fr, en=en)
    return project


def _summary(project):
    """The English redline the pull request's summary shows (`policy diff newest worktree --format markdown`)."""
    said = project.run("diff", "newest", "worktree", "--format", "markdown", "--lang", "en", "--messages", "en")
    assert said.returncode == 0, said.stderr
    return said


@pytest.fixture
def behind(tmp_path_factory, tmp_path, monkeypatch):
    """2022-03-01 and 2023-01-10 committed after the published version, not published; the working tree correcting
    2023-01-10's §2."""
    return _published_then(tmp_path_factory, tmp_path / "behind", monkeypatch,
                           committed={"2022-03-01": ("Texte deux.", "Text two."),
                                      "2023-01-10": ("Texte trois.", "Text three.")},
                           fr="Texte trois, corrigé.", en="Text three, corrected.")


def test_the_versions_not_yet_published_are_named_in_the_summary(behind):
    said = _summary(behind)
    assert said.stdout.startswith(
        "> **Warning:** 2 versions committed after February 17, 2021, the newest version published, are not published "
        "yet (2022-03-01, 2023-01-10): this redline shows their changes as this text's too; `make publish-history` "
        "publishes them, and `policy diff 2023-01-10 worktree` shows this change alone\n"), said.stdout
    french = behind.run("diff", "newest", "worktree", "--format", "markdown", "--messages", "fr")
    assert "2 versions commitées après le 17 février 2021, la version publiée la plus récente, ne sont pas " \
           "encore publiées (2022-03-01, 2023-01-10)" in french.stdout, french.stdout
    alone = behind.run("diff", "2023-01-10", "worktree", "--format", "markdown", "--lang", "en", "--messages", "en")
    assert "not published yet" not in alone.stdout + alone.stderr  # (a committed version: nothing left between)
    assert "Text three<ins>, corrected</ins>." in alone.stdout, alone.stdout


def test_the_edited_text_committed_is_its_own_and_nothing_between_says_nothing(behind):
    behind.commit_all("the pull request's text, committed (its merge on CI)")
    said = _summary(behind)
    assert "2 versions committed after February 17, 2021" in said.stdout and "(2022-03-01, 2023-01-10)" in said.stdout
    assert "2024-05-01" not in said.stdout.split("\n", 1)[0], said.stdout
    assert behind.history().published == ["2022-03-01", "2023-01-10", "2024-05-01"]
    behind.write("2024-07-01", fr="Texte quatre.", en="Text four.")
    quiet = _summary(behind)
    assert "not published yet" not in quiet.stdout + quiet.stderr, quiet.stdout


@pytest.fixture
def typo(tmp_path_factory, tmp_path, monkeypatch):
    """The working tree with one word of §2 misspelt in each language, against the published version."""
    return _published_then(tmp_path_factory, tmp_path / "typo", monkeypatch, committed={},
                           fr="Nous traitons vos donées avec soin.", en="We process your dta with care.")


def test_a_typo_alone_is_said_in_plain_words_in_the_summary(typo):
    said = _summary(typo)
    assert said.stdout.startswith(
        "> **Note:** only the spelling of 1 word changed, no other word: “dta” for “data” (§2) (a correction: "
        "`change: editorial` in the front matter says so in the history and the feed, and needs no notice)\n\n### "), \
        said.stdout
    assert "We process your <del>data</del> <ins>dta</ins> with care." in said.stdout
    french = typo.run("diff", "newest", "worktree", "--messages", "fr")
    assert "note: seule l'orthographe d'un mot change (1 mot), aucun autre mot\u00a0: «\u00a0donées\u00a0» " \
           "pour «\u00a0données\u00a0» (§2) (une correction" in french.stderr, french.stderr
    page = typo.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("---\n\n#", "change: editorial\n---\n\n#", 1),
                    encoding="utf-8")
    marked = typo.run("diff", "newest", "worktree", "--messages", "fr")
    assert "aucun autre mot\u00a0: «\u00a0donées\u00a0» pour «\u00a0données\u00a0» (§2)\n" in marked.stderr


def test_a_change_of_wording_says_no_spelling(typo):
    typo.write("2024-05-01", fr="Nous traitons vos données avec soin.", en="We sell your data with care.")
    said = _summary(typo)
    assert "spelling" not in said.stdout + said.stderr and "<del>process</del> <ins>sell</ins>" in said.stdout
