"""company18: a version saved in Unicode's decomposed form (NFD: a Vietnamese text whose ế is e + U+0302 + U+0301, as
some input methods and tools write it) was found by no word a reader types, composed (NFC), and a query typed
decomposed found nothing in a composed page: the search reads both composed."""
from __future__ import annotations

import unicodedata

from e2e.test_privacy import _served_index
from reader import go

HEADING, PARAGRAPH = "1. Quyền của bạn", "Bạn có quyền truy cập và xóa dữ liệu cá nhân của mình."


def test_a_decomposed_page_is_indexed_composed_and_a_decomposed_query_is_read_composed(page, site):
    decomposed = unicodedata.normalize("NFD", PARAGRAPH)
    assert decomposed != PARAGRAPH
    go(page, site.version_url("fr", site.archived[-1]))
    page.keyboard.press("/")  # the search's scripts (search-index.js) come with the search
    page.keyboard.type("numéro")
    page.locator(".md-search-result__item").first.wait_for()
    index = _served_index(page, site, "vi", r"[\s\-]+", "stopWordFilter", unicodedata.normalize("NFD", HEADING),
                          decomposed)
    entry = next(doc for doc in index["docs"] if doc["location"] == "#s1")
    assert entry["title"] == HEADING and entry["text"] == f"<p>{PARAGRAPH}</p>"
    assert page.evaluate("q => policySearchQuery(q)", unicodedata.normalize("NFD", "dữ liệu")) == "dữ liệu"
