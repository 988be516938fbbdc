"""Dated versions in a browser: material's selector, the archived banner, switching keeps the section.

The session's archive (conftest.py): three synthetic versions, then today's real policy as `latest`.
Synthetic pages have sections 1, 2 and 2.1, each several screens long, and §2 says "Texte numéro n.".
"""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect
from reader import go, heading_top, quiet, settled, switch_language, switch_version

from policysite.strings import long_date, strings

SYNTHETIC_TITLES = {"fr": ["30 juin 2020", "18 novembre 2019", "4 mars 2019"],
                    "en": ["June 30, 2020", "November 18, 2019", "March 4, 2019"]}
SECOND = {"fr": "Texte numéro {n}.", "en": "Text number {n}."}


def selector_items(page) -> list[list]:
    page.wait_for_selector(".md-version__list", state="attached")
    return page.locator(".md-version__link:not([data-policy-history])").evaluate_all("""links => links.map(
        a => [a.firstChild.textContent.trim(), a.querySelector('.md-version__alias')?.textContent ?? null])""")


def current_version(page) -> list:
    """What the selector's button shows: the version's title and its alias, if any."""
    return page.locator(".md-version__current").evaluate(
        "b => [b.firstChild.textContent.trim(), b.querySelector('.md-version__alias')?.textContent ?? null]")


def assert_at(page, url: str, anchor: str) -> None:
    """The reader is at `url` with the section `anchor` at the top of the screen, under the header."""
    assert page.url == url
    assert -2 < heading_top(page, anchor) < 150, f"§{anchor} is not at the top of the screen"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_selector_lists_every_version_newest_first_saying_which_is_in_force_and_which_entries_are_shown(page, site,
                                                                                                       lang):
    """The list, newest first, never the word "latest", the same on an archived version. A screen reader read the
    menus' entries alike: the version and the language shown are the current ones (aria-current), at latest/ the
    version in force, and no other entry (the side-by-side page is another page)."""
    in_force = long_date(dt.date.fromisoformat(site.latest), lang) + {"fr": " (en vigueur)", "en": " (in force)"}[lang]
    expected = [[in_force, None]] + [[title, None] for title in SYNTHETIC_TITLES[lang]]  # never the word "latest"
    for version, shown in (("latest", 0), (site.archived[0], -1)):  # the same list on an archived version
        page.goto(site.version_url(lang, version))
        assert selector_items(page) == expected
        assert current_version(page) == expected[shown]
        current = page.locator(".md-version__link[aria-current=page]")
        expect(current).to_have_count(1)
        assert current.evaluate("a => a.firstChild.textContent.trim()") == expected[shown][0]
        languages = page.locator(".md-select__link[aria-current=page]")
        expect(languages).to_have_count(1)
        assert languages.get_attribute("hreflang") == lang and languages.get_attribute("data-policy-sides") is None


