"""Adopt40: synthetic pages of fictional companies in the shapes real policies come in (tests/data/adoption40/), each
imported with `policy import` into a new site, checked and built: the built page holds the text's words, headings
and ids, and the build is not refused."""
from __future__ import annotations

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, source_words, text, words

DATA = ROOT / "tests" / "data" / "adoption40"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_cookie_table_naming_ga4_s_cookie_is_built_as_the_page_showed_it(tmp_path, initialized):
    """A cookie policy's table (two header rows, cells spanning rows and columns, a list in a cell, GA4's
    `<code>_ga_&lt;id&gt;</code>`), a layout table around a browser table and a FAQ as a definition list: the build
    refused the import ("this table row shows other words on the page than the checks read"). Built, every word of
    the page is on it."""
    source = DATA / "cookies-2024-01-10.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from January 10, 2024" in said, said
    tree = text(page)
    cells = [" ".join(cell.text().split()) for cell in tree.css("td")]
    assert "_ga_ga_<id>" in cells or "_ga _ga_<id>" in cells, [cell for cell in cells if "_ga" in cell]
    assert words(tree.text(separator=" ")) - source_words(source.read_text(encoding="utf-8")) == \
        words("set by strictly necessary"), "the spanned cells repeated, nothing else added"


def test_a_page_of_the_2000s_without_paragraph_elements_is_built_with_its_sections(tmp_path, initialized):
    """A 2009 page written without `<p>` (`<FONT>`, `<BR><BR>`, `<CENTER>`, `<A NAME="s1"></A><B>1. …</B>`): the
    build refused the import, its `s1`/`s2` anchors taken for the sections the text did not have. Built, its two
    numbered sections are headings under the ids the site gives them, which its contents links lead to."""
    source = DATA / "privacy-statement-2009-06-30.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "2 bold paragraphs starting with a section number became section headings" in said, said
    tree = text(page)
    assert [(tag, words) for tag, _id, words in headings(tree)][:1] == [("h1", "PRIVACY STATEMENT")]
    assert headings(tree)[1:] == [("h2", "s1", "1. Information we collect"), ("h2", "s2", "2. Use of information")]
    assert {(link.text().strip(), link.attributes.get("href")) for link in tree.css("a[href^='#s']")} == {
        ("1. Information we collect", "#s1"), ("2. Use of information", "#s2")}
