"""Reader12, session 39: what a reader met on a site in French, Arabic and Hungarian (a language the site had no words
for: Latvian stands for one since company20 gave Hungarian the site's words) whose texts hold wide tables."""
from __future__ import annotations

import re

from playwright.sync_api import expect
from reader import go, resized, with_first_section_holding
from test_wide_tables import TABLE


def test_a_side_by_side_column_holding_a_wide_table_keeps_the_page_as_wide_as_the_screen(page, site):
    """A grid's `1fr` column is at least as wide as what it holds: a cookie table of long names in a column made the
    desktop page three screens wide, both columns past its edges (here a register's fourteen columns). Each column is
    half the row; the table scrolls in its own box, which the keyboard reaches."""
    url = with_first_section_holding(page, site.url("side-by-side-en"), TABLE)
    go(page, url)
    resized(page, {"width": 1280, "height": 800})
    assert page.evaluate("[document.documentElement.clientWidth, document.documentElement.scrollWidth]") == [1280, 1280]
    columns = page.evaluate("""() => [...document.querySelector('.policy-sides-row').children]
        .filter(e => e.matches('.policy-sides-col')).map(e => Math.round(e.getBoundingClientRect().width))""")
    assert len(columns) == 2 and abs(columns[0] - columns[1]) <= 1, columns
    box = page.locator(".policy-sides-col .md-typeset__scrollwrap .md-typeset__table table")
    assert box.count() == 1
    assert page.evaluate("""() => { const s = document.querySelector('.policy-sides-col .md-typeset__scrollwrap');
        return s.scrollWidth > s.clientWidth && s.tabIndex === 0; }""")


def test_the_at_page_marks_the_dates_it_names_in_a_language_the_site_has_no_words_for(page, site):
    """A Hungarian at page (the site has no words in Hungarian: its own are English, marked so) said "No version was
    in force on 2000. január 1.: …" with the Hungarian date inside the English words' mark: a screen reader read it
    in English (WCAG 3.1.2). Each date it names is marked as the page's language, as the site's pages mark theirs.
    (The English page served as a Latvian one is, a language the site has no words for: the page's language lv, the
    site's words marked English.)"""
    def as_latvian(route):
        body = route.fetch().text().replace('<html lang="en"', '<html lang="lv"', 1)
        body = body.replace('<div class="policy-at"', '<div class="policy-at" lang="en" dir="ltr"', 1)
        route.fulfill(body=body, content_type="text/html; charset=utf-8")

    page.route(site.url("at-en"), as_latvian)
    go(page, site.url("at-en", "2000-01-01"))
    status = page.locator(".policy-at-status")
    expect(status).to_contain_text("No version was in force on 2000. gada 1. janvāris")
    dates = status.locator('span[lang="lv"][dir="auto"]')
    expect(dates).to_have_count(2)
    expect(dates.first).to_have_text("2000. gada 1. janvāris")
    assert status.evaluate("s => s.closest('[lang]').lang") == "en"
    go(page, site.url("at-fr", "2000-01-01"))  # the site's words in the page's language
    expect(page.locator(".policy-at-status")).to_have_text(re.compile("^Aucune version n’était en vigueur le 1er janvier 2000"))
    assert page.locator(".policy-at-status span").count() == 0
