"""The compare page says a block moved as the changes page does: where it went and came from, its words as they
arrive marked against those it left with (hunt 8)."""
from __future__ import annotations

from e2e.test_redline_tables_pages import _changes_html, compare

from unit.test_redline8 import MOVED, MOVES

BLOCKS = """r => [...r.querySelectorAll('.redline-block')].map(b => [b.className.replace(/\\s+/g, ' ').trim(),
    b.innerText.replace(/\\s+/g, ' ').trim()])"""


def shown_both(page, site, texts: tuple[str, str]):
    """The compare page's result for `texts` once it says a move, its blocks (class, words), and the blocks of the
    changes page the build writes for the same texts, laid into the same page."""
    old, new = compare(page, site, texts)
    result = page.locator(".policy-compare-result")
    result.locator(".redline-moved").first.wait_for()
    shown = result.evaluate(BLOCKS)
    page.evaluate("html => { const d = document.createElement('div'); d.id = 'changes-page'; d.hidden = false; "
                  "d.innerHTML = html; document.body.appendChild(d); }", _changes_html(old, new, texts))
    return result, shown, page.locator("#changes-page .redline").evaluate(BLOCKS)


def test_the_compare_page_says_where_a_block_moved_as_the_changes_page_does(page, site, traffic):
    _result, shown, changes = shown_both(page, site, (MOVES, MOVED["a paragraph to another section, edited"]))
    assert shown == changes
    assert [words for kind, words in shown if "redline-block-moved" in kind] == [
        "deleted: We keep invoices for ten years as the commercial code requires of every company. Moved to §2 "
        "Retention.",
        # (the word deleted on the way struck where it was, as Word's move deletes it: redline21)
        "We keep invoices for inserted: eleven years as the commercial code requires of every company. "
        "Moved here from §1 Collection."]
    assert traffic.errors == []


SECTIONS_SAID = """r => [...r.querySelectorAll('section')].map(s => [s.className, s.querySelector('h2').innerText.trim(),
    [...s.querySelectorAll('.policy-alias')].length])"""


def test_the_compare_page_says_a_run_of_renumbered_sections_once_as_the_changes_page_does(page, site, traffic):
    from unit.test_redline8 import INSERTED, SECTIONS

    old, new = compare(page, site, (SECTIONS, INSERTED))
    result = page.locator(".policy-compare-result")
    result.locator("section.redline-renumbered").wait_for()
    shown = result.evaluate(SECTIONS_SAID)
    assert shown == [["redline-section redline-added", "§3 New topic (added)", 0],
                     ["redline-section redline-renumbered", "§3–§22 → §4–§23 (20 renumbered, text unchanged)", 19]]
    assert result.locator(".redline-summary li").all_inner_texts()[1] == \
        "§3–§22 → §4–§23 (20 renumbered, text unchanged)"
    # the alias of §7 (its id on the compare page) lands on the run
    assert result.locator("#compare-s7").evaluate("a => a.closest('section').id") == "compare-s4"
    changes = _changes_html(old, new, (SECTIONS, INSERTED))
    page.evaluate("html => { const d = document.createElement('div'); d.id = 'changes-page'; d.innerHTML = html; "
                  "document.body.appendChild(d); }", changes)
    assert page.locator("#changes-page .redline").evaluate(SECTIONS_SAID) == shown
    assert traffic.errors == []
