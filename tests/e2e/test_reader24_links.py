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


COMPARE_STATUS = ".policy-compare-status"


def _said(page, words: str) -> None:
    page.wait_for_function("([sel, words]) => document.querySelector(sel).textContent.trim().startsWith(words)",
                           arg=[COMPARE_STATUS, words])


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_compare_link_naming_latest_or_no_version_s_date_is_answered(opened, site, lang):
    """`compare/#2019-03-04..latest` (the version in force by the name the site's own addresses give it), written by
    hand or copied from a mail, was read as no pair: the page said nothing and showed the two newest versions,
    uncompared; so did a day mistyped (`2019-3-4`) or a word. `latest` is the version in force, on either side (in
    either order, the older first in the address); any other side is said to be no version's date, echoed only where
    it could be a mistyped date."""
    from policysite.strings import strings

    said = strings(lang)
    done, unknown = said["compare_done"].split("{")[0], said["compare_unknown"]
    oldest, latest = site.versions[0], site.latest
    page = opened(site.url(f"compare-{lang}", f"{oldest}..latest"))
    _said(page, done)
    assert page.url.endswith(f"#{oldest}..{latest}")
    assert [page.locator(f".policy-compare select >> nth={n}").input_value() for n in (0, 1)] == [oldest, latest]
    for asked, echoed in ((f"2019-3-4..{latest}", "2019-3-4"), ("privacy..policy", "…"), (f"LATEST..{oldest}", None)):
        page.evaluate("h => { location.hash = h; }", asked)
        if echoed is None:  # in either order
            page.wait_for_url(f"**#{oldest}..{latest}")
            _said(page, done)
        else:
            _said(page, unknown.split("{")[0])
            assert page.locator(COMPARE_STATUS).inner_text().strip() == unknown.format(date=echoed)
