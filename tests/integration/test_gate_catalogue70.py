"""Safety hunt 70 through the real `policy publish`: an attacker with commit rights writing not the policy's body but
what the generator copies into its own pages (front matter fields, commit messages, mkdocs.yml's names and notices,
file names), and the links of the text that name a version. Each case is a commit on a temporary repository whose
first version is published, then `policy publish`: before this hunt each reached gh-pages; now each is refused, its
finding naming the file and line (in English, and in French where the project's messages are French), and gh-pages is
as it was. The holes' unit rows: test_safety70_links."""
from __future__ import annotations

from pathlib import Path

import pytest

from integration.test_gate_catalogue66 import (
    _replaced,
    published as published,  # (the fixture: the first version published)
    refused,
)

_SAID = ("docs/en/index.md:15: [editorial.link-text] §2: the link's words “{words}” name the version of February 1, "
         "2001 but it goes to the version of January 1, 2001")
_SAID_FR = ("docs/en/index.md:15: [editorial.link-text] §2\u00a0: les mots du lien «\u00a0{words}\u00a0» nomment la "
            "version du 1er février 2001 mais il mène à la version du 1er janvier 2001")

# (name, the link's words, where it goes): each the sentence `The [words](target) applies.` of the new version
CASES = [
    # The older version's folder written with an escape (`%2D` for its hyphen), which the server decodes: served
    # the text of 2001-01-01 under words naming the one of 2001-02-01.
    ("version-link-escaped", "version of 1 February 2001", "../2001%2D01-01/"),
    # The `at` page asked another day than the words name: it opens the text in force on 2001-01-01.
    ("version-link-at", "version of 1 February 2001", "../at/#2001-01-01"),
    # The words' month written with a soft hyphen inside it, which the page draws as nothing; the day in fullwidth
    # hyphens (the finding quotes the words as written).
    ("version-link-soft-hyphen", "version of 1 Feb\u00adruary 2001", "../2001-01-01/"),
    ("version-link-fullwidth", "version of 2001\uff0d02\uff0d01", "../2001-01-01/"),
]


def _cookies_titled(title: str):
    """A second document, a cookie policy, declared with the title `title`."""
    def change(repo: Path) -> None:
        _replaced("mkdocs.yml", "    page: index.md\n", "    page: index.md\n    documents:\n      - id: privacy\n"
                  "        page: index.md\n      - id: cookies\n        page: cookies.md\n"
                  f"        title: {{en: {title}}}\n")(repo)
        (repo / "docs" / "en" / "cookies.md").write_text(
            "---\ndate: 2001-02-01\n---\n\n# Cookie policy\n\n## 1. First section\n\nAlpha paragraph.\n",
            encoding="utf-8")
    return change


# (name, the page's added Markdown, the change to the project's other files, what the refusal says in en and fr)
OTHERS = [
    # The home page lists each document under its title, linking its text: a cookie policy titled “Privacy policy”
    # took a reader looking for the privacy policy to it.
    ("document-title", "Charlie paragraph.", _cookies_titled("Privacy policy"), {
        "en": "mkdocs.yml:62: [structure.document-title] extra.policy.documents: cookies is titled “Privacy policy” in "
              "English, which is not its page's heading, “Cookie policy”",
        "fr": "mkdocs.yml:62: [structure.document-title] extra.policy.documents\u00a0: cookies a pour titre "
              "«\u00a0Privacy policy\u00a0» en anglais, qui n'est pas le titre de sa page, «\u00a0Cookie policy\u00a0»"}),
    # The compare page asked for the changes between 2001-01-01 and 2001-02-01 under words naming a third version's.
    ("comparison-link", "Read the [changes of 1 March 2001](../compare/#2001-01-01..2001-02-01).", lambda repo: None, {
        "en": "docs/en/index.md:15: [editorial.link-text] §2: the link's words “changes of 1 March 2001” name the "
              "version of March 1, 2001 but it goes to the comparison of the versions of January 1, 2001 and February "
              "1, 2001",
        "fr": "docs/en/index.md:15: [editorial.link-text] §2\u00a0: les mots du lien «\u00a0changes of 1 March "
              "2001\u00a0» nomment la version du 1er mars 2001 mais il mène à la comparaison des versions du 1er janvier "
              "2001 et du 1er février 2001"}),
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "body", "change", "said"), OTHERS, ids=[case[0] for case in OTHERS])
def test_each_other_is_refused(published, tmp_path, monkeypatch, name, body, change, said, language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, name, body, change, said[language])


@pytest.mark.parametrize(("name", "words", "target"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, words, target):
    refused(published, tmp_path, monkeypatch, name, f"The [{words}]({target}) applies.", lambda repo: None,
            _SAID.format(words=words))


@pytest.mark.parametrize(("name", "words", "target"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_in_french(published, tmp_path, monkeypatch, name, words, target):
    monkeypatch.setenv("POLICY_MESSAGES", "fr")
    refused(published, tmp_path, monkeypatch, name, f"The [{words}]({target}) applies.", lambda repo: None,
            _SAID_FR.format(words=words))
