"""legal23: a translation corrected under a new date, the authoritative text unchanged, as `policy diff` says it.

Against a version published ahead (still to come), the French redline of the pull request said "newest and worktree
have the same French text: dated …, it would not postpone the version of …, published ahead … (to keep the text now
in force, commit it again …)": advice for a date moved, while the English text changed and the version is published
as its correction. It now names the language whose text changes, and what the French changes page will say; with no
language changed, the warning stays."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("commands_in_process")


@pytest.fixture
def ahead(tmp_path_factory, tmp_path, monkeypatch):
    """2021-02-17 published, today 2021-01-10: a version still to come, as one announced ahead is."""
    from policysite import clock

    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "ahead")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2021, 1, 10))
    return project


def test_the_translation_corrected_is_named_not_a_postponement(ahead):
    ahead.write("2021-02-18", en="We process your personal data with care.")
    said = ahead.run("diff", "newest", "worktree", "--messages", "en")
    assert said.returncode == 0, said.stderr
    assert "newest and worktree have the same French text; the English text changes (`--lang en` shows it), so this " \
           "version is published: its French changes page says “No change in the text.”" in said.stderr, said.stderr
    assert "postpone" not in said.stderr, said.stderr
    summary = ahead.run("diff", "newest", "worktree", "--format", "markdown", "--messages", "fr")
    assert "le texte en anglais change (`--lang en` le montre)" in summary.stdout, summary.stdout
    english = ahead.run("diff", "newest", "worktree", "--lang", "en", "--messages", "en")
    assert "{+personal +}" in english.stdout or "{+personal+}" in english.stdout, english.stdout


def test_the_date_alone_moved_is_still_said_to_postpone_nothing(ahead):
    ahead.write("2021-02-18")
    said = ahead.run("diff", "newest", "worktree", "--messages", "en")
    assert "it would not postpone the version of February 17, 2021, published ahead" in said.stderr, said.stderr
    assert "text changes" not in said.stderr, said.stderr
