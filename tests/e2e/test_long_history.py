"""A reader's journey through a long history: a synthetic bilingual site of 12 monthly versions, in which §2.1 is
renamed (version 6), a new §2 renumbers every section after it (version 9: §2 becomes §3, §2.1 becomes §3.1) and
the last section is removed (version 11). Twelve is more than any list a version's page holds (its version menu: the
one in force, the five before it and the history; section 1 of an old version: the one in force, the five after it and
the history counting those between): what grows with the archive is seen growing past its bound, as at 40 versions
(the count until session 38: the same assertions, with 40 versions in two languages to publish and about
80 links of the history to tab through).

One site for the module (two languages, 12 commits, `policy history`, exported and served): its history,
compare, changes and side-by-side pages meet WCAG 2.1 AA at 1280 and 320 CSS px, scroll nothing sideways, ask only our
host and store nothing; the keyboard reaches each of their controls, its focus shown; the version and language menus
work on a 320 px touch screen; without JavaScript every version, its changes and the history are reached by links and
the compare page says what to do; a link to a section follows it through a change of version and of language, renamed
and renumbered, or says it is gone; printed, a changes, side-by-side or compare page keeps its words, marks what was
added and removed without colour and prints the address of each link to another page of the site.
"""
from __future__ import annotations

import collections
import datetime as dt
import re
import subprocess
import unicodedata
from urllib.parse import urlsplit

import pytest
from reader import go, heading_top, landed, press_and_land, resized, tab_to
from wcag import axe, describe

from helpers import GIT_ENV, poppler, published
from policy_repo import new_project
from policysite import cli, export_site

COUNT = 12
DATES = tuple((dt.date(2019, 1, 15) + dt.timedelta(days=30 * n)).isoformat() for n in range(COUNT))
RENAMED, RENUMBERED, REMOVED = 5, 8, 10  # the index of the version that renames §2.1, inserts §2, removes the last
WORDS = {
    "fr": {"title": "Politique de test", "purpose": "Objet", "revision": "Révision", "cookies": "Cookies",
           "cookie": "Nous déposons un cookie de session.", "data": "Données traitées",
           "process": "Nous traitons vos données.", "kept": "Durée de conservation",
           "kept2": "Conservation des données", "year": "Les données sont conservées un an.",
           "transfers": "Transferts", "none": "Aucun transfert hors de l’Union européenne.",
           "summary": "Nouvelle section 2 sur les cookies ; les sections suivantes changent de numéro."},
    "en": {"title": "Test policy", "purpose": "Purpose", "revision": "Revision", "cookies": "Cookies",
           "cookie": "We set one session cookie.", "data": "Data processed",
           "process": "We process your data.", "kept": "Retention period",
           "kept2": "Keeping your data", "year": "Data is kept for one year.",
           "transfers": "Transfers", "none": "No transfer outside the European Union.",
           "summary": "New section 2 on cookies; the sections after it are renumbered."},
}


def version_page(lang: str, n: int) -> str:
    """One language's text of the n-th version (from 0): §1 says its revision, the rest as the history has it."""
    w = WORDS[lang]
    summary = f"summary: {w['summary']}\n" if n == RENUMBERED else ""
    parts = [f"---\ndate: {DATES[n]}\n{summary}---\n\n# {w['title']}\n",
             f"## 1. {w['purpose']}\n\n{w['revision']} {n + 1}.\n"]
    number = 2
    if n >= RENUMBERED:
        parts.append(f"## 2. {w['cookies']}\n\n{w['cookie']}\n")
        number = 3
    parts.append(f"## {number}. {w['data']}\n\n{w['process']}\n")
    parts.append(f"### {number}.1 {w['kept'] if n < RENAMED else w['kept2']}\n\n{w['year']}\n")
    if n < REMOVED:
        parts.append(f"## {number + 1}. {w['transfers']}\n\n{w['none']}\n")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def history(tmp_path_factory, serve) -> str:
    """The site's base URL, http://127.0.0.1:<port>."""
    folder = tmp_path_factory.mktemp("long-history")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        project = new_project(folder / "project")
        for n in range(COUNT):
            for lang in WORDS:
                (project.root / "docs" / lang / "index.md").write_text(version_page(lang, n), encoding="utf-8")
            assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
            project.commit_all(f"policy {DATES[n]}")
        published(project.root)
        public = export_site.export(root=project.root, site_dir=folder / "public")
    return serve(public)


