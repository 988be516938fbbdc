"""The compare page says a block moved as the changes page does: where it went and came from, its words as they
arrive marked against those it left with (hunt 8)."""
from __future__ import annotations

from e2e.test_redline_tables_pages import _changes_html, compare

from unit.test_redline8 import MOVED, MOVES

BLOCKS = """r => [...r.querySelectorAll('.redline-block')].map(b => [b.className.replace(/\\s+/g, ' ').trim(),
    b.innerText.replace(/\\s+/g, ' ').trim()])"""


def test_the_compare_page_says_where_a_block_moved_as_the_changes_page_does(page, site, traffic):
    texts = (MOVES, MOVED["a paragraph to another section, edited"])
    old, new = compare(page, site, texts)
    result = page.locator(".policy-compare-result")
    result.locator(".redline-moved").first.wait_for()
    shown = result.evaluate(BLOCKS)
    page.evaluate("html => { const d = document.createElement('div'); d.id = 'changes-page'; d.hidden = false; "
                  "d.innerHTML = html; document.body.appendChild(d); }", _changes_html(old, new, texts))
    assert shown == page.locator("#changes-page .redline").evaluate(BLOCKS)
    assert [words for kind, words in shown if "redline-block-moved" in kind] == [
        "deleted: We keep invoices for ten years as the commercial code requires of every company. Moved to §2 "
        "Retention.",
        "We keep invoices for deleted: ten inserted: eleven years as the commercial code requires of every company. "
        "Moved here from §1 Collection."]
    assert traffic.errors == []
