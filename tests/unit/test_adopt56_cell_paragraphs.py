"""Adopt56: paragraphs inside an HTML table's cell (`<td><p>Name</p><p>Phone number</p></td>`) were joined by one
`<br>` (markdown_writer.convert_p), though a browser draws a paragraph's margin between them, a gap: the cell's
paragraphs ran together as lines. The gap is kept as an empty line (`Name<br><br>Phone number`), as adopt55 kept
`<br><br>`; so is the gap between a cell's words and a paragraph before or after them; a `<br>` stays one line."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption56" / "cell-paragraphs-2023-05-02.html"


def test_paragraphs_of_a_cell_keep_the_gap_a_browser_shows_between_them():
    markdown = convert(DATA, lang="en").markdown
    rows = [line for line in markdown.split("\n") if line.startswith("| ") and "---" not in line]
    assert rows == ["| Data | How long |",
                    "| Name<br><br>Phone number | One year<br><br>after your last rental |",
                    "| Rentals<br><br>Invoices | Ten years.<br><br>Then erased. |",
                    "| Photos | Until you<br>delete them |"], markdown
    page = f"---\ndate: 2023-05-02\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_a_word_document_s_cell_paragraphs_stay_lines():
    """A Word or OpenDocument cell's paragraphs (mammoth's `<p>`s) are its lines, spaced by their style, not by a
    browser's margin: one `<br>` each, as before."""
    from policysite.convert.markdown_writer import Converter

    table = "<table><tr><th>Data</th></tr><tr><td><p>Name</p><p>Phone number</p></td></tr></table>"
    assert "| Name<br>Phone number |" in Converter(cell_gaps=False).convert(table)
    assert "| Name<br><br>Phone number |" in Converter().convert(table)
