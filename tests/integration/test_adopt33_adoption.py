"""Adopt33: policies in shapes nobody here wrote (tests/data/adoption33/: synthetic texts of fictional companies),
each imported with `policy import` into a new site and built: headings, their ids and the old ids that still land,
the version's day, links and every word of the text, no word lost or added."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from tests.adoption_pages import built, headings, links, text, words

DATA = ROOT / "tests" / "data" / "adoption33"
pytestmark = pytest.mark.usefixtures("fixed_git")


def _aliases(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """Each heading's id and the old ids (span.policy-alias in it) that land on it."""
    return {str(node.attributes.get("id")): [str(span.attributes.get("id")) for span in node.css("span.policy-alias")]
            for node in tree.css("h2, h3") if node.css("span.policy-alias")}


def test_old_ids_starting_with_a_digit_still_land_on_their_sections(tmp_path, initialized):
    """An old page's ids starting with a digit (`<h2 id="1-who-we-are">`, `<a id="2">` over a heading, `<a name="3.1">`
    in one) were left out at import, the model reading them as none: a link from elsewhere to `#2` opened the page at
    its top. Each is the section's alias now; the page's own links to them land."""
    source = DATA / "privacy-notice-2023-04-02.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from 2023-04-02" in said, said
    assert "which the site reads as none" not in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-notice", "Privacy Notice"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. The data we collect"),
        ("h3", "s2-1", "2.1 How long we keep it"), ("h2", "s3", "3. Your rights")]
    assert _aliases(tree) == {"s1": ["1-who-we-are"], "s2": ["2"], "s2-1": ["3.1"]}
    assert [href for _words, href in links(tree)] == ["#1-who-we-are", "#2", "#3.1", "mailto:privacy@larkspur.example"]
    source_tree = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("main")
    assert source_tree is not None
    assert words(tree.body.text(separator=" ")) == words(source_tree.text(separator=" "))
