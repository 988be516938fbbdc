"""Safety hunt 94: a left-to-right isolate or embedding laying a right-to-left paragraph's words apart.

`<span dir="ltr">90 ימים, לא 30</span>` in a Hebrew paragraph was refused (output.bidi/ltr, safety91), but the same
words between the controls U+2066 … U+2069 (LRI … PDI) or U+202A … U+202C (LRE … PDF) passed the output check and
`policy check`: the browser draws "90" at the left, which a reader of Hebrew reads last ("ימים, לא 30 … 90"), while
the checks read "90 days, not 30". A paragraph of mostly Hebrew words on an English page (`<p dir="rtl" lang="he">`)
was skipped as its readers' own. An isolate holding one run (a phone number, a company's name) is drawn as written.
"""
from __future__ import annotations

import pytest

from policysite import characters, editorial
from policysite.document import parse
from unit.test_safety import page, violations

LRI, LRE, FSI, PDI, PDF = "\u2066", "\u202a", "\u2068", "\u2069", "\u202c"


def _apart(html: str) -> list[str]:
    return [message for message in violations(html) if "left-to-right embedding or isolate" in message]


@pytest.mark.parametrize("text", [
    f"אנו שומרים את המידע {LRI}90 ימים, לא 30{PDI} בהתאם לחוק",
    f"אנו שומרים את המידע {LRE}90 ימים, לא 30{PDF} בהתאם לחוק",
    f"אנו שומרים את המידע {FSI}x 90 ימים, לא 30{PDI} בהתאם לחוק",  # (FSI: its first letter is left to right)
    f"אנו שומרים את המידע {LRI}90 ימים, לא 30",  # (the paragraph's end closes it)
])
def test_the_controls_laying_right_to_left_words_apart_are_found(text):
    assert characters.ltr_isolated_apart(text) is not None


@pytest.mark.parametrize("text", [
    f"טלפון {LRI}+972 3 123 4567{PDI} לפניות",
    f"החברה {LRI}Dial Once SAS, 2 rue X{PDI} אחראית",
    f"אנו שומרים {FSI}ימים 90 לא 30{PDI}",  # (FSI whose first letter is right to left: an RLI)
    "אנו שומרים את המידע 90 ימים, לא 30",
])
def test_one_run_or_no_left_to_right_isolate_is_drawn_as_written(text):
    assert characters.ltr_isolated_apart(text) is None


@pytest.mark.parametrize("article", [
    f"<p dir='rtl' lang='he'>אנו שומרים את המידע {LRI}90 ימים, לא 30{PDI} בהתאם לחוק</p>",
    f"<p dir='rtl' lang='he'>אנו שומרים את המידע {LRE}90 ימים, לא 30{PDF} בהתאם לחוק</p>",
    f"<div dir='rtl' lang='he'><p>אנו שומרים את המידע {LRI}90 ימים, לא 30{PDI} בהתאם לחוק</p></div>",
])
def test_the_output_check_refuses_them_in_a_paragraph_laid_out_right_to_left(article):
    said = _apart(page(article))
    assert len(said) == 1 and "“90 ימים, לא 30”" in said[0], said


def test_the_output_check_reads_a_right_to_left_page_s_paragraphs():
    html = page(f"<p>אנו שומרים את המידע {LRI}90 ימים, לא 30{PDI} בהתאם לחוק</p>").replace(
        '<html lang="en">', '<html lang="he" dir="rtl">')
    assert len(_apart(html)) == 1
    assert _apart(html.replace(f"{LRI}90 ימים, לא 30{PDI}", f"{LRI}+972 3 123 4567{PDI}")) == []


def test_in_a_paragraph_laid_out_left_to_right_an_ltr_isolate_changes_nothing():
    assert _apart(page(f"<p>We keep it {LRI}90 ימים, לא 30{PDI} as the law says.</p>")) == []


def test_policy_check_refuses_them_in_a_right_to_left_text_naming_the_line():
    text = f"---\ndate: 2001-02-01\n---\n\n# מדיניות\n\n## 1. מידע\n\nאנו שומרים את המידע {LRI}90 ימים, לא 30{PDI}.\n"
    found = [(f.line, str(f)) for f in editorial.check(parse(text, path="docs/he/index.md", lang="he"), brand="X")
             if f.rule.startswith(editorial.RULE_BIDI)]
    assert len(found) == 1 and found[0][0] == 9 and "left-to-right isolate or embedding (U+2066)" in found[0][1], found
    phone = text.replace(f"{LRI}90 ימים, לא 30{PDI}", f"{LRI}+972 3 123 4567{PDI}")
    assert [f for f in editorial.check(parse(phone, path="docs/he/index.md", lang="he"), brand="X")
            if f.rule.startswith(editorial.RULE_BIDI)] == []
