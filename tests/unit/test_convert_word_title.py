"""A Word document titled by a plain first paragraph, in bold or in larger type, not Word's Title style (session 33:
its first Heading 1 section was taken for the title, the words above it for the introduction)."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from policysite.convert import convert
from policysite.messages import said_in


def document(path: Path, first: str, *, size: int | None = None, bold: bool = False, level: int = 1) -> Path:
    """`first` as its first paragraph (Normal style), an introduction, then two sections in Heading `level`."""
    word = Document()
    run = word.add_paragraph().add_run(first)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    word.add_paragraph("This policy explains how Acme uses your data.")
    for heading in ("Who we are", "What we collect"):
        word.add_heading(heading, level=level)
        word.add_paragraph(f"Text about {heading.lower()}.")
    word.save(str(path))
    return path


@pytest.mark.parametrize(("size", "bold", "level"), [(20, False, 1), (None, True, 1), (18, True, 2)])
def test_a_bold_or_large_first_paragraph_over_headed_sections_is_the_title(tmp_path: Path, size, bold, level):
    converted = convert(document(tmp_path / "privacy-2023-01-01.docx", "Privacy Policy", size=size, bold=bold,
                                 level=level))
    assert converted.markdown.strip() == (
        "# Privacy Policy\n\nThis policy explains how Acme uses your data.\n\n## Who we are\n\nText about who we are."
        "\n\n## What we collect\n\nText about what we collect.")
    assert converted.meta == {"title": "Privacy Policy"}
    assert "took the first paragraph, “Privacy Policy”, in bold or in larger type above sections in Word's heading " \
           "styles, for the title" in [said_in(note, "en") for note in converted.notes][0]
    assert said_in(converted.notes[0], "fr").startswith("pris le premier paragraphe, « Privacy Policy »")


@pytest.mark.parametrize("first", ["Last updated: 1 March 2023", "We respect your privacy.", "1. Introduction"])
def test_a_bold_first_line_that_is_a_date_a_sentence_or_a_clause_is_no_title(tmp_path: Path, first: str):
    converted = convert(document(tmp_path / "privacy-2023-01-01.docx", first, bold=True, size=16))
    assert not any("took the first paragraph" in said_in(note, "en") for note in converted.notes), converted.notes
    assert not converted.markdown.startswith(f"# {first}"), converted.markdown


def _plain_page(path: Path, first: str, headings: tuple[str, ...]) -> Path:
    path.write_text(f"<main><p>{first}</p><p>Last updated: 1 May 2023</p>" + "".join(
        f"<h1>{heading}</h1><p>Text about {heading.lower()}.</p>" for heading in headings) + "</main>",
        encoding="utf-8")
    return path


@pytest.mark.parametrize("headings", [("Who we are", "What we collect", "Your rights"),
                                      ("1. Who we are", "2. What we collect", "3. Your rights")])
def test_a_plain_first_line_above_sections_in_heading_1_is_the_title(tmp_path: Path, headings):
    """Adoption 11 of session 34: `Acme Privacy Policy`, typed as a plain paragraph above sections in Heading 1 (or
    `<h1>`), was left a paragraph: the first section became the title and the others sections (unnumbered), or the
    text had no title at all (numbered)."""
    word = Document()
    word.add_paragraph("Acme Privacy Policy")
    word.add_paragraph("Last updated: 1 May 2023")
    for heading in headings:
        word.add_heading(heading, level=1)
        word.add_paragraph(f"Text about {heading.lower()}.")
    word.save(str(tmp_path / "privacy-2023-05-01.docx"))
    page = _plain_page(tmp_path / "privacy-2023-05-01.html", "Acme Privacy Policy", headings)
    for source, top in ((tmp_path / "privacy-2023-05-01.docx", "Heading 1"), (page, "<h1>")):
        converted = convert(source)
        assert converted.markdown.strip() == "# Acme Privacy Policy\n\nLast updated: 1 May 2023\n\n" + "\n\n".join(
            f"## {heading}\n\nText about {heading.lower()}." for heading in headings), converted.markdown
        assert converted.meta == {"title": "Acme Privacy Policy"}
        assert f"the text's first line, “Acme Privacy Policy”, a paragraph above its 3 sections in {top}, became " \
               "its title" in [said_in(note, "en") for note in converted.notes]
        assert "la première ligne du texte, « Acme Privacy Policy », un paragraphe au-dessus de ses 3 sections " \
               in " ".join(said_in(note, "fr") for note in converted.notes)


@pytest.mark.parametrize("first", ["We respect your privacy.", "Effective: 1 May 2023",
                                   '<a href="https://acme.example/">Home</a>'])
def test_a_first_paragraph_that_is_a_sentence_a_date_or_a_link_is_no_title(tmp_path: Path, first: str):
    converted = convert(_plain_page(tmp_path / "privacy-2023-05-01.html", first, ("Who we are", "What we collect")))
    assert converted.markdown.startswith("# Who we are") or "\n# Who we are" in converted.markdown, \
        converted.markdown
    assert not any("became its title" in said_in(note, "en") for note in converted.notes)


def test_a_plain_first_line_above_markdown_sections_in_hash_is_the_title(tmp_path: Path):
    """The same text in Markdown (as pandoc writes a Word document whose title is a Normal paragraph): its first
    line, alone in its paragraph, is its title, each `#` a section; a sentence there stays a paragraph, the first
    `#` the title as GitHub draws a README."""
    source = tmp_path / "privacy-2023-05-01.md"
    source.write_text("**Acme Privacy Policy**\n\nLast updated: 1 May 2023\n\n# Who we are\n\nUs.\n\n# What we collect\n"
                      "\nNames.\n", encoding="utf-8")
    converted = convert(source)
    assert converted.markdown.strip() == "# Acme Privacy Policy\n\nLast updated: 1 May 2023\n\n## Who we are\n\nUs." \
        "\n\n## What we collect\n\nNames.", converted.markdown
    assert "the text's first line, “Acme Privacy Policy”, a plain paragraph, became its title, and the 2 `#` " \
           "heading(s) below it sections (##)" in " ".join(said_in(note, "en") for note in converted.notes)
    assert "la première ligne du texte, « Acme Privacy Policy », un simple paragraphe, est devenue son titre " \
           "principal" in " ".join(said_in(note, "fr") for note in converted.notes)
    source.write_text("We respect your privacy.\n\n# Who we are\n\nUs.\n\n# What we collect\n\nNames.\n",
                      encoding="utf-8")
    assert convert(source).markdown.startswith("We respect your privacy.\n\n# Who we are\n\nUs.\n\n## What we collect")
