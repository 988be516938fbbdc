"""Safety hunt 95: a left-to-right mark (U+200E) or isolate turning a list of numbers in a right-to-left paragraph.

`LRM 90, 30 ימים` in a Hebrew paragraph is drawn "90, 30" left to right (rule W7 makes the digits after the mark
left-to-right ones, one run with the comma between), which its readers, reading right to left, read "30, 90", while the
checks read "90, 30"; without the mark the two are drawn in the order its readers read them. Neither reading judged it
(safety94's open note: the mirror of the right-to-left mark's rule would refuse the usual mark before a phone number).
What the reader sees as one number stays as written: a phone number, a grouped number, a date; so do numbers after a
left-to-right word the reader sees.
"""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations

LRM, LRI, FSI, PDI = "\u200e", "\u2066", "\u2068", "\u2069"


@pytest.mark.parametrize(("text", "shown"), [
    (f"אנו שומרים את המידע {LRM}90, 30 ימים", "90, 30"),
    (f"סעיפים {LRM}3, 4 ו-5 חלים", "3, 4"),
    (f"סעיפים {LRI}3.1, 3.2{PDI} חלים", "3.1, 3.2"),
    (f"סעיפים {FSI}3, 4{PDI} חלים", "3, 4"),  # (FSI without a letter: left to right)
    (f"{LRM}90 - 30 ימים", "90 - 30"),  # (at the paragraph's start)
])
def test_a_mark_or_isolate_laying_numbers_out_left_to_right_is_found(text, shown):
    assert characters.ltr_numbers_apart(text) == (text[text.index(shown) - 1] if text[text.index(shown) - 1] in
                                                  (LRM, LRI, FSI) else LRM, shown)


@pytest.mark.parametrize("text", [
    f"טלפון: {LRM}+972 3 123 4567 בהתאם",  # (a phone number: the usual mark before it)
    f"טלפון {LRM}(03) 123-4567",
    f"טלפון {LRM}03-1234567, 03-7654321",  # (a list of phone numbers, each read whole: safety98)
    f"דוא\"ל {LRM}info@example.co.il",
    f"ב-{LRM}2024-01-01 ו-{LRM}2025-01-01",  # (one date after each mark)
    f"{LRM}1,000 שקלים",
    f"{LRM}30 000 ש\"ח",
    f"Tel.{LRM} 03 123, 04 567",  # (after a left-to-right word the reader sees)
    f"סעיפים {FSI}א 3, 4{PDI}",  # (FSI whose first letter is right to left)
    f"סעיפים {LRM}3 ו-4",  # (a Hebrew word between them)
    "אנו שומרים את המידע 90, 30 ימים",
])
def test_one_number_or_a_seen_left_to_right_word_is_drawn_as_written(text):
    assert characters.ltr_numbers_apart(text) is None


def _turned(html: str) -> list[str]:
    return [message for message in violations(html) if "draws the numbers" in message]


@pytest.mark.parametrize("article", [
    f"<p dir='rtl' lang='he'>אנו שומרים את המידע {LRM}90, 30 ימים בהתאם לחוק</p>",
    f"<p dir='rtl' lang='he'>אנו שומרים את המידע {LRI}90, 30{PDI} ימים בהתאם לחוק</p>",
    "<p dir='rtl' lang='he'>אנו שומרים את המידע <span dir='ltr'>90, 30</span> ימים בהתאם לחוק</p>",
    "<div dir='rtl' lang='he'><ul><li>סעיפים &#x200e;3, 4 חלים</li></ul></div>",
])
def test_the_output_check_refuses_them_in_a_block_laid_out_right_to_left(article):
    said = _turned(page(article))
    assert len(said) == 1 and ("“90, 30”" in said[0] or "“3, 4”" in said[0]), violations(page(article))


def test_the_output_check_reads_a_right_to_left_page_and_passes_a_phone_number():
    html = page(f"<p>אנו שומרים את המידע {LRM}90, 30 ימים</p>").replace('<html lang="en">', '<html lang="he" dir="rtl">')
    assert len(_turned(html)) == 1
    assert _turned(html.replace(f"{LRM}90, 30", f"{LRM}+972 3 123 4567")) == []
    assert _turned(page(f"<p>We keep it {LRM}90, 30 days.</p>")) == []  # (a paragraph laid out left to right)


def _bidi(text: str) -> list[tuple[int, str]]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# מדיניות\n\n## 1. מידע\n\n{text}\n", path="docs/he/index.md",
                   lang="he")
    return [(f.line, str(f)) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]


def test_policy_check_refuses_them_in_a_right_to_left_text_naming_the_line():
    found = _bidi(f"אנו שומרים את המידע {LRM}90, 30 ימים.")
    assert len(found) == 1 and found[0][0] == 9 and "(U+200E) before “90, 30”" in found[0][1], found
    assert _bidi(f"טלפון: {LRM}+972 3 123 4567.") == []


def test_the_import_removes_such_a_mark_and_keeps_the_one_before_a_phone_number(tmp_path):
    """An old Hebrew page holding `LRM 90, 30` would stop the imported text at editorial.bidi: the import removes the
    mark (said, as it removes misplaced ones), which draws the numbers in the order its readers read them."""
    import datetime as dt

    from policysite import importer
    from policysite.convert import Source

    assert editorial.without_misplaced_marks(f"אנו שומרים {LRM}90, 30 ימים", "he") == "אנו שומרים 90, 30 ימים"
    assert editorial.without_misplaced_marks(f"טלפון {LRM}+972 3 123 4567", "he") == f"טלפון {LRM}+972 3 123 4567"
    source = tmp_path / "privacy-2024-01-01.html"
    source.write_text(f"<main><h1>מדיניות</h1><p>אנו שומרים את המידע {LRM}90, 30 ימים. טלפון: {LRM}+972 3 123 4567."
                      "</p></main>", encoding="utf-8")
    text = importer._convert(Source(source, dt.date(2024, 1, 1), "html"), lang="he")
    assert "אנו שומרים את המידע 90, 30 ימים." in text.body and f"{LRM}+972 3 123 4567" in text.body, text.body
    assert any("laying a list of numbers out left to right" in note for note in text.notes), text.notes
    policy = parse(f"---\ndate: 2024-01-01\n---\n\n{text.body}", path="docs/he/index.md", lang="he")
    assert [f for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)] == []
