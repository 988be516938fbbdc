"""company18: a version saved in Unicode's decomposed form (NFD: a Vietnamese text whose ế is e + U+0302 + U+0301, as
some input methods and tools write it) was found by no word a reader types, composed (NFC), and a query typed
decomposed found nothing in a composed page: the search reads both composed. A Turkish reader's lower-case query finds
words the page writes with a dotted capital İ and in capitals."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import material as material_package
from e2e.test_privacy import _served_index
from playwright.sync_api import expect
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
    material = Path(material_package.__file__).parent / "templates" / "assets" / "javascripts" / "lunr"
    html = (site.root / "fr" / "latest" / "index.html").read_text(encoding="utf-8").replace('<html lang="fr"',
                                                                                          '<html lang="tr"', 1)
    article = re.search(r"<article[^>]*>(.*?)</article>", html, re.S)
    html = html[:article.start(1)] + TURKISH + html[article.end(1):]
    index = json.loads((site.root / "fr" / "latest" / "search" / "search_index.json").read_text(encoding="utf-8"))
    index["config"]["lang"] = ["tr"]
    page.route("**/fr/latest/", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    page.route("**/fr/latest/search/search_index.json",
               lambda route: route.fulfill(body=json.dumps(index), content_type="application/json"))
    page.route("**/javascripts/lunr/min/lunr.tr.min.js",
               lambda route: route.fulfill(body=(material / "min" / "lunr.tr.min.js").read_bytes(),
                                           content_type="text/javascript"))
    found = {}
    go(page, site.policy_url("fr"))
    page.keyboard.press("/")
    meta = page.locator(".md-search-result__meta")
    for query in ("iletişim", "kişisel", "ışık", "çerezler", "ulaşın"):
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        expect(page.locator(".md-search__input")).to_have_value("")
        expect(meta).not_to_have_text(re.compile("trouvé"))
        page.keyboard.type(query)
        page.keyboard.press("End")
        expect(meta).to_have_text(re.compile("trouvé"))
        found[query] = [href.rsplit("/", 1)[-1] for href in page.locator(".md-search-result__list a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))") if "#" in href]
    assert found == {"iletişim": ["#s1"], "kişisel": ["#s2"], "ışık": ["#s3"], "çerezler": ["#s3"],
                     "ulaşın": ["#s1"]}, found
