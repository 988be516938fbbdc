"""Adopt34: the tables of contents real exported policies carry (tests/data/adoption34/: synthetic texts of fictional
companies, the Word files written with python-docx), each imported with `policy import` into a new site and built:
headings, their ids, links, and every word of the text, no word lost or added."""
from __future__ import annotations

import html
import re
import zipfile

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from tests.adoption_pages import built, headings, links, markdown_words, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption34"
pytestmark = pytest.mark.usefixtures("fixed_git")


def _bold_lines(tree) -> list[str]:  # noqa: ANN001
    return [" ".join(node.text().split()) for node in tree.css("p > strong")]


def test_a_word_table_of_contents_under_a_heading_1_is_no_section(tmp_path, initialized):
    """Word's TOC field under `Table of Contents` in Heading 1: entries linked to `_Toc…` bookmarks, their page numbers
    PAGEREF fields hidden on the web. The heading was a section of the policy, empty, unnumbered among numbered ones."""
    source = DATA / "privacy-policy-2023-06-12.docx"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from June 12, 2023" in said, said
    assert "the heading “Table of Contents” over the document's table of contents became a bold line over it" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. What we collect"),
        ("h2", "s3", "3. Your rights")]
    assert "Table of Contents" in _bold_lines(tree)
    assert links(tree)[:3] == [("1. Who we are", "#s1"), ("2. What we collect", "#s2"), ("3. Your rights", "#s3")]
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) - words("2 3 4")  # (page numbers)


def test_a_german_word_table_of_contents_in_its_content_control_and_toc_heading_style(tmp_path, initialized):
    """Word's own contents block: a content control holding `Inhaltsverzeichnis` in the TOC Heading style (based on
    Heading 1: it was a section), entries of the styles TOC 1 and TOC 2 not linked, each page number typed after a tab
    (it was kept as a word of the entry, `1. Verantwortlicher 3`)."""
    source = DATA / "Datenschutzerklaerung_2024-03-01.docx"
    said, page = built(tmp_path, initialized, "de", source)
    assert "committed the German text in force from March 1, 2024" in said, said
    assert "the heading “Inhaltsverzeichnis” over the document's table of contents became a bold line over it" in said, said
    assert "left out the page numbers of 4 table of contents entries" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "datenschutzerklärung", "Datenschutzerklärung"), ("h2", "s1", "1. Verantwortlicher"),
        ("h2", "s2", "2. Verarbeitete Daten"), ("h3", "s2-1", "2.1 Bestelldaten"), ("h2", "s3", "3. Ihre Rechte")]
    assert "Inhaltsverzeichnis" in _bold_lines(tree)
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) - words("3 3 4 5")


def test_an_opendocument_table_of_contents_under_the_authors_heading_is_kept_without_page_numbers(tmp_path,
                                                                                                   initialized):
    """LibreOffice's table of contents (`text:table-of-content`, its own title turned off) under the author's Heading 1
    `Sommaire`: the heading was an empty section of the policy and the entries were left out (words lost, unlike a
    Word document's). The heading is a bold line over the entries, each linked to its section, without the page number
    after its tab; LibreOffice's bookmarks (`__RefHeading___Toc0_1`) are no section's id."""
    source = DATA / "politique-de-confidentialite-2023-09-05.odt"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "committed the French text in force from September 5, 2023" in said, said
    assert "the heading “Sommaire” over the document's table of contents became a bold line over it" in said, said
    assert "left out the page numbers of 3 table of contents entries" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "politique-de-confidentialité", "Politique de confidentialité"), ("h2", "s1", "1. Qui sommes-nous"),
        ("h2", "s2", "2. Données collectées"), ("h2", "s3", "3. Vos droits")]
    assert "Sommaire" in _bold_lines(tree)
    assert links(tree)[:3] == [("1. Qui sommes-nous", "#s1"), ("2. Données collectées", "#s2"),
                               ("3. Vos droits", "#s3")]
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("content.xml").decode("utf-8")
    body = re.sub(r"<text:tab/>\d+", "", xml[xml.index("<office:text>"):])  # (the page numbers)
    assert words(tree.body.text(separator=" ")) == words(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_a_generators_credit_is_kept_and_said_with_its_line(tmp_path, initialized):
    """Termly's credit under a Markdown policy ("This privacy policy was created using Termly's Privacy Policy
    Generator"): not the company's words, but words its readers were shown in that version. Kept, every word, and
    said with its line, so that the legal team leaves it out of a new version if it wishes; the policy's own sentence
    about receipts "generated by our till system" is no credit."""
    source = DATA / "privacy-policy-2024-02-20.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from February 20, 2024" in said, said
    # (adopt54: quoted as it reads, no space before its full stop where the link's brackets were)
    assert ("line 17: “This privacy policy was created using Termly's Privacy Policy Generator.” is a policy "
            "generator's credit, not the company's words: kept") in said, said
    assert said.count("policy generator's credit") == 1, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. What we collect"),
        ("h2", "s3", "3. Your rights")]
    assert ("Privacy Policy Generator", "https://termly.io/products/privacy-policy-generator/") in links(tree)
    assert words(tree.body.text(separator=" ")) == markdown_words(source.read_text(encoding="utf-8"))


def test_a_german_generators_credit_in_a_page_is_kept_and_said(tmp_path, initialized):
    """Datenschutz-Generator.de's credit, a link under a German page's text: kept, said."""
    source = DATA / "datenschutz-2024-04-02.html"
    said, page = built(tmp_path, initialized, "de", source)
    assert "committed the German text in force from April 2, 2024" in said, said
    assert ("“Erstellt mit kostenlosem Datenschutz-Generator.de von Dr. Thomas Schwenke” is a policy generator's "
            "credit") in said, said
    tree = text(page)
    assert headings(tree)[1:] == [("h2", "s1", "1. Verantwortlicher"), ("h2", "s2", "2. Ihre Rechte")]
    main = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("main")
    assert main is not None
    assert words(tree.body.text(separator=" ")) == words(main.text(separator=" "))
