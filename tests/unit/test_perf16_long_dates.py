"""A long date's fields read once a language and value (strings._DateFields), each as Babel writes it.

A publication onto 1,000 versions writes some 4,000 distinct long dates a language in each process (the history
pages, the at pages, versions.json); Babel looked each date's day, month and year up in the locale's data again
(8 look-ups, most of 15 µs a date: versions.json of 1,011 dates in both languages 37 -> 11 ms, perf16). The text is
Babel's own (every one of Babel's 1,147 locales compared once, perf16: none apart).
"""
from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import parse_pattern

from policysite import strings

DAYS = [dt.date(1999, 12, 31), dt.date(2000, 1, 1), dt.date(2024, 2, 29), dt.date(9999, 12, 31)]


# Languages of every shape of CLDR's long dates (the day, month and year in each order, an era, a two-digit day, words
# between, the ezafe, an ordinal first, no month names), and every locale of Babel's in another test (slow: 1,147)
LANGUAGES = ("fr", "en", "th", "zh", "zh-Hant", "ja", "ko", "ar", "fa", "fa-AF", "hi", "pt-BR", "pt", "it", "de", "es",
             "ru", "pl", "hu", "eu", "bo", "dz", "lt", "lv", "he", "tr", "vi", "id", "sw", "el", "cs", "fi", "nl", "sv",
             "da", "nb", "uk", "bg", "ro", "ka", "hy", "km", "my", "lo", "si", "am", "ta", "te", "kn", "ml", "ne", "ur",
             "ps", "az", "kk", "uz", "mn", "ku", "yo", "ha", "zu", "cy", "ga", "is", "sq", "et", "mk", "sr", "hr", "ca",
             "gl", "ia", "eo", "haw", "chr", "dv", "ht")


def test_every_shape_of_long_date_is_babels():
    compared = 0
    for lang in LANGUAGES:
        locale, pattern = strings._long_format(lang)
        if pattern is None:  # (no month names: ISO 8601, adopt50)
            continue
        for day in DAYS:
            assert pattern.format % strings._DateFields(day, locale, lang) == pattern.apply(day, locale), (lang, day)
            compared += 1
    assert compared > 250


@pytest.mark.parametrize("written", ["EEEE d MMMM Y", "d MMM yy G, QQQ w", "LLLL u, dd/MM E"])
def test_fields_of_the_whole_date_are_babels_too(written):
    """Fields no long date of today's CLDR holds (a weekday, a week's year, a quarter): Babel's for the date."""
    locale = strings._long_format("fr")[0]
    pattern = parse_pattern(written)
    for day in [dt.date(2020, 12, 28) + dt.timedelta(days=n) for n in range(0, 400, 3)]:
        assert pattern.format % strings._DateFields(day, locale, "fr") == pattern.apply(day, locale), day


def test_a_long_date_reads_each_field_once_a_language_and_value(monkeypatch):
    made = []
    real = strings.DateTimeFormat

    def counted(date, locale):
        made.append(date)
        return real(date, locale)

    strings._FIELDS.clear()
    strings.long_date.cache_clear()
    monkeypatch.setattr(strings, "DateTimeFormat", counted)
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=n) for n in range(731)]
    written = [strings.long_date(day, "en") for day in days]
    assert written[0] == "January 1, 2023" and written[-1] == "December 31, 2024"
    assert len(made) == 31 + 12 + 2  # (days, months, years: not 3 a date)
    assert [strings.long_date(day, "fr") for day in days[:2]] == ["1er janvier 2023", "2 janvier 2023"]
