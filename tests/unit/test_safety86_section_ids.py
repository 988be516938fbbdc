"""safety86: a heading given a section's id by hand (`### Anchor {: #s2 }`) took §2's id, the real §2 becoming `s2_1`
and every link to §2 (another version's, the changes page's, the history's) landing on "Anchor". In a text recorded
as imported the parser's `structure.id-repeated` was advisory, and `repeated_ids` skipped headings: `policy check`
refuses such an id on any element, imported or not, unless the heading's own number gives it, and the output check
refuses the published heading, read with the browser-conformant parser."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import imported, rendering, section_ids
from unit.test_safety82_catalogue import HEAD, _published

TAKEN = [("### Anchor {: #s2 }\n\nText.", 13), ("### 2.1 Kept data {: #s2 }\n\nText.", 13),
         ("### Kept data {: #s2_1 }\n\nText.", 13), ("### Kept data {: #s5 }\n\nText.", 13),
         ("Text.\n\n### Kept data {: #s1-bis }\n\nMore.", 15)]


@pytest.mark.parametrize(("written", "line"), TAKEN)
def test_policy_check_refuses_a_section_s_id_on_a_heading_it_is_not(written, line):
    found = [f for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
             if f.message.key == "render.section-id"]
    assert [(f.line, f.rule) for f in found] == [(line, "editorial.html")], found
    assert imported.downgrade(found) == found  # (not softened for a text recorded as imported)


@pytest.mark.parametrize("written", ["### 2.1 Kept data {: #s2-1 }\n\nText.", "### 3. Kept data {: #s3 }\n\nText.",
                                     "### Kept data {: #retention }\n\nText.", "### 2.1 Kept data\n\nText."])
def test_the_id_a_heading_s_own_number_gives_it_passes(written):
    assert [f for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
            if f.message.key == "render.section-id"] == []
    assert _published(HEAD + written + "\n") == set()


def test_the_output_check_refuses_the_heading_taking_the_section_s_id():
    assert _published(HEAD + TAKEN[0][0] + "\n") == {(13, "render.section-id")}


def _taken(article: str) -> list[str]:
    return [ident for _node, ident in section_ids.taken_on_page(LexborHTMLParser(article).css_first("article"))]


def test_the_published_page_read_as_a_browser_does():
    permalink = '<a class="headerlink" href="#{0}">¶</a>'
    taken = (f'<article><h2 id="s1">1. Data{permalink.format("s1")}</h2><h3 id="s2">Anchor</h3>'
             f'<h2 id="s2_1">2. Rights{permalink.format("s2_1")}</h2></article>')
    assert _taken(taken) == ["s2"]
    # a number the text uses twice (the policy's own mistake, a numbering restarting under parts) is no theft
    assert _taken('<article><h2 id="s1">1. Data</h2><h2 id="s1_1">1. Rights</h2></article>') == []
    # the heading's number read as the page shows it: a roman numeral, an article's word
    assert _taken('<article><h2 id="s2">II. Data</h2><h2 id="s2_1">2. Rights</h2></article>') == []
    assert _taken('<article><h2 id="s2">Article 2 – Data</h2><h2 id="s2_1">2. Rights</h2></article>') == []


@pytest.mark.parametrize(("ident", "form"), [("s2", True), ("s2-1", True), ("s2_1", True), ("s2-bis", True),
                                             ("s2-1_3", True), ("S2", False), ("retention", False), ("s", False),
                                             ("s2_x", False)])
def test_a_section_s_id_and_its_unique_form(ident, form):
    assert section_ids.section_form(ident) is form
