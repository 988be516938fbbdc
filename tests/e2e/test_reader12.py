"""Reader12, session 39: what a reader met on the side-by-side page of a site whose texts hold wide tables."""
from __future__ import annotations

from reader import resized, with_first_section_holding
from test_wide_tables import TABLE


def test_a_side_by_side_column_holding_a_wide_table_keeps_the_page_as_wide_as_the_screen(page, site):
    """A grid's `1fr` column is at least as wide as what it holds: a cookie table of long names in a column made the
    desktop page three screens wide, both columns past its edges (here a register's fourteen columns). Each column is
    half the row; the table scrolls in its own box, which the keyboard reaches."""
    url = with_first_section_holding(page, site.url("side-by-side-en"), TABLE)
    page.goto(url, wait_until="networkidle")
    resized(page, {"width": 1280, "height": 800})
    assert page.evaluate("[document.documentElement.clientWidth, document.documentElement.scrollWidth]") == [1280, 1280]
    columns = page.evaluate("""() => [...document.querySelector('.policy-sides-row').children]
        .filter(e => e.matches('.policy-sides-col')).map(e => Math.round(e.getBoundingClientRect().width))""")
    assert len(columns) == 2 and abs(columns[0] - columns[1]) <= 1, columns
    box = page.locator(".policy-sides-col .md-typeset__scrollwrap .md-typeset__table table")
    assert box.count() == 1
    assert page.evaluate("""() => { const s = document.querySelector('.policy-sides-col .md-typeset__scrollwrap');
        return s.scrollWidth > s.clientWidth && s.tabIndex === 0; }""")
