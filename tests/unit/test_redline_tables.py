"""Redlines of tables: columns and rows paired by their content, each table against its own, every row printed; one
model (engine), rendered as text, JSON, Word and PDF."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from policysite import redline
from policysite.document import Block
from policysite.redline import DELETE, EQUAL, INSERT, engine, pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline_docx import AUTHOR, table_rows

SITE = "Zephyr Widgets policies"

RETENTION = ("## 1. Retention\n\n"
             "| Data | Kept | Why | Where |\n|---|---|---|---|\n"
             "| logs | 30 days | security | Frankfurt |\n"
             "| invoices | 10 years | law | Paris |\n"
             "| tickets | 2 years | support | Dublin |\n")
# the column `Kept` removed from the middle, a row inserted in the middle
NARROWER = ("## 1. Retention\n\n"
            "| Data | Why | Where |\n|---|---|---|\n"
            "| logs | security | Frankfurt |\n"
            "| cookies | consent | Paris |\n"
            "| invoices | law | Paris |\n"
            "| tickets | support | Dublin |\n")


def section_blocks(old: str, new: str) -> list[redline.BlockChange]:
    return redline.diff(policy(old), policy(new, date="2030-02-01")).sections[1].blocks


# --- the model --------------------------------------------------------------------------


def test_columns_are_paired_by_their_content_not_their_place():
    kept, gone, why, where = ["Kept", "30 days"], ["Data", "logs"], ["Why", "security"], ["Where", "Paris"]
    assert engine.match_columns([gone, kept, why, where], [gone, why, where]) == [(0, 0), (1, None), (2, 1), (3, 2)]
    assert engine.match_columns([gone, why], [gone, kept, why]) == [(0, 0), (None, 1), (1, 2)]
    # a header renamed, its cells the same; a header kept, its cells edited: each its own column still
    assert engine.match_columns([gone, kept, why], [gone, ["Retention", "30 days"], ["Why", "legal"]]) \
        == [(0, 0), (1, 1), (2, 2)]
    # two columns under an empty header: told apart by their cells, the one removed is the one that went
    assert engine.match_columns([["", "a", "b"], ["", "c", "d"], ["", "e", "f"]], [["", "a", "b"], ["", "e", "f"]]) \
        == [(0, 0), (1, None), (2, 1)]
    # as many columns on each side between kept ones: each the one in its place, edited, alike or not
    assert engine.match_columns([gone, kept], [gone, ["Country", "Ireland"]]) == [(0, 0), (1, 1)]
    # not as many: the alike ones paired, one with nothing in common removed (first) or added
    assert engine.match_columns([gone, kept], [gone, ["Country", "Ireland"], ["Retention", "30 days"]]) \
        == [(0, 0), (None, 1), (1, 2)]
    assert engine.match_columns([gone, kept, ["Country", "Ireland"]], [gone, ["Retention", "30 days"]]) \
        == [(0, 0), (1, 1), (2, None)]


def test_a_column_removed_in_the_middle_is_removed_whole_and_a_row_inserted_is_added_alone():
    """Cells were paired by their place: every cell right of the removed column read as replaced."""
    blocks = section_blocks(RETENTION, NARROWER)
    assert [b.kind for b in blocks] == ["changed", "changed", "added", "changed", "changed"]
    assert {b.table for b in blocks} == {1}
    header, logs, cookies, invoices, _ = blocks
    assert header.cells == (((EQUAL, "Data"),), ((DELETE, "Kept"),), ((EQUAL, "Why"),), ((EQUAL, "Where"),))
    assert logs.cells == (((EQUAL, "logs"),), ((DELETE, "30 days"),), ((EQUAL, "security"),),
                          ((EQUAL, "Frankfurt"),))
    assert cookies.cells == (((INSERT, "cookies"),), (), ((INSERT, "consent"),), ((INSERT, "Paris"),))
    assert invoices.ops == ((EQUAL, "invoices"), (DELETE, " | 10 years"), (EQUAL, " | law | Paris"))
    for block in blocks:  # the row's ops are its cells', and give the new row from the old one
        assert redline.apply(block.old.text if block.old else "", block.ops) == block.new.text
        assert len(block.cells) == 4


def test_an_empty_column_removed_leaves_its_rows_unchanged_and_a_row_only_moved_in_is_added():
    old = "## 1. T\n\n| A |  | B |\n|---|---|---|\n| a |  | b |\n| c |  | d |\n"
    new = "## 1. T\n\n| A | B |\n|---|---|\n| c | d |\n| a | b |\n"
    blocks = section_blocks(old, new)
    assert [b.kind for b in blocks] == ["unchanged", "added", "unchanged", "removed"]
    assert blocks[0].cells == (((EQUAL, "A"),), (), ((EQUAL, "B"),)) and blocks[0].note == "formatting"


def test_two_tables_apart_by_a_blank_line_are_two_each_diffed_against_its_own():
    """The model had no table boundary: the rows of both were one table, the second's header a row of the first."""
    old = ("## 1. T\n\n| Data | Kept |\n|---|---|\n| logs | 30 days |\n\n"
           "| Processor | Country | Role |\n|---|---|---|\n| Acme | France | hosting |\n")
    new = ("## 1. T\n\n| Data | Kept |\n|---|---|\n| logs | 60 days |\n| mail | 1 year |\n\n"
           "| Processor | Country | Role |\n|---|---|---|\n| Acme | Germany | hosting |\n")
    parsed = policy(new).sections[0].blocks
    assert [b.header for b in parsed] == [True, False, False, True, False]
    assert [len(unit) for unit in engine.units(parsed)] == [3, 2]
    blocks = section_blocks(old, new)
    assert [(b.table, b.kind) for b in blocks] == [(1, "unchanged"), (1, "changed"), (1, "added"),
                                                   (2, "unchanged"), (2, "changed")]
    assert blocks[4].cells == (((EQUAL, "Acme"),), ((DELETE, "France"), (INSERT, "Germany")), ((EQUAL, "hosting"),))
    # a table removed and another added in its place, nothing in common: two tables, not one
    replaced = section_blocks(old, old.replace("| Data | Kept |\n|---|---|\n| logs | 30 days |",
                                               "| Cookie | Purpose |\n|---|---|\n| sid | login |"))
    assert [(b.table, b.kind) for b in replaced] == [(1, "removed"), (1, "removed"), (2, "added"), (2, "added"),
                                                     (3, "unchanged"), (3, "unchanged")]