OLD, BEFORE, AFTER, LAST = DATES[3], DATES[RENUMBERED - 1], DATES[RENUMBERED], DATES[-1]
PAGES = {  # the pages of the history, each in both languages (the side-by-side page is a translation's)
    **{f"history-{lang}": f"/{lang}/history/" for lang in WORDS},
    **{f"compare-{lang}": f"/{lang}/compare/#{OLD}..{AFTER}" for lang in WORDS},
    **{f"changes-{lang}": f"/{lang}/{AFTER}/changes/" for lang in WORDS},
    "side-by-side-en": f"/en/{AFTER}/side-by-side/",
    "archived-fr": f"/fr/{OLD}/", "policy-en": "/en/latest/", "at-fr": "/fr/at/",
}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
NARROW = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}


def _when(lang: str, date: str) -> str:
    """A date as the site writes it in words."""
    day = dt.date.fromisoformat(date)
    if lang == "en":
        return day.strftime("%B ") + f"{day.day}, {day.year}"
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
    return f"{'1er' if day.day == 1 else day.day} {months[day.month - 1]} {day.year}"


@pytest.mark.parametrize("name", PAGES)
def test_each_page_meets_aa_at_1280_and_320_px_asks_only_our_host_and_stores_nothing(opened, traffic, history, name):
    for options in (DESKTOP, NARROW):
        page = opened(history + PAGES[name], **options)
        results = axe(page)
        assert results["passes"] and results["violations"] == [], f"{options}\n" + describe(results["violations"])
        width = options["viewport"]["width"]
        assert page.evaluate("[document.documentElement.clientWidth, document.documentElement.scrollWidth]") == [
            width, width]
        assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
        assert page.evaluate("[Object.keys(localStorage), Object.keys(sessionStorage)]") == [[], []]
    assert len(traffic.requests) >= 5
    assert [url for url in traffic.requests if urlsplit(url).hostname != "127.0.0.1"] == []
    assert traffic.errors == []


@pytest.mark.parametrize("lang", WORDS)
def test_the_history_changes_and_compare_pages_say_in_words_what_changed_and_when(opened, history, lang):
    """The version that renumbers: its summary and its dates in words on the history, its changes page and a
    comparison of two versions picked on the compare page."""
    w, when = WORDS[lang], _when(lang, AFTER)
    page = opened(history + f"/{lang}/history/", **DESKTOP)
    text = page.inner_text(".md-content")
    assert text.count(_when(lang, DATES[0])) >= 1 and all(_when(lang, date) in text for date in DATES)
    entry = text[text.index(when):text.index(_when(lang, BEFORE))]  # newest first: the entry of AFTER
    until = dt.date.fromisoformat(DATES[RENUMBERED + 1]) - dt.timedelta(days=1)  # in force from … to … inclusive
    assert w["summary"] in entry and _when(lang, until.isoformat()) in entry, entry
    page = opened(history + f"/{lang}/{AFTER}/changes/", **DESKTOP)
    text = page.inner_text(".md-content")
    assert when in text and _when(lang, BEFORE) in text and w["summary"] in text
    page = opened(history + f"/{lang}/compare/", **DESKTOP)
    selects = page.locator(".md-content select")
    assert selects.count() == 2
    selects.nth(0).select_option(OLD)
    selects.nth(1).select_option(AFTER)
    page.locator(".md-content form button").click()
    page.wait_for_url(history + f"/{lang}/compare/#{OLD}..{AFTER}")
    page.locator(".md-content ins", has_text=w["cookie"]).first.wait_for()
    text = page.inner_text(".md-content")
    assert _when(lang, OLD) in text and when in text


# Every control a reader may use on the page, as the keyboard should reach it (not the header's, which the
# narrow-screen test works; nor what a closed menu hides).
CONTROLS = """() => [...document.querySelectorAll('.md-content :is(a[href], button, select, input, [tabindex="0"])')]
    .filter(e => e.getAttribute('tabindex') !== '-1')
    .filter(e => e.checkVisibility({visibilityProperty: true}) && !e.closest('[hidden]'))"""


