"""A long table with one cell edited on the compare page: its header, the changed row with a row on each side, and how
many unchanged rows are left out between, as the changes page shows it (render.shown_rows, compare.js's shownRows);
that count a visible break across the table, on screen, in forced colours and on paper."""
from __future__ import annotations

import re
import subprocess

from reader import in_each_scheme
from test_redline_tables_pages import WORDS, compared_tables
from wcag import axe, describe

from helpers import poppler

ROWS = 300
OLD = "## 1. Register\n\n| Item | Kept |\n|---|---|\n" + "".join(f"| item {k} | {k} days |\n" for k in range(ROWS))
NEW = OLD.replace("| item 150 | 150 days |", "| item 150 | 151 days |")
GAP = """() => [...document.querySelectorAll('.policy-compare-result tr.redline-gap > td')].map(td => {
    const s = getComputedStyle(td), row = getComputedStyle(td.closest('tr'));
    return {span: td.colSpan, columns: td.closest('table').querySelectorAll('thead th').length,
            top: s.borderTopStyle, bottom: s.borderBottomStyle, width: parseFloat(s.borderTopWidth),
            align: s.textAlign, color: s.color, cell: getComputedStyle(td.closest('tbody').querySelector(
            'tr:not(.redline-gap) > td')).color, shade: row.backgroundColor} })"""


def test_the_compare_page_leaves_out_a_long_tables_unchanged_rows_as_the_changes_page_does(phone_page, site, traffic,
                                                                                           tmp_path):
    page = phone_page
    shown = compared_tables(page, site, (OLD, NEW))
    assert shown == page.locator("#changes-page .redline-table table").evaluate(WORDS)
    assert shown == [["", "TH col Item", "TH col Kept"], ["redline-gap", "TD  Unchanged rows not shown: 149"],
                     ["", "TD  item 149", "TD  149 days"], ["", "TD  item 150", shown[3][2]],
                     ["", "TD  item 151", "TD  151 days"], ["redline-gap", "TD  Unchanged rows not shown: 148"]]
    assert "<del" in shown[3][2] and "<ins" in shown[3][2]
    changes = page.evaluate("() => { const d = document.getElementById('changes-page'); d.remove(); "
                            "return d.innerHTML }")
    # the gap is a break across the whole table, dashed above and below, its words muted and centred
    page.locator(".policy-compare-result tr.redline-gap").last.hover()  # Material shades a row under the pointer
    for scheme in in_each_scheme(page):
        gaps = page.evaluate(GAP)
        assert len(gaps) == 2, scheme
        for gap in gaps:
            assert gap["span"] == gap["columns"] == 2, scheme
            assert (gap["top"], gap["bottom"], gap["align"]) == ("dashed", "dashed", "center"), scheme
            assert gap["width"] >= 1 and gap["color"] != gap["cell"], (scheme, gap)
        assert gaps[-1]["shade"] == "rgba(0, 0, 0, 0)", scheme
        findings = axe(page)["violations"]
        assert findings == [], f"{scheme}:\n" + describe(findings)
    # in forced colours (Windows' high contrast) the break keeps its dashes, drawn in the system's colours
    page.emulate_media(forced_colors="active")
    assert [(gap["top"], gap["bottom"]) for gap in page.evaluate(GAP)] == [("dashed", "dashed")] * 2
    # printed, its words are on the paper, in place between the rows (pdftotext): the compare page's, then the changes
    # page's redline (redline.html) in its place
    page.emulate_media(forced_colors="none", media="print")
    for name in ("compare", "changes"):
        if name == "changes":
            page.evaluate("html => { document.querySelector('.policy-compare-result').innerHTML = html }", changes)
        pdf = tmp_path / f"{name}.pdf"
        page.pdf(path=str(pdf), format="A4")
        printed = subprocess.run([poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout
        assert re.search(r"Unchanged rows not shown: 149\s+item 149\b.*item 151\b.*Unchanged rows not shown: 148",
                         printed, re.S), (name, printed)
    page.emulate_media(media="screen")
    assert traffic.errors == []
