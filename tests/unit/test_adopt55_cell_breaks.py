"""Adopt55: two `<br>` in a row inside a table's cell (`Name<br><br>Phone number`), the empty line a page shows between
two of a cell's lines, became one `<br>` (markdown_writer._cell dropped every empty line of a cell, adopt54's leftover),
the cell's lines run together. The empty line is kept; one `<br>` stays one, the spaces and line ends of the page's
source between them make none, nor does a `<br>` at a cell's or a paragraph's end, which draws no line."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "cell-breaks-2023-01-20.html"


def test_an_empty_line_between_two_breaks_in_a_cell_is_kept():
    markdown = convert(DATA, lang="en").markdown
    rows = [line for line in markdown.split("\n") if line.startswith("| ") and "---" not in line]
    assert rows == ["| Data | How long |",
                    "| Name<br><br>Phone number | One year<br>after your last order |",
                    "| Orders<br><br>Invoices | Ten years.<br><br>Then erased. |",  # (a gap between paragraphs: adopt56)
                    "| Reviews | Until you delete them<br><br><br>or ask us |"], markdown
    page = f"---\ndate: 2023-01-20\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
