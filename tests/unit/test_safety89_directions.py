"""Safety hunt 89: words laid out right to left in another order than written, through a language's name or an
isolate the output check did not read.

`_turned_apart` refused an element of the text set right to left whose left-to-right words a browser lays out apart
(`<p dir="rtl">90 days, not 30</p>` is drawn "days, not 30 90"), unless it was marked as written in a right-to-left
language: `lang="he"` on English words only passed. And it read an element's words as plain text, where a browser
lays out each descendant holding a `dir`, and a <bdi>, as an isolate of its own: `<span dir="ltr">jamais</span>
<span dir="ltr">vendues</span>` in a right-to-left paragraph is drawn "vendues jamais"; a <bdi> without `dir` is
`dir="auto"`, right to left from a first Hebrew letter on.
"""
from __future__ import annotations

import pytest

from unit.test_safety import page, violations


def _turned(article: str) -> list[str]:
    return [message for message in violations(page(article)) if "right to left, in another order" in message]


@pytest.mark.parametrize(("article", "tag", "words"), [
    ('<p>We keep it <span lang="he" dir="rtl">90 days, not 30</span>.</p>', "span", "90 days, not 30"),
    ('<p lang="ar" dir="rtl">90 days, not 30</p>', "p", "90 days, not 30"),
    ('<div lang="he" dir="rtl"><p>90 days, not 30</p></div>', "div", "90 days, not 30"),
    ('<p dir="rtl"><span dir="ltr">jamais</span> <span dir="ltr">vendues</span></p>', "p", "jamais vendues"),
    ('<p dir="rtl"><bdi>never</bdi> <bdi>sold</bdi></p>', "p", "never sold"),
    ("<p>We keep it <bdi>א 90 days, not 30</bdi>.</p>", "bdi", "א 90 days, not 30"),
])
def test_left_to_right_words_laid_out_apart_are_found(article, tag, words):
    assert _turned(article) == [f"<{tag} dir=…> sets the left-to-right words “{words}” right to left, in another "
                                "order than the text's, which the checks read"]


@pytest.mark.parametrize("article", [
    '<p lang="he" dir="rtl">החברה Acme Ltd שומרת נתונים 90 יום</p>',  # a Hebrew sentence naming a company
    '<p lang="ar" dir="rtl">العنوان: Example Street 12</p>',
    "<p>Our office <bdi>רחוב הרצל 12</bdi> is open.</p>",  # an address in Hebrew among English words
    "<p>We keep it <bdi>90 days, not 30</bdi>.</p>",  # a <bdi> of left-to-right words is laid out left to right
    '<p>We <span dir="ltr">never</span> sell.</p>',
    '<p lang="he" dir="auto">90 days, not 30</p>',  # `auto` from its first letter: left to right
])
def test_words_drawn_as_written_pass(article):
    assert _turned(article) == []
