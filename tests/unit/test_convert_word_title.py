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