# --- its renderers ----------------------------------------------------------------------


def test_json_and_text_give_each_rows_cells_in_its_tables_columns():
    r = redline.diff(policy(RETENTION), policy(NARROWER, date="2030-02-01"))
    (section,) = redline.to_json(r)["sections"]
    assert [(b["table"], b["kind"]) for b in section["blocks"]] == [(1, "changed")] * 2 + [(1, "added")] + \
        [(1, "changed")] * 2
    assert section["blocks"][1]["cells"] == [[["equal", "logs"]], [["delete", "30 days"]], [["equal", "security"]],
                                             [["equal", "Frankfurt"]]]
    text = redline.render_text(r, color=False)
    assert "logs [-| 30 days-] | security | Frankfurt" in text and "{+cookies | consent | Paris+}" in text


def test_the_word_redline_has_a_removed_column_as_a_column_of_deleted_cells_and_two_tables_as_two():
    r = redline.diff(policy(RETENTION), policy(NARROWER, date="2030-02-01"))
    document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR)))
    (table,) = document.tables
    assert table_rows(document, accept=False) == [["Data", "Kept", "Why", "Where"],
                                                  ["logs", "30 days", "security", "Frankfurt"],
                                                  ["invoices", "10 years", "law", "Paris"],
                                                  ["tickets", "2 years", "support", "Dublin"]]
    # the column removed is cells deleted (w:cellDel): accepting every revision takes it away, no empty column left
    assert table_rows(document, accept=True) == [["Data", "Why", "Where"], ["logs", "security", "Frankfurt"],
                                                 ["cookies", "consent", "Paris"], ["invoices", "law", "Paris"],
                                                 ["tickets", "support", "Dublin"]]
    # a cell of each row, tracked (the row of cookies inserted whole has an empty one, the column's, deleted)
    deleted = list(document.element.body.iter(qn("w:cellDel")))
    assert len(deleted) == 5 and all(d.get(qn("w:author")) == AUTHOR and d.getparent().tag == qn("w:tcPr")
                                     for d in deleted)
    two = "## 1. T\n\n| A | B |\n|---|---|\n| a | b |\n\n| X |\n|---|\n| x one |\n"
    document = docx.Document(io.BytesIO(render_docx(redline.diff(policy(two), policy(two.replace("one", "two"),
                                                                                      date="2030-02-01")),
                                                    author=AUTHOR)))
    assert [len(t.rows) for t in document.tables] == [2, 2]
    assert [[row.trPr is not None and row.trPr.find(qn("w:tblHeader")) is not None for row in t._tbl.tr_lst]
            for t in document.tables] == [[True, False], [True, False]]


