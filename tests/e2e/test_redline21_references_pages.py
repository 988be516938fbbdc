"""The compare page says sections whose only edits are references renumbered as the changes page does (redline21):
"renumbered, references updated to the new numbers", each in the body, and a run of them once in the summary."""
from __future__ import annotations

from e2e.test_redline_tables_pages import _changes_html, compare

from unit.test_redline21_references import _text

SUMMARY = "r => [...r.querySelectorAll('.redline-summary li')].map(li => li.innerText.replace(/\\s+/g, ' ').trim())"
HEADINGS = "r => [...r.querySelectorAll('section h2')].map(h => h.innerText.replace(/\\s+/g, ' ').trim())"


def test_the_compare_page_says_references_renumbered_as_the_changes_page_does(page, site, traffic):
    texts = (_text(0), _text(1))
    old, new = compare(page, site, texts)
    result = page.locator(".policy-compare-result")
    result.locator(".redline-summary").wait_for()
    summary, headings = result.evaluate(SUMMARY), result.evaluate(HEADINGS)
    assert len(summary) == 2 and summary[1].startswith("§1–§5 → §2–§6 (5 renumbered, references updated to the new")
    assert sum("(renumbered, references updated to the new numbers)" in h for h in headings) == 5
    page.evaluate("html => { const d = document.createElement('div'); d.id = 'changes-page'; d.innerHTML = html; "
                  "document.body.appendChild(d); }", _changes_html(old, new, texts))
    changes = page.locator("#changes-page .redline")
    assert [line.split(":")[0] for line in changes.evaluate(SUMMARY)] == [line.split(":")[0] for line in summary]
    assert changes.evaluate(HEADINGS) == headings
    assert traffic.errors == []
