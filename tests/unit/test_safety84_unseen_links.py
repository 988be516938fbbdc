"""safety84: a link that shows no words (`[](https://evil.example/)`, a space, a no-break space, a zero-width space)
reached gh-pages: a link to another host no reader sees nor can read where it goes, which search engines, a screen
reader's list of links and a stray tap follow. `policy check` and the output check refuse it at its line; the import
leaves such a link (a page's social icons, its image dropped) as what it holds, said, so an adopted policy publishes."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import rendering, safety
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown
from unit.test_safety82_catalogue import HEAD, _published


def _link(markup: str):
    link = LexborHTMLParser(markup).css_first("a")
    assert link is not None
    return link


@pytest.mark.parametrize("words", ["", " ", "\u00a0", "\u200b", "\u00ad\u2060", '<img src="x.png" alt="">'])
def test_a_link_showing_no_words_is_refused(words):
    said = safety.unseen_link(_link(f'<a href="https://evil.example/">{words}</a>'))
    assert said is not None and said.key == "output.link-unseen"


@pytest.mark.parametrize("words", ["our partners", "¶", ".", '<img src="x.png" alt="Our partner">'])
def test_a_link_showing_words_passes(words):
    assert safety.unseen_link(_link(f'<a href="https://example.org/">{words}</a>')) is None


@pytest.mark.parametrize("written", ["Alpha [](https://evil.example/) beta.", "Alpha [\u200b](https://evil.example/).",
                                     'Alpha <a href="https://evil.example/">\u00a0</a> beta.'])
def test_policy_check_and_the_output_check_refuse_it_at_its_line(written):
    found = [(f.line, f.rule) for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
             if f.rule == "editorial.html"]
    assert found == [(13, "editorial.html")], found
    assert (13, "output.link-unseen") in _published(HEAD + written + "\n")  # (found by its address)


def test_the_import_leaves_a_link_showing_no_words_as_what_it_holds():
    notes = Notes()
    markdown = html_to_markdown('<p>Follow us <a href="https://social.example/x"><img src="icon.png"></a> or '
                                '<a href="https://social.example/y">\u00a0</a> and read <a href="https://example.org/">'
                                'our terms</a>.</p>', notes)
    assert "social.example" not in markdown and "[our terms](https://example.org/)" in markdown, markdown
    assert notes.said("convert.wordless-links", count=2) is not None, notes.messages()