@pytest.mark.parametrize("name", ["history-fr", "compare-en", "changes-fr", "side-by-side-en"])
def test_the_keyboard_reaches_every_control_showing_its_focus(opened, history, name):
    page = opened(history + PAGES[name], **DESKTOP)
    wanted = page.evaluate(f"({CONTROLS})().length")
    page.evaluate(f"""() => {{ window.__controls = ({CONTROLS})(); window.__reached = new Set(); window.__unseen = [];
        document.addEventListener('focusin', e => {{ const i = window.__controls.indexOf(e.target);
            if (i < 0) return;
            window.__reached.add(i);
            const s = getComputedStyle(e.target);
            const shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none'
                || s.textDecorationLine !== 'none';
            if (!shown) window.__unseen.push(e.target.outerHTML.slice(0, 120)); }}); }}""")
    for _ in range(wanted + 60):
        page.keyboard.press("Tab")
        if page.evaluate("window.__reached.size") == wanted:
            break
    missed = page.evaluate("window.__controls.filter((e, i) => !window.__reached.has(i)).map(e => e.outerHTML.slice(0, 120))")
    assert wanted >= 2 and missed == []
    assert page.evaluate("window.__unseen") == []


@pytest.mark.parametrize("lang", WORDS)
def test_at_320_px_the_version_and_language_menus_are_reached_and_work(opened, history, lang):
    page = opened(history + f"/{lang}/latest/", **NARROW)
    for menu in (".md-header .md-version", ".md-header .md-select"):
        box = page.locator(menu).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320, (menu, box)
    page.locator(".md-header .md-version__current").tap()
    entry = page.locator(f'.md-header .md-version__link[href*="/{DATES[-3]}/"]')  # the menu lists the recent ones
    entry.scroll_into_view_if_needed()
    entry.wait_for(state="visible")
    with page.expect_navigation():
        entry.tap()
    landed(page)
    assert urlsplit(page.url).path == f"/{lang}/{DATES[-3]}/"
    other = "en" if lang == "fr" else "fr"
    page.locator(".md-header .md-select button, .md-header .md-select .md-header__button").first.tap()
    entry = page.locator(f'.md-header .md-select a[hreflang="{other}"]:not([data-policy-sides])')
    entry.wait_for(state="visible")
    with page.expect_navigation():
        entry.tap()
    landed(page)
    assert urlsplit(page.url).path == f"/{other}/{DATES[-3]}/"
    assert page.evaluate("[document.documentElement.clientWidth, document.documentElement.scrollWidth]") == [320, 320]


def _links(page) -> set[str]:
    return set(page.eval_on_selector_all(".md-content a[href]", "links => links.map(a => a.href)"))


