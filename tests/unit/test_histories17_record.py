"""The history page says what a version's manifest records of how it came to be (histories17): each note kind in every
language the site ships, its day in the language's words, its commit; a note of an unknown kind, or whose commit or day
was edited into something else on the branch, is left out, never a Python error."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from policysite import archive, manifest as mf
from policysite.messages import Said
from policysite.strings import STRINGS, long_date, strings

NOTES = mf.notes_of([
    Said("history.draft-merged", day="2024-03-01", commit="abc1234", merge="def5678", parent=2),
    Said("history.merge-edited", version="2024-01-10", merge="def5678", commit="abc1234", day="2024-03-01", parent=2),
    Said("history.undated", commit="1234abc", path="docs/fr/index.md"),
    Said("history.no-page/removed", commit="5678def", path="docs/fr/index.md"),
    Said("history.translation-alone", commit="9abcdef", path="docs/en/index.md", date="2023-12-01",
         authoritative="docs/fr/index.md", first="2024-01-10"),
])


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_each_recorded_note_is_said_in_every_language_with_its_day_and_no_commit(lang):
    """Words 14: a reader needs what changed and when, not "Commit 1234abc": each line says its day where the note has
    one and names no commit (the manifest keeps it, for whoever must prove it)."""
    lines = [str(line) for line in archive.record_lines(NOTES, lang=lang, t=strings(lang))]
    assert len(lines) == 5, lines
    day = long_date(dt.date(2024, 3, 1), lang)
    assert day in lines[0] and day in lines[1]
    assert long_date(dt.date(2023, 12, 1), lang) in lines[4]
    commits = ("abc1234", "def5678", "1234abc", "5678def", "9abcdef")
    assert [line for line in lines if any(commit in line for commit in commits)] == []
    assert len(set(lines)) == 5 and all("{" not in line for line in lines)
    words = {key: strings(lang)[key] for key in strings(lang) if key.startswith("record_")}
    assert {key: said for key, said in words.items() if re.search(r"(?i)commit|\{merge\}", said)} == {}


def test_a_note_unknown_or_edited_on_the_branch_is_left_out_and_what_it_holds_escaped():
    t = strings("en")
    edited = (("history.later-kind", (("commit", "abc1234"),)),
              ("history.draft-merged", (("commit", "<b>x</b>"), ("day", "2024-03-01"), ("merge", "def5678"))),
              ("history.draft-merged", (("commit", "abc1234"), ("day", "2024-02-30"), ("merge", "def5678"))),
              ("history.draft-merged", (("commit", "abc1234"), ("day", 20240301), ("merge", "def5678"))),
              ("history.undated", ()))
    assert archive.record_lines(edited, lang="en", t=t) == []
    said = archive.record_lines(NOTES[:1] * 2, lang="en", t=t)  # the same note twice: one line
    assert [str(line) for line in said] == [
        "the text dated March 1, 2024 was a draft, never in force: it is not in the archive."]


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_an_upcoming_version_followed_by_another_says_its_last_day_in_every_language(lang):
    """Two versions announced at once: the first is in force from its date to the day before the second's, as
    versions.json and `policy at` say; the history said "Takes effect on June 1, 2024", as if for good."""
    bounded = archive.Entry("2024-06-01", {"previous": "2024-01-10", "announced": "2024-04-01"}, until="2024-06-30",
                            upcoming=True)
    said = str(archive.period_text(bounded, lang=lang))
    for day in (dt.date(2024, 6, 1), dt.date(2024, 6, 30), dt.date(2024, 4, 1)):
        assert long_date(day, lang) in said, (lang, said)
    plain = archive.Entry("2024-06-01", {"previous": "2024-01-10"}, until="2024-06-30", upcoming=True)
    assert long_date(dt.date(2024, 6, 30), lang) in str(archive.period_text(plain, lang=lang))
    last = archive.Entry("2024-07-01", {"previous": "2024-06-01", "announced": "2024-05-01"}, upcoming=True)
    assert str(archive.period_text(last, lang=lang)) == str(archive.html_format(
        strings(lang)["period_upcoming"], start=long_date(dt.date(2024, 7, 1), lang),
        announced=long_date(dt.date(2024, 5, 1), lang)))
