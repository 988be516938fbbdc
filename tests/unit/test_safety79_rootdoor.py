"""rootdoor.elsewhere: the site's root page leads to a language's text in force and nowhere else, every address it
sends to or names read as a browser reads it (safety79)."""
from __future__ import annotations

import pytest

from policysite import rootdoor

_SITE = "https://example.org/policy/"
_TARGETS = frozenset({f"{_SITE}en/latest/", f"{_SITE}fr/latest/"})


def _root(target: str = "en/latest/", links: tuple[str, ...] = ("en/latest/", "fr/latest/"), head: str = "") -> str:
    items = "".join(f'<li><a href="{href}" hreflang="x">x</a></li>' for href in links)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}'
            f'<noscript><meta http-equiv="refresh" content="0; url={target}"></noscript>'
            f'<link rel="canonical" href="{target}"></head><body><ul>{items}</ul></body></html>')


def test_the_generators_root_page_leads_to_the_texts_in_force():
    assert rootdoor.elsewhere(_root(), page=_SITE, targets=_TARGETS) == ""
    assert rootdoor.elsewhere(_root("./en/latest/#s7-3"), page=_SITE, targets=_TARGETS) == ""


@pytest.mark.parametrize(("page", "away"), [
    (_root("en/2001-01-01/"), "en/2001-01-01/"),  # a withdrawn version, refreshed to with scripts off
    (_root(links=("en/latest/", "en/2001-01-01/")), "en/2001-01-01/"),  # a door link the script may choose
    (_root(links=("en/%32001-01-01/",)), "en/%32001-01-01/"),
    (_root("en/latest/?v=2001-01-01"), "en/latest/?v=2001-01-01"),
    (_root("en/latest/x.html"), "en/latest/x.html"),
    (_root("en\\2001-01-01\\"), "en\\2001-01-01\\"),
    (_root("https://example.com/policy/en/latest/"), "https://example.com/policy/en/latest/"),
    (_root("../other-project/en/latest/"), "../other-project/en/latest/"),
    (_root(head='<base href="en/2001-01-01/">'), "en/latest/"),  # every relative address read from another folder
    (_root(head='<link rel="alternate" href="en/2001-01-01/">'), "en/2001-01-01/"),
    (_root("en/latest/").replace("</ul>", '</ul><map><area href="en/2001-01-01/"></map>'), "en/2001-01-01/"),
])
def test_any_other_address_is_named(page, away):
    assert rootdoor.elsewhere(page, page=_SITE, targets=_TARGETS) == away


def test_a_refresh_outside_noscript_is_read_too():
    page = _root().replace("<noscript>", "").replace("</noscript>", "") \
        .replace('url=en/latest/"', 'url=en/2001-01-01/"')
    assert rootdoor.elsewhere(page, page=_SITE, targets=_TARGETS) == "en/2001-01-01/"
