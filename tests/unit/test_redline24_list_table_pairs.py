"""A list made a table with a few words edited on the way is still that list (redline24, redline23's leftover): its
items and the table's rows were scored at once (MOVED_CUTOFF), so three short items with two of their nine words
edited (7 kept: 0.78) were a list deleted and a table inserted, every word of every row marked. Each row is now paired
with the item whose words it holds, the most alike (engine._listed, _made_of), and it is that list where most of the
items and most of the rows pair: the cells mark the edited words alone. And back, an item made from a row keeps the
mark it writes between the row's cells (`Invoices: eleven years` of `Invoices | ten years`) unmarked, `eleven` alone
marked; in the text and HTML redlines and on the compare page (redline.js) alike."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from integration.test_redline_parity import engine_blocks
from policysite import redline
from policysite.redline.engine import item_from
from unit.test_redline import policy

# (the list, the table: two of the list's nine words edited on the way, and the words each side marks)
LISTS = {
    "en": ("We keep:\n\n- Logs: one year\n- Invoices: ten years\n- Cookies: 13 months\n",
           "We keep:\n\n| Data | Kept |\n|---|---|\n| Logs | one year |\n| Invoices | eleven years |\n"
           "| Cookies | 12 months |\n", ["eleven", "12"], ["ten", "13"]),
    "fr": ("Nous conservons :\n\n- Journaux — douze mois\n- Factures — dix ans\n- Témoins — 13 mois\n",
           "Nous conservons :\n\n| Donnée | Durée |\n|---|---|\n| Journaux | treize mois |\n| Factures | dix ans |\n"
           "| Témoins | 12 mois |\n", ["treize", "12"], ["douze", "13"]),
}


def _page(body: str) -> str:
    return f"## 1. Kept\n\n{body}\n## 2. End\n\nThank you.\n"


def _diff(old: str, new: str, lang: str) -> redline.Redline:
    return redline.diff(policy(_page(old), lang=lang), policy(_page(new), date="2030-02-01", lang=lang))


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_list_made_a_table_with_words_edited_marks_them_alone_in_its_cells(lang):
    listed, table, inserted, _ = LISTS[lang]
    r = _diff(listed, table, lang)
    blocks = [b for s in r.sections for b in s.blocks]
    assert [b for b in blocks if b.from_list]
    rows = [b for b in blocks if b.table and not (b.new and b.new.header)]
    assert len(rows) == 3
    marked = [op[1].strip() for row in rows for cell in row.shown_cells for op in cell if op[0] != "equal"]
    assert marked == inserted
    text = redline.render_text(r, color=False, lang=lang)
    assert all(f"{{+{word}+}}" in text for word in inserted)
    assert not [line for line in text.splitlines() if " | " in line and line.strip().startswith("{+")
                and "Data" not in line and "Donnée" not in line]
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    assert sum("redline-ins" in cell for cell in html.split("<td>")[1:]) == len(inserted)


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_table_made_a_list_marks_the_edited_words_alone_not_the_mark_between_its_cells(lang):
    listed, table, _, inserted = LISTS[lang]
    r = _diff(table, listed, lang)
    items = [b for s in r.sections for b in s.blocks if b.kind == "added" and b.block_kind == "item"]
    assert len(items) == 3 and items[-1].from_table
    for item in items:
        assert "".join(text for _, text in item.shown_ops) == item.new.text
    assert [text.strip() for b in items for tag, text in b.shown_ops if tag == "insert"] == inserted
    text = redline.render_text(r, color=False, lang=lang)
    assert ("- Invoices: {+ten+} years" if lang == "en" else "- Journaux — {+douze+} mois") in text


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_the_compare_page_pairs_and_marks_them_alike(lang):
    listed, table, _, _ = LISTS[lang]
    for old, new, keep, show, of in (
            (listed, table, "x.table", "engine.shownCells(x)",
             lambda b: [[list(op) for op in cell] for cell in b.shown_cells] if b.table else None),
            (table, listed, "x.kind === 'added'", "engine.shownOps(x)",
             lambda b: [list(op) for op in b.shown_ops] if b.kind == "added" else None)):
        got = engine_blocks(_page(old), _page(new), keep=keep, show=show)
        r = _diff(old, new, lang)
        assert got == [[of(b) for b in s.blocks if of(b) is not None] for s in r.sections]


@pytest.mark.parametrize("cells, text, ops", [
    (("Logs", "one year"), "Logs: one year", (("equal", "Logs: one year"),)),
    (("Logs", "one year"), "Logs: two years", (("equal", "Logs: "), ("delete", "one year"), ("insert", "two years"))),
    (("Logs", "one year"), "Logs, one year", (("equal", "Logs, one year"),)),
    # a mark written inside a cell's words is an edit, marked
    (("Logs", "one year"), "Logs one, year", (("equal", "Logs one"), ("insert", ", "), ("equal", "year"))),
])
def test_an_item_keeps_the_mark_written_between_its_row_s_cells(cells, text, ops):
    assert item_from(cells, text) == ops
