"""The site's root sends a reader to the text in their browser's language when the site has it, privately (reader
hunt 47): it sent every reader to the authoritative language, whatever their browser asked for."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from reader import quiet
from wcag import axe, describe

from helpers import copy_project
from policysite import build


@pytest.mark.parametrize(("languages", "lands"), [
    (["en-GB", "en"], "en"),   # a region of a language the site has
    (["fr-CA"], "fr"),
    (["de-DE", "de", "en-US"], "en"),  # the first the site has, in the reader's order
    (["en", "fr"], "en"),
    (["ja"], "fr"),            # none: the authoritative text
])
def test_the_root_sends_a_reader_to_the_text_in_their_browsers_language(new_context, site, traffic, languages, lands):
    context = new_context(locale=languages[0])
    context.add_init_script(f"Object.defineProperty(navigator, 'languages', {{get: () => {languages!r}}})")
    page = context.new_page()
    page.goto(site.base + "/")
    page.wait_for_url(f"{site.base}/{lands}/latest/")
    quiet(page)
    assert page.evaluate("document.documentElement.lang") == lands
    assert {urlsplit(url).netloc for url in traffic.requests} == {urlsplit(site.base).netloc}, traffic.requests
    assert context.cookies() == [] and traffic.errors == [], traffic.errors


def test_the_root_reads_nothing_but_its_links_and_stores_nothing(new_context, site, traffic):
    """The root page's one request is itself, its script leaves no cookie nor storage, and the history holds the text
    (Back leaves the site, as a redirect does: `location.replace`)."""
    context = new_context(locale="en-GB")
    # the text answers "204 No Content": the browser stays on the root page, as it would were the text slow to come
    context.route(re.compile(r"/(fr|en)/latest/"), lambda route: route.fulfill(status=204))
    page = context.new_page()
    with page.expect_request(re.compile(r"/en/latest/$")):
        page.goto(site.base + "/", wait_until="commit")
    assert [urlsplit(url).path for url in traffic.requests][:1] == ["/"]
    assert all(urlsplit(url).path in ("/", "/en/latest/") for url in traffic.requests), traffic.requests
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") == [0, 0, ""]


def test_without_scripts_the_root_sends_every_reader_to_the_authoritative_text(new_context, site):
    page = new_context(locale="en-GB", java_script_enabled=False).new_page()
    page.goto(site.base + "/")
    page.wait_for_url(f"{site.base}/fr/latest/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_root_page_a_reader_stays_on_meets_aa(new_context, site, scheme):
    """What a reader sees if the page does not send them on (a setting, a text browser): a link to each text."""
    context = new_context(color_scheme=scheme)
    context.route(re.compile(r"/(fr|en)/latest/"), lambda route: route.fulfill(status=204))
    page = context.new_page()
    with page.expect_request(re.compile(r"/(fr|en)/latest/$")):
        page.goto(site.base + "/", wait_until="commit")
    assert page.locator("a[hreflang]").count() == 2
    results = axe(page)
    assert results["violations"] == [], "\n" + describe(results["violations"])


@pytest.mark.parametrize(("languages", "lands"), [
    (["zh-TW"], "zh-Hant"), (["zh-HK", "en"], "zh-Hant"), (["zh-CN"], "zh-Hans"), (["zh-Hant-TW"], "zh-Hant"),
    (["zh"], "zh-Hans"), (["pt-PT"], "pt-BR"), (["en-US"], "en"),
])
def test_the_root_of_a_site_in_two_scripts_of_a_language_reads_the_readers_script(new_context, serve, tmp_path,
                                                                                   languages, lands):
    """A site in English, Simplified and Traditional Chinese and Brazilian Portuguese: a reader in Taiwan or Hong
    Kong (`zh-TW`, `zh-HK`: Traditional script) reads zh-Hant, one in mainland China zh-Hans; a language the site has
    in one form only (pt-BR for `pt-PT`) is that form."""
    codes = ("en", "zh-Hans", "zh-Hant", "pt-BR")
    links = [{"href": f"{code}/latest/", "lang": code, "dir": "ltr", "text": code} for code in codes]
    project = copy_project(tmp_path / "project", docs=None)  # the project's overrides: its root page template
    (tmp_path / "index.html").write_text(build.render_root_redirect(root=project, target="en/latest/", door={
        "title": "Privacy", "links": links}), encoding="utf-8")
    context = new_context(locale=languages[0])
    context.add_init_script(f"Object.defineProperty(navigator, 'languages', {{get: () => {languages!r}}})")
    context.route(re.compile(r"/latest/$"), lambda route: route.fulfill(status=204))
    page = context.new_page()
    with page.expect_request(re.compile(r"/latest/$")) as went:
        page.goto(serve(tmp_path) + "/", wait_until="commit")
    assert urlsplit(went.value.url).path == f"/{lands}/latest/"
