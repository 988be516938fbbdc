"""Reader24, session 53: links that survive, the page's top (`#top`) included."""
from __future__ import annotations

import pytest
from reader import settled

STATUS = ".policy-at-status"


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_at_page_s_top_is_no_date_mistyped(opened, site, lang):
    """`#top` is the page's top as every browser reads it (a "back to top" link, anchors.TOP): on the page of the
    version in force on a date, it said "“…” is not a date (YYYY-MM-DD)", a mistake the reader never made. It says
    nothing, the form empty, as the page's address without a day; a day asked then is still answered."""
    for top in ("top", "TOP"):
        page = opened(site.url(f"at-{lang}", top))
        settled(page)
        assert page.locator(STATUS).inner_text().strip() == "", top
        assert page.locator(".policy-at-form input").input_value() == ""
        assert page.evaluate("scrollY") == 0
    page.evaluate("d => { location.hash = d; }", site.archived[0])
    page.wait_for_url(f"**/{lang}/{site.archived[0]}/")
