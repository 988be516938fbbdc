"""Safety hunt 93: an element turned back against the direction around it is read as its browser lays it out.

`_turned_apart` read an element set against its *page's* direction only: one set back against an ancestor that is
itself set against the page (`<div dir="rtl"><p dir="ltr">` or `<p dir="rtl">…<span dir="ltr">` on an English page,
`<p dir="ltr"><span dir="rtl">` on a Hebrew one, a <bdi> or a `dir="auto"` turned by its first letter) was judged by
neither reading, though a browser lays its words out in the order its own direction gives. The direction it turns
from is now its nearest ancestor's of the text setting one, else its page's.
"""
from __future__ import annotations

import pytest

from unit.test_safety import page, violations

HEBREW_PAGE = ('<html lang="en">', '<html lang="he" dir="rtl">')
RTL_WORDS = ("sets the right-to-left words “{words}” left to right: the page's readers read them in another order "
             "than the text's, which the checks read")
LTR_WORDS = "sets the left-to-right words “{words}” right to left, in another order than the text's, which the checks read"


def _turned(html: str) -> list[str]:
    return [message for message in violations(html) if "in another order than the text's" in message]


@pytest.mark.parametrize(("article", "said"), [
    ('<div dir="rtl"><p dir="ltr">90 ימים, לא 30</p></div>', "<p dir=…> " + RTL_WORDS),
    ('<p dir="rtl">א <span dir="ltr">90 ימים, לא 30</span></p>', "<span dir=…> " + RTL_WORDS),
    ('<p dir="rtl">א <span dir="auto">x 90 ימים, לא 30</span></p>', "<span dir=…> " + RTL_WORDS),
    ('<div dir="rtl"><div dir="ltr"><p dir="rtl">א</p><p dir="ltr">90 ימים, לא 30</p></div></div>',
     "<div dir=…> " + RTL_WORDS),  # (the <p> laid out as its <div> is, read with it)
])
def test_an_element_turned_back_on_an_english_page_is_read(article, said):
    assert _turned(page(article)) == [said.format(words="90 ימים, לא 30" if "x 90" not in article
                                                  else "x 90 ימים, לא 30")]


@pytest.mark.parametrize(("article", "tag"), [
    ('<p dir="ltr">Acme <span dir="rtl">90 days, not 30</span></p>', "span"),
    ('<div dir="ltr"><p dir="rtl">90 days, not 30</p></div>', "p"),
    ('<p dir="ltr">Acme <bdi>א 90 days, not 30</bdi></p>', "bdi"),
])
def test_an_element_turned_back_on_a_hebrew_page_is_read(article, tag):
    words = "א 90 days, not 30" if "bdi" in article else "90 days, not 30"
    assert _turned(page(article).replace(*HEBREW_PAGE)) == [f"<{tag} dir=…> " + LTR_WORDS.format(words=words)]


@pytest.mark.parametrize(("article", "hebrew"), [
    ('<p lang="he" dir="rtl">אנו שומרים את הנתונים 90 ימים בחברת <span dir="ltr">Acme Ltd</span></p>', False),
    ('<div lang="he" dir="rtl"><p>שלום <bdi>Acme Ltd 12</bdi> עולם</p></div>', False),
    ('<div dir="rtl"><p dir="ltr">90 days, not 30</p></div>', False),  # (drawn as written)
    ('<p dir="ltr">Write to <span lang="he" dir="rtl">דוד כהן 12</span> at 90 Main Street</p>', True),
    ('<p>אנו שומרים <span dir="ltr">Acme Ltd</span> <bdi>Example 12</bdi> בלבד</p>', True),
])
def test_words_turned_as_their_language_writes_them_pass(article, hebrew):
    html = page(article).replace(*HEBREW_PAGE) if hebrew else page(article)
    assert _turned(html) == []