@pytest.mark.parametrize("lang,start,target,anchor", [
    ("fr", "latest", 0, "s2"),  # from the text in force to the oldest version
    ("en", 2, 1, "s2-1"),       # between archived versions
    ("fr", 1, -1, "s2"),        # back to the newest, by its date
], ids=["latest-to-oldest", "archived-to-archived", "archived-to-newest"])
def test_switching_version_keeps_the_section(page, site, traffic, lang, start, target, anchor):
    """A reader sent to a section scrolls back up to the selector (material hides it with the title)."""
    start = start if start == "latest" else site.versions[start]
    target = site.versions[target]
    page.goto(site.version_url(lang, start, anchor))
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function("() => window.scrollY === 0")
    switch_version(page, target)
    page.wait_for_url(site.version_url(lang, target, anchor))
    page.wait_for_function(f"() => Math.abs(document.getElementById('{anchor}').getBoundingClientRect().top) < 150")
    assert_at(page, site.version_url(lang, target, anchor), anchor)
    if target in site.archived:
        n = site.versions.index(target) + 1
        assert SECOND[lang].format(n=n) in page.locator(".md-content").inner_text()
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_section_the_version_lacks_is_said_missing_not_landed_on_silently(page, site, traffic, lang):
    """Reader hunt 42: `#s7-3` opened on a version without §7.3 (a link kept from the text in force, or the version
    selector from that section) showed the version's top, silently, as if it were the section."""
    archived, missing = site.archived[-1], page.locator(".policy-missing")
    page.goto(site.version_url(lang, archived, "s7-3"))
    expect(missing).to_be_visible()
    assert missing.get_attribute("role") == "status"
    assert strings(lang)["section_missing"] in missing.inner_text()
    page.goto(site.version_url(lang, archived, "s2"))  # a section it has
    expect(missing).to_be_hidden()
    page.evaluate("location.hash = '#s7-3'")
    expect(missing).to_be_visible()
    page.evaluate("location.hash = '#top'")  # the page's top, which a text's "back to top" link names
    expect(missing).to_be_hidden()
    page.goto(site.policy_url(lang, "s7-3"))  # the version selector, from §7.3 of the text in force
    expect(missing).to_be_hidden()
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function("() => window.scrollY === 0")
    switch_version(page, archived)
    page.wait_for_url(site.version_url(lang, archived, "s7-3"))
    expect(missing).to_be_visible()
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_archived_version_shows_the_banner_and_links_the_same_section_of_the_latest(page, site, traffic, lang):
    text, link = strings(lang)["archived"], strings(lang)["archived_link"]
    for n, version in enumerate(site.archived, start=1):
        page.goto(site.version_url(lang, version))
        banner = page.locator("[data-md-component=outdated]")
        banner.wait_for(state="visible")
        assert text.format(date=long_date(dt.date.fromisoformat(version), lang)) in banner.inner_text()
        # a status message, announced when the script shows it, wherever the reader arrived (reader audit 13, 25)
        assert text.format(date=long_date(dt.date.fromisoformat(version), lang)) in \
            page.get_by_role("status").first.inner_text()
        assert SECOND[lang].format(n=n) in page.locator(".md-content").inner_text()
        assert page.evaluate("Object.keys(sessionStorage).filter(k => k.endsWith('.__outdated'))") == []
    page.goto(site.version_url(lang, site.archived[-1], "s2"))  # a reader sent to a section of an archived version
    with page.expect_navigation():
        page.get_by_role("link", name=link).click()
    page.wait_for_function("() => Math.abs(document.getElementById('s2').getBoundingClientRect().top) < 150")
    assert_at(page, site.policy_url(lang, "s2"), "s2")
    assert page.locator("[data-md-component=outdated]").is_hidden()
    assert traffic.errors == []


@pytest.mark.parametrize("start,anchor", [("2019-11-18", "s2-1"), ("latest", "s7-3-2")])
def test_language_switch_stays_on_the_same_version_and_section(page, site, start, anchor):
    page.goto(site.version_url("fr", start, anchor))
    switch_language(page, "en")
    assert_at(page, site.version_url("en", start, anchor), anchor)
    assert page.evaluate("document.documentElement.lang") == "en"


def test_version_menu_on_a_phone(phone_page, site):
    """On a 375-pixel screen the selector is still there and lists every version (all of them recent here), then the
    history of versions."""
    page = phone_page
    page.goto(site.policy_url("en"))
    page.wait_for_selector(".md-version__list", state="attached")
    assert page.locator(".md-version__current").is_visible()
    assert page.locator(".md-version__link:not([data-policy-history])").count() == len(site.versions)
    assert page.locator(".md-version__list > li:last-child [data-policy-history]").count() == 1