def test_the_pdf_prints_every_row_unchanged_or_empty_in_its_tables_columns():
    """A row with no ops (its cells empty) was left out: the next row read as the header, or a row went missing."""
    old = "## 1. T\n\n|  |  |\n|---|---|\n| logs | 30 days |\n|  |  |\n| mail | 1 year |\n\n| X |\n|---|\n| x |\n"
    new = old.replace("30 days", "60 days")
    data = redline_pdf.data(redline.diff(policy(old), policy(new, date="2030-02-01")), site=SITE, lang="en")
    tables = [b for b in data["sections"][1]["blocks"] if "rows" in b]  # type: ignore[index, union-attr]
    assert len(tables) == 2
    assert tables[0]["header"] == [[], []]
    assert tables[0]["rows"] == [[[["", "logs"]], [["delete", "30"], ["", " "], ["insert", "60"], ["", " days"]]],
                                 [[], []], [[["", "mail"]], [["", "1 year"]]]]
    assert tables[1] == {"header": [[["", "X"]]], "rows": [[[["", "x"]]]], "links": []}
    wide = redline_pdf.data(redline.diff(policy(RETENTION), policy(NARROWER, date="2030-02-01")), site=SITE,
                            lang="en")
    (table,) = [b for b in wide["sections"][1]["blocks"] if "rows" in b]  # type: ignore[index, union-attr]
    assert table["header"] == [[["", "Data"]], [["delete", "Kept"]], [["", "Why"]], [["", "Where"]]]
    assert table["rows"][0] == [[["", "logs"]], [["delete", "30 days"]], [["", "security"]], [["", "Frankfurt"]]]


def test_a_long_table_with_every_row_edited_is_paired_row_by_row_each_pair_scored_once(monkeypatch):
    """A replaced run of rows is searched for the most alike pairs as blocks are (engine._ordered), each pair scored
    once; beyond MAX_RUN_BLOCKS pairs each row is paired with the one in its place (as _pair does for blocks), not
    searched: 2,000 rows each with a cell edited scored 4 million pairs."""
    calls = []
    similar = engine._similar
    monkeypatch.setattr(engine, "_similar", lambda a, b: calls.append(1) or similar(a, b))

    def table(rows: int, year: str) -> str:
        return "## 1. T\n\n| Data | Date |\n|---|---|\n" + "".join(f"| item {k} | {year}-01-{k % 28 + 1:02d} |\n"
                                                                 for k in range(rows))
    for rows, most in ((40, 40 * 40), (60, 60)):  # 1,600 pairs searched; 3,600 over MAX_RUN_BLOCKS
        calls.clear()
        blocks = section_blocks(table(rows, "2030"), table(rows, "2031"))
        assert [b.kind for b in blocks] == ["unchanged"] + ["changed"] * rows
        assert blocks[5].cells == (((EQUAL, "item 4"),), ((DELETE, "2030-01-05"), (INSERT, "2031-01-05")))
        assert rows <= len(calls) <= most


def test_a_row_made_without_its_cells_is_diffed_by_its_texts_cells():
    """A row Block given its text only (no `cells`) had no columns: its edit was said unchanged, its words lost."""
    old, new = Block("row", 3, "Data | Kept"), Block("row", 3, "Data | Why")
    (change,) = redline.diff_blocks([old], [new])
    assert change.kind == "changed" and change.cells == (((EQUAL, "Data"),), ((DELETE, "Kept"), (INSERT, "Why")))
    assert redline.apply(old.text, change.ops) == new.text
