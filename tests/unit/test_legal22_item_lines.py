"""legal22: a list item of several paragraphs keeps, in its Markdown, the lines between them (a blank line, two, a
nested list's items): a finding of a word of its second paragraph named the line above it (the blank line was
dropped), of a paragraph after a nested list a line of that list."""
from __future__ import annotations

from policysite import document, editorial

PAGE = "docs/en/index.md"
TOP = "# Example privacy policy\n\n## 1. First section\n\n"  # (the section's first block on line 5)


def _item(body: str) -> document.Block:
    return document.parse(TOP + body, path=PAGE, lang="en").sections[0].blocks[0]


def _doubled(body: str) -> list[int]:
    policy = document.parse(TOP + body, path=PAGE, lang="en")
    return [f.line for f in editorial.check(policy, brand="Example") if f.rule == "editorial.doubled-word"]


def test_a_word_of_an_item_s_second_paragraph_is_at_its_line():
    body = "- First paragraph of it.\n\n  Second paragraph,\n  we keep the the data.\n- Another item.\n"
    assert _item(body).line_of("keep") == 8
    assert _doubled(body) == [8]


def test_paragraphs_two_blank_lines_apart_and_after_a_wrapped_one():
    body = "1. First paragraph,\n   wrapped.\n\n\n   Third one\n   keeps the the data.\n"
    item = _item(body)
    assert (item.line, item.line_of("wrapped"), item.line_of("Third"), item.line_of("keeps")) == (5, 6, 9, 10)
    assert _doubled(body) == [10]


def test_a_paragraph_after_a_nested_list_is_at_its_line():
    body = "- Outer item.\n\n  - Inner item one.\n  - Inner item two.\n\n  Outer again,\n  keeps the the data.\n"
    assert _doubled(body) == [11]


def test_the_item_s_words_are_as_before():
    item = _item("- First paragraph.\n\n  Second paragraph.\n")
    assert (item.text, item.shown) == ("First paragraph.\nSecond paragraph.", "First paragraph.\nSecond paragraph.")
    assert item.markdown == "First paragraph.\n\nSecond paragraph."
