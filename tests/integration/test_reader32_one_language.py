"""Reader32, session 59: a site of one language showed, on every page, the header's language button ("Sprache
wechseln") opening a menu of one entry, the page's own language: a control that leads nowhere, and words telling the
reader of other languages the site has not. The menu is now left out where it offers no other language; a site of
two languages keeps it on every page, each entry the other language's."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policy_repo import published_in_languages

DATES = ("2023-03-01", "2024-05-20")
WORDS = {"de": ("Datenschutzerklärung", "Zweck", "Dieser Text beschreibt, wie wir Ihre Daten verarbeiten."),
         "en": ("Privacy policy", "Purpose", "This text describes how we process your data.")}


def _text(lang: str, n: int) -> str:
    title, heading, words = WORDS[lang]
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n## 1. {heading}\n\n{words}\n\n## 2. {heading} {n + 2}\n\n{words}\n"


def _menus(public: Path) -> dict[str, list[str]]:
    """Each HTML page of the published tree: the languages its header's language menu offers ([] where it has none)."""
    found = {}
    for path in sorted(public.rglob("*.html")):
        tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
        if tree.css_first(".md-header") is None:  # a redirect's page
            continue
        select = tree.css_first(".md-header .md-select")
        found[str(path.relative_to(public))] = [] if select is None else [
            link.attributes.get("hreflang") or "" for link in select.css("a.md-select__link")]
    return found


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[tuple[str, ...], Path]:
    return {langs: published_in_languages(tmp_path_factory.mktemp("-".join(langs)), langs, DATES, _text)
            for langs in (("de",), ("de", "en"))}


def test_a_site_of_one_language_has_no_language_menu(sites):
    menus = _menus(sites[("de",)])
    assert any(name.startswith("de/latest/") for name in menus) and any("history" in name for name in menus)
    assert {name: offered for name, offered in menus.items() if offered} == {}
    for name in menus:  # nor Material's words for the button
        assert "Sprache wechseln" not in (sites[("de",)] / name).read_text(encoding="utf-8"), name


def test_a_site_of_two_languages_keeps_it_on_every_page(sites):
    menus = _menus(sites[("de", "en")])
    pages = {name: offered for name, offered in menus.items() if name.startswith(("de/", "en/"))}
    assert len(pages) > 8
    assert {name: offered for name, offered in pages.items() if not {"de", "en"} - {name[:2]} <= set(offered)} == {}
