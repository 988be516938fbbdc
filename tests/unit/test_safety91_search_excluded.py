"""Safety hunt 91: words the page shows that the site's search leaves out.

Material's search plugin (and the site's search-index.js) skips every element holding `data-search-exclude`, an
attribute the output check let the text hold anywhere: `<p data-search-exclude>We sell your data.</p>` was shown and
never found, a reader searching the policy for "sell" told that it says no such thing. The build writes it on its own
notices and on the version's list of versions only.
"""
from __future__ import annotations

import pytest

from unit.test_safety import page, violations

VERSION = ('<div class="policy-version" data-policy-version="2024-01-01"><p>Version of 2024-01-01.</p>'
           '<p data-search-exclude>All versions:</p><ul data-search-exclude><li>2024-01-01</li></ul></div>')


def _excluded(article: str) -> list[str]:
    return [message for message in violations(page(article)) if "out of the site's search" in message]


@pytest.mark.parametrize(("article", "tag", "words"), [
    ("<p data-search-exclude>We sell your data.</p>", "p", "We sell your data."),
    ("<p>We <span data-search-exclude>sell</span> your data.</p>", "span", "sell"),
    ("<div data-search-exclude><p>We sell your data.</p></div>", "div", "We sell your data."),
    ('<div class="policy-version"><p data-search-exclude>We sell your data.</p></div>', "p", "We sell your data."),
    (VERSION + '<div class="policy-version" data-policy-version="2024-01-01"><blockquote data-search-exclude>'
     "We sell your data.</blockquote></div>", "blockquote", "We sell your data."),
    ('<p class="policy-print-not" data-search-exclude>We sell your data.</p>', "p", "We sell your data."),
    ('<div class="policy-print" data-search-exclude>We sell your data.</div>', "div", "We sell your data."),
])
def test_the_texts_words_kept_out_of_the_search_are_found(article, tag, words):
    assert _excluded(article) == [f"<{tag} data-search-exclude> leaves the words “{words}” out of the site's "
                                  "search: a reader searching the policy for what the page shows finds nothing"]


def test_the_builds_own_exclusions_pass():
    assert _excluded(VERSION + "<p>We never sell your data.</p>") == []
    assert _excluded('<p class="policy-print" data-search-exclude>Printed from the site.</p>') == []
