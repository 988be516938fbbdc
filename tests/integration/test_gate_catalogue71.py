"""Safety hunt 71 through the real `policy publish`: an attacker with commit rights on the policy's Markdown, its front
matter, the stylesheet and mkdocs.yml, judged on what is built rather than what is written. Each case is a commit on a
temporary repository whose first version is published, then `policy publish`: before this hunt each reached
gh-pages; now each is refused, its finding naming the file and line in English and in French, and gh-pages is as it
was. The holes' unit rows: test_safety71."""
from __future__ import annotations

from pathlib import Path

import pytest

from gate_changes import CHANGED, CSS, front_matter
from integration.test_gate_catalogue66 import (
    _appended,
    published as published,  # (the fixture: the first version published)
    refused,
)


def _stylesheet(said_en: str, said_fr: str):
    """What the refusal of the stylesheet's last line says, after its place (policy.css:line:column)."""
    def where(language: str):
        def said(repo: Path) -> str:
            lines = (repo / CSS).read_text(encoding="utf-8").splitlines()
            column = lines[-1].index("font-family") + 1
            return f"{CSS}:{len(lines)}:{column} " + (said_en if language == "en" else said_fr)
        return said
    return {"en": where("en"), "fr": where("fr")}


_STATED = {
    "en": "docs/en/index.md:3: [structure.date-stated] {key}: “{words}” states another date than this version's date "
          "(2001-02-01): the site shows it beside the version's date",
    "fr": "docs/en/index.md:3: [structure.date-stated] {key}\u00a0: «\u00a0{words}\u00a0» indique une autre date que "
          "celle de cette version (2001-02-01)\u00a0: le site l'affiche à côté de la date de la version",
}

# (name, the page's added Markdown, the change to the project's other files, what the refusal says in en and fr)
CASES = [
    # A link in a heading naming a version by its day and opening another: the Markdown's reading of links takes a
    # block's, not a heading's, and the page as built was not read for it.
    ("version-link-heading", "## 3. See [version of 1 February 2001](../2001-01-01/)\n\nDelta paragraph.",
     lambda repo: None, {
         "en": "docs/en/index.md:15: [safety.output] index.html: the link's words “version of 1 February 2001” name "
               "the version of February 1, 2001 but it goes to the version of January 1, 2001",
         "fr": "docs/en/index.md:15: [safety.output] index.html\u00a0: les mots du lien «\u00a0version of 1 February "
               "2001\u00a0» nomment la version du 1er février 2001 mais il mène à la version du 1er janvier 2001"}),
    # Words naming a version on a link where no dated folder says another: the former id of a section (which the
    # page gives the section's heading) opening this page, not the version of that day; the alias of the version in
    # force, in a heading; words naming this version on a link to an older one.
    ("version-link-fragment", "The [version of 1 January 2001](#2001-01-01.s1) applies.", lambda repo: None, {
        "en": "docs/en/index.md:15: [editorial.link-text] §2: the link's words “version of 1 January 2001” name the "
              "version of January 1, 2001 but it goes to the version of February 1, 2001",
        "fr": "docs/en/index.md:15: [editorial.link-text] §2\u00a0: les mots du lien «\u00a0version of 1 January "
              "2001\u00a0» nomment la version du 1er janvier 2001 mais il mène à la version du 1er février 2001"}),
    ("version-link-latest-heading", "## 3. Read the [version of 1 January 2001](../latest/)\n\nDelta paragraph.",
     lambda repo: None, {
         "en": "docs/en/index.md:15: [safety.output] index.html: the link's words “version of 1 January 2001” name "
               "the version of January 1, 2001 but it goes to the latest version, the text in force the day it is "
               "opened",
         "fr": "docs/en/index.md:15: [safety.output] index.html\u00a0: les mots du lien «\u00a0version of 1 January "
               "2001\u00a0» nomment la version du 1er janvier 2001 mais il mène à la dernière version, le texte en "
               "vigueur le jour où on l'ouvre"}),
    ("this-version-link", "Read [this version](../2001-01-01/) in full.", lambda repo: None, {
        "en": "docs/en/index.md:15: [editorial.link-text] §2: the link's words “this version” name this version, of "
              "February 1, 2001, but it goes to the version of January 1, 2001",
        "fr": "docs/en/index.md:15: [editorial.link-text] §2\u00a0: les mots du lien «\u00a0this version\u00a0» "
              "nomment cette version, du 1er février 2001, mais il mène à la version du 1er janvier 2001"}),
    # The summary the page shows under its title, beside the version's date, naming another day (and the history and
    # the feed with it); the description search engines show, likewise.
    ("summary-date", CHANGED, front_matter("summary: Version of 1 March 2001"),
     {language: said.format(key="summary", words="Version of 1 March 2001") for language, said in _STATED.items()}),
    ("description-date", CHANGED, front_matter("description: The policy in force since 1 March 2001"),
     {language: said.format(key="description", words="The policy in force since 1 March 2001")
      for language, said in _STATED.items()}),
    # A symbol face no list named: TeX's, which LyX installs with matplotlib on Linux desktops (`a`-`z` drawn as
    # ⊔ ⊓ § † ‡ ¶ ♣ ♦ …); an icon face, as the theme's text font.
    ("font-tex-symbols", CHANGED, _appended(CSS, "\n.md-typeset p { font-family: cmsy10, serif }\n"),
     _stylesheet("sets font-family: cmsy10 (.md-typeset p): a symbol font draws letters",
                 "définit font-family: cmsy10 (.md-typeset p)")),
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "body", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, body, change, said,
                                                    language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, name, body, change, said[language])
