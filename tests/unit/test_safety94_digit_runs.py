"""Safety hunt 94: a number whose digits an element splits, read as the reader sees it.

The output check's digit rule read a block's parts in their own languages (lead57), each digit allowed where its
part's language writes it: `3<span lang="bn">৪</span>` (drawn "38", read 34 by the checks) passed, as no language
writes one number in two numbering systems. Words of no block were read text by text: `<div>3<span>O</span>
days</div>` (drawn "3O days") was "3", "O" and " days", and passed. Both are now refused, and the source check
refuses a number mixing systems too. Blocks a browser draws apart (two paragraphs, two cells) are no one number.
"""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations


def _misread(html: str) -> list[str]:
    return [message for message in violations(html)
            if "among digits" in message or "another script" in message or "between the digits" in message]


@pytest.mark.parametrize(("article", "number"), [
    ('<p>Within 3<span lang="bn">&#x9ea;</span> days.</p>', "3৪"),
    ('<p>Within <span lang="en">3</span><span lang="bn">&#x9ea;</span> days.</p>', "3৪"),
    ('<p lang="bn">Within <b>&#x9e7;</b>&#x663; days.</p>', "১٣"),  # (Bengali and Arabic digits: two systems)
    ('<div>Within 3<span lang="bn">&#x9ea;</span> days</div>', "3৪"),  # (words of no block)
])
def test_a_number_of_two_numbering_systems_is_refused_whatever_its_parts_languages(article, number):
    said = _misread(page(article))
    assert len(said) == 1 and f"“{number}”" in said[0] and "another script" in said[0], said


@pytest.mark.parametrize(("article", "word"), [
    ("<div>Within 3<span>O</span> days</div>", "3O"),
    ("<div>Within <em>3</em><a href='#s2'>O</a> days</div>", "3O"),
    ("<span>Within 3</span><span>O days</span>", "3O"),  # (the article's own words, two spans of one line)
])
def test_words_of_no_block_are_read_as_one_line_across_inline_elements(article, word):
    said = _misread(page(article))
    assert len(said) == 1 and f"“{word}”" in said[0] and "among digits" in said[0], said


@pytest.mark.parametrize("article", [
    "<p>Within 3</p><p>O days.</p>",
    "<ul><li>Within 3</li><li>O days</li></ul>",
    "<table><tr><td>3</td><td>O days</td></tr></table>",
    "<div>Within 3<p>O days</p></div>",
    '<p>Version of <span lang="ne">२०२२ मार्च १</span>, 3 days.</p>',  # (a part's own number, whole)
    '<div lang="bn">From <span>৩০</span> on</div>',
])
def test_numbers_a_browser_draws_apart_or_whole_in_one_system_pass(article):
    assert _misread(page(article)) == []


def test_misread_number_names_the_digit_of_the_other_system():
    assert editorial.misread_number("3৪ days", "en", ("bn",)) == ("editorial.digits/script", {
        "number": "3৪", "char": "৪", "name": "bengali digit four", "value": "34"})
    assert editorial.misread_number("৩০ দিন", "bn") is None
    assert editorial.misread_number("۱۴٠۲ روز", "fa") is None  # (Persian and Arabic digits: one script, one value)


def test_the_source_check_refuses_a_number_of_two_systems():
    policy = parse('---\ndate: 2001-02-01\nlang: bn\n---\n\n# নীতি\n\n## 1. তথ্য\n\nআমরা ৩0 দিন রাখি।\n',
                   path="docs/bn/index.md", lang="bn")
    found = [(f.line, str(f)) for f in editorial.check(policy, brand="Example") if f.rule == editorial.RULE_DIGITS]
    assert found and found[0][0] == 10 and "“৩0”" in found[0][1], found
