"""safety77: the output check reads a link whose words are another section's title alone as the source check does
(editorial.section_titled): `[First section](#s2)` on a text recorded as imported by hand (its source findings
warnings) was published. And a link's violation names the line writing its words, not its section's heading."""
from __future__ import annotations

import pytest

from policysite import gate, safety

_HEADINGS = ('<h2 id="s1">1. First section<a class="headerlink" href="#s1" title="Permanent link">¶</a></h2><p>A.</p>'
             '<h2 id="s2">2. Second section<a class="headerlink" href="#s2" title="Permanent link">¶</a></h2><p>B.</p>'
             '<h3 id="s2-1">2.1 Sub<a class="headerlink" href="#s2-1" title="Permanent link">¶</a></h3><p>C.</p>')


def _said(link: str) -> list[str]:
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset">{_HEADINGS}<p>See {link}.</p></article></body></html>')
    return [v.message for v in safety.check_page(page, file="index.html", theme_dirs=())
            if "title of the section" in v.message]


@pytest.mark.parametrize(("link", "named"), [
    ('<a href="#s2">First section</a>', ("First section", "2. Second section")),
    ('<a href="#s1">Sub</a>', ("Sub", "1. First section")),
    ('<a href="#s2">first  SECTION</a>', ("First section", "2. Second section")),  # (as a reader reads it)
])
def test_a_link_showing_another_section_s_title_is_refused(link, named):
    assert _said(link) == [f"the link's words are the title of the section “{named[0]}” but it goes to the section "
                           f"“{named[1]}”: a reader takes it for the section it names; link that section, or name the "
                           "one it goes to"]


@pytest.mark.parametrize("link", [
    '<a href="#s1">First section</a>',  # its own title
    '<a href="#s2-1">Second section</a>',  # a subsection of the section it names
    '<a href="#s2">see here</a>',  # no title
    '<a href="#s2">2. Second section</a>',
])
def test_a_link_to_the_section_it_names_passes(link):
    assert _said(link) == []


def test_a_link_s_output_finding_names_the_line_writing_its_words():
    text = ("---\ndate: 2001-02-01\n---\n\n# T\n\n## 1. First section\n\nA.\n\n## 2. Second section\n\nB.\n\n"
            "See [First section](#s2).\n")
    violation = safety.Violation("en/2001-02-01/index.html", "s2", "why", "First section")
    (found,) = gate.output_findings([violation], page="docs/en/index.md", text=text, lang="en")
    assert found.line == 15 and text.split("\n")[14] == "See [First section](#s2)."
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset">{_HEADINGS}<p>See <a href="https://evil.example/">example.org</a>.</p></article></body></html>')
    (shown,) = [v for v in safety.check_page(page, file="index.html", theme_dirs=()) if "shows the address" in v.message]
    assert (shown.anchor, shown.words) == ("s2-1", "example.org")
