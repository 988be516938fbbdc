"""safety96: the left-to-right mark a Hebrew or Arabic text sets before a range joined by a dash (`30–60`, hours
`09:00–18:00`) or before an article it cites (`6(1)(f)`) lays out one number to its reader, not a list: safety95's rule
(characters.ltr_numbers_apart: editorial.bidi/ltr-numbers, output.bidi/ltr-numbers) counted two numbers in each and
refused ordinary Hebrew and Arabic policies at policy check and publish. A range is read from its left end in a
right-to-left text too, as one joined by a hyphen is drawn without any mark; a list (`90, 30`) stays refused."""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations

LRM, LRI, PDI = "\u200e", "\u2066", "\u2069"

ORDINARY = [
    f"שעות הפעילות: {LRM}09:00–18:00{LRM}.",
    f"בין השעות {LRM}09:00 – 18:00{LRM} בימים א'–ה'.",
    f"אנו שומרים את המידע {LRM}30–60{LRM} ימים.",
    f"העיבוד מתבצע לפי סעיף {LRM}6(1)(f){LRM} לתקנה.",
    f"לפי סעיף {LRI}6(1){PDI} לתקנה",
    f"المادة {LRM}6(1)(f){LRM} من اللائحة.",
    f"من الساعة {LRM}09:00—18:00{LRM}.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_range_or_a_cited_article_after_a_mark_is_one_number(text) -> None:
    assert characters.ltr_numbers_apart(text) is None


@pytest.mark.parametrize(("text", "shown"), [
    (f"אנו שומרים את המידע {LRM}90, 30 ימים", "90, 30"),
    (f"אנו שומרים {LRM}30–60, 90 ימים", "30–60, 90"),  # (a range beside another number: a list)
    (f"סעיפים {LRM}6(1), 7(2) חלים", "6(1), 7(2)"),
])
def test_a_list_after_a_mark_is_still_found(text, shown) -> None:
    assert characters.ltr_numbers_apart(text) == (LRM, shown)


def _bidi(text: str, lang: str) -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# מדיניות\n\n## 1. מידע\n\n{text}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    return [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]


@pytest.mark.parametrize("text", ORDINARY)
def test_policy_check_passes_them(text) -> None:
    assert _bidi(text, "ar" if "ال" in text else "he") == []


@pytest.mark.parametrize("text", ORDINARY)
def test_the_output_check_passes_them(text) -> None:
    lang = "ar" if "ال" in text else "he"
    said = [m for m in violations(page(f"<p dir='rtl' lang='{lang}'>{text}</p>")) if "draws the numbers" in m]
    assert said == []


def test_the_output_check_still_refuses_a_list() -> None:
    said = violations(page(f"<p dir='rtl' lang='he'>אנו שומרים {LRM}30–60, 90 ימים</p>"))
    assert [m for m in said if "draws the numbers" in m], said
