"""The suite's conftest keeps mammoth's parse of python-docx's template styles for the run (word_styles_read_once):
a second Word file of that template parses no large part again, and each file still converts to its own text."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from mammoth.docx import office_xml

from policysite.convert import convert

LARGE_PART = 100_000  # bytes: python-docx's styles.xml is 349 kB, a test's document.xml some 2 kB


def _word(path: Path, heading: str) -> Path:
    word = Document()
    word.add_heading("Privacy Policy", level=0)
    word.add_heading(heading, level=1)
    word.add_paragraph(f"Text about {heading.lower()}.")
    word.save(str(path))
    return path


def test_a_second_word_file_of_the_same_template_parses_no_large_part_again(tmp_path: Path, monkeypatch):
    parsed: list[int] = []  # the size of each part mammoth parsed
    parse = office_xml.parse_xml

    def counted(fileobj, namespaces):
        data = fileobj.read()
        parsed.append(len(data))
        return parse(io.BytesIO(data), namespaces)

    monkeypatch.setattr(office_xml, "parse_xml", counted)
    first = convert(_word(tmp_path / "privacy-2023-01-01.docx", "Who we are"))
    large = [size for size in parsed if size >= LARGE_PART]
    before = len(parsed)
    second = convert(_word(tmp_path / "privacy-2024-01-01.docx", "What we collect"))
    assert [size for size in parsed if size >= LARGE_PART] == large
    assert len(parsed) > before  # the second file's small parts (its text) were parsed
    assert "## Who we are\n\nText about who we are." in first.markdown
    assert "## What we collect\n\nText about what we collect." in second.markdown
    assert "Who we are" not in second.markdown
