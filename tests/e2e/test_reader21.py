"""Reader21, session 46: a phone held upright with the browser's text at 200 % (320 x 568 px), where the sticky header
took 47 % of the screen; and the search opened on a phone, which Tab left for the page under it."""
from __future__ import annotations

import pytest
from reader import go, settled, started

LARGE_TEXT = {"fontSizes": {"standard": 32, "fixed": 26}}  # Chromium's own text size, as a reader sets it
# What stays over the page as it scrolls: the header and an archived version's notice, where shown
COVERED = """() => Math.max(0, ...[...document.querySelectorAll('.md-header, [data-md-component=outdated]')]
    .filter(e => e.checkVisibility()).map(e => e.getBoundingClientRect().bottom))"""


def _large_text(new_context, size: dict):
    page = new_context(viewport=size).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", LARGE_TEXT)
    return page


@pytest.mark.parametrize("version", ["latest", "archived"])
@pytest.mark.parametrize("size", [{"width": 320, "height": 568}, {"width": 375, "height": 667}])
def test_on_a_phone_held_upright_with_large_text_the_header_leaves_the_text_most_of_the_screen(new_context, site,
                                                                                              version, size):
    """At 320 x 568 px with the text at 200 % (WCAG 1.4.10, 2.4.11) the header, two rows there, stayed over the page
    as it scrolled: 267 px, 47 % of the screen, over every section a reader went to or tabbed to. It scrolls away
    with the page (an archived version's notice stays): the section an address names is on the screen below what
    stays, and scrolled on, the header is gone: over the text stays nothing, or the notice (before, 475 px of 568
    with the header under it)."""
    page = _large_text(new_context, size)
    go(page, site.version_url("fr", site.archived[-1] if version == "archived" else version, "s2"))
    page.locator(".md-version__current").wait_for()
    settled(page)
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "text not enlarged"
    heading = page.evaluate("() => { const r = document.getElementById('s2').getBoundingClientRect(); "
                            "return [r.top, r.bottom] }")
    assert page.evaluate(COVERED) - 1 <= heading[0] and heading[1] <= size["height"], (page.evaluate(COVERED), heading)
    # what Tab focuses after the text's last link on the screen (a link, or a wide table's box taller than the
    # screen) starts on the screen below what stays (WCAG 2.4.11)
    page.evaluate("""() => { const links = [...document.querySelectorAll('.md-content a[href]')];
        links[links.findIndex(a => a.getBoundingClientRect().top > innerHeight) - 1].focus(); }""")
    settled(page)
    page.keyboard.press("Tab")
    settled(page)
    place = page.evaluate("() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom] }")
    assert page.evaluate(COVERED) - 1 <= place[0] < size["height"] - 20, (page.evaluate(COVERED), place)
    page.mouse.wheel(0, 1500)
    settled(page)
    assert page.locator(".md-header").evaluate("e => e.getBoundingClientRect().bottom") <= 0
    if version == "archived":  # the notice still says the text is no longer in force (finding 16): it alone stays
        assert page.locator(".policy-archived").evaluate("e => e.getBoundingClientRect().top") >= -1
    assert page.evaluate(COVERED) <= size["height"] / (3 if version == "latest" else 2), page.evaluate(COVERED)


def test_on_a_desktop_the_header_stays_over_the_page(new_context, site):
    """The header scrolls away only where it would take much of the screen: on a desktop, even with the text at
    200 %, it stays at the top as the page scrolls (Material's, and where the version and language menus are)."""
    page = _large_text(new_context, {"width": 1280, "height": 800})
    go(page, site.version_url("fr"))
    page.mouse.wheel(0, 1500)
    settled(page)
    assert page.locator(".md-header").evaluate("e => e.getBoundingClientRect().top") == 0


STOP = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
    return {open: document.getElementById('__search').checked, inside: !!e.closest('.md-search'),
            shown: e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && r.bottom > 0
                   && r.top < innerHeight, name: e.tagName + '.' + e.className}; }"""


@pytest.mark.parametrize(("size", "text"), [({"width": 375, "height": 667}, False),
                                            ({"width": 320, "height": 568}, True)])
def test_with_the_search_open_on_a_phone_tab_goes_round_the_search_and_escape_closes_it(new_context, site, size,
                                                                                        text):
    """On a phone the open search covers the whole page: Tab closed it and focused the page's first link after the
    header, drawn under the search as it faded out, then out of sight once the search gave back the page's scroll;
    Shift+Tab went from the field whatever had focus (Material focuses its field on any key). Tab and Shift+Tab go
    round the field and the results, the search open; Escape closes it, focus back on the search's button."""
    page = _large_text(new_context, size) if text else new_context(viewport=size).new_page()
    go(page, site.policy_url("fr"))
    started(page)
    button = page.locator(".md-header__button[for=__search]")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("données")
    page.locator(".md-search-result__link").first.wait_for()
    settled(page)
    seen = []
    for key in ["Tab"] * 8 + ["Shift+Tab"] * 10:
        page.keyboard.press(key)
        stop = page.evaluate(STOP)
        assert stop["open"] and stop["inside"] and stop["shown"], (key, len(seen), stop)
        seen.append(stop["name"])
    assert seen.count("INPUT.md-search__input focus-visible") >= 2, seen  # round, both ways
    assert seen[8] == seen[6], seen  # Shift+Tab goes back to the stop before
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    page.wait_for_function("() => document.activeElement.matches('.md-header__button[for=__search]')")


def test_on_a_desktop_tab_from_the_search_still_goes_on_to_the_page(page, site):
    """Above 60em the search is a box in the header, the page beside it: Tab leaves it for the page, as Material
    has it (and test_reader_controls' next stop is something shown)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    go(page, site.policy_url("fr"))
    page.focus(".md-search__input")
    page.keyboard.type("données")
    page.locator(".md-search-result__link").first.wait_for()
    page.keyboard.press("Tab")
    assert not page.evaluate(STOP)["inside"]


@pytest.mark.parametrize(("word", "lang"), [("Madde", "tr"), ("Article", "en"), ("סעיף", "he"), ("धारा", "hi")])
def test_switching_version_finds_a_section_numbered_with_a_word_by_its_title(page, serve, tmp_path, word, lang):
    """A heading's number written with its word, `Madde 3 – Haklarınız`, was read as part of its title by the version
    selector: renumbered `Madde 4 – Haklarınız` in the next version (a section inserted before it), it matched no
    title there, and the reader landed on that version's `Madde 3`, another section, silently. The word and number go
    as a bare number does: the section of the same title, both ways."""
    from test_reader20 import _shell
    from test_reader_controls import _switched

    versions = {"2024-01-15": ("Amaç", "Veriler", "Haklarınız"), "2024-06-01": ("Amaç", "Veriler", "Saklama", "Haklarınız")}
    for version, titles in versions.items():
        other = next(v for v in versions if v != version)
        body = "".join(f'<h2 id="s{n}">{word} {n} – {title}<a class="headerlink" href="#s{n}">¶</a></h2>'
                       + "<p>x</p>" * 40 for n, title in enumerate(titles, start=1))
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_shell(lang, version, other, body), encoding="utf-8")
    assert _switched(page, serve, tmp_path, "2024-01-15/#s3") == "/2024-06-01/#s4"
    assert _switched(page, serve, tmp_path, "2024-06-01/#s4") == "/2024-01-15/#s3"
    assert _switched(page, serve, tmp_path, "2024-01-15/#s2") == "/2024-06-01/#s2"
