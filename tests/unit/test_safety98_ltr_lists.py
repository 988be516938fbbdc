"""safety98: one left-to-right mark before a list of phone numbers, dates or ranges in a Hebrew or Arabic paragraph
(`LRM +972-3-555-0100, +972-3-555-0101`, the mark such texts set before their phone numbers) was refused by
safety95's rule (characters.ltr_numbers_apart: editorial.bidi/ltr-numbers at policy check, output.bidi/ltr-numbers at
publish) as a list of numbers its readers read in another order. Each such number is read whole wherever it stands
and its place in the list says nothing; a list holding an amount or a duration (`90, 30`, `30–60, 90`, grouped
amounts `1 234 567,89, 2 345 678,90`, times `09:00, 18:00`, articles `6(1), 7(2)`) stays refused."""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations

LRM, LRI, PDI = "\u200e", "\u2066", "\u2069"

ORDINARY = [
    f"לפרטים: {LRM}+972-3-555-0100, +972-3-555-0101 או בדוא\"ל.",
    f"טלפון: {LRM}03-555-0100, 03-555-0101.",
    f"هاتف: {LRM}+971 4 555 0100، +971 4 555 0101",
    f"هاتف: {LRI}(04) 555 0100, (04) 555 0101{PDI}",
    f"בתאריכים {LRM}01.04.2024, 15.05.2024 עודכנה המדיניות.",
    f"تم التحديث في {LRM}2024-04-01, 2025-01-15",
    f"שמירה {LRM}30–60, 60–90 ימים.",
    f"הטלפון {LRM}+972-3-555-0100 ו-{LRM}+972-3-555-0101.",
]
REORDERED = [
    (f"אנו שומרים את המידע {LRM}90, 30 ימים", "90, 30"),
    (f"אנו שומרים {LRM}30–60, 90 ימים", "30–60, 90"),
    (f"הטלפון {LRM}+972-3-555-0100, 30 ימים", "+972-3-555-0100, 30"),
    (f"סכום {LRM}1 234 567,89, 2 345 678,90 ש\"ח", "1 234 567,89, 2 345 678,90"),
    (f"שעות {LRM}09:00, 18:00 בלבד", "09:00, 18:00"),
    (f"סעיפים {LRM}6(1), 7(2) חלים", "6(1), 7(2)"),
    (f"אנו שומרים {LRI}1000000, 2000000{PDI} רשומות", "1000000, 2000000"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_list_of_phone_numbers_dates_or_ranges_after_a_mark_passes(text) -> None:
    assert characters.ltr_numbers_apart(text) is None


@pytest.mark.parametrize(("text", "shown"), REORDERED)
def test_a_list_holding_an_amount_or_a_duration_is_still_found(text, shown) -> None:
    assert characters.ltr_numbers_apart(text)[1] == shown


def _bidi(text: str, lang: str) -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# מדיניות\n\n## 1. מידע\n\n{text}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    return [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= char <= "\u06ff" for char in text) else "he"


@pytest.mark.parametrize("text", ORDINARY)
def test_policy_check_and_the_output_check_pass_them(text) -> None:
    assert _bidi(text, _lang(text)) == []
    said = [m for m in violations(page(f"<p dir='rtl' lang='{_lang(text)}'>{text}</p>")) if "draws the numbers" in m]
    assert said == []


@pytest.mark.parametrize(("text", "shown"), REORDERED)
def test_policy_check_and_the_output_check_still_refuse_a_reordered_list(text, shown) -> None:
    assert len(_bidi(text, "he")) == 1
    said = violations(page(f"<p dir='rtl' lang='he'>{text}</p>"))
    assert [m for m in said if "draws the numbers" in m], said


def test_the_import_keeps_the_mark_before_phone_numbers_and_takes_it_from_a_list_of_durations() -> None:
    phones = f"טלפון: {LRM}03-555-0100, 03-555-0101."
    assert editorial.without_misplaced_marks(phones, "he") == phones
    assert LRM not in editorial.without_misplaced_marks(f"אנו שומרים {LRM}90, 30 ימים", "he")
