"""Adopt37: more shapes of the policies a new company brings (tests/data/adoption37/: synthetic texts of fictional
companies, written as their tools export them), each imported with `policy import` into a new site and built: its
headings, their ids and numbers as the old page showed them, and every word of the text, none lost or added."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from tests.adoption_pages import built, headings, text, words

DATA = ROOT / "tests" / "data" / "adoption37"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_confluence_table_s_group_title_rows_are_no_header(tmp_path, initialized):
    """Confluence writes a table without `<thead>`, its header cells `<th class="confluenceTh">` in any row: a
    cookie register's first row of headers, then a group's title, `Strictly necessary`, one header cell across the
    table. The title row was joined into the header as a second header row (`Cookie<br>Strictly necessary`), read as
    the first column's header; it stays the row it was, over the cookies it groups."""
    source = DATA / "cookie-register-2024-05-06.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "headed by several rows" not in said, said
    tree = text(page)
    for node in tree.css(".policy-updated"):  # (the site's line of the version's day, the text having none)
        node.decompose()
    assert headings(tree)[1:] == [("h2", "s1", "1. What this register is"), ("h2", "s2", "2. The cookies"),
                                  ("h2", "s3", "3. Your choices")]
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")] == [
        ["Cookie", "Purpose", "Duration"], ["Strictly necessary", "", ""],
        ["mf_session", "Keeps your booking while you pay", "Session"],
        ["mf_csrf", "Protects the booking form", "Session"], ["Audience measurement", "", ""],
        ["mf_visits", "Counts visits without tracking you elsewhere", "13 months"]]
    main = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("#main-content")
    assert main is not None
    assert words(tree.body.text(separator=" ")) == words("Cookie register " + main.text(separator=" "))


def test_a_text_written_for_restructuredtext_has_its_title_and_numbered_sections(tmp_path, initialized):
    """A policy written for Sphinx pasted into a `.md` (its title between two lines of `=`, its sections underlined,
    `1. Who we are` over `===` the first of `2.`, `3.`, a field list, a `.. note::`): the title was a paragraph of
    `=` marks and words, and section 1 was taken for the page's title (the first `#` heading over `#` ones, as a
    README's), the page starting at §2. The title is the page's, said; §1 is a section as §2 and §3 are; every word
    kept."""
    source = DATA / "privacy-notice-2024-04-03.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("line 1: a title written as reStructuredText writes one, between two lines of “=”: written as the "
            "page's title, “Privacy Notice”") in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-notice", "Privacy Notice"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we collect"), ("h3", "s2-1", "2.1 Cookies"),
                              ("h2", "s3", "3. Your rights")]
    assert words(tree.body.text(separator=" ")) == words(source.read_text(encoding="utf-8"))


def test_a_plain_text_policy_s_sections_in_capitals_are_its_sections(tmp_path, initialized):
    """A policy kept as a `.txt`, its sections set apart by lines in capitals, unnumbered (`WHO WE ARE` alone, or
    right over its text): they were paragraphs, the text a title over no section. Each is a section heading, said;
    every word kept."""
    source = DATA / "privacy-policy-2024-03-14.txt"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("4 lines in capitals standing apart (“WHO WE ARE”, “WHAT WE COLLECT”, “HOW LONG WE KEEP IT” and 1 more) "
            "read as section headings") in said, said
    tree = text(page)
    assert [(tag, words) for tag, _id, words in headings(tree)] == [
        ("h1", "PRIVACY POLICY"), ("h2", "WHO WE ARE"), ("h2", "WHAT WE COLLECT"), ("h2", "HOW LONG WE KEEP IT"),
        ("h2", "YOUR RIGHTS")]
    assert words(tree.body.text(separator=" ")) == words(source.read_text(encoding="utf-8"))
