"""Pages of unusual content, as a reader's browser shows them: a site whose authoritative text is Hebrew (right to
left), translated into English and Japanese, published in two versions of 62 sections each, with a section title of
200 characters, a code name and an address longer than a phone's line, a table wider than a phone, a list eight deep,
footnotes (as `policy import` writes them) and links whose words are not their address.

One site for the module (`policy init`, two commits, `policy history`, exported and served): each page of it meets
WCAG 2.1 AA, asks only our host and writes no cookie nor storage as loaded, runs past neither edge of the paper,
and scrolls nothing sideways at 320 px; printed, the Hebrew and English pages keep every word and each link's
address as written; the keyboard reaches the version and language menus and the compare form; a section's id lands
on the same section in every language and version. (Images never reach a page: the checks refuse one in the text, `editorial.image`.)
"""
from __future__ import annotations

import collections
import html
import re
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from reader import go, heading_top, press_and_land, resized, settled, tab_to
from wcag import axe, describe

from helpers import poppler
from policy_repo import Served, published_in_languages
from policysite import document

LANGS = ("he", "en", "ja")
DATES = ("2023-01-10", "2024-03-01")
SECTIONS = 62
# Each language's words: the title, a section's word, its sentence (and the later version's), a list item's word, a
# note's word, the cookie's label and the eight columns of its table.
WORDS = {
    "he": {"title": "מדיניות פרטיות", "section": "סעיף", "text": "אנו שומרים את המידע שלך",
           "later": "אנו שומרים את המידע שלך שנה אחת", "item": "פריט", "note": "הערה", "cookie": "שם העוגייה",
           "columns": ["שם", "מטרה", "משך", "תחום", "סוג", "ספק", "קטגוריה", "הערות"]},
    "en": {"title": "Privacy policy", "section": "Section", "text": "We keep your data",
           "later": "We keep your data for one year", "item": "Item", "note": "Note", "cookie": "The cookie",
           "columns": ["Name", "Purpose", "Duration", "Domain", "Type", "Provider", "Category", "Notes"]},
    "ja": {"title": "プライバシーポリシー", "section": "セクション", "text": "当社はお客様のデータを保管します",
           "later": "当社はお客様のデータを一年間保管します", "item": "項目", "note": "注記", "cookie": "クッキー",
           "columns": ["名前", "目的", "期間", "ドメイン", "種類", "提供者", "カテゴリ", "備考"]},
}
ADDRESS = "https://example.test/" + "/".join(["privacy-policy-archive-of-every-version-kept"] * 5) + "/index.html"
RIGHTS = "https://example.test/privacy/rights/"  # a link's address ending in "/", as most do
MAIL = "privacy@example.test"
COOKIE = "`_example_consent_preference_identifier_kept_for_thirteen_months_and_more`"
CHANGED = (4, 40)  # the sections the second version changes


