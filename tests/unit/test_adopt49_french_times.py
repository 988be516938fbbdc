"""Adopt49: a French policy's opening hours written as French writes a time, its minutes after `h` (`de 9 h 00 à
12 h 30`, `9h00`), translated `from 9:00 to 12:30` or `9 a.m.`: the minutes `00` were a number 0 the English lacked
(sync.numbers). The time is read as the hour and minutes it is; another time is still said."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


@pytest.mark.parametrize(("source", "translation"), [
    ("Le service répond de 9 h 00 à 12 h 30.", "The service answers from 9:00 to 12:30."),
    ("Du lundi au vendredi, de 9h00 à 18h00.", "Monday to Friday, 9 a.m. to 6 p.m."),
    ("De 14 h 15 à 17 h 45.", "From 2:15 p.m. to 5:45 p.m."),
])
def test_a_time_with_its_minutes_after_h_is_that_time(source, translation):
    findings = sync.compare(page(source, "fr"), page(translation, "en"))
    assert [f for f in findings if f.rule == "sync.numbers"] == [], findings


@pytest.mark.parametrize(("source", "translation"), [
    ("De 9 h 00 à 12 h 30.", "From 9:00 to 12:00."),
    ("De 9h00 à 18h00.", "From 9 a.m. to 5 p.m."),
])
def test_another_time_is_still_said(source, translation):
    findings = sync.compare(page(source, "fr"), page(translation, "en"))
    assert [f.rule for f in findings if f.rule == "sync.numbers"] == ["sync.numbers"], findings
