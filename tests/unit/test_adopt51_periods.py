"""Adopt51: a period of time a translation writes in another unit than its source (`sous 15 jours` / `within two
weeks`, as French, Spanish and Italian count a fortnight; `7 jours` / `a week`; `12 Monate` / `a year`; `48 hours` /
`deux jours`) was sync.numbers. Each side's periods are read in hours (CLDR's unit words of the language, counts in
digits or words) and the numbers they took are no finding where the periods last as long; a period of another length,
or working days, is still said."""
from __future__ import annotations

import pytest

from policysite import document, durations, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def numbers(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation)) if f.rule == "sync.numbers"]


@pytest.mark.parametrize(("source", "translation"), [
    (("Nous répondons sous 15 jours.", "fr"), ("We answer within two weeks.", "en")),
    (("Nous répondons sous quinze jours.", "fr"), ("We answer within 2 weeks.", "en")),
    (("Nous répondons sous 7 jours.", "fr"), ("We answer within a week.", "en")),
    (("Conservées pendant 12 mois.", "fr"), ("Kept for one year.", "en")),
    (("Conservées 3 ans puis supprimées sous 30 jours.", "fr"), ("Kept 36 months, deleted within a month.", "en")),
    (("Innerhalb von 14 Tagen.", "de"), ("Within two weeks.", "en")),
    (("Für 12 Monate gespeichert.", "de"), ("Stored for a year.", "en")),
    (("En un plazo de 15 días.", "es"), ("Within two weeks.", "en")),
    (("W ciągu 14 dni.", "pl"), ("Within two weeks.", "en")),
    (("Within 48 hours.", "en"), ("Sous deux jours.", "fr")),
])
def test_the_same_period_in_another_unit_is_no_finding(source, translation):
    assert numbers(source, translation) == []


@pytest.mark.parametrize(("source", "translation"), [
    (("Nous répondons sous 15 jours.", "fr"), ("We answer within three weeks.", "en")),
    (("Nous répondons sous 10 jours.", "fr"), ("We answer within a week.", "en")),
    (("Conservées pendant 13 mois.", "fr"), ("Kept for one year.", "en")),
    (("Within 72 hours.", "en"), ("Sous deux jours.", "fr")),
    (("Sous 15 jours ouvrés.", "fr"), ("Within two weeks.", "en")),
    (("Innerhalb von 15 Tagen.", "de"), ("Within two weeks.", "en")),  # (German counts no fortnight in days)
])
def test_another_period_is_still_said(source, translation):
    assert numbers(source, translation) == ["sync.numbers"]


def test_periods_are_read_in_hours():
    found, counts = durations.periods("Sous 15 jours, puis 2 ans et une semaine.", "fr", {})
    assert sorted(map(sorted, found)) == [[168], [336, 360], [17280, 17520]]
    assert counts == {"15": 1, "2": 1}
    assert durations.periods("15 days", "xx-unknown", {}) == ([], {})
