"""Adopt57: `<div>`s inside an HTML table's cell (`<td><div>Name</div><div>Phone number</div></td>`, as page builders
lay out a cell's lines) ran together ("Name Phone number"): markdownify writes a block inside a cell inline, and so
were a cell's `<section>`s, `<blockquote>`, a definition list's term and definition (then two empty lines apart).
A browser draws each block on lines of its own: each is a line of the cell (`Name<br>Phone number`); a block with a
margin (a paragraph, a quotation, a definition list) has the gap a browser draws as one empty line, margins meeting
drawing one, through a `<div>` around them too."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert
from policysite.convert.markdown_writer import Converter

DATA = Path(__file__).parents[1] / "data" / "adoption57" / "cell-blocks-2023-06-01.html"


def _rows(markdown: str) -> list[str]:
    return [line for line in markdown.split("\n") if line.startswith("| ") and "---" not in line]


def test_the_blocks_of_a_cell_are_its_lines():
    markdown = convert(DATA, lang="en").markdown
    assert _rows(markdown) == [
        "| Data | Why | How long |",
        "| Name<br>Phone number | To take your order<br>**Basis:** contract | One year<br>after your last order |",
        "| Orders<br>Invoices<br>Receipts | Accounting<br>Tax law | Ten years.<br><br>Then erased.<br><br>"
        "Unless a court asks. |",
        "| Reviews<br>your words and stars | Shown on our site<br><br>with your first name | Until you<br>delete them |",
    ], markdown
    page = f"---\ndate: 2023-06-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def _cell(inside: str, **options: bool) -> str:
    table = f"<table><tr><th>Data</th></tr><tr><td>{inside}</td></tr></table>"
    return _rows(Converter(**options).convert(table))[1]


def test_margins_meeting_draw_one_gap_and_breaks_add_their_lines():
    assert _cell("<p>A</p><blockquote>B</blockquote><p>C</p>") == "| A<br><br>B<br><br>C |"
    assert _cell("<div><p>A</p></div><div>B</div>") == "| A<br><br>B |"
    assert _cell("A<br><br><p>B</p>") == "| A<br><br><br>B |"  # an empty line, then the paragraph's margin
    assert _cell("<div>A</div><div></div><div>B</div>") == "| A<br>B |"
    assert _cell("<p>Only</p>") == "| Only |"


def test_a_word_document_s_cell_blocks_are_lines_without_gaps():
    assert _cell("<p>A</p><div>B</div><p>C</p>", cell_gaps=False) == "| A<br>B<br>C |"


def test_blocks_inside_a_cell_s_link_stay_in_its_words():
    written = _cell('<a href="https://example.com/"><div>Our</div> <div>site</div></a>')
    assert " ".join(written.split()) == "| [Our site](https://example.com/) |"


def test_blocks_outside_tables_are_written_as_before():
    assert Converter().convert("<div>A</div><section>B</section><dl><dt>T</dt><dd>D</dd></dl>").split() == \
        ["A", "B", "**T**", "D"]
