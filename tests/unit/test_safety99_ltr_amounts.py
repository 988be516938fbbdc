"""safety99: safety98 let a list of phone numbers after one left-to-right mark in a Hebrew or Arabic paragraph pass
(characters._whole_wherever), reading as a phone number any seven digits or more in groups not grouped by thousands.
Amounts with decimals (`‎1234567.89, 2345678.90 ש"ח`, `‎12345.67, 98765.43`), amounts grouped in lakhs as an Urdu
text writes them (`‎10,00,000, 20,00,000 روپے`), a number padded with zeros (`‎0000090, 0000030 ימים`) and a last
digit alone (`‎1000000 5, 2000000 5`) were read as phone numbers: the list, drawn in another order than its readers
read it, passed policy check and the output check. They are refused again; phone numbers (`+972-3-555-0100`,
`03-555-0100`, `00972-3-555-0100`, `555-0100`, `212-555-0100`, `1234 5678`) still pass."""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations

LRM = "\u200e"

AMOUNTS = [
    (f"אנו גובים {LRM}1234567.89, 2345678.90 ש\"ח", "he"),
    (f"אנו גובים {LRM}12345.67, 98765.43 ש\"ח", "he"),
    (f"ہم {LRM}10,00,000, 20,00,000 روپے لیتے ہیں", "ur"),
    (f"שומרים {LRM}1000000.5, 2000000.5 רשומות", "he"),
    (f"שומרים {LRM}0000090, 0000030 ימים", "he"),
    (f"סכום {LRM}1000000 5, 2000000 5 ש\"ח", "he"),
]
PHONES = [
    (f"טלפון: {LRM}+972-3-555-0100, 03-555-0101.", "he"),
    (f"טלפון: {LRM}00972-3-555-0100, 00972-3-555-0101.", "he"),
    (f"טלפון: {LRM}555-0100, 555-0101.", "he"),
    (f"טלפון: {LRM}212-555-0100, 212-555-0101.", "he"),
    (f"טלפון: {LRM}1234 5678, 2345 6789.", "he"),
]


def _findings(text: str, lang: str) -> tuple[list[str], list[str]]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# מדיניות\n\n## 1. מידע\n\n{text}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    checked = [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]
    output = [m for m in violations(page(f"<p dir='rtl' lang='{lang}'>{text}</p>")) if "draws the numbers" in m]
    return checked, output


@pytest.mark.parametrize(("text", "lang"), AMOUNTS)
def test_a_list_of_amounts_after_one_mark_is_refused_at_policy_check_and_publish(text, lang) -> None:
    assert characters.ltr_numbers_apart(text) is not None
    checked, output = _findings(text, lang)
    assert len(checked) == 1 and len(output) == 1, (checked, output)


@pytest.mark.parametrize(("text", "lang"), PHONES)
def test_a_list_of_phone_numbers_after_one_mark_still_passes(text, lang) -> None:
    assert characters.ltr_numbers_apart(text) is None
    assert _findings(text, lang) == ([], [])
