"""Words13, session 39: what a reader of any language is told (reader12's leads)."""
from __future__ import annotations

import datetime as dt

import pytest
from reader import go
from test_not_found import _as_a_host_serves_it, _own_path
from test_versions import serve_announced

from policysite.strings import long_date, strings


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_archived_version_tells_its_reader_when_the_announced_version_takes_effect(page, site, lang):
    """Reader12: an archived version's "Versions published since" leaves out a version announced ahead (it is not in
    force), and the banner saying when it takes effect shows on the version in force only: a reader of an old version
    was not told of the coming change. After the list, the banner's words say its date and link its changes; the list
    itself still names only the versions that took effect."""
    ahead = serve_announced(page, site, lang)
    version = site.archived[0]
    page.goto(site.version_url(lang, version))
    told = page.locator(".policy-version .policy-newer-ahead")
    told.wait_for()
    before, _, after = strings(lang)["upcoming_banner"].partition("{date}")
    date = long_date(dt.date.fromisoformat(ahead), lang)
    assert " ".join(told.inner_text().split()) == " ".join(f"{before}{date}{after}{strings(lang)['upcoming_link']}"
                                                           .split())
    assert told.locator("time").get_attribute("datetime") == ahead
    assert told.locator("a").get_attribute("href") == f"../{ahead}/changes/"
    listed = page.locator(".policy-version .policy-newer-list time")
    assert ahead not in listed.evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")


def test_an_archived_version_with_nothing_announced_says_nothing_of_it(page, site):
    page.goto(site.version_url("en", site.archived[0]))
    page.locator(".policy-version .policy-newer-list li").first.wait_for()
    assert page.locator(".policy-newer-ahead").count() == 0


@pytest.mark.parametrize(("mount", "address", "first"), [
    ("own", "en/no-such-page/", "en"), ("own", "fr/2099-01-01/", "fr"), ("own", "no-such-page/", "fr"),
    ("/sub/", "/sub/en/no/such/page", "en"), ("/fr/", "/fr/en/no-such-page/", "en"), ("/en/", "/en/no-such/page/", "fr")])
def test_the_404_page_says_it_first_in_the_language_of_the_address_asked_for(page, site, mount, address, first):
    """Reader12: the root's 404 page (one page for every missing address) said it in French first for any address, a
    /hu/ one included. Its script puts first the language whose folder the address is in (wherever the copy is served:
    a copy at `/fr/` asked for `/fr/en/…` is an English address), its words the heading and the tab's title; an address
    in no language's folder (a copy at `/en/` asked for `/en/no-such/page/`) keeps the site's first language first."""
    if mount == "own":
        mount = _own_path(site)
        address = mount + address
    _as_a_host_serves_it(page, site, mount)
    go(page, site.base + address)
    said = page.locator("article [data-policy-code]")
    assert said.evaluate_all("ds => ds.map(d => d.dataset.policyCode)")[0] == first
    heading = said.first.locator("h1#__not-found")
    assert heading.inner_text() == strings(first)["not_found"] and page.locator("h1").count() == 1
    assert page.title().startswith(strings(first)["not_found"] + " - ")
    assert said.first.get_attribute("lang") == first


def test_without_scripts_the_404_page_keeps_its_order(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    mount = _own_path(site)
    _as_a_host_serves_it(page, site, mount)
    page.goto(f"{site.base}{mount}en/no-such-page/", wait_until="load")  # without scripts nothing follows the load
    assert page.locator("article [data-policy-code]").first.get_attribute("data-policy-code") == "fr"
