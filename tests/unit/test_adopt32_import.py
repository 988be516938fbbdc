"""Adopt32: the lines import's notes name in a Markdown policy, after passes that add or take out lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import imported_text


def _said(notes: list[str], words: str) -> str:
    return next(note.split(": ", 1)[0] for note in notes if words in note)


def test_a_definition_lists_note_names_the_terms_line_not_its_colon_line(tmp_path: Path):
    """The note "a definition list's term written in bold" named the `:` line under each term (and a second
    definition's), not the term's line a lawyer looks for."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\n## 1. Definitions\n\nPersonal data\n:   Any information.\n\nProcessing\n:   Any operation.\n"
        ":   Or a set of operations.\n\n## 2. Rights\n\nR.\n"))
    assert _said(text.notes, "a definition list's term") == "lines 5 and 8", text.notes


@pytest.mark.parametrize("block", [
    '!!! note "Before you read"\n    What follows.\n',  # a title: a line more
    "!!! note \"\"\n    What follows.\n",  # no title: a line fewer
    '??? info "More"\n    Folded.\n',
    '=== "Web"\n\n    On the web.\n\n=== "App"\n\n    In the app.\n'])
def test_a_note_after_an_admonition_or_tabs_names_the_line_of_the_file(tmp_path: Path, block: str):
    """MkDocs Material's admonitions and tabs, written as a title in bold over their text, put a line in (or took one
    out) and every note after them named the line of the converted text, one off the file's."""
    source = f"---\ntitle: Privacy\n---\n\n## 1. Scope\n\n{block}\n## 2. Rights\n\nSee <span onclick='x'>here</span>.\n"
    text = imported_text(tmp_path, "privacy-2021-06-01.md", source)
    line = next(n for n, written in enumerate(source.split("\n"), 1) if "onclick" in written)
    assert _said(text.notes, "raw HTML <span>") == f"line {line}", text.notes


def test_the_page_numbers_of_a_contents_word_saved_as_a_web_page_are_left_out(tmp_path: Path):
    """Word's page (Save as › Web Page): each `MsoToc` entry's page number, in a span of its own after its leader or
    after a tab in its text, ran into its title ("1. Who we are3"); an entry whose title ends with a number keeps it."""
    from policysite.convert import convert

    source = tmp_path / "privacy-2024-03-01.htm"
    source.write_text(
        "<html><body><div class=WordSection1><p class=MsoTitle>Privacy</p>"
        "<p class=MsoToc1><a href='#_Toc1'>1. Who we are<span>.........</span><span>3</span></a></p>"
        "<p class=MsoToc1>2. Data\t........\tiv</p><p class=MsoToc2><a href='#_Toc3'>Annex 1</a></p>"
        "<h1><a name='_Toc1'>1. Who we are</a></h1><p class=MsoNormal>Us.</p><h1>2. Data</h1><p class=MsoNormal>Names."
        "</p><h1><a name='_Toc3'>Annex 1</a></h1><p class=MsoNormal>Forms.</p></div></body></html>", encoding="utf-8")
    converted = convert(source)
    assert "[1\\. Who we are](#s1)\n\n2\\. Data\n\n[Annex 1](#annex-1)\n" in converted.markdown, converted.markdown
    assert "left out the page numbers of 2 table of contents entries (a web page has no pages)" in converted.notes


def test_a_heading_id_the_site_reads_as_none_is_left_out_and_the_links_to_it_led_to_the_sites(tmp_path: Path):
    """`## 1. Scope {#1_Scope}` (a WordPress table of contents plugin's id, kept by the HTML import, or written so in
    Markdown): the page showed `#s1`, and the Markdown kept a name nothing answered, its links going nowhere, said
    nowhere. Since adopt33 such an id, starting with a digit, is the section's alias (document.OTHER_ID): kept, its
    links too; an id no element can have (`{#§3}`) is left out, the links led to the site's id, said once with the
    lines; a letter-first id stays the heading's."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\n## 1. Scope {#1_Scope}\n\nSee [rights](#§2).\n\n## 2. Rights {#§2}\n\nR.\n\n"
        "## 3. Contact {#contact}\n\nC, see [scope](#1_Scope) and [rights](#§2).\n"))
    assert "## 1. Scope {#1_Scope}\n\nSee [rights](#s2).\n\n## 2. Rights\n\nR.\n\n## 3. Contact {#contact}\n\n" \
        "C, see [scope](#1_Scope) and [rights](#s2)." in text.body, text.body
    assert _said(text.notes, "left out the heading's id (§2, …), which the site reads as none") == "line 7"
