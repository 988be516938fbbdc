"""Adopt36: tables and titles an import lost (tests/data/adoption36/: synthetic texts of fictional companies, the Word
and OpenDocument files written by hand as Word 365 and LibreOffice write them), each imported with `policy import`
into a new site and built: the table's headers and cells as the reader of the old page saw them, and every word of
the text, no word lost or added but the merged cells' words repeated."""
from __future__ import annotations

import re
import zipfile

import pytest

from helpers import ROOT
from tests.adoption_pages import built, source_words, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption36"
pytestmark = pytest.mark.usefixtures("fixed_git")


def _odt_words(path) -> str:  # noqa: ANN001
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("content.xml").decode("utf-8")
    return " ".join(re.findall(r">([^<>]+)<", xml))


MERGED = [  # (language, sample, its words, the table as its reader saw it, the words a merged cell repeats)
    ("en", "retention-2024-06-03.html", lambda path: source_words(path.read_text(encoding="utf-8")),
     [["Data", "Retention period Customers", "Retention period Visitors"],
      ["Contact details", "3 years after the last contact", "3 years after the last contact"],
      ["Appointment history", "10 years", "none kept"], ["Technical data", "", ""],
      ["Server logs", "90 days", "90 days"]], "Retention period 3 years after the last contact 90 days"),
    ("de", "Datenschutzhinweise 2024-06-03.docx", lambda path: words(word_words(path)),
     [["Daten", "Speicherdauer Kunden", "Speicherdauer Besucher"],
      ["Kontaktdaten", "drei Jahre nach dem letzten Kontakt", "drei Jahre nach dem letzten Kontakt"],
      ["Bestellungen", "zehn Jahre", "keine"], ["Technische Daten", "", ""],
      ["Serverprotokolle", "30 Tage", "30 Tage"]], "Speicherdauer drei Jahre nach dem letzten Kontakt 30 Tage"),
    ("es", "aviso-de-conservacion-2024-06-03.odt", lambda path: words(_odt_words(path)),
     [["Datos", "Plazo de conservación Clientes", "Plazo de conservación Visitantes"],
      ["Datos de contacto", "tres años desde el último contacto", "tres años desde el último contacto"],
      ["Pedidos", "diez años", "ninguno"], ["Datos técnicos", "", ""],
      ["Registros del servidor", "60 días", "60 días"]], "Plazo de conservación tres años desde el último contacto 60 días"),
]


@pytest.mark.parametrize(("lang", "name", "source_of", "table", "repeated"), MERGED, ids=["html", "word", "odt"])
def test_a_cell_spanning_columns_reads_for_each_and_a_second_header_row_stays_a_header(
        tmp_path, initialized, lang, name, source_of, table, repeated):
    """A retention table headed by two rows, `Retention period` spanning `Customers` and `Visitors` (colspan in HTML,
    gridSpan in Word, number-columns-spanned in OpenDocument) over a `Data` header spanning both rows, and a period
    spanning both columns: the period was followed by an empty cell, a reader of the Markdown table reading no period
    for visitors, and `Customers | Visitors` was published as a row of data. Each column now reads the period, and
    its header the words of both header rows; a row's only cell across the whole table (a group's title) stays once."""
    source = DATA / name
    said, page = built(tmp_path, initialized, lang, source)
    assert "repeated in each row and column spanned" in said, said
    assert "1 table headed by several rows" in said, said
    tree = text(page)
    rows = [[" ".join(cell.text(separator=" ").split()) for cell in row.css("th, td")] for row in tree.css("tr")]
    assert rows == table
    assert [len(row.css("th")) for row in tree.css("tr")] == [3, 0, 0, 0, 0]
    assert words(tree.body.text(separator=" ")) == source_of(source) + words(repeated)
