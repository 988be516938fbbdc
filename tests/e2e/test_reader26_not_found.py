"""Reader26, session 54: the 404 page answering an address of the site's second language speaks that language around
its message too (skip link, header, language menu, navigation, footer, title), in Chromium."""
from __future__ import annotations

import pytest
from reader import as_a_static_host
from test_reader26_print import DATES, three_versions

from policy_repo import Served, published_in_languages


@pytest.fixture(scope="module")
def three(tmp_path_factory, serve) -> Served:
    """Three versions in French (the first language) and English."""
    folder = tmp_path_factory.mktemp("reader26-not-found")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES, three_versions)),
                  project=folder / "site")


CHROME = (".md-skip", ".md-header", ".md-sidebar--primary", ".md-footer")
# What the page says outside its message, as a reader and a screen reader meet it: each element's words, links and names
SAID = """sels => sels.flatMap(sel => [...document.querySelectorAll(sel + ', ' + sel + ' *')].map(e => [e.tagName.toUpperCase(),
    [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.nodeValue.trim()).join(' ').trim(),
    e.getAttribute('href'), e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('lang')]))"""


def _not_found(new_context, site):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    as_a_static_host(page, site.base, (site.project.parent / "public" / "404.html").read_bytes())
    return page


@pytest.mark.parametrize("address", ("/en/no-such-page/", "/en/2021-03-01/nope/#s2", "/en/2030-01-01/"))
def test_an_english_address_s_404_page_speaks_english_around_its_message(new_context, traffic, three, address):
    """GitHub Pages answers every missing address with the root's 404.html, the first language's build: at
    `/en/no-such-page/` its message came first in English, but around it the page said "Aller au contenu", "Sélectionner
    la langue", "Historique des versions" (leading to the French history) and "Tous droits réservés", its title half
    French and the whole page marked French. Its own words are now the English 404 page's: the same words, links and
    names as English's build gives them, the page marked English, its title English; the French message below stays
    marked French."""
    page = _not_found(new_context, three)
    page.goto(three.url(address))
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    said, title = page.evaluate(SAID, list(CHROME)), page.title()
    own = _not_found(new_context, three)  # English's own 404 page, as its build wrote it, read where it is
    own.goto(three.url("/en/404.html"))
    own.wait_for_load_state("networkidle")
    assert said == own.evaluate(SAID, list(CHROME)) and title == own.title()
    assert "Aller au contenu" not in str(said) and "Skip to content" in str(said)
    assert page.locator(".md-content [lang=fr]").inner_text().strip().startswith("Cette page n’existe pas.")
    page.keyboard.press("Tab")  # a keyboard reader's first stop
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to content"
    for link in page.locator(".md-sidebar--primary a[href*='/history/']").all():
        assert page.request.get(link.evaluate("a => a.href")).status == 200
        assert "/en/history/" in link.evaluate("a => a.href")
    assert all(url.startswith(three.base) for url in traffic.requests)


def test_a_french_address_s_404_page_stays_as_built(new_context, traffic, three):
    """The first language's address reads the page as it is, asking for nothing more."""
    page = _not_found(new_context, three)
    page.goto(three.url("/fr/no-such-page/"))
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => document.documentElement.lang") == "fr"
    own = _not_found(new_context, three)
    own.goto(three.url("/fr/404.html"))
    own.wait_for_load_state("networkidle")
    assert page.evaluate(SAID, list(CHROME)) == own.evaluate(SAID, list(CHROME)) and page.title() == own.title()
    assert not [url for url in traffic.requests if url.endswith("/en/404.html")]


def test_a_copy_served_under_another_path_links_its_own_english_pages(new_context, serve, three, tmp_path):
    """A copy served at `/sub/` (rooted.html moves the page's links there): the English words come with links into the
    copy, English's history under `/sub/en/`, as the French ones led into it."""
    (tmp_path / "sub").symlink_to(three.project.parent / "public", target_is_directory=True)
    base = serve(tmp_path)
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    as_a_static_host(page, base, (three.project.parent / "public" / "404.html").read_bytes())
    page.goto(f"{base}/sub/en/no/such/page")
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    links = page.eval_on_selector_all(".md-sidebar--primary a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert "/sub/en/history/" in links and all(link.startswith("/sub/en/") for link in links), links
    assert page.request.get(f"{base}/sub/en/history/").status == 200


def test_a_host_answering_the_language_s_404_page_with_the_root_s_keeps_the_page_as_it_is(new_context, three):
    """A host that answers `/en/404.html` with the root's page (the first language's, status 200): nothing of French is
    taken for English's words; the page keeps its order, its English message first, its title's English start."""
    page = _not_found(new_context, three)
    root = (three.project.parent / "public" / "404.html").read_bytes()
    asked = []

    def answer(route):
        asked.append(route.request.url)
        route.fulfill(status=200, body=root, content_type="text/html; charset=utf-8")

    page.route(f"{three.base}/en/404.html", answer)
    page.goto(three.url("/en/no-such-page/"))
    page.wait_for_load_state("networkidle")
    assert asked and page.evaluate("() => document.documentElement.lang") == "fr"
    assert page.title().startswith("This page does not exist.") and page.locator(".md-skip").inner_text() == "Aller au contenu"
