"""The catalogue's messages a page shows its readers (messages.ON_PAGES: the at page's note) are written as the site's
own words in that language are: French's "n’a", as strings.py writes "n’est plus en vigueur", not the command line's
"n'a" (words12: the at page said "n'a été publiée" under the site's "n’est")."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT, walked
from policysite import messages, strings

# The modules and hooks that make pages: a catalogue message said there (said_in) reaches a reader
PAGE_MAKERS = [ROOT / "src/policysite" / name for name in ("archive.py", "pages.py", "home.py", "feed.py")] + [
    ROOT / "hooks/policy.py"]


def _apostrophes(lang: str) -> set[str]:
    """The apostrophes the site's own words in `lang` are written with."""
    words = "".join(strings.STRINGS.get(lang, {}).values())
    return {mark for mark in ("'", "\u2019") if mark in words}


def said_on_pages(path: Path) -> set[str]:
    """The keys of the `Said("key", …)` given to messages.said_in in `path`."""
    keys = set()
    for node in walked(path):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "said_in" and node.args:
            said = node.args[0]
            if isinstance(said, ast.Call) and said.args and isinstance(said.args[0], ast.Constant):
                keys.add(said.args[0].value)
    return keys


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_a_message_on_a_page_writes_its_apostrophes_as_the_site_does(lang: str):
    assert _apostrophes("fr") == {"\u2019"}
    written = _apostrophes(lang)
    wrong = {key: text for key in messages.ON_PAGES
             if (text := messages.catalogue(lang)[key]) and written and any(
                 mark in text for mark in {"'", "\u2019"} - written)}
    assert wrong == {}


def test_every_message_a_page_says_is_known_as_one():
    said = set().union(*(said_on_pages(path) for path in PAGE_MAKERS))
    assert "at.shown" in said and said == messages.ON_PAGES
