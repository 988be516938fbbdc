"""A long table with a few rows changed, on the changes page: its header, the changed rows with a row of context on
each side, and how many unchanged rows are left out between; the Word redline, a document to file, keeps them all."""
from __future__ import annotations

import io
import re

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import redline
from policysite.redline.docx import render_docx
from policysite.redline.render import shown_rows
from unit.test_redline import policy
from unit.test_redline_docx import AUTHOR

ROWS = 200


def long_table(edited: dict[int, str] | None = None) -> str:
    cells = {k: f"| item {k} | kept {k} days |\n" for k in range(1, ROWS + 1)} | (edited or {})
    return "## 1. Register\n\n| Item | Kept |\n|---|---|\n" + "".join(cells[k] for k in sorted(cells))


def rows_of(edited: dict[int, str]) -> list[redline.BlockChange]:
    r = redline.diff(policy(long_table()), policy(long_table(edited), date="2030-02-01"))
    return r.sections[1].blocks


def first_cells(shown: list) -> list:
    return [row if isinstance(row, int) else "".join(text for _, text in row.cells[0]) for row in shown]


def test_the_changed_rows_are_shown_with_their_header_one_row_around_and_the_count_of_those_left_out():
    shown = shown_rows(rows_of({100: "| item 100 | kept 101 days |\n", 103: "| item 103 | kept 1 day |\n"}))
    assert first_cells(shown) == ["Item", 98, "item 99", "item 100", "item 101", "item 102", "item 103", "item 104",
                                  96]
    # a run of one unchanged row between is shown (its count would take its place); at the table's ends, nothing left
    shown = shown_rows(rows_of({1: "| item 1 | kept 2 days |\n", 4: "| item 4 | kept 5 days |\n",
                                ROWS: f"| item {ROWS} | kept 0 days |\n"}))
    assert first_cells(shown) == ["Item", "item 1", "item 2", "item 3", "item 4", "item 5", ROWS - 7,
                                  f"item {ROWS - 1}", f"item {ROWS}"]
    # a row removed is a changed row too
    assert first_cells(shown_rows(rows_of({50: ""})))[:5] == ["Item", 48, "item 49", "item 50", "item 51"]


@pytest.mark.parametrize(("lang", "said"), [("en", "Unchanged rows not shown: 98"),
                                            ("fr", "Lignes inchangées non montrées\u00a0: 98")])
def test_the_changes_page_says_how_many_unchanged_rows_it_leaves_out_and_the_word_redline_keeps_every_row(lang, said):
    old, new = long_table(), long_table({100: "| item 100 | kept 101 days |\n"})
    r = redline.diff(policy(old, lang=lang), policy(new, lang=lang, date="2030-02-01"))
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    body = re.findall(r"<tr[^>]*>.*?</tr>", html)
    assert len(body) == 1 + 3 + 2
    gaps = [row for row in body if "redline-gap" in row]
    assert gaps == [f'<tr class="redline-gap"><td colspan="2">{said}</td></tr>',
                    f'<tr class="redline-gap"><td colspan="2">{said.replace("98", "99")}</td></tr>']
    document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR)))
    (table,) = document.tables
    assert len(table.rows) == ROWS + 1