def policy_page(lang: str, date: str, *, later: bool) -> str:
    """One language's text of one version, with every unusual content in its first sections."""
    w = WORDS[lang]
    parts = [f"---\ndate: {date}\n---\n\n# {w['title']}\n"]
    for n in range(1, SECTIONS + 1):
        title = f"{w['section']} {n}" if n != 3 else (f"{w['section']} 3 " + (w["text"] + " ") * 30)[:200].rstrip()
        parts.append(f"## {n}. {title}\n\n{w['later'] if later and n in CHANGED else w['text']} ({n}).\n")
        if n == 2:
            parts.append(f"{w['cookie']}: {COOKIE}\n\n<{ADDRESS}>\n")
        elif n == 5:
            parts.append("| " + " | ".join(w["columns"]) + " |\n|" + "---|" * len(w["columns"]) + "\n"
                         + ("| " + " | ".join([COOKIE] * len(w["columns"])) + " |\n") * 2)
        elif n == 6:
            parts.append("".join("    " * depth + f"- {w['item']} {depth + 1}\n" for depth in range(8)))
        elif n == 7:
            parts.append(f"{w['text']}<sup>[1](#fn-1)</sup> {w['text']}<sup>[2](#fn-2)</sup>.\n\n"
                         f'<span id="fn-1"></span><sup>1</sup> {w["note"]} 1.  \n'
                         f'<span id="fn-2"></span><sup>2</sup> {w["note"]} 2.\n')
        elif n == 8:
            parts.append(f"[{w['item']} {w['text']}]({RIGHTS}), [{w['note']}](mailto:{MAIL}).\n")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def unusual(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("unusual")
    public = published_in_languages(folder, LANGS, DATES, lambda lang, n: policy_page(lang, DATES[n], later=n > 0))
    return Served(base=serve(public), project=folder / "site")


NEW, OLD = DATES[1], DATES[0]
PAGES = {  # every kind of page a reader may land on, in the right-to-left language and the others
    "policy-he": "/he/latest/", "policy-en": "/en/latest/", "policy-ja": "/ja/latest/",
    "archived-he": f"/he/{OLD}/", "history-he": "/he/history/", "history-ja": "/ja/history/",
    "compare-he": f"/he/compare/#{OLD}..{NEW}", "compare-ja": f"/ja/compare/#{OLD}..{NEW}",
    "changes-he": f"/he/{NEW}/changes/", "changes-ja": f"/ja/{NEW}/changes/",
    "side-by-side-en": f"/en/{NEW}/side-by-side/", "side-by-side-ja": f"/ja/{NEW}/side-by-side/",
    "at-he": "/he/at/",
}


# What of the text is drawn past the screen's or the paper's right edge (or left: a right-to-left page overflows
# there), but for what scrolls in a box of its own (a wide table, on a screen).
PAST = """() => [...document.querySelectorAll('.md-content *')]
    .filter(e => { const r = e.getBoundingClientRect(); return e.checkVisibility() && (r.right > WIDTH || r.left < LEFT)
                   && !(matchMedia('screen').matches && e.closest('.md-typeset__scrollwrap')); })
    .map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40))"""


@pytest.mark.parametrize("name", PAGES)
def test_each_page_meets_aa_asks_only_our_host_stores_nothing_and_holds_320_px(opened, traffic, unusual, name):
    """As loaded, on a desktop screen and printed, then at 320 CSS px (a phone, or a desktop zoomed to 400 %: WCAG
    1.4.10)."""
    page = opened(unusual.url(PAGES[name]), viewport={"width": 1280, "height": 800})
    results = axe(page)
    assert results["passes"] and results["violations"] == [], "\n" + describe(results["violations"])
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
    assert page.evaluate("[Object.keys(localStorage), Object.keys(sessionStorage)]") == [[], []]
    page.emulate_media(media="print")  # on paper narrower than the screen, nothing runs past either edge
    resized(page, {"width": 600, "height": 800})
    assert page.evaluate(PAST.replace("WIDTH", "604").replace("LEFT", "-4")) == []
    phone = opened(unusual.url(PAGES[name]), viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    assert phone.evaluate("[document.documentElement.clientWidth, document.documentElement.scrollWidth]") == [320, 320]
    assert phone.evaluate(PAST.replace("WIDTH", "321").replace("LEFT", "-1")) == []
    results = axe(phone)
    assert results["violations"] == [], "\n" + describe(results["violations"])
    assert len(traffic.requests) >= 5
    assert [url for url in traffic.requests if urlsplit(url).hostname != "127.0.0.1"] == []
    assert traffic.errors == []


def _letters(text: str) -> str:
    """The letters of `text` in order: the printed page's line breaks, bidirectional marks, punctuation and digits
    (which pdftotext gives a right-to-left line in another order than the text's) aside."""
    return "".join(c for c in text if unicodedata.category(c)[0] == "L")


def _printed(page, tmp_path: Path, name: str) -> tuple[str, list[str]]:
    """The page printed to PDF by Chromium: its text as pdftotext reads it, and its words as drawn, left to right."""
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4")
    text, boxes = (subprocess.run([poppler("pdftotext"), *options, str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout for options in ([], ["-bbox"]))
    drawn = ["".join(c for c in html.unescape(word) if unicodedata.category(c) != "Cf")
             for word in re.findall(r"<word [^>]*>([^<]*)</word>", boxes)]
    return text, drawn


@pytest.mark.parametrize("lang", ["he", "en"])  # this machine may lack a Japanese font: its PDF draws empty boxes
def test_a_printed_page_keeps_every_word_and_each_links_address_as_written(opened, unusual, tmp_path, lang):
    """Chromium's print of the policy, read back by pdftotext: each title, paragraph and list item is there (its
    letters in order, as often as the text has them), every letter of the text too (a table's cells), and a link's
    address, a web or an e-mail one, follows its words whole. On the Hebrew page the address's last "/" and its
    brackets were set among the Hebrew words, "</https://example.test/privacy/rights>"."""
    page = opened(unusual.url(f"/{lang}/latest/"), viewport={"width": 1280, "height": 800})
    printed, drawn = _printed(page, tmp_path, lang)
    letters = _letters(printed.replace(RIGHTS, "").replace(f"mailto:{MAIL}", ""))  # the text's, not the addresses
    policy = document.read(unusual.project / "docs" / lang / "index.md", lang=lang)
    texts = [section.title for section in policy.sections] + [
        re.sub(r"<[^>]+>", "", block.text) for section in policy.sections for block in section.blocks]
    assert len(policy.sections) == SECTIONS and len(texts) > 2 * SECTIONS
    # each text but a table's row in its order (a cell's lines are printed beside the next cell's), and every letter
    wanted = collections.Counter(_letters(text) for text in texts if " | " not in text)
    assert [(text[:60], n) for text, n in wanted.items() if letters.count(text) < n] == []
    assert collections.Counter(_letters("".join(texts))) - collections.Counter(letters) == collections.Counter()
    for address in (RIGHTS, f"mailto:{MAIL}"):
        assert [word for word in drawn if f"<{address}>" in word], [word for word in drawn if "example" in word]


def test_the_keyboard_switches_version_and_language_keeping_the_section_then_compares(opened, unusual):
    """From §40 of the Hebrew text in force: Tab to the version button, on to the older version, Enter; then Tab to the
    language menu's Japanese, Enter: each lands on §40, at the top of the screen. Then the compare form: Tab to the
    first date, change it with an arrow, Tab to the button, Enter: the redline of the two versions."""
    page = opened(unusual.url("/he/latest/#s40"), viewport={"width": 1280, "height": 800})
    tab_to(page, ".md-version__current")
    tab_to(page, f'a.md-version__link[href*="/{OLD}/"]')
    press_and_land(page)
    assert page.url == unusual.url(f"/he/{OLD}/#s40") and -2 < heading_top(page, "s40") < 150
    page.evaluate("document.activeElement.blur()")
    tab_to(page, 'a.md-select__link[hreflang="ja"]:not([data-policy-sides])')
    press_and_land(page)
    assert page.url == unusual.url(f"/ja/{OLD}/#s40") and -2 < heading_top(page, "s40") < 150
    page = opened(unusual.url("/he/compare/"), viewport={"width": 1280, "height": 800})
    tab_to(page, "select")
    page.keyboard.press("ArrowDown")
    tab_to(page, "form button")
    page.keyboard.press("Enter")
    page.wait_for_url(unusual.url(f"/he/compare/#{OLD}..{NEW}"))
    added = WORDS["he"]["later"].removeprefix(WORDS["he"]["text"]).strip()  # the words the second version adds
    page.locator(".md-content ins", has_text=added).first.wait_for()


@pytest.mark.parametrize("anchor", ["s3", "s40", "fn-1"])  # the title of 200 characters, a changed one, a note
def test_a_sections_id_lands_on_the_same_section_in_every_language_and_version(new_context, unusual, anchor):
    """Each page loaded at the section's address (a blank page first: the first, too, is a load, not a move within a
    page already open)."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    seen = {}
    for lang in LANGS:
        for version in ("latest", OLD):
            go(page, unusual.url(f"/{lang}/{version}/#{anchor}"))
            seen[lang, version] = page.evaluate("""id => { const e = document.getElementById(id);
                const section = e.closest('h2') || [...document.querySelectorAll('.md-content h2')]
                    .filter(h => h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
                return [section.id, Math.round(e.getBoundingClientRect().top) < 200] }""", anchor)
    assert {tuple(value) for value in seen.values()} == {("s3" if anchor == "s3" else "s40" if anchor == "s40" else "s7", True)}, seen


@pytest.mark.parametrize(("lang", "word", "changed"), [("ja", "保管", False), ("ja", "一年間", True),
                                                     ("he", "המידע", False)])
def test_the_search_finds_a_word_of_a_text_written_without_spaces(opened, unusual, lang, word, changed):
    """company4: Japanese is written without spaces between words; the search (lunr's Japanese, its TinySegmenter,
    which the theme loads for a `ja` site) finds a word inside a sentence, 保管 in 当社はお客様のデータを保管します,
    and 一年間, which the version in force adds, in the sections that say it only (§4, §40); Hebrew's alongside.

    The word is typed once the search is ready (its results' line no longer says it is starting): Material searches
    at a key's release, and the browser driver types letters a US keyboard lacks without one, as a reader's paste with
    the mouse puts words in. Typed after the index was ready, such a word was never searched (search7: the Hebrew
    case answered nothing where its small index was ready before the first letter, on a loaded machine; every time
    typed once ready, in Japanese too); search-index.js tells Material of each change."""
    page = opened(unusual.url(f"/{lang}/latest/"), viewport={"width": 1280, "height": 800})
    meta = page.locator(".md-search-result__meta")
    starting = meta.text_content()  # the theme's "initialising the search", until its worker says it is ready
    page.locator(".md-search__input").click()
    expect(meta).not_to_have_text(starting or "", timeout=60_000)
    page.keyboard.type(word)
    first = page.locator(".md-search-result__item", has_text=word).first
    first.wait_for()
    said = first.inner_text()
    if changed:
        assert re.findall(r"\((\d+)\)", said) == [str(n) for n in CHANGED], said


# The reader's text at 200 % (WCAG 1.4.4) on a screen of 320 CSS px (1.4.10): Chromium's own font-size setting.
LARGE_TEXT = {"fontSizes": {"standard": 32, "fixed": 26}}


@pytest.mark.parametrize("path", ["/he/latest/", "/en/latest/", f"/ja/{NEW}/side-by-side/"])
def test_at_320_px_with_large_text_a_list_nested_eight_deep_keeps_its_items_words_on_the_screen(new_context, unusual,
                                                                                               path):
    """Reader18, session 43: each level of a list indented by a fixed 1.25 em and 0.625 em (the theme's), at 320 px with
    the text at 200 % the items from the fifth level on (§6's list, eight deep; a contract's 1. a) i) – nests as deep)
    had no width left: their words stood past the screen's edge, left of it on the Hebrew page, and the page scrolled
    sideways by 213 px. A nested item's indent is now at most a share of its list's width: every item keeps a column to
    be read in, on a desktop as deep as before."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", LARGE_TEXT)
    go(page, unusual.url(path))
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "not enlarged"
    # the items of the first list eight deep (§6's; the side-by-side page's first column), outermost first
    items = page.evaluate("""() => { const items = [];
        for (let li = document.querySelector('.md-content li li li li li li li li'); li; li = li.parentElement.closest('li'))
            items.unshift(li);
        return items.map(li => {
        const words = document.createRange(); words.selectNodeContents(li.firstChild);
        const box = words.getBoundingClientRect(); return [Math.round(box.left), Math.round(box.right),
        Math.round(li.getBoundingClientRect().width)]; }); }""")
    assert len(items) == 8, items
    assert [item for item in items if item[0] < 0 or item[1] > 320 or item[2] < 64] == [], items
    assert page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]") == [320, 320]
    if "side-by-side" in path:  # (a column of a desktop's side-by-side page is narrower than the theme's indents ask)
        return
    wide = new_context(viewport={"width": 1280, "height": 800}).new_page()  # a desktop: each level 1.875 em in, as ever
    go(wide, unusual.url(path))
    steps = wide.evaluate("""() => { const starts = [];
        for (let li = document.querySelector('.md-content li li li li li li li li'); li; li = li.parentElement.closest('li')) {
            const box = li.getBoundingClientRect();
            starts.unshift(getComputedStyle(li).direction === 'rtl' ? -box.right : box.left); }
        return starts.slice(1).map((x, n) => Math.round(x - starts[n])); }""")
    assert steps == [30] * 7, steps  # 1.875 em of the text's 16 px


@pytest.mark.parametrize("lang", ["he", "en"])
def test_at_320_px_with_large_text_the_opened_drawer_stays_within_the_screen(new_context, unusual, lang):
    """Reader18, session 43: the drawer (the contents, on a phone) is 12.1rem wide, 484 px with the text at 200 %: at 320
    px a third of it stood past the screen's edge (the right one, or the left on the Hebrew page), the ends of its
    entries and the section titles' out of reach, in a box that scrolls nothing sideways (WCAG 1.4.10). It is at most
    the screen's width, and comes in from its side as before."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", LARGE_TEXT)
    go(page, unusual.url(f"/{lang}/latest/"))
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-sidebar--primary .md-nav__link").first.wait_for(state="visible")
    settled(page)
    shown = page.evaluate("""() => [...document.querySelectorAll('.md-sidebar--primary :is(.md-nav__title, .md-nav__link)')]
        .filter(e => e.checkVisibility({visibilityProperty: true})).map(e => { const r = e.getBoundingClientRect();
            return [Math.round(r.left), Math.round(r.right), e.textContent.trim().slice(0, 20)]; })
        .filter(([left, right]) => right > 0 && left < 320)""")  # (a nested panel waits past the edge, hidden)
    assert len(shown) >= 2, shown  # the site's name over the logo, the page's entry
    assert [entry for entry in shown if entry[0] < 0 or entry[1] > 320] == [], shown
    page.keyboard.press("Escape")  # closed, it is out of the screen again
    page.wait_for_function("() => !document.getElementById('__drawer').checked")
    settled(page)
    box = page.locator(".md-sidebar--primary").bounding_box()
    assert box["x"] + box["width"] <= 0 or box["x"] >= 320, box
