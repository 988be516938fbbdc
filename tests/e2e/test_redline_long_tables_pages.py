"""A long table with one cell edited on the compare page: its header, the changed row with a row on each side, and how
many unchanged rows are left out between, as the changes page shows it (render.shown_rows, compare.js's shownRows)."""
from __future__ import annotations

from test_redline_tables_pages import WORDS, compared_tables
from wcag import axe, describe

ROWS = 300
OLD = "## 1. Register\n\n| Item | Kept |\n|---|---|\n" + "".join(f"| item {k} | {k} days |\n" for k in range(ROWS))
NEW = OLD.replace("| item 150 | 150 days |", "| item 150 | 151 days |")


def test_the_compare_page_leaves_out_a_long_tables_unchanged_rows_as_the_changes_page_does(phone_page, site, traffic):
    page = phone_page
    shown = compared_tables(page, site, (OLD, NEW))
    assert shown == page.locator("#changes-page .redline-table table").evaluate(WORDS)
    assert shown == [["", "TH col Item", "TH col Kept"], ["redline-gap", "TD  Unchanged rows not shown: 149"],
                     ["", "TD  item 149", "TD  149 days"], ["", "TD  item 150", shown[3][2]],
                     ["", "TD  item 151", "TD  151 days"], ["redline-gap", "TD  Unchanged rows not shown: 148"]]
    assert "<del" in shown[3][2] and "<ins" in shown[3][2]
    page.evaluate("() => document.getElementById('changes-page').remove()")
    findings = axe(page)["violations"]
    assert findings == [], describe(findings)
    assert traffic.errors == []
