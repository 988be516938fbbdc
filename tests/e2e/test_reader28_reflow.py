"""Reader28, session 56: a table added whole to a policy, on the changes page read on a phone. Each of its cells says
"inserted:" to a screen reader in words taken out of the flow (.redline-sr): placed by the page rather than by their
cell, those of the columns past the table's scrolling box made the whole page scroll sideways (WCAG 1.4.10)."""
from __future__ import annotations

import pytest
from reader import go
from test_redline_tables_pages import HEADERS, OLD, _changes_html

# the version before has the section without its table
BEFORE = "## 1. Register\n\nThe register of processing.\n"


@pytest.mark.parametrize("texts", [(BEFORE, OLD), (OLD, BEFORE)], ids=["added", "removed"])
def test_a_table_added_or_removed_whole_scrolls_in_its_box_not_the_page(phone_page, site, traffic, texts):
    page = phone_page
    url = site.url("changes-en")

    def served(route, _request):
        response = route.fetch()
        body = response.text()
        start = body.index('<div class="redline"')
        end = body.index("</section>\n</div>", start) + len("</section>\n</div>")
        route.fulfill(response=response, body=body[:start] + _changes_html(*site.archived[:2], texts) + body[end:])

    page.route(url, served)
    go(page, url)
    box = page.locator(".redline-table .md-typeset__scrollwrap")
    box.wait_for()
    assert box.locator("th").count() == len(HEADERS)
    assert box.locator(".redline-sr").count() >= len(HEADERS)  # each cell says what became of it
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the table fits: nothing to check"
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], width
    assert traffic.errors == []
