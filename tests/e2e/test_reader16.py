"""Reader16, session 42: a section's dated link (`latest/#2022-03-01.s3`) lands without JavaScript, and policy.js
resolves a dated address by the rule `policy at` uses (tests/data/dated_links.json), in Chromium, on three synthetic
versions that each insert a section before Cookies (test_reader15's)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader import go, settled
from test_reader15 import DATES, renumbered  # noqa: F401 - the published site, a module fixture

TABLE = json.loads((Path(__file__).parent.parent / "data" / "dated_links.json").read_text(encoding="utf-8"))


def _top(page, anchor: str) -> float:
    return page.evaluate(f"document.getElementById({anchor!r}).getBoundingClientRect().top")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_javascript_a_dated_link_given_at_latest_lands_on_its_section(new_context, renumbered, lang):  # noqa: F811
    """reader15's dated ids existed only for policy.js: without scripts `latest/#2021-02-17.s3` left the reader at the
    top, under the note saying the version lacks that section, though it has it. At latest/ a heading's "¶" now names
    its section by its id dated with the version from which it had it (anchors.since_ids), an id the page carries at
    that section: the browser lands there itself, on latest/ and on every later version, with no note; a section's
    dated link copied while Cookies was §3 or §4 lands on Cookies (§5) after two insertions."""
    scripted = new_context().new_page()
    go(scripted, f"{renumbered}/{lang}/latest/")
    hrefs = scripted.eval_on_selector_all(".md-content h2 a.headerlink", "all => all.map(a => a.getAttribute('href'))")
    assert hrefs == [f"#{DATES[0]}.s1", f"#{DATES[0]}.s2", f"#{DATES[1]}.s3", f"#{DATES[2]}.s4", f"#{DATES[0]}.s5"]
    # (the bytes of the first visit: the 404 page's script and the other pages' styles are theirs alone)
    loaded = scripted.evaluate("performance.getEntriesByType('resource').map(e => e.name.split('/').pop())")
    assert "policy.js" in loaded and "notfound.js" not in loaded and "pages.css" not in loaded, loaded
    page = new_context(java_script_enabled=False).new_page()
    # what latest/'s "¶" gave while each version was in force (its stretch of that id), and the section it names now
    given = {f"{DATES[0]}.s3": "s5", f"{DATES[0]}.s4": "s5", f"{DATES[1]}.s3": "s3", f"{DATES[2]}.s4": "s4",
             f"{DATES[0]}.s1": "s1", f"{DATES[0]}.s5": "s5"}
    for dated, section in given.items():
        page.goto(f"{renumbered}/{lang}/latest/#{dated}", wait_until="load")
        top = _top(page, section)
        assert page.evaluate("scrollY") > 0 and 0 <= top < page.viewport_size["height"] / 2, (dated, top)
        assert not page.locator(".md-content .policy-unscripted").is_visible(), dated
    page.goto(f"{renumbered}/{lang}/{DATES[1]}/#{DATES[0]}.s3", wait_until="load")  # the version between: §4 Cookies
    assert 0 <= _top(page, "s4") < page.viewport_size["height"] / 2
    page.goto(f"{renumbered}/{lang}/latest/#{DATES[0]}.s9", wait_until="load")  # no section had it: the note says so
    assert page.locator(".md-content .policy-unscripted").is_visible()


def test_policy_js_resolves_a_dated_address_by_the_table_policy_at_follows(page, renumbered):  # noqa: F811
    """The table anchors.dated_target is held to (tests/unit/test_reader16_at.py), read by policy.js on latest/, whose
    sections and dated ids are the table's: an address the page has no element for goes to the section the rule names,
    and one naming none leaves the page at its top under the note. A day between two versions (`2021-06-01.s3`) names
    the id as it was in the version in force that day (Cookies, §3 of 2021-02-17: it went to today's §3, Security)."""
    assert TABLE["here"] == DATES[-1] and tuple(TABLE["versions"]) == DATES
    for asked, section in TABLE["cases"]:
        page.goto("about:blank")
        go(page, f"{renumbered}/fr/latest/#{asked}")
        _lands(page, asked, section)


def _lands(page, asked: str, section: str | None) -> None:
    """The page at `#asked` settles on `section`, or at its top under the note where None."""
    settled(page)
    missing = page.locator(".md-content .policy-missing").is_visible()
    if section is None:
        assert missing and page.evaluate("scrollY") == 0, asked
    else:
        assert not missing and 0 <= _top(page, section) < page.viewport_size["height"] / 2, asked


def test_a_dated_address_of_a_day_before_the_recent_versions_reads_every_version(page, renumbered):  # noqa: F811
    """The versions' dates come from versions-recent.json, which the page reads anyway (on-demand.js): no request more
    for a day it covers. A day before its first needs versions.json, read then (here the recent list is cut to the
    version in force, as at more than seven versions). On the page of 2022-03-01, a day of 2023-05-10 names nothing."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url.rsplit("/", 1)[-1]))

    def recent(route):
        response = route.fetch()
        route.fulfill(response=response, json=response.json()[:1])

    page.route("**/versions-recent.json", recent)
    for day, section in (("2023-06-01.s4", "s4"), ("2021-06-01.s3", "s5"), ("2022-06-01.s4", "s5")):
        page.goto("about:blank")
        asked.clear()
        go(page, f"{renumbered}/fr/latest/#{day}")
        _lands(page, day, section)
        assert ("versions.json" in asked) == (day < DATES[-1]), (day, asked)
    for day, section in (("2022-06-01.s4", "s4"), ("2021-06-01.s3", "s4"), ("2023-06-01.s4", None)):
        page.goto("about:blank")
        go(page, f"{renumbered}/fr/{DATES[1]}/#{day}")
        _lands(page, day, section)


def test_with_javascript_on_a_slow_network_the_note_said_without_scripts_never_shows(new_context, renumbered):  # noqa: F811
    """The note said to a reader without scripts was hidden once Material's bundle, the body's last script, removed
    `no-js`: while it loaded (a slow network), the page was drawn with the note under the header, which then vanished.
    A script in the head says the page runs scripts before it is drawn (partials/javascripts/scripted.html, allowed by
    the page's Content-Security-Policy by its hash): held before the bundle, the page shows its text without it."""
    page = new_context().new_page()
    held, refused = [], []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.route("**/bundle.*.min.js", lambda route: held.append(route))  # answered once the page is looked at
    page.goto(f"{renumbered}/fr/latest/#s9", wait_until="commit")
    note = page.locator(".md-content .policy-unscripted")
    page.locator("#s5").wait_for(state="attached")  # the text is read (and drawn) past the note
    assert held and page.locator("html.no-js").count() == 1  # the bundle has not run
    assert not note.is_visible()
    assert page.locator("html.policy-js").count() == 1  # the head's script has, its hash allowed
    held[0].continue_()
    page.locator("html.js").wait_for(state="attached")
    page.locator(".md-content .policy-missing").wait_for(state="visible")  # policy.js's own note
    assert not note.is_visible() and refused == []


def test_the_version_selector_keeps_the_section_a_dated_link_named(page, renumbered):  # noqa: F811
    """Opened at `latest/#2021-02-17.s5` (Cookies, §5 since the first version's id s5 was free: a dated id the page
    carries), the version selector took that address to the version of 2022-03-01, which has no such id: the reader
    landed at its top under the note that the version lacks the section. It names the section by its heading, as it
    does for a former id, and lands on Cookies, §4 there."""
    go(page, f"{renumbered}/fr/latest/#{DATES[0]}.s5")
    link = page.locator(f'.md-version__link[href*="/{DATES[1]}/"]')
    link.wait_for(state="attached")
    with page.expect_navigation():
        link.dispatch_event("click")
    page.wait_for_url(f"{renumbered}/fr/{DATES[1]}/#s4")
    settled(page)
    assert 0 <= _top(page, "s4") < page.viewport_size["height"] / 2
    assert page.locator("#s4").inner_text().strip() == "4. Cookies¶"
    assert not page.locator(".md-content .policy-missing").is_visible()
