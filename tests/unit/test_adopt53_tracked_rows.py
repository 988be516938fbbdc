"""Adopt53: a paragraph Word's tracked changes delete whole, and a deleted table row's cells, were said with the next
paragraph holding tracked changes, and "at the end of the text" where none came after them, though words followed.
Each is now said at the line of the paragraph right after it, a deleted row as a row, its cells' words together."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from unit.test_convert import docx_with

_DATE = 'w:author="A" w:date="2024-01-01T00:00:00Z"'


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _cell(text: str, *, deleted: bool = False) -> str:
    run = f"<w:r><w:delText>{text}</w:delText></w:r>" if deleted else f"<w:r><w:t>{text}</w:t></w:r>"
    if deleted:
        run = f'<w:del w:id="9" {_DATE}>{run}</w:del>'
    return f"<w:tc><w:p>{run}</w:p></w:tc>"


def _row(*cells: str, deleted: bool = False) -> str:
    mark = f'<w:trPr><w:del w:id="8" {_DATE}/></w:trPr>' if deleted else ""
    return f"<w:tr>{mark}{''.join(_cell(c, deleted=deleted) for c in cells)}</w:tr>"


def _notes(tmp_path: Path, body: str) -> tuple[list[str], list[str]]:
    converted = convert(docx_with(tmp_path / "privacy-2024-03-01.docx", body), lang="en")
    return converted.markdown.split("\n"), [str(note) for note in converted.notes]


def test_a_deleted_paragraph_and_row_are_said_above_the_words_after_them(tmp_path: Path):
    body = "".join([
        _p("We keep invoices for ten years."),
        f'<w:p><w:pPr><w:rPr><w:del w:id="1" {_DATE}/></w:rPr></w:pPr><w:del w:id="2" {_DATE}><w:r>'
        "<w:delText>We sell data to partners.</w:delText></w:r></w:del></w:p>",
        _p("Backups last 30 days."),
        "<w:tbl>", _row("Data", "Period"), _row("Photos", "forever", deleted=True), _row("Invoices", "10 years"),
        _row("Logs", "a year", deleted=True), "</w:tbl>",
        _p("Contact us by post."),
    ])
    lines, notes = _notes(tmp_path, body)
    assert "Photos" not in "\n".join(lines) and "Logs" not in "\n".join(lines)
    said = {note.split(":", 1)[0]: note for note in notes if note.startswith("Markdown line")}
    backups, invoices, contact = (f"Markdown line {lines.index(line) + 1}" for line in (
        "Backups last 30 days.", "| Invoices | 10 years |", "Contact us by post."))
    assert "deleted the paragraph “We sell data to partners.” above it" in said[backups], notes
    assert "deleted the table row “Photos | forever” above it" in said[invoices], notes
    assert "deleted the table row “Logs | a year” above it" in said[contact], notes
    assert not any("end of the text" in note for note in notes), notes


def test_a_row_deleted_at_the_very_end_is_said_so(tmp_path: Path):
    body = "".join([_p("We keep invoices."), "<w:tbl>", _row("Data", "Period"), _row("Photos", "forever", deleted=True),
                    "</w:tbl>"])
    _lines, notes = _notes(tmp_path, body)
    assert any("deleted the table row “Photos | forever” at the end of the text" in note for note in notes), notes
