"""Import defects a German company met (session 40, adopt21): a Word file's date on its title page, a version table
above a title, a deleted paragraph mark, an abbreviation before an en dash."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite.convert import ConvertError, dated_sources
from unit.test_convert import docx_with


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
