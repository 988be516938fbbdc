"""The checks every page a reader may land on must pass (tests/e2e/conftest.py: LANDING_PAGES), in both
languages, on a desktop screen after a reader used the page and on a phone as loaded: WCAG 2.1 AA (axe-core),
only our host, no cookie nor tracking storage, no console error, printable without the navigation, no
horizontal scroll on a phone.

They are one file because they share the session's open pages (`visit`, `phone_visit`): `make test` gives
each file to one worker, and a worker running several files opened every page again for each one.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from reader import resized
from wcag import axe, describe

# Material's own preferences, stored under "<base path>.<key>" (for example "/fr/.__palette"),
# and nothing else. Not allowed: "__consent" (a cookie-consent form means analytics) and
# "__source" (the repository widget, which calls a third-party API).
THEME_LOCAL = {"__palette", "__tabs", "__announce"}  # colour scheme, linked tabs, dismissed banner
THEME_SESSION: set[str] = set()  # nothing: the version check's "__outdated" trail is not kept (reader audit 13, 18)
THEME_KEY = re.compile(r"^(?P<scope>/[^.]*)\.(?P<name>__\w+)$")


def test_no_wcag_21_aa_violation(visit):
    """On the desktop page as the reader left it: scrolled, searched, language menu open."""
    results = axe(visit.page)
    assert results["passes"], "axe ran no rule"
    assert results["violations"] == [], "\n" + describe(results["violations"])


def test_phone_layout_has_no_wcag_21_aa_violation(phone_visit):
    results = axe(phone_visit.page)
    assert results["passes"], "axe ran no rule"
    assert results["violations"] == [], "\n" + describe(results["violations"])


def test_every_request_goes_to_our_host(visit):
    assert len(visit.traffic.requests) >= 5, visit.traffic.requests
    elsewhere = [url for url in visit.traffic.requests if urlsplit(url).hostname != "127.0.0.1"]
    assert elsewhere == []


def test_no_cookie_and_only_theme_preferences_in_storage(visit):
    page = visit.page
    assert visit.context.cookies() == []
    assert page.evaluate("document.cookie") == ""
    for storage, allowed in (("localStorage", THEME_LOCAL), ("sessionStorage", THEME_SESSION)):
        keys = page.evaluate(f"Object.keys({storage})")
        unexpected = [k for k in keys if not ((m := THEME_KEY.match(k)) and m["name"] in allowed)]
        assert unexpected == [], f"{storage}: {unexpected}"
    assert page.evaluate("indexedDB.databases().then(list => list.map(db => db.name))") == []
    assert page.evaluate("caches.keys()") == []
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(list => list.length)") == 0


def test_no_console_error(visit):
    assert visit.traffic.errors == []


def test_print_hides_navigation(visit):
    page = visit.page
    chrome = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer-meta",
              ".md-footer__inner", ".md-top", ".md-search", ".headerlink"]
    assert page.locator(".md-header").count() == 1 and page.locator(".md-sidebar").count() == 2
    # a version's page of ten sections and more keeps its table of contents on paper (reader23): only that
    contents = page.locator(".policy-missing").count() > 0 and page.locator(
        ".md-sidebar--secondary .md-nav--secondary > .md-nav__list > li").count() >= 10
    page.emulate_media(media="print")
    try:
        shown = page.evaluate("""selectors => selectors.filter(
            s => [...document.querySelectorAll(s)].some(e => e.checkVisibility()))""", chrome)
        assert shown == ([".md-sidebar--secondary"] if contents else [])
        listed = page.locator(".md-sidebar--secondary .md-nav__link").evaluate_all(
            "es => es.filter(e => e.checkVisibility()).map(e => e.getAttribute('href'))")
        sections = page.locator(".md-content h2[id]").evaluate_all("es => es.map(e => '#' + e.id)")
        assert set(sections) <= set(listed) if contents else listed == []
        assert page.locator(".md-content h1").is_visible()
    finally:
        page.emulate_media(media="screen")  # the page is shared with the session's other checks


def test_print_keeps_every_word_on_the_paper(visit):
    """Printed on paper narrower than the screen, nothing of the text runs past the edge: a wide table's last
    columns, a cell's long name, a code block's long line (the archived pages hold them: conftest.WIDE)."""
    if visit.landing.name.split("-")[0] not in ("policy", "archived", "changes", "side"):
        return  # the pages holding the text (the others hold lists of versions and a form)
    page, paper = visit.page, 600
    screen = page.viewport_size
    page.emulate_media(media="print")
    resized(page, {"width": paper, "height": 800})
    try:
        past = page.evaluate("""w => [...document.querySelectorAll('.md-content *')]
            .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > w + 4)
            .map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40))""", paper)
        assert past == []
    finally:
        page.emulate_media(media="screen")
        resized(page, screen)  # the page is shared with the session's other checks


def test_phone_has_no_horizontal_scroll(phone_visit):
    page = phone_visit.page
    width = page.evaluate("document.documentElement.clientWidth")
    assert width == 375
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    wider = page.evaluate("""w => [...document.querySelectorAll('.md-content *')]
        .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.md-typeset__scrollwrap'))
        .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').slice(0, 40))""", width)
    assert wider == []
