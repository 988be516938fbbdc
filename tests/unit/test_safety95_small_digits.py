"""Safety hunt 95: a raised or lowered digit character glued to a number's digits.

`We keep it 3⁰ days` (U+2070) or `¹0 days` (U+00B9) shows a three with a note's mark or an exponent, as
`3<sup>0</sup>` does (test_safety95_raised_digits), while the checks read 3 (or 0) alone: `policy check` and the output
check passed both. Beside a letter (`m²`, `CO₂`, a note's mark after a word) such a digit parts no number.
"""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations


@pytest.mark.parametrize(("text", "word", "read"), [
    ("We keep it 3\u2070 days.", "3\u2070", "3"),
    ("We keep it \u00b90 days.", "\u00b90", "0"),
    ("Within 1\u20800 days.", "1\u20800", "1, 0"),
    ("1 GB = 10\u2076 kB.", "10\u2076", "10"),
])
def test_a_small_digit_beside_digits_is_a_number_misread(text, word, read):
    found = editorial.misread_number(text, "en")
    assert found is not None and found[0] == "editorial.digits/small", found
    assert found[1]["word"] == word and found[1]["read"] == read, found


@pytest.mark.parametrize("text", [
    "An office of 30 m\u00b2 and CO\u2082 figures.",
    "We keep it 30 days\u00b9.",
    "We keep it 30 \u00b9 days.",
])
def test_a_small_digit_beside_letters_or_apart_passes(text):
    assert editorial.misread_number(text, "en") is None


def test_the_output_check_refuses_it():
    said = [message for message in violations(page("<p>We keep it 3\u2070 days.</p>")) if "raised or lowered" in message]
    assert len(said) == 1 and "“3\u2070”" in said[0] and "the checks read 3" in said[0], said
    assert [message for message in violations(page("<p>We keep it 30 m\u00b2.</p>"))
            if "raised or lowered" in message] == []


def test_policy_check_refuses_it_naming_the_line():
    policy = parse("---\ndate: 2001-02-01\n---\n\n# Policy\n\n## 1. Data\n\nWe keep it 3\u2070 days.\n",
                   path="docs/en/index.md", lang="en")
    found = [(f.line, str(f)) for f in editorial.check(policy, brand="X") if f.rule == editorial.RULE_DIGITS]
    assert len(found) == 1 and found[0][0] == 9 and "(⁰, superscript zero)" in found[0][1], found
