"""Safety hunt 89: table cells drawn on top of each other.

A cell spanning rows from above (`rowspan`) and one spanning columns from below (`colspan`) can claim the same slot of
a table, a "table model error" of HTML's table processing model that browsers draw as two cells one over the other:
`<td rowspan="2">We sell your data</td>` under `<td colspan="2">We never sell your data</td>`, the words of one across
or hidden under the other's, while the checks read both apart. The output check allowed both attributes in the text
(the site's redline writes `colspan` for its rows left out) and never formed the table's slots.
"""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import tableslots
from policysite.messages import said_in
from unit.test_safety import page, violations

OVERLAP = ('<table><thead><tr><th>Data</th><th>Use</th></tr></thead><tbody>'
           '<tr><td>E-mail</td><td rowspan="2">We sell your data to brokers.</td></tr>'
           '<tr><td colspan="2">We never sell your data.</td></tr></tbody></table>')


def _overlapping(html: str) -> str | None:
    cell = tableslots.overlapping(LexborHTMLParser(html).css_first("table"))
    return None if cell is None else cell.text(deep=True)


@pytest.mark.parametrize(("html", "cell"), [
    (OVERLAP, "We never sell your data."),
    ('<table><tr><td>a</td><td rowspan="0">b</td></tr><tr><td>x</td></tr><tr><td colspan="2">c</td></tr></table>',
     "c"),  # (`rowspan="0"`: to its group's end)
    ('<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td colspan="2abc">c</td></tr></table>', "c"),
    ('<table><tr><td>a</td><td rowspan=" 2">b</td><td>x</td></tr><tr><td colspan="+3">c</td></tr></table>', "c"),
])
def test_a_cell_claiming_a_slot_another_covers_is_found(html, cell):
    assert _overlapping(html) == cell


@pytest.mark.parametrize("html", [
    '<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td colspan="3">c</td></tr></table>',  # (starts after a)
    '<table><tr><td colspan="3">a</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
    # a row span ends with its group: the body's cell is drawn under the head, not over its cell
    '<table><thead><tr><th rowspan="5">a</th><th>b</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody>'
    '</table>',
    '<table><tr><td>a</td><td rowspan="0">b</td></tr></table>',
    '<table><tr><td>a</td><td rowspan="x">b</td></tr><tr><td colspan="0">c</td><td>d</td></tr></table>',
    # a nested table is a table of its own
    '<table><tr><td>a</td><td rowspan="2"><table><tr><td colspan="9">n</td></tr></table></td></tr><tr><td>c</td></tr>'
    '</table>',
])
def test_cells_each_in_slots_of_their_own_pass(html):
    assert _overlapping(html) is None


def test_the_output_check_finds_the_overlap_in_the_text_and_says_it_in_french():
    found = [message for message in violations(page(OVERLAP)) if "on top of each other" in message]
    assert found == ["<td> “We never sell your data.” spans rows or columns onto a cell another already covers: a "
                     "browser draws the two on top of each other, the words of one across or under the other's, which "
                     "the checks read apart; the tables of Markdown span nothing"]
    assert said_in(found[0], "fr").replace("\xa0", " ").startswith(
        "<td> « We never sell your data. » s'étend sur des lignes ou des colonnes jusqu'à une cellule qu'une autre ")


def test_the_redlines_row_left_out_passes():
    gap = ('<table class="redline-table"><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td>'
           '</tr><tr class="redline-gap"><td colspan="2">3 rows unchanged</td></tr></tbody></table>')
    assert [message for message in violations(page(gap)) if "on top of each other" in message] == []
