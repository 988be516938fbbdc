"""safety77: a link whose words name the version in force (the site's `in_force` words in the page's language: `the
version in force`, `la version en vigueur`) and that goes to another dated version than the page's own was
published: a reader of the text of 2001-02-01 taken to that of 2001-01-01 as the one in force. The text in force when
a page was written is its own, and when it is read the one at latest/."""
from __future__ import annotations

import pytest

from policysite.versionlinks import version_shown


@pytest.mark.parametrize(("words", "href", "lang"), [
    ("the version in force", "../2001-01-01/", "en"),
    ("the version in force", "https://example.test/privacy/en/2001-03-01/#s2", "en"),  # (a later one too)
    ("la version en vigueur", "../2001-01-01/", "fr"),
    ("die Fassung, die in Kraft ist", "../2001-01-01/", "de"),
])
def test_words_naming_the_version_in_force_on_a_link_to_another_version_are_said(words, href, lang):
    said = version_shown(href, words, lang, "2001-02-01")
    assert said.key == "link.shows-in-force", said  # type: ignore[attr-defined]
    assert said.fields["version"] != "2001-02-01"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("words", "href"), [
    ("the version in force", "../latest/"),  # the alias of the version in force
    ("the version in force", "../2001-02-01/"),  # its own
    ("the version in force", "#s2"),
    ("the version in force on 1 January 2001", "../2001-01-01/"),  # a day named: the version of that day
    ("our partners", "../2001-01-01/"),
])
def test_a_link_to_the_version_its_words_name_passes(words, href):
    assert version_shown(href, words, "en", "2001-02-01") == ""
