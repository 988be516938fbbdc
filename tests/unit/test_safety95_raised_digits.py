"""Safety hunt 95: part of a number drawn raised or lowered by a <sup> or <sub>.

`We keep it 3<sup>0</sup> days` (the allow-list has <sup> and <sub>) shows "3⁰ days", a three and a note's mark or an
exponent, while the checks, the redline, policy.json ("We keep it 30 days.") and a translation's "30 jours" read 30:
`policy check` and the output check passed it. A note's mark after a word, an ordinal (`1<sup>er</sup>`), a unit's
exponent (`m<sup>2</sup>`) or a chemical index (`CO<sub>2</sub>`) part no number.
"""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations


def _raised(html: str) -> list[str]:
    return [message for message in violations(html) if "raised or lowered" in message]


@pytest.mark.parametrize(("article", "number"), [
    ("<p>We keep it 3<sup>0</sup> days.</p>", "30"),
    ("<p>We keep it 3<sub>0</sub> days.</p>", "30"),
    ("<p>We keep it <sup>1</sup>0 days.</p>", "10"),
    ("<p>We keep it <em>3</em><sup>0</sup> days.</p>", "30"),  # (the digit before in an inline element)
    ("<ul><li>Within 1 000 0<sup>00</sup> seconds.</li></ul>", "000"),
    ("<p>We keep it 10<sup>0</sup> days.</p>", "100"),  # (no power of ten is written 10⁰: safety98)
    ("<p>We keep it <ruby>3<rt>0</rt></ruby>0 days.</p>", "300"),  # (shown 30, a small 0 above; read "3(0)0")
])
def test_a_number_drawn_partly_raised_or_lowered_is_refused(article, number):
    said = _raised(page(article))
    assert len(said) == 1 and f"the checks read {number}" in said[0], violations(page(article))


@pytest.mark.parametrize("article", [
    "<p>We keep it 30 days<sup>1</sup>.</p>",
    "<p>Le 1<sup>er</sup> janvier 2024.</p>",
    "<p>An office of 30 m<sup>2</sup> and CO<sub>2</sub> figures.</p>",
    "<p>We keep it 30 <sup>1</sup> days.</p>",  # (a space apart: the checks read two numbers too)
    "<p>We keep it 3<small>0</small> days.</p>",  # (smaller, on the line: read 30)
    "<p>1 GB = 10<sup>9</sup> bytes.</p>",  # (a power of ten: no reader reads 109; safety98)
])
def test_marks_that_part_no_number_pass(article):
    assert _raised(page(article)) == []


def _digits(text: str) -> list[tuple[int, str]]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# Policy\n\n## 1. Data\n\n{text}\n", path="docs/en/index.md",
                   lang="en")
    return [(f.line, str(f)) for f in editorial.check(policy, brand="X") if f.rule == editorial.RULE_DIGITS]


def test_policy_check_refuses_it_naming_the_line_and_the_number_read():
    found = _digits("We keep it 3<sup>0</sup> days.")
    assert len(found) == 1 and found[0][0] == 9 and "“3<sup>0</sup>”" in found[0][1] \
        and "the checks read 30" in found[0][1], found
    assert len(_digits("We keep it <sup>**1**</sup>0 days.")) == 1
    assert len(_digits("We keep it <ruby>3<rt>0</rt></ruby>0 days.")) == 1
    assert len(_digits("We keep it <ruby>3<rt>0</ruby>0 days.")) == 1  # (the annotation's end tag left out)
    assert _digits("Our name, <ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>, since 2001.") == []
    assert _digits("We keep it 30 days<sup>1</sup>, from the 1<sup>er</sup>, in m<sup>2</sup>.") == []