def on_screen(page, selector: str) -> dict:
    """Where the element is on the screen, and whether all of it is seen."""
    return page.locator(selector).first.evaluate("""e => { const r = e.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, seen: r.height > 0 && r.top >= 0 && r.bottom <= innerHeight}; }""")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deep_link_into_an_archived_version_shows_the_notice_at_any_scroll(page, site, lang):
    """`/fr/<old>/#s2-1`: the notice is on screen above the section, and stays there scrolling down and up."""
    version = site.archived[0]
    page.goto(site.version_url(lang, version, "s2-1"))
    page.locator("[data-md-component=outdated]").wait_for(state="visible")
    page.wait_for_function("() => getComputedStyle(document.documentElement).getPropertyValue('--policy-notice-height') !== '0px'")
    settled(page)  # the deep link's scroll, once the notice appeared
    notice = on_screen(page, "[data-md-component=outdated]")
    assert notice["seen"] and notice["top"] == 0
    header = on_screen(page, ".md-header")
    assert header["top"] >= notice["bottom"] - 1
    assert header["bottom"] - 1 <= heading_top(page, "s2-1") < page.evaluate("innerHeight") / 2
    for where in ("document.documentElement.scrollHeight", "document.documentElement.scrollHeight / 2", "0"):
        page.evaluate(f"window.scrollTo(0, {where})")
        settled(page)
        assert on_screen(page, "[data-md-component=outdated]")["seen"], where
        archived = strings(lang)["archived"].format(date=long_date(dt.date.fromisoformat(version), lang))
        assert archived in page.locator("[data-md-component=outdated]").inner_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_section_one_of_an_archived_version_links_the_newer_ones_and_the_one_in_force_and_prints_its_notice(
        page, site, lang):
    version = site.archived[0]
    page.goto(site.version_url(lang, version))
    items = page.locator(".policy-version .policy-newer-list li")
    items.first.wait_for()
    newer = [v for v in site.versions if v > version][::-1]
    assert items.count() == len(newer)
    assert page.locator(".policy-version .policy-newer").inner_text() == strings(lang)["newer_versions"]
    hrefs = items.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == [f"../{v}/" for v in newer]
    first = items.first.inner_text()
    assert first == f"{long_date(dt.date.fromisoformat(newer[0]), lang)} ({strings(lang)['in_force']})"
    # printed, the same page prints its notice and its list of newer versions
    page.emulate_media(media="print")
    notice = page.locator("[data-md-component=outdated] .md-banner")
    assert notice.is_visible()
    archived = strings(lang)["archived"].format(date=long_date(dt.date.fromisoformat(version), lang))
    assert archived in notice.inner_text()
    assert page.locator(".policy-version .policy-newer-list").is_visible()
    # The printed notice comes before the text, not over it.
    assert on_screen(page, "[data-md-component=outdated] .md-banner")["bottom"] <= \
        on_screen(page, ".md-content h1")["top"]
    page.emulate_media(media="screen")
    go(page, site.policy_url(lang))  # the version in force lists nothing newer and shows no notice
    assert page.locator(".policy-newer").count() == 0
    assert page.locator("[data-md-component=outdated]").is_hidden()


def fulfil_with(body: str):
    return lambda route: route.fulfill(status=200, content_type="application/json", body=body)


def serve_announced(page, site, lang: str) -> str:
    """Both version lists as if a version were announced ahead of its date (published, not yet in force)."""
    import json

    ahead = (dt.date.fromisoformat(site.latest) + dt.timedelta(days=400)).isoformat()
    entry = {"version": ahead, "title": ahead, "aliases": [],
             "properties": {"date_text": long_date(dt.date.fromisoformat(ahead), lang), "upcoming": True}}
    for name in ("versions.json", "versions-recent.json"):
        entries = [entry, *json.loads((site.root / lang / name).read_text(encoding="utf-8"))]
        page.route(f"**/{lang}/{name}", fulfil_with(json.dumps(entries)))
    return ahead


@pytest.mark.parametrize("lang", ["fr"])  # the words of each language: tests/integration/test_notice.py
def test_a_version_announced_ahead_leaves_the_one_in_force_in_force(page, site, lang):
    """Until its date, an announced version is not "in force": the text in force says nothing of being
    archived, and an archived version names the one in force as in force, not the announced one."""
    ahead = serve_announced(page, site, lang)
    page.goto(site.policy_url(lang))
    page.locator("[data-policy-upcoming] time").wait_for()  # the notice of the version to come, read from the list
    assert page.locator("[data-policy-upcoming] time").get_attribute("datetime") == ahead
    assert page.locator(".policy-newer").count() == 0
    assert page.locator("[data-md-component=outdated]").is_hidden()
    version = site.archived[0]
    page.goto(site.version_url(lang, version))
    items = page.locator(".policy-version .policy-newer-list li")
    items.first.wait_for()
    newer = [v for v in site.versions if v > version][::-1]
    assert items.locator("time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))") == newer
    assert items.first.inner_text() == f"{long_date(dt.date.fromisoformat(newer[0]), lang)} ({strings(lang)['in_force']})"
    assert all(f"({strings(lang)['in_force']})" not in text for text in items.all_inner_texts()[1:])


