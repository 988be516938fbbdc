"""A list made a table marks the words changed inside each cell (redline23, redline21's leftover): its rows were
inserted whole, every word marked, "13 months" become "12 months" on the way left for the reader to find among them.
Each row is paired with the item whose words it holds (engine.made_tables, _rows_from_items), its cells marked against
that item's words (BlockChange.moved_cells, shown_cells), as a row moved and edited shows them: the words kept
unmarked, those edited on the way marked, in the text, Markdown, HTML and PDF redlines and on the compare page alike.
Word still inserts the rows and deletes the items (a revision cannot turn a list into a table)."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from integration.test_redline_parity import engine_blocks
from policysite import redline
from policysite.redline import pdf as redline_pdf
from unit.test_redline import policy

LISTS = {
    "en": ("## 1. Kept\n\nWe keep:\n\n- Logs: one year\n- Invoices: ten years\n- Cookies: 13 months\n\n"
           "## 2. End\n\nThank you.\n",
           "## 1. Kept\n\nWe keep:\n\n| Data | Kept |\n|---|---|\n| Logs | one year |\n| Invoices | ten years |\n"
           "| Cookies | 12 months |\n\n## 2. End\n\nThank you.\n", ("13", "12")),
    "fr": ("## 1. Conservation\n\nNous conservons :\n\n- Journaux — un an\n- Factures — dix ans\n"
           "- Témoins de connexion — 13 mois\n\n## 2. Fin\n\nMerci.\n",
           "## 1. Conservation\n\nNous conservons :\n\n| Donnée | Durée |\n|---|---|\n| Journaux | un an |\n"
           "| Factures | dix ans au plus |\n| Témoins de connexion | 13 mois |\n\n## 2. Fin\n\nMerci.\n",
           ("", "au plus")),
}


def _diff(lang: str) -> redline.Redline:
    old, new, _ = LISTS[lang]
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


def _rows(r: redline.Redline) -> list[redline.BlockChange]:
    return [b for s in r.sections for b in s.blocks if b.table and not (b.new and b.new.header)]


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_each_row_marks_only_the_words_changed_from_its_item(lang):
    r = _diff(lang)
    assert [b for s in r.sections for b in s.blocks if b.from_list]
    _, inserted = LISTS[lang][2]
    marked = [(k, op) for row in _rows(r) for k, cell in enumerate(row.shown_cells) for op in cell if op[0] != "equal"]
    assert [(k, op[0], op[1].strip()) for k, op in marked] == [(1, "insert", inserted)]
    for row in _rows(r):  # its cells' words are the row's, as the page shows it
        assert tuple("".join(text for _, text in cell) for cell in row.shown_cells) == row.new.cells
        assert row.kind == "added" and row.ops == (("insert", row.new.text),)  # (Word: a row inserted)


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_every_format_marks_them_inside_the_cells(lang):
    r = _diff(lang)
    _, inserted = LISTS[lang][2]
    text = redline.render_text(r, color=False)
    assert f"{{+{inserted}+}}" in text and not [line for line in text.splitlines() if " | " in line
                                                and line.strip().startswith("{+") and "Data" not in line
                                                and "Donnée" not in line]
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    cells = [cell for cell in html.split("<td>")[1:]]
    assert sum("redline-ins" in cell for cell in cells) == 1
    assert "</span>" + inserted + "</ins>" in html.replace("\n", "")
    blocks = [b for s in redline_pdf.data(r, site="Acme", lang=lang)["sections"] for b in s["blocks"] if "rows" in b]
    marks = [op for row in blocks[0]["rows"] for cell in row for op in cell if op[0] != ""]
    assert [(op[0], op[1].strip()) for op in marks] == [("insert", inserted)]


def test_the_compare_page_marks_them_alike():
    for lang in sorted(LISTS):
        old, new, _ = LISTS[lang]
        got = engine_blocks(old, new, keep="x.table", show="engine.shownCells(x)")
        r = redline.diff(policy(old), policy(new, date="2030-02-01"))
        assert got == [[[[list(op) for op in cell] for cell in b.shown_cells] for b in s.blocks if b.table]
                       for s in r.sections], lang


def test_a_table_made_a_list_marks_the_words_changed_inside_each_item():
    """And back (redline22's table made a list): each item marked against the row it was made of, "ten" become
    "eleven" marked alone among the row's words (the mark joining its cells, `:`, kept: redline24), in every format
    and on the compare page."""
    old, new, _ = LISTS["en"]
    table, listed = new.replace("12 months", "13 months"), old.replace("ten years", "eleven years")
    r = redline.diff(policy(table), policy(listed, date="2030-02-01"))
    items = [b for s in r.sections for b in s.blocks if b.kind == "added" and b.block_kind == "item"]
    assert len(items) == 3 and items[-1].from_table and all(b.remade for b in items)
    for item in items:  # its words as the page shows them, none deleted there (struck in the row removed)
        assert "".join(text for _, text in item.shown_ops) == item.new.text
        assert not [op for op in item.shown_ops if op[0] == "delete"]
    assert [text.strip() for b in items for tag, text in b.shown_ops if tag == "insert"] == ["eleven"]
    text = redline.render_text(r, color=False)
    assert "- Invoices: {+eleven+} years" in text and "{+Invoices" not in text and "{+:" not in text
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    assert "</span>eleven</ins> years" in html
    assert [op for op in redline.to_json(r)["sections"][0]["blocks"][-1]["moved_ops"] if op[0] == "equal"]
    got = engine_blocks(table, listed, keep="x.kind === 'added'", show="engine.shownOps(x)")
    assert got == [[[list(op) for op in b.shown_ops] for b in s.blocks if b.kind == "added"] for s in r.sections]
