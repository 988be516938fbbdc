"""Adopt51: words on either side of a block's tag in raw HTML (`<summary>Details</summary><p>More…`, a table's
cells, list items) were read glued together, as no browser shows them: "DetailsMore" was a misspelt word to the
spelling check, and the translation check and redline read the same. A block's tag now parts words as the page lays
them out; inline tags (`<b>`, `<span>`) still join nothing and part nothing."""
from __future__ import annotations

from policysite import document, inline, spelling

WORDS = frozenset({"details", "more", "information", "here", "one", "two", "cell", "next", "a", "paragraph", "with",
                   "inline", "bold", "summary", "body", "end", "title", "scope"})


def _policy(body: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{body}\n", path="docs/en/index.md",
                          lang="en")


def test_an_html_block_s_words_are_apart_where_its_blocks_are():
    text = inline.html_text("<details><summary>Details</summary><p>More information</p><ul><li>One</li><li>Two</li>"
                            "</ul><table><tr><td>Cell</td><td>Next</td></tr></table></details>")
    assert text == "Details More information One Two Cell Next"
    assert inline.html_text("<p>A <b>bo</b>ld <span>in</span>line</p>") == "A bold inline"


def test_no_word_glued_across_block_tags_is_misspelt():
    policy = _policy("<details><summary>Details</summary><p>More information here</p></details>\n\n"
                     "A paragraph with <b>bold</b> <details><summary>Summary</summary>Body</details> end.")
    assert spelling.check(policy, words=WORDS) == []
    shown = [block.shown for block in policy.sections[0].blocks]
    assert shown[0] == "Details More information here"
    assert "Summary Body" in shown[1]


def test_a_misspelt_word_inside_is_still_said():
    policy = _policy("<details><summary>Details</summary><p>More informaton</p></details>")
    assert ["informaton" in f.message for f in spelling.check(policy, words=WORDS)] == [True]
