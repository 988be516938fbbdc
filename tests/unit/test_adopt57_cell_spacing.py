"""Adopt57: a Google Docs export's table cells (`p{margin:0}`, each paragraph's space its class's padding,
`.c1{padding-top:0pt;padding-bottom:0pt}`) had their paragraphs an empty line apart (`Name<br><br>Phone number`), a
browser's default margin (adopt56) where the page's CSS draws none: a cell's lines read as paragraphs. The space a
cell's paragraph is drawn with is now read from the page's CSS (its rules by specificity and order, its style
attribute last): less than half a line above and below, the paragraphs are lines (`Name<br>Phone number`); a class's
`padding-top:12pt` keeps the gap; a page with no CSS for them keeps a browser's margin, as adopt56 wrote it."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption57" / "google-cell-spacing-2023-07-01.html"


def _rows(markdown: str) -> list[str]:
    return [line for line in markdown.split("\n") if line.startswith("| ") and "---" not in line]


def test_a_google_docs_cell_s_paragraphs_drawn_without_space_are_lines():
    markdown = convert(DATA, lang="en").markdown
    assert _rows(markdown) == ["| Data | How long |", "| Name<br>Phone number | One year<br><br>after your last order |"], \
        markdown
    assert "data-md-spacing" not in markdown and "spacing" not in markdown
    page = f"---\ndate: 2023-07-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def _cell(tmp_path: Path, css: str, cell: str) -> str:
    page = tmp_path / "privacy-2023-07-01.html"
    page.write_text(f"<html><head><style>{css}</style></head><body><main><h1>Privacy</h1><table><tr><th>Data</th>"
                    f"<th>Kept</th></tr><tr><td>Email</td><td>{cell}</td></tr></table></main></body></html>",
                    encoding="utf-8")
    return _rows(convert(page, lang="en").markdown)[1]


def test_the_cascade_decides_the_space(tmp_path: Path):
    two = "<p>A</p><p>B</p>"
    assert _cell(tmp_path, "", two) == "| Email | A<br><br>B |"  # a browser's margin
    assert _cell(tmp_path, "* {margin: 0}", two) == "| Email | A<br>B |"
    assert _cell(tmp_path, "td p {margin: 0 0 1em}", two) == "| Email | A<br><br>B |"  # below the first: a gap
    assert _cell(tmp_path, "p {margin: 0} .wide {margin-top: 12pt}", '<p>A</p><p class="wide">B</p>') == \
        "| Email | A<br><br>B |"
    assert _cell(tmp_path, ".tight {margin: 0} p {margin: 1em}", '<p class="tight">A</p><p class="tight">B</p>') == \
        "| Email | A<br>B |"  # (a class outweighs a type, whatever their order)
    assert _cell(tmp_path, "p {margin: 0}", '<p>A</p><p style="margin-top: 20px">B</p>') == "| Email | A<br><br>B |"
    assert _cell(tmp_path, "p {margin: 0; padding-bottom: 2px}", two) == "| Email | A<br>B |"  # (less than half a line)
    assert _cell(tmp_path, "p {margin: 0} p:hover {margin: 2em}", two) == "| Email | A<br>B |"  # (a state's rule)
