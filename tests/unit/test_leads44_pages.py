"""Leads 44: the words policy.js says under a section whose id another section had (pages.missing_section): the space
before the link is theirs (none after a full-width colon), and a page one of whose headings shows nothing carries the
words that name it (session 43)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from markdown import Markdown
from mkdocs.structure.toc import get_toc

from policysite import pages
from policysite.strings import REDLINE_STRINGS, redline_labels, strings
from unit.test_company6_digits import NOTE, SCRIPTS


@pytest.mark.parametrize("lang", sorted(code.replace("_", "-") for code in REDLINE_STRINGS))
def test_the_words_before_a_former_holder_end_with_the_space_their_language_writes(lang):
    """policy.js wrote a space after the words in every language: "…指していました： 3. Cookies" in Japanese."""
    said = pages.missing_section(lang=lang)["renumbered"]
    assert said.startswith(strings(lang)["section_renumbered"])
    full_width = said.rstrip().endswith(("：", "︓"))
    assert said.endswith(" ") != full_width, repr(said)


def test_a_page_with_a_heading_that_shows_nothing_carries_the_words_naming_it_and_no_other_page_does():
    """A former holder whose heading shows nothing (`## &nbsp;`) was an empty link: policy.js names it by these words,
    carried only where a heading shows nothing (no byte more on any other page's first visit)."""
    def toc(markdown: str):
        md = Markdown(extensions=["toc"])
        md.convert(markdown)
        return get_toc(md.toc_tokens)

    blank = toc("## 1. Data\n\nText.\n\n### &nbsp;\n\nMore.\n")
    titled = toc("## 1. Data\n\nText.\n\n## 2. Rights\n\nMore.\n")
    assert pages.untitled(blank) and not pages.untitled(titled)
    assert pages.missing_section(lang="ja", untitled=True)["untitled"] == redline_labels("ja")["untitled_section"]
    assert pages.missing_section(lang="fr")["untitled"] == ""


def _note(**case) -> str:
    """policy.js's renumbered note (formerly), run by Node on test_company6_digits' page of stubs."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    result = subprocess.run([node, "-e", NOTE, str(SCRIPTS / "policy.js")], capture_output=True, text=True,
                            input=json.dumps({"lang": "ja", "ui": None, "digits": None, **case}), timeout=60,
                            check=True)
    return json.loads(result.stdout)


def test_policy_js_writes_no_space_after_a_full_width_colon_and_names_a_holder_that_shows_nothing():
    words = pages.missing_section(lang="ja")["renumbered"]
    assert _note(words=words).endswith("指していました：")  # was "…：␠"
    untitled = redline_labels("ja")["untitled_section"]
    assert _note(words=words, blank=True, link=True, untitled=untitled) == untitled  # was an empty link
    assert _note(words=words, link=True, untitled=untitled) == "5. Cookies"
