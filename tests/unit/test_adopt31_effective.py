"""Adopt31: a text saying two days, the day it was last updated and the day it takes effect ("Last updated: February
15, 2021" over "Effective date: March 1, 2021"), took effect on the second: a file named by the first was imported as
of it, unsaid, and one named by neither was to be renamed by the first line's day."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import document, importer, sync
from policysite.convert import Source
from policysite.convert.sources import stated_day

TEXT = "# Privacy policy\n\n{first}\n\n{second}\n\n## 1. Who we are\n\nExample Ltd sells tools.\n"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Effective date: March 1, 2021", "en"), ("Date d'entrée en vigueur : 1er mars 2021", "fr"),
    ("En vigueur au 1er mars 2021", "fr"), ("Gültig ab 1. März 2021", "de"), ("Vigente desde el 1 de marzo de 2021", "es"),
    ("In vigore dal 1 marzo 2021", "it"), ("Van kracht vanaf 1 maart 2021", "nl"), ("施行日：2021年3月1日", "ja")])
def test_a_line_saying_the_day_a_text_takes_effect_is_read_so(sentence, lang):
    assert sync.effective(sentence) and sync.stated_dates(sentence, lang)[0][1] == {"2021-03-01"}


@pytest.mark.parametrize("sentence", ["Last updated: February 15, 2021", "Dernière mise à jour : 15 février 2021",
                                      "Stand: 15. Februar 2021", "Vigorously enforced since 2021"])
def test_a_line_saying_when_a_text_was_written_is_not(sentence):
    assert not sync.effective(sentence)


@pytest.mark.parametrize(("first", "second"), [
    ("Last updated: February 15, 2021", "Effective date: March 1, 2021"),
    ("Effective date: March 1, 2021", "Last updated: February 15, 2021")])
def test_a_file_named_by_neither_day_is_given_the_day_it_took_effect(tmp_path: Path, first, second):
    source = tmp_path / "privacy.md"
    source.write_text(TEXT.format(first=first, second=second), encoding="utf-8")
    assert stated_day(source, ("en",), lang="en") == ("Effective date: March 1, 2021", ["2021-03-01"], "its text")


def test_a_file_named_by_the_day_it_was_updated_says_the_day_it_took_effect(tmp_path: Path):
    source = tmp_path / "privacy-2021-02-15.md"
    source.write_text(TEXT.format(first="Last updated: February 15, 2021", second="Effective date: March 1, 2021"),
                      encoding="utf-8")
    text = importer._convert(Source(source, dt.date(2021, 2, 15), "markdown"), lang="en", authoritative=True)
    assert any("its text says “Effective date: March 1, 2021” under its title, another day than 2021-02-15" in note
               and "name the file privacy-2021-03-01.md" in note for note in text.notes), text.notes
    named = Source(tmp_path / "privacy-2021-03-01.md", dt.date(2021, 3, 1), "markdown")
    read = document.parse(text.body, path="x.md", lang="en")
    assert importer._stated_otherwise(read, named, "en") is None  # named by the day it took effect: nothing to say
