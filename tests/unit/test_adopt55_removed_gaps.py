"""Adopt55: a script, a comment or an icon an icon font draws (`<i class="fa fa-envelope"></i>`) removed from between a
word and the punctuation after it left the space before it: "the year .", "by e-mail ," (adopt54's leftover: images
had been fixed in neutralise, these go at the page's tree). The spaces before such an element go with it there; between
two words one space stays (not the two the page had, shown as one), and in a French text a space before `:;!?»` stays,
as French writes it."""
from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from policysite import rendering
from policysite.convert import convert, gaps

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "removed-gaps-2021-09-01.html"


def test_a_removed_script_comment_or_icon_takes_its_space_before_punctuation():
    markdown = convert(DATA, lang="en").markdown
    assert "This notice was written in the year.\n" in markdown, markdown
    assert "Write to us by e-mail, by post or by phone.\n" in markdown, markdown
    assert "team answers within **two weeks**.\n" in markdown, markdown
    assert "Our team answers" in markdown, markdown  # (between two words: one space, the page's two shown as one)
    page = f"---\ndate: 2021-09-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_french_keeps_its_space_before_a_colon():
    page = '<p>Écrivez-nous <i class="fa fa-at"></i>: dpo <i class="fa fa-at"></i> ; ou par courrier <i></i>.</p>'
    tree = LexborHTMLParser(page)
    gaps.close(tree, "fr")
    assert tree.body.text() == "Écrivez-nous : dpo ; ou par courrier.", tree.body.html
    tree = LexborHTMLParser(page)
    gaps.close(tree, "en")
    assert tree.body.text() == "Écrivez-nous: dpo ; ou par courrier.", tree.body.html
