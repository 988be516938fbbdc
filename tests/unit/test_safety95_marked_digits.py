"""Safety hunt 95: a combining mark drawn between two digits.

`We keep it 3&#x303;0 days` (or U+0303 written in the Markdown, or U+20DD's circle) shows "3̃0", one number with a
tilde over its 3, where the checks read 3 and 0 (a digit run ends at the mark): the class of an invisible character
inside a number (editorial.digits/split), which a visible mark passed, in `policy check` and on the page. A mark after
a number's last digit, or accents on letters, part no number.
"""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations


@pytest.mark.parametrize(("text", "code"), [
    ("We keep it 3\u03030 days.", "0303"),
    ("We keep it 3\u20dd0 days.", "20DD"),  # (an enclosing circle)
    ("We keep it 3\u200b\u03030 days.", "0303"),  # (with an invisible character)
    ("A fine of 1\u0331000 euros.", "0331"),
])
def test_a_mark_between_two_digits_is_a_number_misread(text, code):
    found = editorial.misread_number(text, "en")
    assert found is not None and found[0] == "editorial.digits/marked" and found[1]["code"] == code, found


@pytest.mark.parametrize("text", [
    "We keep it 30\u0303 days.",  # (after the number: one number either way)
    "Café 30 days, naïve 12, Ångström 4.",
    "Within 30 days.",
])
def test_marks_parting_no_number_pass(text):
    assert editorial.misread_number(text, "en") is None


@pytest.mark.parametrize("article", [
    "<p>We keep it 3&#x303;0 days.</p>",
    "<p>We keep it 3<span>\u0303</span>0 days.</p>",
    "<ul><li>Within 3\u20dd0 days.</li></ul>",
])
def test_the_output_check_refuses_it(article):
    said = [message for message in violations(page(article)) if "between the digits of" in message]
    assert len(said) == 1 and ("U+0303" in said[0] or "U+20DD" in said[0]), violations(page(article))


def test_policy_check_refuses_it_naming_the_line():
    policy = parse("---\ndate: 2001-02-01\n---\n\n# Policy\n\n## 1. Data\n\nWe keep it 3\u03030 days.\n",
                   path="docs/en/index.md", lang="en")
    found = [(f.line, str(f)) for f in editorial.check(policy, brand="X") if f.rule == editorial.RULE_DIGITS]
    assert len(found) == 1 and found[0][0] == 9 and "(U+0303, combining tilde)" in found[0][1], found
