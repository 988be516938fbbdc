"""legal17: what the pull request's redline (`policy diff newest worktree --format markdown`, the job summary) tells
the legal team of a change whose words are those of the version published."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, history_two, made_once

pytestmark = pytest.mark.usefixtures("commands_in_process")


@pytest.fixture
def announced(tmp_path_factory, tmp_path, monkeypatch):
    """2021-02-17 in force, 2022-03-01 published ahead of its date ('Deuxième texte.'), the working tree at it."""
    from policysite import clock

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "announced")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2021, 6, 1))
    return project


def _dated(project, date: str) -> None:
    for lang in ("fr", "en"):
        page = project.root / "docs" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2022-03-01", f"date: {date}"), encoding="utf-8")


def test_moving_an_announced_date_is_said_not_to_postpone_the_announced_version(announced):
    """The legal team moved the announced 1 March to 5 March in a pull request, to postpone the change: its redline
    said only "No change in the text.", check passed, and only `publish`, after the merge, said that the version of
    1 March takes effect on its date all the same. The pull request's summary says it now, with what to do."""
    _dated(announced, "2022-03-05")
    said = announced.run("diff", "newest", "worktree", "--format", "markdown", "--lang", "en", "--messages", "en")
    assert said.returncode == 0, said.stderr
    assert "newest and worktree have the same English text: dated March 5, 2022, it would not postpone the version of " \
        "March 1, 2022, published ahead: that version still takes effect on March 1, 2022 and is in force until " \
        "March 4, 2022" in said.stdout, said.stdout
    assert "commit it again with a date after March 1, 2022" in said.stdout
    assert said.stderr == ""  # said once, where the reviewer reads it
    french = announced.run("diff", "newest", "worktree", "--messages", "fr")
    assert "elle ne reporterait pas la version du 1er mars 2022" in french.stderr and french.stdout == ""


def test_a_version_in_force_redated_is_still_said_to_publish_a_version_with_no_change(announced, monkeypatch):
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2022, 6, 1))  # 2022-03-01 now in force
    _dated(announced, "2022-06-01")
    said = announced.run("diff", "newest", "worktree", "--format", "markdown", "--messages", "en")
    assert "it would be published as a version whose history entry, changes page and feed item say “No change in " \
        "the text.”" in said.stdout and "postpone" not in said.stdout, said.stdout


def test_a_language_unchanged_is_said_in_the_pull_request_summary_not_left_out(announced):
    """The workflow appends each language's Markdown redline to the job summary: a language whose text had not changed
    printed nothing there (its note went to the job's log), and the reviewer could not tell it from a step that did
    not run."""
    page = announced.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Deuxième texte.", "Deuxième texte, corrigé."),
                    encoding="utf-8")
    english = announced.run("diff", "newest", "worktree", "--format", "markdown", "--lang", "en", "--messages", "en")
    assert english.returncode == 0 and english.stdout.startswith("newest and worktree have the same English text"), \
        english.stdout
    french = announced.run("diff", "newest", "worktree", "--format", "markdown", "--messages", "en")
    assert "#### §2 Données traitées (modifiée)\n\nDeuxième texte<ins>, corrigé</ins>." in french.stdout, french.stdout


def test_an_unchanged_language_s_markdown_goes_into_the_file_named(announced, tmp_path):
    """-o FILE: the note is the file's text, as a changed language's redline is, not printed beside an empty file."""
    target = tmp_path / "en.md"
    said = announced.run("diff", "newest", "worktree", "--format", "markdown", "--lang", "en", "-o", str(target),
                         "--messages", "en")
    assert said.returncode == 0 and said.stdout == "", said.stdout
    assert target.read_text(encoding="utf-8") == "newest and worktree have the same English text\n"


def test_the_text_in_force_put_back_to_withdraw_an_announced_change_is_said_to_take_nothing_back(announced):
    """To withdraw the change announced for 1 March, the team put back the text in force, dated as it was: the
    redline said "publishing it would be refused", and once merged `publish` had "nothing to publish" (the job
    green) while the announced version took effect all the same. It says so before the merge, with what to do."""
    for lang, words in (("fr", "Deuxième texte."), ("en", "Second text.")):
        page = announced.root / "docs" / lang / "index.md"
        back = "Nous traitons vos données avec soin." if lang == "fr" else "We process your data with care."
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2022-03-01", "date: 2021-02-17").replace(
            words, back), encoding="utf-8")
    said = announced.run("diff", "newest", "worktree", "--format", "markdown", "--messages", "en")
    assert said.returncode == 0, said.stderr
    assert said.stdout.startswith("> **Warning:** the edited text is dated February 17, 2021, before the version of "
                                  "March 1, 2022, published ahead, which takes effect on that day whatever this "
                                  "branch holds"), said.stdout
    assert "give it a date after March 1, 2022 in every language" in said.stdout
    assert "would be refused" not in said.stdout
