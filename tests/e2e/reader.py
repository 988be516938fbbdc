"""What a reader does in the browser: read and search a page, switch language or version with the mouse."""
from __future__ import annotations

import datetime as dt
import json
import re
import time
import weakref


def use_the_page(page, url: str, lang: str) -> None:
    """Open the version menu (if any: material hides it once the title scrolls away), read to the end,
    search (the policy pages; the history and compare pages have nothing to search), open the language menu."""
    go(page, url)
    if page.locator(".md-header .md-version").count():
        page.hover(".md-header .md-version")
    page.mouse.wheel(0, 20000)
    if page.locator(".md-search__input").count():
        page.locator(".md-search__input").click()
        page.keyboard.type("données" if lang == "fr" else "data")
        page.locator(".md-search-result__item").first.wait_for()
        page.keyboard.press("Escape")
    page.hover(".md-header .md-select")
    quiet(page)  # the menu faded in: axe read its links' grey mid-fade (#7f7f7f on white) on a busy machine


# Still: no transition or animation running (endless ones aside), and the scroll and the page's height the same as
# at the frame before.
_STILL = """() => {
    const moving = document.getAnimations().some(a => a.playState === 'running'
        && a.effect && a.effect.getComputedTiming().endTime !== Infinity);
    const at = `${scrollX},${scrollY},${document.documentElement.scrollHeight}`;
    const still = window.__policySettled === at;
    window.__policySettled = at;
    return !moving && still;
}"""


def settled(page) -> None:
    """Wait until the page has stopped moving: each transition ended (a menu faded in, the header's topics swapped),
    a scroll finished, a size the page's scripts observe applied. A fixed pause guessed how long that takes, and a
    busy machine outran it."""
    page.evaluate("() => { window.__policySettled = null; }")
    page.wait_for_function(_STILL, polling="raf")


def resized(page, size: dict) -> None:
    """Set the screen's (or the paper's) size and wait until the page has settled at it: the resize, and what the
    page's scripts do on it (they observe sizes), come at the next frames; a read straight after set_viewport_size
    could find the layout of the size before on a busy machine."""
    page.set_viewport_size(size)
    settled(page)


def heading_top(page, anchor: str) -> float:
    """Where the heading `anchor` is, in pixels from the top of the screen."""
    return page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor)


def open_menu_and_click(page, menu: str, link: str) -> None:
    """Hover a header menu (language, version) until it has faded in, then click one of its links.

    page.mouse only: locator.hover() and locator.click() scroll a sticky header "into view", i.e. the
    page to its top, and the scroll position (the reader's section) is what is under test."""
    box = page.locator(menu).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("""sel => { const list = document.querySelector(sel);
        return list && getComputedStyle(list).opacity === '1'
            && list.getAnimations().every(a => a.playState === 'finished'); }""",
                           arg=f"{menu} .md-version__list, {menu} .md-select__inner")
    box = page.locator(link).bounding_box()
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_load_state()


def switch_language(page, lang: str) -> None:
    """Open the header's language menu and click a language (not the side-by-side page in it)."""
    open_menu_and_click(page, ".md-header .md-select",
                        f'.md-header .md-select a[hreflang="{lang}"]:not([data-policy-sides])')


def switch_version(page, version: str) -> None:
    """Open the header's version selector and click a version (`2021-02-17` or `latest`)."""
    open_menu_and_click(page, ".md-header .md-version", f'.md-version__link[href*="/{version}/"]')


def tab_to(page, selector: str, presses: int = 80) -> None:
    """Press Tab until focus is on `selector`, as a keyboard reader reaches a control."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def press_and_land(page, key: str = "Enter") -> None:
    """Press a key on a focused link and wait until the page it leads to has landed."""
    with page.expect_navigation():
        page.keyboard.press(key)
    landed(page)


# Material reads versions.json (on-demand.js answers it), then draws the version button and an archived version's
# notice, whose height moves the section scrolled to (policy.js brings it back).
_DRAWN = """() => { const config = document.getElementById('__config');
    return !(config && JSON.parse(config.textContent).version) || !!document.querySelector('.md-version__current') }"""


def landed(page) -> None:
    """Wait until a page just navigated to is loaded, its versions drawn (where the site has them) and still. The
    network's quiet half second stood for that: a page slowed 6x never got it in 30 s, and a busy one got it early."""
    page.wait_for_load_state()
    page.wait_for_function(_DRAWN)
    settled(page)


# Material reads the sitemap of each language the page links to (link rel=alternate) once it has started; the
# network's quiet half second (networkidle) was over before a busy machine's page got to it.
_STARTED = """() => [...document.querySelectorAll('link[rel=alternate][href]')].every(link => performance
    .getEntriesByType('resource').some(entry => entry.name === new URL('sitemap.xml', link.href).href))"""


def started(page) -> None:
    """Wait until the theme has made the requests it makes at the start of every page (each alternate's sitemap)."""
    page.wait_for_function(_STARTED)


