"""safety69, the text's routes: a link whose words name a version by its date and that goes to another dated version
(`[the version of 1 February 2001](../2001-01-01/)`: the reader takes an older text for the one named), and a front
matter `title:` other than the page's heading (MkDocs titles the browser's tab, the header and the menu by it, while
the checks, the PDF and the redline read the heading). Each was published by `policy publish`; `policy check` now names
its line (tests/integration/test_gate_catalogue69.py runs them through publishing)."""
from __future__ import annotations

import pytest

from policysite import document, editorial
from policysite.messages import Said, said_in
from policysite.versionlinks import version_folder, version_shown


def _page(body: str, *, meta: str = "", lang: str = "en") -> document.Policy:
    text = f"---\ndate: 2001-02-01\n{meta}---\n\n# Example privacy policy\n\n## 1. First\n\n{body}\n"
    return document.parse(text, path="docs/en/index.md", lang=lang)


@pytest.mark.parametrize(("body", "lang", "named"), [
    ("The [version of 1 February 2001](../2001-01-01/) applies.", "en", "2001-02-01"),
    ("The [2001-02-01 version](../2001-01-01/#s1) applies.", "en", "2001-02-01"),
    ("The [version of February 1, 2001](https://example.test/privacy/en/2001-01-01/) applies.", "en", "2001-02-01"),
    ("La [version du 1er février 2001](../2001-01-01/) s'applique.", "fr", "2001-02-01"),
    ("Die [Fassung vom 1. Februar 2001](../../de/2001-01-01/changes/) gilt.", "de", "2001-02-01"),
])
def test_a_link_naming_another_version_than_it_goes_to_is_named_at_its_line(body, lang, named):
    found = [f for f in editorial.check(_page(body, lang=lang), brand="Example") if f.rule == "editorial.link-text"]
    assert [f.line for f in found] == [9], found
    assert "name the version of February 1, 2001 but it goes to the version of January 1, 2001" in str(found[0])
    assert f"link that version (../{named}/)" in str(found[0])


@pytest.mark.parametrize(("href", "words"), [
    ("../2001-01-01/", "the version of 1 January 2001"),  # (the version it names)
    ("../2001-01-01/", "our earlier version"),  # (no day named)
    ("../2001-01-01/", "version 2"),
    ("https://www.cnil.fr/fr/deliberation", "the CNIL's decision of 3 March 2020"),  # (no version folder)
    ("#s1", "section 1 of 1 February 2001"),
    ("mailto:dpo@example.test", "write to us before 1 March 2001"),
])
def test_a_link_to_the_version_it_names_or_naming_none_passes(href, words):
    assert version_shown(href, words, "en") == ""


def test_only_a_dated_folder_of_a_path_is_a_version():
    assert version_folder("../2001-01-01/") == version_folder("//host/en/2001-01-01/x") is not None
    assert version_folder("https://2001-01-01.example/") is version_folder("https://x/2001-13-01/") is None
    assert version_folder("mailto:a@example.test") is version_folder("../latest/") is None


def test_the_version_link_is_said_in_french():
    said = Said("link.shows-version", words="version of 1 February 2001", named="2001-02-01", version="2001-01-01")
    assert "nomment la version du 1er février 2001 mais il mène à la version du 1er janvier 2001" in said_in(said, "fr")


def test_a_front_matter_title_other_than_the_heading_is_named_at_its_line():
    policy = _page("Alpha.", meta="title: Cookie policy\n")
    found = [f for f in policy.problems if f.rule == "structure.title-apart"]
    assert [f.line for f in found] == [3], policy.problems
    assert "title “Cookie policy” is not the page's heading, “Example privacy policy”" in str(found[0])
    assert "l'onglet du navigateur" in said_in(Said("structure.title-apart", title="a", heading="b"), "fr")


@pytest.mark.parametrize("meta", ["title: Example privacy policy\n", "title: '  Example   privacy policy '\n", ""])
def test_a_front_matter_title_saying_the_heading_or_none_passes(meta):
    assert not [f for f in _page("Alpha.", meta=meta).problems if f.rule == "structure.title-apart"]


def test_a_front_matter_title_of_a_page_without_heading_is_its_title():
    policy = document.parse("---\ndate: 2001-02-01\ntitle: Cookie policy\n---\n\n## 1. First\n\nAlpha.\n",
                            path="docs/en/index.md", lang="en")
    assert policy.shown_title == "Cookie policy"
    assert not [f for f in policy.problems if f.rule in ("structure.title-apart", "structure.title")]


_SECTIONS = ("---\ndate: 2001-02-01\n---\n\n# Example privacy policy\n\n## 1. Scope\n\nX.\n\n## 2. Data we keep\n\nY.\n\n"
             "### 2.1 Retention\n\nZ.\n\n## 3. Your rights\n\n")


@pytest.mark.parametrize(("link", "title"), [("[Your rights](#s1)", "Your rights"), ("[Retention](#s3)", "Retention")])
def test_a_link_showing_another_section_s_title_is_named_at_its_line(link, title):
    policy = document.parse(f"{_SECTIONS}See {link}.\n", path="docs/en/index.md", lang="en")
    found = [str(f) for f in editorial.check(policy, brand="Example") if f.rule == "editorial.link-text"]
    assert [line.split(" but")[0] for line in found] == [
        f"docs/en/index.md:21: [editorial.link-text] §3: the link's words are the title of the section “{title}”"], found


@pytest.mark.parametrize("link", ["[your  rights](#s3)", "[Data we keep](#s2-1)", "[Scope](#s1)", "[our partners](#s1)"])
def test_a_link_to_the_section_its_title_names_or_within_it_passes(link):
    policy = document.parse(f"{_SECTIONS}See {link}.\n", path="docs/en/index.md", lang="en")
    assert not [f for f in editorial.check(policy, brand="Example") if f.rule == "editorial.link-text"]
    assert "mène à la section" in said_in(Said("link.shows-section-title", title="a", heading="b"), "fr")
