"""The output check's digit rule (safety93) reads a part of a block marked in another language in that language.

The build's own notice on a Nepali page is English words quoting the version's day in Nepali,
`<p lang="en">Version of <span lang="ne">२०२२ मार्च १</span></p>`: its Devanagari digits are the Nepali reader's own,
which the block's English refused (test_safety63_notices[ne] failed on every page). A digit outside such a part is
still read in the block's language, and a letter among digits across a part's edge is still refused.
"""
from __future__ import annotations

import pytest

from unit.test_safety import page, violations


def _misread(html: str) -> list[str]:
    return [message for message in violations(html)
            if "among digits" in message or "another script" in message or "between the digits" in message]


@pytest.mark.parametrize("article", [
    '<p>Version of <span lang="ne">२०२२ मार्च १</span>.</p>',
    '<p>Version of <span lang="ne" dir="auto">२०२२ मार्च १</span>, <em>online</em>.</p>',
    '<ul><li>From <span lang="bn">৪ মার্চ</span> on.</li></ul>',
    '<p>Since <span lang="ne">२०२२ <span lang="ar">٣</span></span>.</p>',  # (a part inside a part: its own language)
])
def test_a_part_in_another_language_writes_its_own_digits(article):
    assert _misread(page(article)) == []


@pytest.mark.parametrize(("article", "number"), [
    ('<p>We keep it ३० days (<span lang="ne">३० दिन</span>).</p>', "३०"),  # (outside the Nepali part: English's)
    ('<p>Since <span lang="ne">२०२२ <span lang="en">৪0</span></span>.</p>', "৪0"),  # (an English part in it)
    ('<p>Since <span lang="fr">mars</span> ৪0.</p>', "৪0"),  # (a part of a language writing Latin digits only)
])
def test_a_digit_outside_a_part_in_its_language_is_still_refused(article, number):
    said = _misread(page(article))
    assert len(said) == 1 and f"“{number}”" in said[0] and "another script" in said[0], said


def test_a_letter_among_digits_across_a_part_s_edge_is_still_refused():
    said = _misread(page('<p>We keep it 3<span lang="ne">O</span> days.</p>'))
    assert len(said) == 1 and "“3O”" in said[0] and "among digits" in said[0], said
