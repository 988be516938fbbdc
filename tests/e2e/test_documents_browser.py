"""A site of several documents in a browser: its home page, the language switch and the version selector on
another document's versions, and links between documents landing on the version in force at the time.

Its own archive (tests/documents_repo.py): three synthetic documents in two languages, published by
`policy history`, exported and served; nothing else of the session's archive is used.
"""
from __future__ import annotations

import os

import pytest
from documents_repo import commit_history, new_site
from reader import go, quiet, switch_language, switch_version
from wcag import axe, describe

from helpers import published
from policysite import export_site


@pytest.fixture(scope="module")
def documents_site(tmp_path_factory, serve) -> str:
    """The three documents' archive, served: its base URL."""
    target = tmp_path_factory.mktemp("documents")
    with pytest.MonkeyPatch.context() as mp:  # sync-mark runs in this process and reads git history
        mp.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        site = new_site(target / "project")
        commit_history(site)
    published(site.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                              "GIT_CONFIG_NOSYSTEM": "1"})
    return serve(export_site.export(root=site.root, site_dir=target / "public"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_lists_every_document_and_is_accessible(page, traffic, documents_site, lang):
    go(page, f"{documents_site}/{lang}/")
    titles = page.locator(".policy-home-document h2 a").all_inner_texts()
    assert len(titles) == 3 and titles[1] == {"fr": "Politique de conservation", "en": "Retention policy"}[lang]
    results = axe(page)
    assert results["violations"] == [], describe(results["violations"])
    assert all(url.startswith(documents_site) for url in traffic.requests), traffic.requests
    assert traffic.errors == []
    page.locator(".policy-home-document h2 a").nth(1).click()
    page.wait_for_load_state()
    assert page.url == f"{documents_site}/{lang}/retention/latest/"


@pytest.mark.parametrize(("languages", "lands"), [(["fr-FR"], "fr"), (["en-US", "en"], "en"), (["ja"], "fr")])
def test_root_sends_readers_to_the_home_page(new_context, documents_site, languages, lands):
    """In the reader's browser language when the site has it, else the authoritative one: the home page listing
    the documents, not one document's text."""
    context = new_context(locale=languages[0])
    context.add_init_script(f"Object.defineProperty(navigator, 'languages', {{get: () => {languages!r}}})")
    page = context.new_page()
    page.goto(documents_site + "/")
    page.wait_for_url(f"{documents_site}/{lands}/")
    quiet(page)
    assert page.locator(".policy-home-document h2 a").count() == 3


def test_language_switch_and_version_selector_stay_on_the_document(page, documents_site):
    go(page, f"{documents_site}/fr/retention/latest/")
    switch_language(page, "en")
    assert page.url == f"{documents_site}/en/retention/latest/"
    assert "Test retention policy" in page.title() or page.locator("h1").inner_text() == "Test retention policy"
    page.wait_for_selector(".md-version__list", state="attached")
    listed = page.locator(".md-version__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(listed) == 3 and all("/retention/" in href for href in listed), listed  # its two versions, its history
    switch_version(page, "2021-01-10")
    assert page.url == f"{documents_site}/en/retention/2021-01-10/"
    assert "one year" in page.locator("article").inner_text()


@pytest.mark.parametrize("start,lands,text", [
    ("fr/2021-02-17/", "fr/retention/2021-01-10/#s2", "un an"),  # the version in force on the date
    ("en/latest/", "en/retention/latest/#s2", "six months"),   # on latest: the other document's latest
], ids=["dated", "latest"])
def test_a_link_to_another_document_lands_on_the_version_in_force(page, documents_site, start, lands, text):
    go(page, f"{documents_site}/{start}")
    page.locator("article a[data-policy-document]").click()
    page.wait_for_load_state()
    assert page.url == f"{documents_site}/{lands}"
    assert text in page.locator("article").inner_text()
