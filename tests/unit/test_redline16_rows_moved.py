"""A table's rows reordered, every cell the same (redline16): rows moved within their table, said so once, by the row
where it is now and in the reader's language ("Row “Invoices” moved up in this table."), in the text, Markdown, HTML,
PDF and JSON redlines, not a row deleted and an unrelated row inserted; a row edited on the way, a row of empty cells
and a header row are not."""
from __future__ import annotations

import io
import itertools

import pytest

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf, render
from policysite.strings import redline_labels
from unit.test_redline import policy
from unit.test_redline13_columns import moved_lines

TABLE = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
         "| Invoices and receipts | ten years |\n| Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")
ROWS = "| Logs of the web servers | one full year |\n| Invoices and receipts | ten years |\n"
SWAPPED = TABLE.replace(ROWS, "".join(reversed(ROWS.splitlines(keepends=True))))


def diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


def rows(r: redline.Redline) -> list[tuple[str, str, bool, str]]:
    return [(b.kind, b.moved, b.moved_up, "".join(text for _, text in b.cells[0])) for s in r.sections for b in s.blocks
            if b.table and b.kind != "unchanged"]


def test_rows_swapped_are_rows_moved_within_their_table():
    assert rows(diff(TABLE, SWAPPED)) == [("added", "from", True, "Invoices and receipts"),
                                          ("removed", "to", True, "Invoices and receipts")]
    # the other way: the other row moved up (two rows swapped: either moved)
    assert rows(diff(SWAPPED, TABLE)) == [("added", "from", True, "Logs of the web servers"),
                                          ("removed", "to", True, "Logs of the web servers")]
    # a row moved down past three others
    table = "## 1. Data\n\n| Data | Kept |\n|---|---|\n{}\n"
    named = [f"| {name} | {n} years |\n" for n, name in enumerate(["Logs", "Invoices", "Contracts", "Payslips"])]
    assert [row for row in rows(diff(table.format("".join(named)), table.format("".join(named[1:] + named[:1])))) if row[1]] \
        == [("removed", "to", False, "Logs"), ("added", "from", False, "Logs")]


def test_a_row_rewritten_on_the_way_or_without_words_is_no_move():
    # (a row edited on the way is one moved: test_redline20_rows_moved_edited.py)
    rewritten = SWAPPED.replace("| Invoices and receipts | ten years |", "| Payslips of the staff | five years |", 1)
    assert all(not moved for _, moved, _, _ in rows(diff(TABLE, rewritten)))
    empty = TABLE.replace("| Cookies | 13 months |\n", "| Cookies | 13 months |\n|  |  |\n")
    blank_moved = empty.replace("| Logs of the web servers | one full year |\n", "|  |  |\n"
                                "| Logs of the web servers | one full year |\n").replace("|  |  |\n\n", "\n", 1)
    assert all(not moved for kind, moved, _, cell in rows(diff(empty, blank_moved)) if not cell.strip())


@pytest.mark.parametrize("lang", ["en", "fr", "de", "ja"])
def test_said_once_by_the_row_where_it_is_now_in_every_renderer(lang):
    r = diff(TABLE, SWAPPED, lang)
    said = redline_labels(lang)["row_moved_up"].format(row="Invoices and receipts")
    assert "{" not in said and said != redline_labels("en")["row_moved_up"].format(row="Invoices and receipts") \
        or lang == "en"
    assert redline.render_text(r, color=False).count(said) == 1
    assert redline.render_markdown(r).count(said) == 1
    data = redline.to_json(r)
    moved = [(b["moved"], b["moved_up"]) for s in data["sections"] for b in s["blocks"] if b.get("moved")]
    assert moved == [("from", True), ("to", True)]


def test_the_html_and_pdf_say_it():
    from jinja2 import Environment, FileSystemLoader

    r = diff(TABLE, SWAPPED)
    said = "Row “Invoices and receipts” moved up in this table."
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    html = redline.render_html(r, env=env, lang="en")
    assert html.count(said) == 1
    text = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert said in text


def test_the_compare_pages_engine_moves_the_rows_alike():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (
        TABLE, SWAPPED, SWAPPED.replace("| ten years |", "| eleven years |"),
        TABLE.replace("| Cookies | 13 months |\n", "|  |  |\n| Cookies | 13 months |\n"),
        TABLE.replace("| Cookies | 13 months |\n", "| Cookies | 13 months |\n|  |  |\n"))]
    _check(list(itertools.permutations(texts, 2)))


def test_compare_js_says_a_row_moved_as_render_does():
    words = redline.labels("fr")
    moved = [b for s in diff(TABLE, SWAPPED).sections for b in s.blocks if b.moved]
    blocks = [{"moved": b.moved, "movedUp": b.moved_up, "movedWith": None,
               "new": {"kind": "row", "cells": list(b.new.cells)} if b.new else None,
               "old": {"kind": "row", "cells": list(b.old.cells)} if b.old else None} for b in moved]
    got = moved_lines(words, blocks)
    assert got == [render.moved_line(b, words, "fr") for b in moved]
    assert got == ["Ligne «\u00a0Invoices and receipts\u00a0» déplacée plus haut dans ce tableau.", ""]


def test_the_word_redline_tracks_each_moved_rows_cells_as_a_move():
    import docx
    from docx.oxml.ns import qn

    from policysite.redline.docx import render_docx
    from unit.test_redline14_word import read, reading
    from unit.test_redline15_word import clashing_ids, out_of_order

    old, new = policy(TABLE), policy(SWAPPED, date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    (table,) = body.iter(qn("w:tbl"))
    rows = {row.find(f"{qn('w:trPr')}/{qn(mark)}") is not None and mark: row for row in table.iter(qn("w:tr"))
            for mark in ("w:ins", "w:del")}
    # the row is still a row inserted where it is and deleted where it was (accepting takes the old one away) ...
    assert set(rows) - {False} == {"w:ins", "w:del"}
    for mark, side in (("w:del", "moveFrom"), ("w:ins", "moveTo")):
        row = rows[mark]
        # ... its words a move's source or destination, not a deletion or an insertion
        assert not row.findall(f".//{qn('w:delText')}") and not row.findall(f".//{qn('w:tc')}//{qn('w:ins')}")
        moved = row.findall(f".//{qn(f'w:{side}')}")
        assert ["".join(t.text for t in m.iter(qn("w:t"))) for m in moved] == ["Invoices and receipts", "ten years"]
        assert all(m.get(qn("w:author")) == "Acme" for m in moved)
        names = [start.get(qn("w:name")) for start in row.iter(qn(f"w:{side}RangeStart"))]
        assert len(names) == 2 and len(set(names)) == 2
    assert [s.get(qn("w:name")) for s in rows["w:del"].iter(qn("w:moveFromRangeStart"))] == \
        [s.get(qn("w:name")) for s in rows["w:ins"].iter(qn("w:moveToRangeStart"))]  # each cell's two sides paired
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)
