"""Adopt52: a day and month of no year written with the month's name in one language (`Le 15 mars`) and in digits in
the other (`On 15/03`, `Am 15.03.`) was sync.numbers (15 against 15 and 3). The digits are read as that day where the
other side names it; elsewhere they stay numbers (`1/3` of a fee is no date), and another day is still said."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def numbers(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation)) if f.rule == "sync.numbers"]


@pytest.mark.parametrize(("source", "translation"), [
    (("Le 15 mars, nous revoyons la liste.", "fr"), ("On 15/03 we review the list.", "en")),
    (("On 15/03 we review the list.", "en"), ("Le 15 mars, nous revoyons la liste.", "fr")),
    (("Am 15.03. prüfen wir die Liste.", "de"), ("On March 15 we review the list.", "en")),
    (("Each year on 03/15 we review it.", "en"), ("Chaque année, le 15 mars, nous la revoyons.", "fr")),
    (("Le 1er avril et le 5 mai.", "fr"), ("On 01/04 and 05/05.", "en")),
    (("El 5 de mayo, dentro de 30 días.", "es"), ("On 5/5, within 30 days.", "en")),
])
def test_the_same_day_in_digits_is_no_finding(source, translation):
    assert numbers(source, translation) == []


@pytest.mark.parametrize(("source", "translation"), [
    (("Le 15 mars, nous revoyons la liste.", "fr"), ("On 16/03 we review the list.", "en")),
    (("Le 15 mars, nous revoyons la liste.", "fr"), ("On 15/04 we review the list.", "en")),
    (("Un tiers, 1/3, des frais.", "fr"), ("A third, 1/4, of the fees.", "en")),
    (("Le 15 mars et le 15 avril.", "fr"), ("On 15/03 and 15/05.", "en")),
])
def test_another_day_is_still_said(source, translation):
    assert numbers(source, translation) == ["sync.numbers"]


def test_a_day_in_digits_is_read_both_ways_but_dotted_day_first():
    assert sync._numeric_day_reads("05/03") == {"03-05": "5", "05-03": "3"}
    assert sync._numeric_day_reads("15.03.") == {"03-15": "15"}
    assert sync._numeric_day_reads("15/13") == {}
