"""Import defects a German company met (session 40, adopt21): a Word file's date on its title page, a version table
above a title, a deleted paragraph mark, an abbreviation before an en dash."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import messages, spelling
from policysite.convert import ConvertError, convert, dated_sources
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown
from unit.test_convert import docx_parts, docx_with, write_docx


def _paragraph(text: str, style: str = "") -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
_SECTIONS = "".join([_paragraph("1. Verantwortlicher", "Titre2"), _paragraph("Die Beispiel GmbH ist verantwortlich."),
                     _paragraph("2. Ihre Rechte", "Titre2"), _paragraph("Sie haben das Recht auf Auskunft.")])


@pytest.mark.parametrize("opening", [
    ["der Beispiel GmbH", "Musterstraße 1", "10115 Berlin"],  # a title page: the company and its address
    ["Wir informieren Sie über die Verarbeitung Ihrer Daten.", "Bitte lesen Sie diese Hinweise.",
     "Fragen richten Sie an datenschutz@example.com."],  # an introduction, the date line closing it
])
def test_a_word_file_without_a_date_in_its_name_is_given_the_day_its_title_page_closes_with(tmp_path: Path, opening):
    body = "".join([_paragraph("Datenschutzerklärung", "Titre1"), *(_paragraph(line) for line in opening),
                    _paragraph("Stand: 15. Juni 2023"), _PAGE_BREAK, _SECTIONS])
    docx_with(tmp_path / "datenschutz.docx", body)
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("de", "en"), lang="de")
    assert str(raised.value) == ("datenschutz.docx: no date in the file name; its text says “Stand: 15. Juni 2023”: "
                                 "if its text took effect that day, rename it datenschutz-2023-06-15.docx")


def test_a_word_file_without_a_date_in_its_name_is_given_the_day_its_closing_lines_say_over_the_address(
        tmp_path: Path):
    body = "".join([_paragraph("Datenschutzerklärung", "Titre1"), _SECTIONS, _paragraph("Stand: 15. Juni 2023"),
                    *(_paragraph(line) for line in ("Beispiel GmbH", "Musterstraße 1", "10115 Berlin",
                                                    "datenschutz@example.com"))])
    docx_with(tmp_path / "datenschutz.docx", body)
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("de", "en"), lang="de")
    assert str(raised.value) == ("datenschutz.docx: no date in the file name; its text says “Stand: 15. Juni 2023”: "
                                 "if its text took effect that day, rename it datenschutz-2023-06-15.docx")


def test_a_word_file_without_a_date_in_its_name_is_given_the_latest_day_of_the_table_ending_it(tmp_path: Path):
    cell = lambda text: f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"  # noqa: E731
    rows = "".join(f"<w:tr>{cell(version)}{cell(day)}</w:tr>"
                   for version, day in (("Version", "Stand"), ("1", "1. März 2021"), ("2", "15. Juni 2023")))
    docx_with(tmp_path / "datenschutz.docx", _paragraph("Datenschutzerklärung", "Titre1") + _SECTIONS +
              f"<w:tbl>{rows}</w:tbl>")
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("de", "en"), lang="de")
    assert str(raised.value) == ("datenschutz.docx: no date in the file name; its text says “2 | 15. Juni 2023”: "
                                 "if its text took effect that day, rename it datenschutz-2023-06-15.docx")


def test_a_dated_line_inside_a_long_opening_is_no_date_line(tmp_path: Path):
    """Only the line closing the opening is read: the fourth of five is not (the day stays unsaid, as before)."""
    body = "".join([_paragraph("Datenschutzerklärung", "Titre1"), _paragraph("der Beispiel GmbH"),
                    _paragraph("Musterstraße 1"), _paragraph("10115 Berlin"), _paragraph("Stand: 15. Juni 2023"),
                    _paragraph("Telefon: 030 123456"),
                    _SECTIONS])
    docx_with(tmp_path / "datenschutz.docx", body)
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("de", "en"), lang="de")
    assert str(raised.value).startswith("datenschutz.docx: no date in the file name: name each version")


_VERSIONS = ("<table><tr><td><p>Version</p></td><td><p>Datum</p></td></tr>"
             "<tr><td><p>3</p></td><td><p>15.06.2023</p></td></tr></table>")


def test_a_table_of_versions_above_an_h1_title_goes_under_it_as_above_a_bold_title_line():
    """test_convert_word_cover shows the bold line's case; the same, said in French, for a page's own <h1>."""
    notes = Notes()
    text = html_to_markdown(f"{_VERSIONS}<h1>Datenschutzerklärung</h1><h2>1. Verantwortlicher</h2><p>Beispiel GmbH.</p>"
                            "<h2>2. Rechte</h2><p>Auskunft.</p>", notes)
    assert text.startswith("# Datenschutzerklärung\n\n| Version | Datum |\n| --- | --- |\n| 3 | 15.06.2023 |\n\n"
                           "## 1. Verantwortlicher\n"), text
    said = [messages.said_in(note, "fr") for note in notes.messages()]
    assert "1 tableau écrit au-dessus du titre «\u00a0Datenschutzerklärung\u00a0» (le tableau des versions d'un " \
        "document et de leurs dates) déplacé sous lui\u00a0: une page commence par son titre" in said, said


def test_a_word_title_paragraph_under_a_table_of_versions_is_the_page_s_first_line(tmp_path: Path):
    cell = lambda text: f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"  # noqa: E731
    body = "".join([f"<w:tbl><w:tr>{cell('Version')}{cell('Datum')}</w:tr><w:tr>{cell('3')}{cell('15.06.2023')}"
                    "</w:tr></w:tbl>", _paragraph("Datenschutzerklärung", "Title"), _SECTIONS])
    styles = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    converted = convert(docx_with(tmp_path / "datenschutz-2023-06-15.docx", body, styles=styles))
    assert converted.markdown.startswith("# Datenschutzerklärung\n\n| Version | Datum |\n"), converted.markdown


def test_a_table_holding_the_title_stays_as_it_is():
    notes = Notes()
    text = html_to_markdown("<table><tr><td><h1>Datenschutzerklärung</h1><p>Beispiel GmbH.</p></td></tr></table>"
                            "<h2>1. Verantwortlicher</h2><p>Beispiel GmbH.</p>", notes)
    assert not any(note.key == "convert.tables-above-title" for note in notes.messages()), text


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Erreichbar Mo.–Fr. von 9 bis 17 Uhr.", "Mo", True),
    ("Erreichbar Mo.-Fr. von 9 bis 17 Uhr.", "Mo", True),
    ("Wir antworten bald. – Ihre Beispiel GmbH", "bald", False),  # a dash after a space: the sentence ended
    ("Das ist alles.–", "alles", False),
])
def test_an_abbreviation_before_a_dash_and_a_letter_is_one(text: str, word: str, expected: bool):
    assert spelling.abbreviated(text, text.index(word) + len(word)) is expected


_BY = 'w:author="Recht" w:date="2023-06-01T00:00:00Z"'


def _tracked_note(path: Path) -> list[str]:
    return [messages.said_in(note, "en") for note in convert(path).notes
            if messages.said_in(note, "en").startswith("the document has tracked changes")]


def test_a_move_and_a_deleted_paragraph_mark_are_counted_as_the_tracked_changes_read_as_accepted(tmp_path: Path):
    body = "".join([
        f'<w:p><w:pPr><w:rPr><w:del w:id="1" {_BY}/></w:rPr></w:pPr><w:r><w:t>Erste Hälfte</w:t></w:r></w:p>',
        '<w:p><w:r><w:t xml:space="preserve"> und zweite.</w:t></w:r></w:p>',
        f'<w:p><w:moveFromRangeStart w:id="2" w:name="move1" {_BY}/><w:moveFrom w:id="3" {_BY}><w:r>'
        '<w:t>Verschoben.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="2"/></w:p>',
        '<w:p><w:r><w:t xml:space="preserve">Bleibt. </w:t></w:r>'
        f'<w:moveToRangeStart w:id="4" w:name="move1" {_BY}/><w:moveTo w:id="5" {_BY}><w:r><w:t>Verschoben.</w:t>'
        '</w:r></w:moveTo><w:moveToRangeEnd w:id="4"/></w:p>'])
    path = docx_with(tmp_path / "datenschutz-2023-06-15.docx", body)
    assert convert(path).markdown == "Erste Hälfte und zweite.\n\nBleibt. Verschoben.\n"
    assert _tracked_note(path) == [
        "the document has tracked changes (1 insertion, 2 deletions): read as if accepted"]


def test_a_tracked_deletion_in_a_footnote_is_counted(tmp_path: Path):
    path = docx_with(tmp_path / "datenschutz-2023-06-15.docx",
                     '<w:p><w:r><w:t>Daten.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    parts = docx_parts(path)
    parts["word/footnotes.xml"] = parts["word/footnotes.xml"].replace(
        b"As defined by the GDPR.", f'Im Sinne</w:t></w:r><w:del w:id="9" {_BY}><w:r><w:delText> der alten'
        '</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> der DSGVO.'.encode())
    write_docx(path, parts)
    assert "Im Sinne der DSGVO." in convert(path).markdown
    assert _tracked_note(path) == [
        "the document has tracked changes (0 insertions, 1 deletion): read as if accepted"]


def test_a_word_file_dated_in_a_page_header_named_otherwise_than_word_names_it_is_given_that_day(tmp_path: Path):
    """A header part its relationships name (`word/firstHeader.xml`, as other writers than Word name it) is read as
    Word's `word/header1.xml` is: the day it says is the name to give the file, and its words are said."""
    path = docx_with(tmp_path / "datenschutz.docx", _paragraph("Datenschutzerklärung", "Titre1") + _SECTIONS)
    parts = docx_parts(path)
    parts["word/firstHeader.xml"] = ('<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                     "<w:p><w:r><w:t>Beispiel GmbH – Stand: 15. Juni 2023</w:t></w:r></w:p></w:hdr>"
                                     ).encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/header" Target="firstHeader.xml"/></Relationships>')
    write_docx(path, parts)
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("de", "en"), lang="de")
    assert str(raised.value) == ("datenschutz.docx: no date in the file name; its page header or footer says "
                                 "“Beispiel GmbH – Stand: 15. Juni 2023”: if its text took effect that day, rename it "
                                 "datenschutz-2023-06-15.docx")
    said = [messages.said_in(note, "en") for note in convert(path).notes]
    assert any("Beispiel GmbH – Stand: 15. Juni 2023" in note for note in said), said
