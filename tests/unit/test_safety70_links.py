"""safety70: a link of the text whose words name a version by its day and that opens another, written so the check of
safety69 (versionlinks) read no version in it: its folder's day with an escape the server decodes
(`../2001%2D01-01/`, served the folder 2001-01-01), or the `at` page asked another day (`../at/#2001-01-01`, which
opens the text in force that day); or its words' day written with characters a reader reads through (a soft hyphen
inside `February`, fullwidth digits). And a document titled in extra.policy.documents with words its page's heading
has not (the home page links its text under that title). Both were published by `policy publish` (tests/integration/test_gate_catalogue70.py
runs them through publishing)."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import checks, document, editorial
from policysite.messages import said_in
from policysite.versionlinks import version_folder, version_shown

_JAN = dt.date(2001, 1, 1)


@pytest.mark.parametrize("href", [
    "../2001%2D01-01/", "../2001%2d01%2D01/#s1", "https://example.test/privacy/en/2001-01%2D01/",
    "../at/#2001-01-01", "../at/#2001-01-01/s3", "../at/#2001-01-01#s3", "../at/index.html#2001%2D01-01",
    "https://example.test/privacy/en/at/#2001-01-01", "at/#2001-01-01",
])
def test_a_day_the_server_or_the_at_page_reads_is_the_version_the_link_opens(href):
    assert version_folder(href) == _JAN


@pytest.mark.parametrize("href", [
    "../at/", "../at/#", "../at/#not-a-day", "../chat/#2001-01-01", "../data/#2001-01-01",
    "../compare/#2001-01-01..2001-02-01", "#2001-01-01", "https://www.cnil.fr/at/#2001-01-01x",
])
def test_a_fragment_of_another_page_or_no_day_is_no_version(href):
    assert version_folder(href) is None


@pytest.mark.parametrize(("body", "lang"), [
    ("The [version of 1 February 2001](../2001%2D01-01/) applies.", "en"),
    ("The [version of 1 February 2001](../at/#2001-01-01) applies.", "en"),
    ("La [version du 1er février 2001](../at/#2001-01-01/s1) s'applique.", "fr"),
])
def test_the_link_is_named_at_its_line(body, lang):
    text = f"---\ndate: 2001-02-01\n---\n\n# Example privacy policy\n\n## 1. First\n\n{body}\n"
    found = [f for f in editorial.check(document.parse(text, path=f"docs/{lang}/index.md", lang=lang),
                                        brand="Example") if f.rule == "editorial.link-text"]
    assert [f.line for f in found] == [9], found
    said = found[0].said(lang)
    assert said.startswith(f"docs/{lang}/index.md:9: [editorial.link-text] "), said
    assert ("name the version of February 1, 2001 but it goes to the version of January 1, 2001" if lang == "en" else
            "nomment la version du 1er février 2001 mais il mène à la version du 1er janvier 2001") in said, said


@pytest.mark.parametrize("words", [
    "version of 1 Feb\u00adruary 2001",  # (a soft hyphen, drawn as nothing inside a line)
    "version of 1 Febr\u200buary 2001",
    "version of 2001\uff0d02\uff0d01",  # (fullwidth hyphens)
    "version of \uff12\uff10\uff10\uff11-02-01",  # (fullwidth digits)
])
def test_the_words_are_read_as_a_reader_reads_them(words):
    assert "name the version of February 1, 2001 but it goes to the version of January 1, 2001" in said_in(
        version_shown("../2001-01-01/", words, "en"), "en")


def test_a_comparison_of_two_other_versions_is_named():
    said = version_shown("../compare/#2001-01-01..2001-02-01", "the changes of 1 March 2001", "en")
    assert "name the version of March 1, 2001 but it goes to the comparison of the versions of January 1, 2001 and " \
           "February 1, 2001" in said_in(said, "en"), said
    assert "mène à la comparaison des versions du 1er janvier 2001 et du 1er février 2001" in said_in(said, "fr")
    assert "(../2001-03-01/changes/)" in said_in(said, "fr")
    for words in ("the changes of 1 February 2001", "the version of 1 January 2001", "our changes"):
        assert version_shown("../compare/#2001-01-01..2001-02-01", words, "en") == "", words
    assert version_shown("../compare/", "the changes of 1 March 2001", "en") == ""


def test_the_at_page_asked_the_day_the_words_name_passes():
    assert version_shown("../at/#2001-02-01", "the version of 1 February 2001", "en") == ""
    assert version_shown("../2001%2D02-01/", "the version of 1 February 2001", "en") == ""


@pytest.mark.parametrize(("title", "heading"), [
    ("Cookie policy", "Cookie policy"),
    ("Cookies", "Cookie policy of Example Org"),  # (some of its words; a plural)
    ("Example cookie policy", "Cookie policy"),  # (the company's name)
    ("Politique cookies", "Politique relative aux cookies"),
    ("Cookie-Richtlinie", "Cookie-Richtlinie der Example GmbH"),
    ("Policy on cookies", "Cookies policy: on"),
])
def test_a_document_titled_with_its_headings_words_passes(title, heading):
    assert checks.title_names(title, heading, ("Example Org", "Example"))


@pytest.mark.parametrize(("title", "heading"), [
    ("Privacy policy", "Cookie policy"),
    ("Terms of use", "Politique de confidentialité"),
    ("Sub-processors", "Cookie policy"),
])
def test_a_document_titled_with_other_words_is_refused(title, heading):
    assert not checks.title_names(title, heading, ("Example Org", "Example"))


def test_a_slip_or_a_plural_is_the_spelling_check_s():
    assert checks.title_names("Cookie polcy", "Example cookie policy")
    assert checks.title_names("Cookie policies", "Cookie policy")
    assert not checks.title_names("Privacy policy", "Cookie policy")