@pytest.mark.parametrize("lang", WORDS)
def test_without_javascript_every_version_its_changes_and_the_history_are_reached_by_links(new_context, history, lang):
    page = new_context(java_script_enabled=False, **DESKTOP).new_page()

    def read(path: str) -> None:
        """Without scripts nothing changes the page once loaded: no network's quiet half second to wait for."""
        page.goto(history + path, wait_until="load")

    read(f"/{lang}/latest/")
    assert history + f"/{lang}/history/" in _links(page) | set(
        page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"))
    read(f"/{lang}/history/")
    links = _links(page)
    assert [date for date in DATES if history + f"/{lang}/{date}/" not in links] == []
    assert [date for date in DATES[1:] if history + f"/{lang}/{date}/changes/" not in links] == []
    for date in (OLD, AFTER):  # a version links its changes and the history
        read(f"/{lang}/{date}/")
        assert {history + f"/{lang}/{date}/changes/", history + f"/{lang}/history/"} <= _links(page)
        read(f"/{lang}/{date}/changes/")
        assert history + f"/{lang}/{date}/" in _links(page)
    read(f"/{lang}/compare/#{OLD}..{AFTER}")
    said = page.inner_text(".md-content")
    assert "JavaScript" in said and history + f"/{lang}/history/" in _links(page)
    assert page.locator(".md-content select:visible, .md-content button:visible").count() == 0  # no dead form


def _switch(page, menu: str, link: str) -> None:
    """With the keyboard, as a reader at a deep link does (the header shows the page's title once scrolled)."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    if menu == "version":
        tab_to(page, ".md-version__current")
    tab_to(page, link)
    press_and_land(page)


def _version(page, date: str) -> None:
    _switch(page, "version", f'a.md-version__link[href*="/{date}/"]')


def _language(page, lang: str) -> None:
    _switch(page, "language", f'a.md-select__link[hreflang="{lang}"]:not([data-policy-sides])')


def _on(page, title: str) -> None:
    """The page's address names a heading that says `title`, shown on the screen, and no note says it is missing."""
    anchor = urlsplit(page.url).fragment
    heading = page.evaluate("id => document.getElementById(id).textContent", anchor)
    assert title in heading, (page.url, heading)
    assert 0 <= heading_top(page, anchor) < page.viewport_size["height"] - 40, (page.url, heading_top(page, anchor))
    assert page.locator(".policy-missing:visible").count() == 0


def test_a_section_link_follows_its_section_renamed_and_renumbered_through_versions_and_languages(new_context, history):
    """§2.1 "Durée de conservation" of an early version is §2.1 "Conservation des données" after version 6 and §3.1
    from version 9 on, whose §2 is a new section: each change of version or of language from the link lands on it.
    The version menu lists the recent versions only (on-demand.js): here each page's recent list is the whole one, so
    that the menu reaches the versions that changed the section."""
    fr, en = WORDS["fr"], WORDS["en"]
    context = new_context(**DESKTOP)
    context.route("**/versions-recent.json", lambda route: route.fulfill(
        response=route.fetch(url=route.request.url.replace("versions-recent.json", "versions.json"))))
    page = context.new_page()
    go(page, history + f"/fr/{OLD}/#s2-1")
    _on(page, fr["kept"])
    _version(page, BEFORE)  # renamed
    _on(page, fr["kept2"])
    _version(page, AFTER)  # renumbered
    assert urlsplit(page.url).fragment != "s2-1"
    _on(page, f"3.1 {fr['kept2']}")
    _language(page, "en")
    _on(page, f"3.1 {en['kept2']}")
    _version(page, OLD)  # back, renumbered and renamed at once
    _on(page, f"2.1 {en['kept']}")
    _version(page, LAST)
    _on(page, f"3.1 {en['kept2']}")


@pytest.mark.parametrize("lang", WORDS)
def test_a_link_to_a_removed_section_says_so_in_every_later_version_and_language(opened, history, lang):
    w, other = WORDS[lang], "en" if lang == "fr" else "fr"
    page = opened(history + f"/{lang}/{DATES[REMOVED - 1]}/#s4", **DESKTOP)
    _on(page, w["transfers"])
    _version(page, LAST)
    note = page.locator(".policy-missing")
    note.wait_for(state="visible")
    assert page.locator(".policy-missing a[href]").count()
    _language(page, other)
    page.locator(".policy-missing").wait_for(state="visible")


NEXT = 5  # the versions after this one an old version's notice links, besides the one in force (policy.js)


@pytest.mark.parametrize("lang", WORDS)
def test_a_deep_link_into_the_oldest_version_shows_its_section_below_the_list_of_versions_since(opened, history, lang):
    """Section 1 of the first version lists the versions published since, read from versions.json after the
    browser scrolled to the address's section: on the first of 40 versions, the list of 39 pushed §2.1 1,900 px down,
    off the screen."""
    page = opened(history + f"/{lang}/{DATES[0]}/#s2-1", **DESKTOP)
    page.locator(".policy-newer-list li").nth(NEXT + 1).wait_for(state="attached")
    _on(page, WORDS[lang]["kept"])


@pytest.mark.parametrize("lang", WORDS)
def test_the_first_versions_notice_links_the_one_in_force_the_next_five_and_the_history_for_the_rest(
        opened, traffic, history, lang):
    """Issue 16: the first of 40 versions linked the 39 since (999 at 1,000 versions), the page growing with the
    archive. It links the one in force, marked, the history counting those between (5 of the 12 here), and the five
    after it; each reached by the keyboard, the page axe clean. Its version menu held every version too: it holds 7 and
    the history."""
    from policysite.strings import aside, counted, strings

    page = opened(history + f"/{lang}/{DATES[0]}/", **DESKTOP)
    page.locator(".policy-newer-list").wait_for()
    listed = page.eval_on_selector_all(".policy-newer-list li", "items => items.map(li => [li.textContent, "
                                       "[...li.querySelectorAll('a')].map(a => a.getAttribute('href'))])")
    words, left = strings(lang), COUNT - 2 - NEXT
    assert listed == [[_when(lang, LAST) + aside(words["in_force"], lang), [f"../{LAST}/"]],
                      [counted(words, "newer_between", left, lang, count=left), ["../history/"]],
                      *[[_when(lang, date), [f"../{date}/"]] for date in reversed(DATES[1:1 + NEXT])]]
    # its version menu, as the version in force's: the one in force, the five before it, and this one, then the history
    assert page.locator(".md-header .md-version__link:not([data-policy-history])").count() == 1 + NEXT + 1
    assert page.locator(".md-header .md-version__link[data-policy-history]").evaluate("a => a.href") == \
        history + f"/{lang}/history/"
    results = axe(page)
    assert results["violations"] == [], describe(results["violations"])
    for href in (f"../{LAST}/", "../history/", f"../{DATES[1]}/"):
        tab_to(page, f'.policy-newer-list a[href="{href}"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == f"/{lang}/{DATES[1]}/"
    assert [url for url in traffic.requests if urlsplit(url).hostname != "127.0.0.1"] == []


def _letters(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c)[0] in "LN")


@pytest.mark.parametrize("path", [f"/en/{AFTER}/changes/", f"/fr/{AFTER}/changes/", f"/en/{AFTER}/side-by-side/",
                                  f"/fr/compare/#{OLD}..{AFTER}"])
def test_a_printed_changes_or_side_by_side_page_keeps_its_words_marks_changes_without_colour_and_site_addresses(
        opened, history, tmp_path, path):
    """Chromium's print, read back by pdftotext: every letter the page shows, added and removed words underlined and
    struck through and bracketed (on grey paper too), and after each link to another page of the site its address
    (the version before, the new one at a section, the history, the PDF: "previous version" printed alone could not be
    followed from the paper), none of it past the paper's edge."""
    page = opened(history + path, **DESKTOP)
    if "compare" in path:
        page.locator(".md-content ins").first.wait_for()
    page.emulate_media(media="print")
    # what a screen reader alone is told ("deletion:" before removed words; a section link's section, redline5) is
    # not drawn: the brackets are
    shown = page.evaluate("""() => { const said = [...document.querySelectorAll('.redline-sr, .policy-unseen')];
        said.forEach(e => e.style.display = 'none');
        const text = document.querySelector('.md-content').innerText;
        said.forEach(e => e.style.display = '');
        return text }""")
    links = page.evaluate("""() => [...document.querySelectorAll('.md-content a[href]')].filter(a => a.checkVisibility()
        && !a.getAttribute('href').startsWith('#')).map(a => a.href)""")
    marks = page.evaluate("""() => [...document.querySelectorAll('.md-content :is(ins, del)')].map(e => [e.tagName,
        getComputedStyle(e).textDecorationLine])""")
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    printed = subprocess.run([poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert collections.Counter(_letters(shown)) - collections.Counter(_letters(printed)) == collections.Counter()
    if "changes" in path:  # added and removed words: underlined and struck through, and bracketed
        assert marks and {tag: line for tag, line in marks} == {"INS": "underline", "DEL": "line-through"}
        assert re.search(r"\[\+", printed) and re.search(r"\[[−-]", printed)
    joined = re.sub(r"\s+", "", printed).replace("-", "")  # pdftotext drops a hyphen ending a line
    assert len(links) >= 2 and [link for link in links if f"<{link}>".replace("-", "") not in joined] == []
    resized(page, {"width": 600, "height": 800})  # on paper narrower than the screen, nothing runs past
    assert page.evaluate("""() => [...document.querySelectorAll('.md-content *')].filter(e => e.checkVisibility()
        && [...e.getClientRects()].some(r => r.right > 604)).map(e => e.tagName + ' ' + e.textContent.slice(0, 40))""") == []


@pytest.mark.parametrize("options", [DESKTOP, NARROW], ids=["1280", "320"])
def test_each_version_the_keyboard_reaches_in_the_menu_of_a_long_history_is_shown_inside_it(opened, history, options):
    """Tab from the version button through the list's entries (the recent versions, then the history): each one with
    focus is inside the list's box, on the screen. Material's mandatory scroll snapping held the opened list 48 px
    down (86 at 320 px): the version in force and the one before it had focus above the list's top, out of sight."""
    page = opened(history + "/fr/latest/", **options)
    # the menu whole: Material adds it once versions.json is read, the history's entry after it (policy.js)
    page.locator(".md-header .md-version__link[data-policy-history]").wait_for(state="attached")
    tab_to(page, ".md-version__current")
    outside, entries = [], page.locator(".md-header .md-version__link").count()
    assert entries == 1 + NEXT + 1  # the one in force, the five before it, the history
    for _ in range(entries):
        page.keyboard.press("Tab")
        page.wait_for_function("""() => { const list = document.querySelector('.md-header .md-version__list');
            return getComputedStyle(list).opacity === '1' && list.getAnimations().every(a => a.playState === 'finished') }""")
        outside += page.evaluate("""() => { const e = document.activeElement, list = e.closest('.md-version__list');
            const r = e.getBoundingClientRect(), box = list ? list.getBoundingClientRect() : null;
            return !list || r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.top < 0
                ? [e.textContent.trim() + ' ' + Math.round(r.top) + '..' + Math.round(r.bottom)] : [] }""")
    assert outside == []
