"""Adopt49: a French policy's customer service "joignable 24 h/24 et 7 j/7", translated "available 24/7": each count
was read twice (`24 h/24`: 24 and 24), sync.numbers against the English 24 and 7. A count over its unit over the count
again is the count once; another count is still said."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


@pytest.mark.parametrize(("source", "translation"), [
    ("Le service client est joignable 24 h/24 et 7 j/7.", "Customer service is available 24/7."),
    ("Surveillance 24h/24, 7j/7.", "Monitoring 24/7."),
    ("Joignable 24 h / 24.", "Reachable 24 hours a day."),
    ("Ouvert 7j/7.", "Open 7 days a week."),
])
def test_round_the_clock_as_french_writes_it_is_each_count_once(source, translation):
    findings = sync.compare(page(source, "fr"), page(translation, "en"))
    assert [f for f in findings if f.rule == "sync.numbers"] == [], findings


@pytest.mark.parametrize(("source", "translation"), [
    ("Joignable 24 h/24 et 7 j/7.", "Available 24/6."),
    ("Joignable 24 h/24 et 7 j/7.", "Available 24 hours a day, 7 days a week, 24 times."),
    ("Pendant 12 mois/12 mois.", "For 12 months."),  # (a unit of more than three letters: as written)
])
def test_another_count_is_still_said(source, translation):
    findings = sync.compare(page(source, "fr"), page(translation, "en"))
    assert [f.rule for f in findings if f.rule == "sync.numbers"] == ["sync.numbers"], findings
