"""The site keeps its promise in a real browser: only our host, no cookie, no tracking storage."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# Material's own preferences, stored under "<base path>.<key>" (for example "/fr/.__palette"),
# and nothing else. Not allowed: "__consent" (a cookie-consent form means analytics) and
# "__source" (the repository widget, which calls a third-party API).
THEME_LOCAL = {"__palette", "__tabs", "__announce"}  # colour scheme, linked tabs, dismissed banner
THEME_SESSION = {"__outdated"}                        # the version selector's "is this the latest" check
THEME_KEY = re.compile(r"^(?P<scope>/[^.]*)\.(?P<name>__\w+)$")


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


def test_search_loads_only_when_the_reader_uses_it(page, traffic, site):
    """The index, worker and stemmers (28 KiB of 106) wait for the search box: overrides/main.html."""
    page.goto(site.policy_url("fr"), wait_until="networkidle")
    searching = re.compile(r"/search/search_index\.json$|/workers/search\.|/lunr/")
    assert [url for url in traffic.requests if searching.search(url)] == []
    page.keyboard.press("/")  # Material's shortcut focuses the search box
    page.keyboard.type("cookies")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert "cookie" in results.first.inner_text().lower()
    loaded = " ".join(urlsplit(url).path for url in traffic.requests if searching.search(url))
    here = urlsplit(site.policy_url("fr")).path  # /fr/latest/: each version has its own index
    assert here + "search/search_index.json" in loaded
    # The worker and the stemmers are theme files, shared by every version: /assets/<digest>/.
    for wanted in ("javascripts/workers/search.", "javascripts/lunr/min/lunr.fr.min.js"):
        assert re.search(r"(^| )/assets/[0-9a-f]{16}/" + re.escape(wanted), loaded), loaded
    assert traffic.errors == []
