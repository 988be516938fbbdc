"""Adopt52: periods written in words without a digit in German, Spanish, Italian, Dutch, Portuguese and Polish were
no period (`innerhalb eines Tages`, `binnen eines Monats`, `w ciągu miesiąca`, `w ciągu dwóch tygodni`, `duas
semanas`, `una quincena`, `een etmaal`, `w ciągu doby`), and their translation's `within 30 days` was sync.numbers.
The unit's cases without a count (German's and Polish's genitive), the Latin languages' fortnight as fifteen days,
Dutch's and Polish's day of 24 hours and Polish's and Portuguese's inflected counts are read; a period of another
length is still said."""
from __future__ import annotations

import pytest

from policysite import document, durations, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def numbers(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation)) if f.rule == "sync.numbers"]


@pytest.mark.parametrize(("source", "translation"), [
    (("Innerhalb eines Tages.", "de"), ("Within 24 hours.", "en")),
    (("Binnen eines Monats.", "de"), ("Within 30 days.", "en")),
    (("Innerhalb eines Jahres.", "de"), ("Within 12 months.", "en")),
    (("En una quincena.", "es"), ("Within 15 days.", "en")),
    (("Une quinzaine.", "fr"), ("Within 15 days.", "en")),
    (("Binnen een etmaal.", "nl"), ("Within 24 hours.", "en")),
    (("Em duas semanas.", "pt"), ("Within 14 days.", "en")),
    (("Numa quinzena.", "pt"), ("Within 15 days.", "en")),
    (("W ciągu miesiąca.", "pl"), ("Within 30 days.", "en")),
    (("W ciągu dwóch tygodni.", "pl"), ("Within 14 days.", "en")),
    (("W ciągu roku.", "pl"), ("Within 12 months.", "en")),
    (("W ciągu doby.", "pl"), ("Within 24 hours.", "en")),
    (("W ciągu trzech miesięcy.", "pl"), ("Within 90 days.", "en")),
    (("Within 30 days.", "en"), ("Binnen eines Monats.", "de")),
])
def test_a_period_in_words_is_the_same_period_in_digits(source, translation):
    assert numbers(source, translation) == []


@pytest.mark.parametrize(("source", "translation"), [
    (("Binnen eines Monats.", "de"), ("Within 60 days.", "en")),
    (("Innerhalb eines Tages.", "de"), ("Within 48 hours.", "en")),
    (("W ciągu roku.", "pl"), ("Within 6 months.", "en")),
    (("W ciągu dwóch tygodni.", "pl"), ("Within 21 days.", "en")),
    (("Numa quinzena.", "pt"), ("Within 30 days.", "en")),
])
def test_a_period_of_another_length_is_still_said(source, translation):
    assert numbers(source, translation) == ["sync.numbers"]


def test_the_genitive_is_read_as_one_unit():
    found, counts = durations.periods("binnen eines monats und innerhalb eines tages", "de", {})
    assert sorted(map(sorted, found)) == [[24], [720]]
    assert counts == {}