# Each page's requests, as Playwright reports them (`track`, from the page's creation): every address asked, and those
# asked and not yet answered (or failed).
_ASKED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PENDING: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def track(page) -> None:
    """Record the page's requests from now on (conftest.open_context does it for every page)."""
    asked: set[str] = set()
    pending: set = set()
    _ASKED[page], _PENDING[page] = asked, pending

    def ask(request) -> None:
        asked.add(request.url)
        pending.add(request)

    page.on("request", ask)
    page.on("requestfinished", lambda request: pending.discard(request))
    page.on("requestfailed", lambda request: pending.discard(request))


# The sitemap of each language the page links to (link rel=alternate), which Material reads once it has started.
_SITEMAPS = "() => [...document.querySelectorAll('link[rel=alternate][href]')].map(l => new URL('sitemap.xml', l.href).href)"


def quiet(page) -> None:
    """Wait until the page is loaded, has drawn what its scripts draw at the start (the version button) and made the
    requests they make then (the sitemaps), has no request pending and is still: what the tests read once a page is
    open. Chromium's networkidle, half a second without a request, cost every page load that half second, and on a
    busy machine came before a long page was parsed or after the scripts' requests were due. Read from Playwright's
    events, not the page's performance entries, which a test's fake clock (page.clock) empties."""
    page.wait_for_load_state()
    page.wait_for_function(_DRAWN)
    asked, pending = _ASKED.get(page, set()), _PENDING.get(page, set())
    sitemaps = set(page.evaluate(_SITEMAPS)) if page in _ASKED else set()
    deadline = time.monotonic() + 30
    while True:
        while (pending or not sitemaps <= asked) and time.monotonic() < deadline:
            page.wait_for_timeout(10)  # Playwright hands over the page's events while it waits
        assert sitemaps <= asked and not pending, \
            f"after 30 s: pending {sorted(r.url for r in pending)[:5]}, not asked {sorted(sitemaps - asked)}"
        settled(page)  # a request a script makes on a response or at a frame is asked by now
        if not pending:
            return


def go(page, url: str):
    """Open `url` and wait until the page is quiet (`quiet`): its response."""
    _ASKED.get(page, set()).clear()  # the sitemaps this document asks for, not the page before's
    response = page.goto(url)
    quiet(page)
    return response


def with_first_section_holding(page, url: str, html: str) -> str:
    """`url` served with `html` after the first paragraph of its first section, as the site's Markdown renders it:
    Material and the site's scripts then treat it as they treat the text's own. Returns `url`."""

    def inject(route, _request):
        response = route.fetch()
        body = response.text()
        at = body.index("</p>", body.index("<h2", body.index('class="md-content__inner'))) + len("</p>")
        route.fulfill(response=response, body=body[:at] + html + body[at:])

    page.route(url, inject)
    return url


def in_each_scheme(page, schemes: tuple[str, ...] = ("light", "dark")):
    """Show the open page in each colour scheme in turn, settled, yielding the scheme: the site's dark scheme is its
    stylesheets' `prefers-color-scheme` alone (no script reads it), so one page load serves both readers."""
    for scheme in schemes:
        page.emulate_media(color_scheme=scheme)
        assert page.evaluate("s => matchMedia(`(prefers-color-scheme: ${s})`).matches", scheme), scheme
        settled(page)  # the colours' transitions
        yield scheme


def handed_over(page, held: list, count: int = 1) -> None:
    """Wait until the route handler filling `held` has been given `count` requests: Playwright hands a held route
    over while it waits, after the page asked for it (a click that fetches returns before). 60 s: a net only."""
    deadline = time.monotonic() + 60
    while len(held) < count and time.monotonic() < deadline:
        page.wait_for_timeout(20)
    assert len(held) >= count, f"{len(held)} of {count} requests came"


def with_late_days(page, at_url: str, *, shown: str, late: str) -> dt.date:
    """Route the at page `at_url` with a version `late` published three days after its date, `shown` in force until it
    reached the site, as building.build_archive writes the branch's late days into the page; the late version's date."""
    from policysite import archive

    start = dt.date.fromisoformat(late)
    said = archive.late_said([{"version": late, "from": late, "until": (start + dt.timedelta(days=2)).isoformat(),
                               "shown": shown, "published": (start + dt.timedelta(days=3)).isoformat()}], lang="fr")

    def with_late(route):
        body = route.fetch().text()
        data = re.search(r'(class="policy-at-data">)(.*?)(</script>)', body)
        route.fulfill(body=body.replace(data[0], data[1] + json.dumps({**json.loads(data[2]), "late": said}) + data[3]),
                      content_type="text/html; charset=utf-8")

    page.route(at_url, with_late)
    return start


def as_a_static_host(page, base: str, not_found: bytes) -> None:
    """A missing address under `base` answered as a static host answers it: the site's 404.html (`not_found`), status
    404."""
    def answer(route, request):
        response = route.fetch()
        if response.status == 404 and request.resource_type == "document":
            return route.fulfill(status=404, body=not_found, content_type="text/html; charset=utf-8")
        return route.fulfill(response=response)

    page.route(f"{base}/**", answer)
