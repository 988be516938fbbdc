"""Search loads only when the reader uses it (the checks of every landing page: test_landing_pages.py)."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import material as material_package
from playwright.sync_api import expect
from reader import go

from policysite import servedpages
from policysite.strings import long_date


def test_search_loads_only_when_the_reader_uses_it(page, traffic, site):
    """The index, worker and stemmers (28 KiB of 106) wait for the search box: overrides/main.html."""
    go(page, site.policy_url("fr"))
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


def test_search_reads_a_version_s_entries_from_its_own_page(page, site):
    """A version's index holds the search's configuration only; on-demand.js reads its entries from the page:
    its sections (the policy, not its changes page), without the list of versions or the permalinks."""
    archived = site.archived[-1]
    go(page, site.version_url("fr", archived))
    assert page.evaluate("typeof policySearchIndex") == "undefined"  # search-index.js comes with the search
    page.keyboard.press("/")
    page.keyboard.type("numéro")
    page.locator(".md-search-result__item").first.wait_for()
    index = page.evaluate("u => policySearchIndex(u)", site.version_url("fr", archived) + "search/search_index.json")
    assert index["config"]["lang"] == ["fr"]
    locations = [doc["location"] for doc in index["docs"]]
    headings = page.evaluate("[...document.querySelectorAll('article :is(h2, h3, h4, h5, h6)[id]')].map(h => h.id)")
    assert locations[0] == "" and locations[1:] == ["#" + anchor for anchor in headings]
    assert len(locations) > 3 and not any(loc.startswith("changes/") for loc in locations)
    section_one = next(doc for doc in index["docs"] if doc["location"] == "#s1")
    assert section_one["title"].startswith("1.") and "¶" not in section_one["title"]
    assert f"Version du {long_date(dt.date.fromisoformat(archived), 'fr')}." in section_one["text"]
    listed = page.locator("#s1 ~ .policy-version ul[data-search-exclude]").inner_text()
    assert listed and listed not in section_one["text"]  # the list of versions is not indexed
    assert "<script" not in "".join(doc["text"] for doc in index["docs"])
    assert "\u200b" not in "".join(doc["text"] for doc in index["docs"])
    # Reader hunt 37: the search parts words at spaces and punctuation, which Chinese has not between words: no word
    # inside a sentence was found (法律 in 我们依照适用法律谨慎处理). A Chinese version's index (served here beside the
    # site) parts them, as Material's plugin does with jieba; the French one above is read as it is.
    index = _served_index(page, site, "zh", r"[\s\u200b]+", "stemmer", "1. 目的", "我们依照适用法律谨慎处理您的个人信息。")
    text = next(doc["text"] for doc in index["docs"] if doc["location"] == "#s1")
    assert "\u200b法律\u200b" in text and text.replace("\u200b", "") == "<p>我们依照适用法律谨慎处理您的个人信息。</p>"
    # Thai, too, writes no space between words, and Material's search has no word breaker for it: a Thai word inside
    # a sentence was never found. Its words are parted the same way, and its separator (the theme's default, for a
    # language it has none for) is told the zero-width space parts them.
    index = _served_index(page, site, "th", r"[\s\-]+", "stopWordFilter", "1. ข้อมูล",
                          "เราประมวลผลข้อมูลตามกฎหมายที่ใช้บังคับ")
    text = next(doc["text"] for doc in index["docs"] if doc["location"] == "#s1")
    assert "\u200bกฎหมาย\u200b" in text and text.replace("\u200b", "") == "<p>เราประมวลผลข้อมูลตามกฎหมายที่ใช้บังคับ</p>"
    assert index["config"]["separator"] == "[\\u200b\\s\\-]+", index["config"]


# A Thai version's policy page: two sections whose words the browser parts as ข้อมูล|ส่วน|บุคคล, คุกกี้.
THAI = ("<h1>นโยบาย</h1><h2 id='s1'>1. ข้อมูล</h2><p>เราประมวลผลข้อมูลส่วนบุคคลตามกฎหมายที่ใช้บังคับ</p>"
        "<h2 id='s2'>2. คุกกี้</h2><p>เว็บไซต์นี้ไม่ใช้คุกกี้</p>")


def test_a_thai_search_finds_words_typed_together_as_thai_writes_them(page, site):
    """Reader hunt 45: Thai writes no space between words, so a reader types two of them together (ข้อมูลส่วนบุคคล,
    "personal data"); the index parts the page's words (reader hunt 37) but the query stayed one word it does not
    hold, and found nothing. The query is now parted as the page is. The version is the French one served as if it
    were Thai (its page's text, its index's configuration, and the Thai search files Material ships with a Thai site)."""
    queries = ("ข้อมูลส่วนบุคคล", "ส่วนบุคคล", "ไม่ใช้คุกกี้", "คุกกี้", "ภาษีอากร")  # the last: no word of the page
    searched = searched_as(page, site, "th", THAI, ("min/lunr.th.min.js", "wordcut.js"), queries)
    found = {query: sections for query, (sections, _shown) in searched.items()}
    for sections, shown in searched.values():
        # Reader hunt 46: the snippets quoted the index's entries with the zero-width spaces that part its words
        # (invisible, but copied with a snippet and read as breaks)
        assert "\u200b" not in shown and (not sections or "<mark>" in shown), shown
    assert found == {"ข้อมูลส่วนบุคคล": ["#s1"], "ส่วนบุคคล": ["#s1"], "ไม่ใช้คุกกี้": ["#s2", "#s1"], "คุกกี้": ["#s2"],
                     "ภาษีอากร": []}, found  # ใช้ of ไม่ใช้คุกกี้ is in §1 too (ใช้บังคับ)


def searched_as(page, site, lang: str, article_html: str, files: tuple[str, ...],
                queries: tuple[str, ...]) -> dict[str, tuple[list[str], str]]:
    """Each query's sections found (the best first, after the page itself, which heads the list of its sections) and
    the results' HTML, on the French version served as if it were in `lang`: its article's HTML, its index's
    configuration in `lang`, and the search files Material ships with a site in `lang` (`files`, under lunr/)."""
    material = Path(material_package.__file__).parent / "templates" / "assets" / "javascripts" / "lunr"
    html = (site.root / "fr" / "latest" / "index.html").read_text(encoding="utf-8").replace('<html lang="fr"',
                                                                                          f'<html lang="{lang}"', 1)
    article = re.search(r"<article[^>]*>(.*?)</article>", html, re.S)
    html = html[:article.start(1)] + article_html + html[article.end(1):]
    index = json.loads((site.root / "fr" / "latest" / "search" / "search_index.json").read_text(encoding="utf-8"))
    index["config"]["lang"] = [lang]
    page.route("**/fr/latest/", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    page.route("**/fr/latest/search/search_index.json",
               lambda route: route.fulfill(body=json.dumps(index), content_type="application/json"))
    for name in files:
        page.route(f"**/javascripts/lunr/{name}", _answer((material / name).read_bytes(), "text/javascript"))
    found = {}
    go(page, site.policy_url("fr"))
    page.keyboard.press("/")
    meta = page.locator(".md-search-result__meta")
    for query in queries:
        # each query typed into the emptied field of one page (its search, word breaker and all, made once): the
        # results of the one before gone first
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        expect(page.locator(".md-search__input")).to_have_value("")
        expect(meta).not_to_have_text(re.compile("trouvé"))
        expect(page.locator(".md-search-result__list > *")).to_have_count(0)  # the results before gone too
        # the whole query in one input event: typed key by key, a space (a key of the layout) sends a keyup, which
        # Material's search reads: the results of the query's first word could be read as the whole query's
        page.keyboard.insert_text(query)
        expect(page.locator(".md-search__input")).to_have_value(query)
        page.keyboard.press("End")  # its keyup: the one search of the whole query
        expect(meta).to_have_text(re.compile("trouvé"))  # "Aucun document trouvé", "1 document trouvé" …
        found[query] = ([href.rsplit("/", 1)[-1] for href in page.locator(".md-search-result__list a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))") if "#" in href],
            page.locator(".md-search-result__list").inner_html())
    return found


def _answer(body: bytes, kind: str):
    """A route's handler answering `body` as `kind`."""
    return lambda route: route.fulfill(body=body, content_type=kind)


