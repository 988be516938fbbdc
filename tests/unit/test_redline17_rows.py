"""A table's rows reordered while a column is added or removed are rows moved (redline17): paired by the cells of the
columns both versions have, not by the whole row, which the new column made another (engine.moved_rows); the compare
page's engine alike; in Word each kept cell's words a move, the added column's cell an insertion. And a section moved
whole: its tables' rows moves in Word (w:moveFrom, w:moveTo), as its paragraphs are, not rows deleted and inserted."""
from __future__ import annotations

import io
import itertools

import docx
from docx.oxml.ns import qn

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import read, reading
from unit.test_redline15_word import clashing_ids, out_of_order

TABLE = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
         "| Invoices and receipts | ten years |\n| Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")
WIDER = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept | Why |\n|---|---|---|\n"
         "| Invoices and receipts | ten years | the tax law |\n| Logs of the web servers | one full year | security |\n"
         "| Cookies | 13 months | your consent |\n\n## 2. End\n\nThank you.\n")
# the same, the column put first (its cells the same as WIDER's)
FIRST = ("## 1. Data\n\nWhat we keep.\n\n| Why | Data | Kept |\n|---|---|---|\n"
         "| the tax law | Invoices and receipts | ten years |\n| security | Logs of the web servers | one full year |\n"
         "| your consent | Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")


DATA = ("Logs of the web servers", "Invoices and receipts", "Cookies", "")


def diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(old), policy(new, date="2030-02-01"))


def moved(r: redline.Redline) -> list[tuple[str, str, bool, str]]:
    """Each row moved: its kind, its side of the move, whether up, and its `Data` cell."""
    return [(b.kind, b.moved, b.moved_up, next(c for c in (b.new or b.old).cells if c in DATA))  # type: ignore[union-attr]
            for s in r.sections for b in s.blocks if b.table and b.moved]


def test_rows_reordered_while_a_column_is_added_are_rows_moved():
    assert moved(diff(TABLE, WIDER)) == [("added", "from", True, "Invoices and receipts"),
                                         ("removed", "to", True, "Invoices and receipts")]
    # ... or removed, the other way
    assert moved(diff(WIDER, TABLE)) == [("added", "from", True, "Logs of the web servers"),
                                         ("removed", "to", True, "Logs of the web servers")]
    # a column added first: the rows' kept cells the same
    assert [m[:3] for m in moved(diff(TABLE, FIRST))] == [("added", "from", True), ("removed", "to", True)]


def test_a_row_whose_kept_cells_were_rewritten_is_no_move():
    # (kept cells edited, the row's name and most words the same: a row moved and edited, test_redline20_rows_moved_edited)
    rewritten = WIDER.replace("| Invoices and receipts | ten years |", "| Payslips of the staff | five years |")
    assert moved(diff(TABLE, rewritten)) == []
    # a row of empty kept cells, a new column's words beside them: no words moved
    blanks = TABLE.replace("| Cookies | 13 months |\n", "| Cookies | 13 months |\n|  |  |\n")
    wider_blanks = WIDER.replace("| Invoices and receipts | ten years | the tax law |\n",
                                 "|  |  | nothing |\n| Invoices and receipts | ten years | the tax law |\n")
    assert all(cell.strip() for *_, cell in moved(diff(blanks, wider_blanks)))


def test_the_compare_pages_engine_moves_them_alike():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (
        TABLE, WIDER, FIRST, WIDER.replace("| ten years |", "| eleven years |"))]
    _check(list(itertools.permutations(texts, 2)))


def _rows(data: bytes) -> list:
    body = docx.Document(io.BytesIO(data)).element.body
    return [row for table in body.iter(qn("w:tbl")) for row in table.iter(qn("w:tr"))]


def _words(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t"), qn("w:delText")))


def test_word_moves_the_kept_cells_and_inserts_the_new_columns():
    old, new = policy(TABLE), policy(WIDER, date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    rows = _rows(data)
    (came,) = [r for r in rows if r.find(f".//{qn('w:moveTo')}") is not None]
    (went,) = [r for r in rows if r.find(f".//{qn('w:moveFrom')}") is not None]
    assert came.find(f"{qn('w:trPr')}/{qn('w:ins')}") is not None  # still a row inserted (and one deleted)
    assert went.find(f"{qn('w:trPr')}/{qn('w:del')}") is not None
    assert ["".join(t.text for t in m.iter(qn("w:t"))) for m in came.iter(qn("w:moveTo"))] == \
        ["Invoices and receipts", "ten years"]
    assert ["".join(t.text for t in m.iter(qn("w:t"))) for m in went.iter(qn("w:moveFrom"))] == \
        ["Invoices and receipts", "ten years"]
    # the new column's cell: words inserted, no move without its other side
    assert [_words(i) for i in came.iter(qn("w:ins")) if i.getparent().tag == qn("w:p")] == ["the tax law"]
    assert [s.get(qn("w:name")) for s in went.iter(qn("w:moveFromRangeStart"))] == \
        [s.get(qn("w:name")) for s in came.iter(qn("w:moveToRangeStart"))]
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)


SECTIONS = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
            "| Invoices and receipts | ten years |\n\n## 2. Rights\n\nYou may ask for a copy.\n\n"
            "## 3. End\n\nThank you.\n")
SECTION_MOVED = ("## 1. Rights\n\nYou may ask for a copy.\n\n## 2. End\n\nThank you.\n\n"
                 "## 3. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
                 "| Invoices and receipts | ten years |\n")


def test_a_section_moved_moves_its_tables_rows_in_word():
    old, new = policy(SECTIONS), policy(SECTION_MOVED, date="2030-02-01")
    r = redline.diff(old, new)
    assert [s.kind for s in r.sections if s.kind == "moved"]
    data = render_docx(r, author="Acme")
    rows = _rows(data)
    assert len(rows) == 6  # the table where it is and where it was
    for row in rows:  # each cell's words a move, none deleted or inserted
        assert not list(row.iter(qn("w:delText"))) and not [i for i in row.iter(qn("w:ins"))
                                                              if i.getparent().tag == qn("w:p")]
    body = docx.Document(io.BytesIO(data)).element.body
    names = {side: [s.get(qn("w:name")) for s in body.iter(qn(f"w:{side}RangeStart"))]
             for side in ("moveFrom", "moveTo")}
    assert sum("-" in name for name in names["moveTo"]) == 6  # every cell of the three rows
    assert sorted(names["moveFrom"]) == sorted(names["moveTo"])
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)
