"""Safety hunt 91: words a browser lays out in another order than written, read paragraph by paragraph.

`_turned_apart` exempted an element set right to left as a text of a right-to-left language whenever its words held
one of that language's letters: `<p lang="he" dir="rtl">א 90 days, not 30</p>` (drawn "days, not 30 90 א") passed, and
so did a `<div lang="he" dir="rtl">` holding a Hebrew paragraph and an English one, the <div>'s words read as one.
Each paragraph (each block) is now read on its own, and a paragraph is a text of its language only where most of its
letters are. On a page written right to left, an element set left to right was not read at all: `<p dir="ltr">90
ימים, לא 30</p>` shows "90" at the left, which a reader of the page reads last.
"""
from __future__ import annotations

import pytest

from policysite import characters
from unit.test_safety import page, violations

HEBREW_PAGE = ('<html lang="he" dir="rtl">', '<html lang="en">')


def _turned(html: str) -> list[str]:
    return [message for message in violations(html) if "in another order than the text's" in message]


@pytest.mark.parametrize(("article", "tag", "words"), [
    ('<p lang="he" dir="rtl">א 90 days, not 30</p>', "p", "א 90 days, not 30"),
    ('<p lang="ar" dir="rtl">ب 90 days, not 30</p>', "p", "ب 90 days, not 30"),
    ('<div lang="he" dir="rtl"><p>שלום עולם</p><p>90 days, not 30</p></div>', "div", "90 days, not 30"),
    ('<div lang="he" dir="rtl"><p>90 days, not 30</p><p>שלום עולם</p></div>', "div", "90 days, not 30"),
    ('<div lang="he" dir="rtl"><ul><li>שלום עולם</li><li>90 days, not 30</li></ul></div>', "div", "90 days, not 30"),
    ('<div lang="he" dir="rtl">שלום עולם <p>90 days, not 30</p></div>', "div", "90 days, not 30"),
])
def test_english_words_among_hebrew_ones_are_read_on_their_own(article, tag, words):
    assert _turned(page(article)) == [f"<{tag} dir=…> sets the left-to-right words “{words}” right to left, in "
                                      "another order than the text's, which the checks read"]


@pytest.mark.parametrize("article", [
    '<p lang="he" dir="rtl">החברה Acme Ltd שומרת נתונים 90 יום</p>',
    '<div lang="he" dir="rtl"><p>החברה שומרת נתונים 90 יום</p><p>ניתן לפנות אלינו בכתובת Example Street 12</p></div>',
    '<div lang="he" dir="rtl"><p>שלום עולם</p><p lang="en" dir="ltr">90 days, not 30</p></div>',
    '<p lang="ar" dir="rtl">نحتفظ بالبيانات 90 يومًا لدى Acme Ltd</p>',
])
def test_hebrew_and_arabic_paragraphs_pass(article):
    assert _turned(page(article)) == []


@pytest.mark.parametrize(("article", "words"), [
    ('<p dir="ltr">90 ימים, לא 30</p>', "90 ימים, לא 30"),
    ('<div dir="ltr"><p>שלום עולם</p><p>12 ימים ולא 30</p></div>', "12 ימים ולא 30"),
    ('<p>אנו שומרים <span dir="ltr">90 ימים, לא 30</span> בלבד</p>', "90 ימים, לא 30"),
])
def test_hebrew_words_set_left_to_right_on_a_hebrew_page_are_found(article, words):
    html = page(article).replace(*reversed(HEBREW_PAGE))
    tag = article[1:article.index(" ")] if article.startswith(("<p dir", "<div")) else "span"
    assert _turned(html) == [f"<{tag} dir=…> sets the right-to-left words “{words}” left to right: the page's readers "
                             "read them in another order than the text's, which the checks read"]


@pytest.mark.parametrize("article", [
    '<p dir="ltr">שלום 90</p>',  # one run: the number is the Hebrew words'
    '<p lang="en" dir="ltr">Write to דוד at 90 Main Street</p>',  # an English sentence naming a Hebrew word
    '<div class="policy-sides-col" lang="fr" dir="ltr"><p>Nous gardons vos données 90 jours, pas 30.</p></div>',
    '<p dir="rtl">90 ימים, לא 30</p>',  # the page's own direction
])
def test_left_to_right_paragraphs_of_a_hebrew_page_that_read_as_written_pass(article):
    assert _turned(page(article).replace(*reversed(HEBREW_PAGE))) == []


def test_the_mirror_reading_counts_runs_as_a_browser_lays_them_out():
    assert characters.ltr_level_apart("90 ימים, לא 30") is not None
    assert characters.ltr_level_apart("ימים 90") is None
    assert characters.ltr_level_apart("Acme Ltd, 90 days") is None
    assert characters.ltr_level_apart("Acme \u2067שלום\u2069 Ltd") is None  # (an isolate is one neutral piece)
    assert characters.mostly_right_to_left("א 90 days, not 30") is False
    assert characters.mostly_right_to_left("החברה Acme Ltd שומרת") is True
