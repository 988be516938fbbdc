"""Adopt49: a Jekyll page naming a heading's id as kramdown reads it, an attribute list on the line under the heading
(`## Who we are` over `{: #who}`): the line was removed as a directive, and the heading lost the id the old site's links
and readers' bookmarks use. It is the heading's `{#who}`, said; the list's classes stay the old theme's."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from policysite.convert.markdown_source import _kramdown_heading_ids
from policysite.convert.notes import Notes

DATA = Path(__file__).parents[1] / "data" / "adoption49"


def test_a_jekyll_page_s_heading_keeps_the_id_kramdown_gave_it():
    converted = convert(DATA / "jekyll-privacy-2020-09-14.md", lang="en")
    assert "## Who we are {#who}\n\nFoxglove Maps is" in converted.markdown, converted.markdown
    assert "{:" not in converted.markdown, converted.markdown
    policy = document.parse(converted.markdown if converted.markdown.startswith("---") else
                            f"---\ndate: 2020-09-14\n---\n{converted.markdown}", path="import", lang="en")
    assert [section.html_id for section in policy.sections][:1] == ["who"]
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert "line 12: kramdown's {: #who} under a heading, which gave it its id: written on the heading, {#who}" in said, \
        said


def test_under_an_underlined_heading_with_classes_and_not_under_a_paragraph_or_a_heading_with_an_id():
    body = ("Data\n----\n{: #data .wide}\n\nWe keep names.\n{: #names}\n\n## Rights {#rights}\n{: #other}\n\n"
            "```\n## Code\n{: #code}\n```\n")
    made = _kramdown_heading_ids(body, notes := Notes())
    assert made.startswith("Data {#data}\n----\n\n\nWe keep names.\n{: #names}\n\n## Rights {#rights}\n{: #other}\n"), made
    assert "## Code\n{: #code}" in made and len(notes.sentences()) == 1
