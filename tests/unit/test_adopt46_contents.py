"""Adopt46: links to a table of contents whose heading the import made a bold line (session 52)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert
from tests.helpers import converted_file

DATA = Path(__file__).parents[1] / "data" / "adoption44"


def test_back_to_contents_standing_alone_under_each_section_is_left_out_and_said():
    """A shop's policy page: `<h2 id="contents">Contents</h2>` over links to its sections, and "Back to contents ↑"
    under each. The heading became a bold line and the four links led to `#top`, silently: the top of the page, not
    the contents their words name. They are the old page's navigation: left out, said with their words."""
    converted = convert(DATA / "privacy-policy-2023-05-22.html", lang="en")
    assert "Back to contents" not in converted.markdown, converted.markdown
    assert "**Contents**\n\n1. [Personal information we collect](#collect)" in converted.markdown, converted.markdown
    assert "the food).\n\n## 2. How we use" in converted.markdown, converted.markdown
    note = ("left out 4 links back to the table of contents standing alone on their lines (“Back to contents ↑”): "
            "the old page's way back to it, its heading now a bold line, which no link reaches")
    assert note in converted.notes, converted.notes
    assert any(messages.said_in(said, "fr").startswith("omis 4 liens de retour à la table des matières, seuls sur leur ligne")
               for said in converted.notes), converted.notes


def test_a_link_to_the_contents_in_a_sentence_goes_to_the_top_and_is_said(tmp_path: Path):
    """A link to the contents inside a sentence keeps its words and goes to the top, above the contents, said with
    its line; it went there unsaid."""
    converted = converted_file(
        tmp_path, "privacy-2024-01-01.html", '<!DOCTYPE html><html lang="en"><body><main><h1>Privacy</h1><p>We care.</p><h2 id="toc">Table of contents'
        '</h2><ol><li><a href="#a">1. Data</a></li><li><a href="#b">2. Rights</a></li></ol><h2 id="a">1. Data</h2>'
        '<p>We keep data; see the <a href="#toc">contents</a> for the rest.</p><h2 id="b">2. Rights</h2>'
        '<p>You have rights.</p></main></body></html>', lang="en")
    assert "We keep data; see the [contents](#top) for the rest." in converted.markdown, converted.markdown
    assert any(note.endswith("a link to the heading over the table of contents, now a bold line, goes to the top of "
                             "the page (#top), above it") and note.startswith("Markdown line")
               for note in converted.notes), converted.notes
