"""Safety hunt 95: right-to-left words laid out left to right as their page is.

`<p lang="he">90 ימים, לא 30 …</p>` (or `dir="ltr" lang="he"`, or a mostly Hebrew paragraph without `lang`) on an
English page is laid out left to right, as the page is: the browser draws "90" at the left, which a reader of Hebrew
reads last ("ימים, לא 30 … 90"), and `לפי GDPR אנו …` draws GDPR's clause apart, while the checks read the words in
the text's order. Neither reading judged it: the output check's _turned_apart needed a direction set against the one
around (safety94's open note). A paragraph starting with a Hebrew word is one right-to-left run, drawn as its readers
read it; the page's own words leading into a Hebrew quotation ("We keep: …") are read first by the page's readers.
"""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations


def _laid(html: str) -> list[str]:
    return [message for message in violations(html) if "laid out left to right, as the page" in message]


@pytest.mark.parametrize("article", [
    "<p lang='he'>90 ימים, לא 30 בהתאם לחוק</p>",
    "<p dir='ltr' lang='he'>90 ימים, לא 30 בהתאם לחוק</p>",
    "<div lang='he'><p>90 ימים, לא 30 בהתאם לחוק</p></div>",
    "<ul lang='he'><li>90 ימים, לא 30 בהתאם לחוק</li></ul>",
    "<table lang='he'><tr><td>90 ימים, לא 30 בהתאם לחוק</td></tr></table>",
    "<p>90 ימים, לא 30 בהתאם לחוק</p>",  # (no lang: most of its letters are Hebrew)
    "<p lang='he'>x 90 ימים, לא 30 בהתאם לחוק</p>",
    "<p>x 90 ימים, לא 30 בהתאם לחוק</p>",
    "<h3 id='x'>3. ימים, GDPR לא 30</h3>",
    "<div dir='ltr'><p lang='he'>90 ימים, לא 30 בהתאם לחוק</p></div>",
])
def test_right_to_left_words_laid_out_apart_left_to_right_are_refused(article):
    said = _laid(page(article))
    assert len(said) == 1 and ("90 ימים, לא 30 בהתאם לחוק" in said[0] or "GDPR" in said[0]), said


def test_a_left_to_right_word_among_them_is_refused():
    said = _laid(page("<p lang='he'>לפי GDPR אנו שומרים 90 ימים</p>"))
    assert len(said) == 1 and "GDPR" in said[0], said


@pytest.mark.parametrize("article", [
    "<p lang='he'>אנו שומרים את המידע 90 ימים, לא 30 בהתאם לחוק</p>",  # (one right-to-left run)
    "<p>We keep: <span lang='he'>אנו שומרים את המידע 90 ימים, לא 30 בהתאם לחוק</span></p>",
    "<p>Our name in Hebrew is <span lang='he'>חברה בע״מ</span> (Example Ltd), registered in 2020.</p>",
    "<p dir='rtl' lang='he'>90 ימים, לא 30 בהתאם לחוק</p>",  # (laid out right to left)
    "<div dir='rtl' lang='he'><p>90 ימים, לא 30 בהתאם לחוק</p></div>",
    "<p lang='he'>שלום</p>",
])
def test_words_drawn_as_their_readers_read_them_pass(article):
    assert _laid(page(article)) == []


def test_a_right_to_left_page_is_the_older_rule_s():
    html = page("<p>90 ימים, לא 30 בהתאם לחוק</p>").replace('<html lang="en">', '<html lang="he" dir="rtl">')
    assert _laid(html) == []


def test_the_page_s_words_around_are_left_out_only_up_to_their_nearest_left_to_right_letter():
    assert characters.within_ltr_ends("We keep: אנו 90") == ": אנו 90"
    assert characters.within_ltr_ends("אנו 90 ימים (GDPR) ok") == "אנו 90 ימים ("
    assert characters.within_ltr_ends("90 ימים, לא 30") == "90 ימים, לא 30"
    assert characters.within_ltr_ends("x\u2067ab\u2069 90 ימים") == "\u2067ab\u2069 90 ימים"
    assert characters.within_ltr_ends("no right-to-left word") == "no right-to-left word"


@pytest.mark.parametrize("article", [
    "<h2 id='s3'>3. אנו שומרים</h2>",  # (a heading's number before its title)
    "<p>אנו שומרים את המידע 90 ימים (GDPR) as the law says.</p>",  # (the page's words after it)
    "<div dir='ltr'><p>Office \u2067רחוב הרצל 12\u2069, (תל אביב) answers.</p></div>",
])
def test_a_heading_s_number_and_the_page_s_words_around_pass(article):
    assert _laid(page(article)) == []


def _bidi(text: str) -> list[tuple[int, str]]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# Policy\n\n## 1. Data\n\n{text}\n", path="docs/en/index.md",
                   lang="en")
    return [(f.line, str(f)) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]


def test_policy_check_refuses_them_in_a_left_to_right_text_naming_the_line():
    found = _bidi("90 ימים, לא 30 בהתאם לחוק")
    assert len(found) == 1 and found[0][0] == 9 and "laid out left to right" in found[0][1], found
    assert len(_bidi("לפי GDPR אנו שומרים 90 ימים")) == 1
    assert _bidi("We keep: אנו שומרים את המידע 90 ימים בהתאם לחוק") == []
    assert _bidi("אנו שומרים את המידע 90 ימים בהתאם לחוק") == []
    assert _bidi("## 3. שומרים\n\nText.") == []  # (a heading's number)
