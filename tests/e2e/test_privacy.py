"""Search loads only when the reader uses it (the checks of every landing page: test_landing_pages.py)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit


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
