"""A cell spanning columns is repeated in each (adopt36), within a bound: a page cannot make its text a hundred times
longer with it."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.convert.to_markdown import MOST_REPEATED


def test_cells_spanning_99_columns_add_at_most_the_bound_of_repeated_text(tmp_path: Path):
    """Six rows, each a 100,000-character cell spanning 99 columns beside a cell: repeated in each column, 59 million
    characters; the copies stop at MOST_REPEATED, the columns after them empty as before."""
    long = "retention " * 10_000
    rows = "".join(f"<tr><td>Row {n}</td><td colspan=\"99\">{long}</td></tr>" for n in range(6))
    source = tmp_path / "2024-06-03.html"
    source.write_text(f"<h1>Policy</h1><h2>1. Periods</h2><table><tr>{'<th>Column</th>' * 100}</tr>{rows}</table>",
                      encoding="utf-8")
    converted = convert(source)
    assert len(converted.markdown) < 6 * len(long) + MOST_REPEATED + 100_000
    assert converted.markdown.count(long.strip()) == 6 + MOST_REPEATED // len(long)


def test_a_table_whose_every_row_is_a_header_row_keeps_its_rows(tmp_path: Path):
    """A Word table marked as header rows whole (its `<thead>` every row): no row is headed, none joined into one."""
    source = tmp_path / "2024-06-03.html"
    source.write_text("<h1>Policy</h1><h2>1. Periods</h2><table><thead><tr><th>Data</th><th>Period</th></tr>"
                      "<tr><th>Contact</th><th>3 years</th></tr><tr><th>Orders</th><th>10 years</th></tr></thead>"
                      "</table>", encoding="utf-8")
    converted = convert(source)
    assert "| Contact | 3 years |" in converted.markdown and "| Orders | 10 years |" in converted.markdown
    assert not any("headed by several rows" in note for note in converted.notes)


def test_a_row_of_header_cells_under_a_thead_is_no_header_row(tmp_path: Path):
    """A table headed by its `<thead>` is headed by its rows alone: a row of header cells at the top of its body (a
    group's `<th>Essential</th><th>cookies</th>`) stays a row of the table (adopt37)."""
    source = tmp_path / "2024-06-03.html"
    source.write_text("<h1>Policy</h1><h2>1. Cookies</h2><table><thead><tr><th>Cookie</th><th>Purpose</th></tr>"
                      "</thead><tbody><tr><th>Essential</th><th>cookies</th></tr><tr><td>sid</td><td>Session</td>"
                      "</tr></tbody></table>", encoding="utf-8")
    converted = convert(source)
    assert "| Cookie | Purpose |\n| --- | --- |\n| Essential | cookies |\n| sid | Session |" in converted.markdown
    assert not any("headed by several rows" in note for note in converted.notes)


def test_a_group_title_across_the_table_under_its_first_row_is_no_header_row(tmp_path: Path):
    """No `<thead>`: a row of one header cell across the table under the first row of headers is a group's title,
    kept as a row (adopt37); the first column's header was `Cookie<br>Essential`."""
    source = tmp_path / "2024-06-03.html"
    source.write_text("<h1>Policy</h1><h2>1. Cookies</h2><table><tr><th>Cookie</th><th>Purpose</th></tr>"
                      "<tr><th colspan=\"2\">Essential</th></tr><tr><td>sid</td><td>Session</td></tr></table>",
                      encoding="utf-8")
    converted = convert(source)
    assert "| Cookie | Purpose |\n| --- | --- |\n| Essential |  |\n| sid | Session |" in converted.markdown
