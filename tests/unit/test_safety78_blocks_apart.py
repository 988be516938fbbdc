"""safety78: a title is read against the words the page shows, its blocks apart (blockwords). The output check and
`policy check` read the text as the parser joins its text nodes: two cells, two paragraphs or a line break written
without white space between them joined into one word ("Personaldata") no reader sees, so an honest page whose title
repeated words shown in two cells ("personal data") was refused; a title saying what the page shows nowhere still is."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import blockwords, rendering
from unit.test_safety import page, violations

# Words shown in two blocks written side by side, and a title repeating them across the two
HONEST = [
    "<table><tr><td>Personal</td><td>data is kept.</td></tr></table>",
    "<div><p>We keep personal</p><p>data for a year.</p></div>",
    "<p>We keep personal<br>data for a year.</p>",
    "<ul><li>Personal</li><li>data</li></ul>",
    "<dl><dt>Personal</dt><dd>data: what names you.</dd></dl>",
]
TITLE = '<p>Ask <span title="personal data">us</span>.</p>'


@pytest.mark.parametrize("blocks", HONEST)
def test_a_title_repeating_words_of_two_blocks_side_by_side_passes_the_output_check(blocks):
    assert violations(page(blocks + TITLE)) == []


@pytest.mark.parametrize("blocks", HONEST)
def test_a_title_repeating_words_of_two_blocks_side_by_side_passes_policy_check(blocks):
    text = f"---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Scope\n\n{blocks}\n\n{TITLE}\n"
    assert [str(f) for f in rendering.check(text, path="docs/en/index.md", lang="en")
            if f.rule == rendering.RULE_TOOLTIP] == []


@pytest.mark.parametrize("blocks", [
    *HONEST,
    "<p>We keep personal data for a year.</p>",  # (the words, in one block)
])
def test_a_title_saying_what_no_block_shows_is_still_refused(blocks):
    found = violations(page(blocks + '<p>Ask <span title="we sell personal data">us</span>.</p>'))
    assert len(found) == 1 and "we sell personal data" in found[0], found


def test_words_inside_a_block_are_read_as_drawn():
    """A word split by inline markup is one word (`pri<em>vacy</em>`), as a browser draws it: a title naming the
    two halves as words is refused."""
    shown = '<p>Your pri<em>vacy</em> matters.</p>'
    assert violations(page(shown + '<p>Ask <span title="your privacy">us</span>.</p>')) == []
    assert violations(page(shown + '<p>Ask <span title="pri vacy">us</span>.</p>')) != []


def test_the_reading_keeps_the_parser_s_text_and_parts_blocks():
    tree = LexborHTMLParser('<article><p>a<!--c-->b<em>c</em></p>d&amp;e<br>f<table><tr><td>g</td><td>h</td>'
                            '</tr></table></article>')
    article = tree.css_first("article")
    read = blockwords.read(article)
    assert read.replace(" ", "") == article.text(deep=True)
    assert read.split() == ["abc", "d&e", "f", "g", "h"]


def test_a_deep_page_is_read_without_recursion():
    tree = LexborHTMLParser("<div>" * 5000 + "x")
    assert blockwords.read(tree.body).split() == ["x"]
