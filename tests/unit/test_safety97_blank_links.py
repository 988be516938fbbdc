"""safety97: a link whose words are characters a font draws as a blank, Braille's blank cell (U+2800) or music's null
notehead (U+1D159), reached gh-pages: no white space to a pattern, nor a character drawn as nothing, it passed
`policy check` and the output check as words, though the page shows a blank linked to another host, which search
engines, a screen reader's list of links and a stray tap follow (safety84's class). Both now refuse it at its line
(characters.shows_nothing, read by safety.unseen_link), and the import leaves it as what it holds, as any link
showing no words. A Braille text's words (its cells with dots) and a blank between two words stay links."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import characters, rendering, safety
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown
from unit.test_safety82_catalogue import HEAD, _published


def _link(markup: str):
    link = LexborHTMLParser(markup).css_first("a")
    assert link is not None
    return link


@pytest.mark.parametrize("words", ["\u2800", "\u2800\u2800\u2800", " \u2800 ", "\U0001d159", "\u2800\u200b\u3164"])
def test_a_link_of_blank_cells_is_refused(words):
    said = safety.unseen_link(_link(f'<a href="https://evil.example/">{words}</a>'))
    assert said is not None and said.key == "output.link-unseen"


@pytest.mark.parametrize("words", ["\u280f\u2817\u280a\u2827\u2801\u2809\u283d", "our\u2800partners", "\u2800¶"])
def test_a_link_showing_a_character_passes(words):
    assert safety.unseen_link(_link(f'<a href="https://example.org/">{words}</a>')) is None


def test_shows_nothing_reads_blanks_as_white_space():
    assert characters.shows_nothing("\u2800 \u00a0\u200b") and not characters.shows_nothing("\u2800a")


@pytest.mark.parametrize("written", ["Alpha [\u2800](https://evil.example/) beta.",
                                     'Alpha <a href="https://evil.example/">\u2800\u2800</a> beta.',
                                     "Alpha [\U0001d159](https://evil.example/) beta."])
def test_policy_check_and_the_output_check_refuse_it_at_its_line(written):
    found = [(f.line, f.rule) for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
             if f.rule == "editorial.html"]
    assert found == [(13, "editorial.html")], found
    assert (13, "output.link-unseen") in _published(HEAD + written + "\n")  # (found by its address)


def test_the_import_leaves_a_link_of_blank_cells_as_what_it_holds():
    notes = Notes()
    markdown = html_to_markdown('<p>Follow us <a href="https://social.example/x">\u2800</a> and read '
                                '<a href="https://example.org/">our terms</a>.</p>', notes)
    assert "social.example" not in markdown and "[our terms](https://example.org/)" in markdown, markdown
    assert notes.said("convert.wordless-links", count=1) is not None, notes.messages()
