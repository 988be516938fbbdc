"""Adopt52: the space a block's tag in raw HTML stands for (inline.block_gap, adopt51) was added to a space written
after the tag: `Body</details> end` was shown `Body  end`, two spaces the page never shows, in the text the compare
page, the redline and the PDF read. The two are one space now, the marks still on their words."""
from __future__ import annotations

from policysite import document


def blocks(body: str) -> list[document.Block]:
    policy = document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{body}\n", path="docs/en/index.md",
                            lang="en")
    return policy.sections[0].blocks


def test_a_block_tag_and_the_space_after_it_are_one_space():
    shown = [block.shown for block in blocks("A <b>bold</b> <details><summary>Summary</summary>Body</details> end.\n\n"
                                             "Text <div>inside</div> after.")]
    assert shown == ["A bold Summary Body end.", "Text inside after."]


def test_a_line_break_after_a_block_tag_is_one_space_and_marks_stay_on_their_words():
    block = blocks("See <div>x</div>\n**bold** after.")[0]
    assert block.shown == "See x bold after."
    (start, end, kind, _), = block.marks
    assert (block.shown[start:end], kind) == ("bold", "strong")


def test_words_glued_to_a_block_tag_are_still_apart():
    assert blocks("Cell<div>Next</div>end")[0].shown == "Cell Next end"
