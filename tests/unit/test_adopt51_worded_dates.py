"""Adopt51: a date whose day one text writes as an ordinal in words (`le premier janvier 2024`, `el primero de enero de
2024`, `am ersten Januar 2024`, `March fifteenth, 2024`), or whose month it shortens otherwise than CLDR (`Sept. 1,
2024`, CLDR's `Sep`), against the other text's date in digits, was no date: sync.dates and sync.numbers (2024 against
none). Such a date is now the date it is; another date is still said, and a count before a month is no day."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def rules(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation))]


@pytest.mark.parametrize(("source", "translation"), [
    (("Depuis le premier janvier 2024.", "fr"), ("Since 1 January 2024.", "en")),
    (("Desde el primero de enero de 2024.", "es"), ("Since 01/01/2024.", "en")),
    (("Seit dem ersten Januar 2024.", "de"), ("Since 01.01.2024.", "en")),
    (("Since March fifteenth, 2024.", "en"), ("Depuis le 15/03/2024.", "fr")),
    (("Since the fifteenth of March 2024.", "en"), ("Depuis le 15 mars 2024.", "fr")),
    (("Since Sept. 1, 2024.", "en"), ("Depuis le 1er septembre 2024.", "fr")),
    (("Since 1 Sept 2024.", "en"), ("Seit 1. Sept. 2024.", "de")),
])
def test_a_date_in_words_is_the_date_in_digits(source, translation):
    assert rules(source, translation) == []


@pytest.mark.parametrize(("source", "translation"), [
    (("Le premier janvier 2024.", "fr"), ("On 2 January 2024.", "en")),
    (("Since Sept. 1, 2024.", "en"), ("Depuis le 1er octobre 2024.", "fr")),
])
def test_another_date_is_still_said(source, translation):
    assert rules(source, translation) == ["sync.dates"]


def test_a_count_before_a_month_is_no_day():
    found = sync.invariants(page("We have two May 2024 releases.", "en").sections[0].blocks, "en")
    assert found.dates == {}