def version_words(lang: str, version: str) -> str:
    return strings(lang)["version_title"].replace("{date}", long_date(dt.date.fromisoformat(version), lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_version_says_which_it_is_in_its_title_and_the_one_in_force_at_latest_names_the_document_alone(
        page, site, lang):
    """Tabs, bookmarks and a screen reader's list of windows tell the 2019 text from the one in force: every version
    of the page had the same title. latest/ is a copy of the version in force (byte for byte): its script takes the
    version off its title there."""
    titles = {}
    for version in site.versions:
        page.goto(site.version_url(lang, version))
        assert page.title().startswith(version_words(lang, version) + " - "), page.title()
        titles[version] = page.title()
    assert len(set(titles.values())) == len(site.versions)
    page.goto(site.policy_url(lang))
    assert page.title() == titles[site.latest].removeprefix(version_words(lang, site.latest) + " - ")
    assert page.title() == page.locator(".md-header__topic .md-ellipsis").first.inner_text().strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("where", ["archived", "changes", "latest"])
def test_a_printed_page_of_a_version_says_which_version_it_is_and_its_address(page, site, lang, where):
    """A printout (or a browser's PDF) filed by a DPO says which text it is and where it is online: the printed
    page showed neither (its header and address bar are not printed). The dated address, at latest/ too."""
    version = site.latest if where == "latest" else site.archived[-1]
    page.clock.set_fixed_time(dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC))  # French's "1er mars 2027"
    page.goto(site.version_url(lang, "latest" if where == "latest" else version) + ("changes/" if where == "changes" else ""))
    line = page.locator(".policy-print")
    assert not line.is_visible(), "the line is for the paper: the screen has the header and the address bar"
    page.emulate_media(media="print")
    assert line.is_visible()
    text = line.inner_text()
    assert long_date(dt.date.fromisoformat(version), lang) in text
    assert text.startswith(strings(lang)["version"].split("{date}")[0])
    # the address, then the day it was read (reader hunt 44): "(in force)" beside a later version is that day's
    read = strings(lang)["accessed"].format(date=long_date(dt.date(2027, 3, 1), lang))
    assert " ".join(text.split()).endswith(" " + " ".join(read.split()))
    address = text[:text.rindex(read.split()[0])].split()[-1]
    assert address.startswith("https://")
    assert address.endswith(f"/{lang}/{version}/" + ("changes/" if where == "changes" else ""))
    assert on_screen(page, ".policy-print")["bottom"] <= on_screen(page, ".md-content h1")["top"]


# The version list a page reads first is versions-recent.json (branch.listings): the four versions of
# this archive all fit in it, so the tests below serve a shorter one, as an archive of many versions has.

def serve_recent(page, site, lang: str, keep: int) -> None:
    """`<lang>/versions-recent.json` as if the archive held more versions: only its first `keep` entries."""
    import json

    entries = json.loads((site.root / lang / "versions-recent.json").read_text(encoding="utf-8"))[:keep]
    page.route(f"**/{lang}/versions-recent.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(entries)))


def history_entry(page) -> list:
    """The selector's last entry: its words and where it leads."""
    last = page.locator(".md-version__list > li").last.locator("a")
    return [last.text_content().strip(), last.evaluate("a => a.href")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_first_visit_reads_the_recent_versions_only_and_opening_the_selector_reads_nothing_more(
        page, site, traffic, lang):
    """Opening the selector read versions.json whole (about 20 KiB gzip and 1,000 links at 1,000 versions: issue 16):
    its last entry links the history of versions instead, which lists them all."""
    go(page, site.policy_url(lang))
    page.wait_for_selector(".md-version__list", state="attached")
    page.hover(".md-header .md-version")
    expect(page.locator(".md-version__list [data-policy-history]")).to_be_visible()
    quiet(page)
    asked = [url for url in traffic.requests if url.endswith("versions.json") or url.endswith("versions-recent.json")]
    assert asked == [f"{site.base}/{lang}/versions-recent.json"]  # once, for Material and both notices
    assert len(selector_items(page)) == len(site.versions)
    assert history_entry(page) == [strings(lang)["history_link"], f"{site.base}/{lang}/history/"]
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_selector_lists_the_recent_versions_then_the_history_which_reaches_the_others(page, site, traffic, lang):
    serve_recent(page, site, lang, keep=2)
    page.goto(site.version_url(lang, "latest", "s2"))
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function("() => window.scrollY === 0")
    page.hover(".md-header .md-version")
    expect(page.locator(".md-version__list [data-policy-history]")).to_be_visible()
    assert [title for title, _ in selector_items(page)] == [t for t, _ in selector_items_expected(site, lang)[:2]]
    page.locator(".md-version__list [data-policy-history]").click()  # not a version: followed as a plain link
    page.wait_for_url(f"{site.base}/{lang}/history/")
    for version in site.versions:  # every version, from its page (read without JavaScript too: test_archive_pages)
        assert page.locator(f"a[href$='{version}/']").count() >= 1
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_version_older_than_the_recent_list_lists_the_recent_entries_its_own_and_the_history(
        page, site, traffic, lang):
    """Its notice reads every version since; its selector, as a recent version's, the recent entries and its own
    (issue 16: the first of 1,000 versions held 1,000 links in its menu), then the history of versions."""
    serve_recent(page, site, lang, keep=2)
    version = site.archived[0]
    page.goto(site.version_url(lang, version))
    page.locator("[data-md-component=outdated]").wait_for(state="visible")
    assert current_version(page) == [SYNTHETIC_TITLES[lang][-1], None]
    every = selector_items_expected(site, lang)
    assert len(every) > 3 and every[-1] == [SYNTHETIC_TITLES[lang][-1], None]  # this one, the oldest
    assert selector_items(page) == every[:2] + every[-1:]
    assert page.locator(".policy-version .policy-newer-list li").count() == len(site.versions) - 1
    page.hover(".md-header .md-version")
    expect(page.locator(".md-version__list [data-policy-history]")).to_be_visible()
    assert selector_items(page) == every[:2] + every[-1:]
    assert history_entry(page) == [strings(lang)["history_link"], f"{site.base}/{lang}/history/"]
    assert traffic.errors == []


def selector_items_expected(site, lang: str) -> list[list]:
    in_force = long_date(dt.date.fromisoformat(site.latest), lang) + {"fr": " (en vigueur)", "en": " (in force)"}[lang]
    return [[in_force, None]] + [[title, None] for title in SYNTHETIC_TITLES[lang]]


def test_the_version_menu_marks_the_sites_words_where_the_site_has_none_in_the_pages_language(page, site, traffic):
    """Reader10, round 9's finding: on a Hungarian site (the site's words in English) the version menu said
    "2023. március 1. (in force)" as Hungarian. policy.js marks the bracketed words as the footer marks the site's
    words, the date left in the page's language. The French page served as a page of another language whose site
    words are French (its footer marked so, as pages.marks marks a fallback's)."""
    url = site.policy_url("fr")

    def as_other_language(route, _request):
        body = route.fetch().text().replace('<html lang="fr"', '<html lang="lv"', 1)  # (no words: Latvian, company20)
        body = body.replace('<nav class="policy-links"', '<nav class="policy-links" lang="fr" dir="ltr"', 1)
        route.fulfill(body=body, content_type="text/html; charset=utf-8")

    page.route(url, as_other_language)
    page.goto(url)
    page.wait_for_selector(".md-version__list", state="attached")
    date = long_date(dt.date.fromisoformat(site.latest), "fr")
    marked = page.locator(".md-version__link[data-policy-aside] > span[lang]")
    expect(marked).to_have_count(1)
    said = page.evaluate("""() => [...document.querySelectorAll('.md-version__current, .md-version__link')]
        .filter(e => !e.hasAttribute('data-policy-history')).map(e => [e.firstChild.textContent.trim(),
            [...e.querySelectorAll('span[lang]')].map(s => [s.textContent.trim(), s.lang, s.dir])])""")
    assert said[0] == [date, [["(en vigueur)", "fr", "ltr"]]], said
    assert said[1] == said[0] and all(marks == [] for _title, marks in said[2:]), said
    expect(page.locator(".md-version__link[aria-current=page]")).to_have_count(1)
    assert traffic.errors == []
