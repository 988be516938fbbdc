"""company18: a version saved in Unicode's decomposed form (NFD: a Vietnamese text whose ế is e + U+0302 + U+0301, as
some input methods and tools write it) was found by no word a reader types, composed (NFC), and a query typed
decomposed found nothing in a composed page: the search reads both composed. A Turkish reader's lower-case query finds
words the page writes with a dotted capital İ and in capitals."""
from __future__ import annotations

import unicodedata

from e2e.test_privacy import _served_index, searched_as
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


# A Turkish version's policy page: a heading capitalised with İ, one in capitals, a word in capitals with I.
TURKISH = ("<h1>Gizlilik</h1><h2 id='s1'>1. İletişim</h2><p>Bize e-posta ile ulaşın.</p>"
           "<h2 id='s2'>2. KİŞİSEL VERİLER</h2><p>Verileriniz güvenle saklanır.</p>"
           "<h2 id='s3'>3. Çerezler</h2><p>IŞIK uygulaması çerez kullanmaz.</p>")


def test_a_turkish_search_finds_words_written_with_a_dotted_capital_i_and_in_capitals(page, site):
    """The search lower-cases the page's words as any language's: İ as i and a combining dot, I as i; a reader
    typing "iletişim" found no heading "İletişim", "kişisel" nothing in "KİŞİSEL VERİLER", "ışık" no "IŞIK". Served as
    the Thai test serves its page (test_privacy): the French version as if it were Turkish, with Material's Turkish
    search files."""
    queries = ("iletişim", "kişisel", "ışık", "çerezler", "ulaşın")
    searched = searched_as(page, site, "tr", TURKISH, ("min/lunr.tr.min.js",), queries)
    found = {query: sections for query, (sections, _shown) in searched.items()}
    assert found == {"iletişim": ["#s1"], "kişisel": ["#s2"], "ışık": ["#s3"], "çerezler": ["#s3"],
                     "ulaşın": ["#s1"]}, found