def _served_index(page, site, lang: str, separator: str, pipeline: str, heading: str, paragraph: str) -> dict:
    """The index search-index.js reads for a version in `lang` whose page holds one section (served beside the site,
    its configuration as Material's plugin writes it for the language)."""
    config = json.dumps({"config": {"lang": [lang], "separator": separator, "pipeline": [pipeline]}, "docs": []})
    page.route(f"**/{lang}-test/search/search_index.json",
               lambda route: route.fulfill(body=config, content_type="application/json"))
    page.route(f"**/{lang}-test/", lambda route: route.fulfill(
        body=f"<!doctype html><article><h2 id='s1'>{heading}</h2><p>{paragraph}</p></article>",
        content_type="text/html; charset=utf-8"))
    return page.evaluate("u => policySearchIndex(u)", f"{site.base}/{lang}-test/search/search_index.json")


def test_a_search_index_holding_entries_shows_their_markup_in_the_results_and_is_not_served(page, site):
    """Safety hunt 51: Material uses a version's index as it is when it holds entries and writes their titles and
    texts into the results as HTML: a forged index's link to another host reaches the reader as a link. Such an index
    is what servedpages refuses to serve (json_markup names it); one of the search plugin's tags passes."""
    forged = {"config": {"lang": ["fr"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
                         "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
              "docs": [{"location": "", "title": "Politique",
                        "text": 'Nous vendons vos données. <a id="forged" href="https://evil.example/">Objecter</a>',
                        "tags": ['<a id="tagged" href="https://evil.example/">Se désinscrire</a>']}]}
    body = json.dumps(forged)
    archived = site.archived[-1]
    page.route("**/search/search_index.json", lambda route: route.fulfill(body=body, content_type="application/json"))
    go(page, site.version_url("fr", archived))
    page.keyboard.press("/")
    page.keyboard.type("vendons")
    page.locator(".md-search-result__item").first.wait_for()
    assert page.locator(".md-search-result a#forged").get_attribute("href") == "https://evil.example/"
    # (safety52 hunt) its tags, too, each into a `span.md-tag` as HTML
    assert page.locator(".md-search-result .md-tag a#tagged").get_attribute("href") == "https://evil.example/"
    assert servedpages.json_markup(body.encode(), index=True).startswith("Nous vendons vos données. <a id=")
    forged["docs"][0]["text"] = "<p>Nous <code>traitons</code> vos données.</p>"
    assert servedpages.json_markup(json.dumps(forged).encode(), index=True).startswith('<a id="tagged"')
    forged["docs"][0]["tags"] = ["Données"]
    assert servedpages.json_markup(json.dumps(forged).encode(), index=True) == ""
