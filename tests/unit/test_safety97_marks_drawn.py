"""safety97: marks drawn across a character (`n̶o̶t̶`: "We do not sell" read as "We do sell", the word shown struck
out as a deleted one) or piled on one (Zalgo text, drawn over the lines around it) are refused by `policy check` in the
source (editorial.struck, editorial.stacked: safety hunt 39), but the output check read none of them: a page another
tool built, or a hand commit on the branch, holding them passed the published-HTML check. It now refuses each
(output.struck, output.stacked, characters.marks_drawn) at its section, with the words; what writing needs (a
Vietnamese letter's two marks, a Hebrew word's points and accent, a letter with a stroke of its own: đ, ł, ø, an
emoji's variation selector) passes."""
from __future__ import annotations

import pytest

from policysite import characters, safety
from policysite.messages import Said, said_in
from unit.test_safety import THEME, page


def _said(article: str) -> list[tuple[str | None, str, str]]:
    found = safety.check_page(page(article), file="en/2024-05-01/index.html", theme_dirs=THEME)
    return [(v.anchor, v.message.key, v.words) for v in found]


@pytest.mark.parametrize(("article", "key", "words"), [
    ("<p>We do n\u0336o\u0336t\u0336 sell your data.</p>", "output.struck", "n\u0336o\u0336t\u0336"),
    ("<p>We do not\u0338 sell your data.</p>", "output.struck", "not\u0338"),
    ("<ul><li>Kept <em>thirty\u20e0</em> days.</li></ul>", "output.struck", "thirty\u20e0"),
    ("<table><tr><td>We sell d\u0300\u0301\u0302\u0303\u0304ata.</td></tr></table>", "output.stacked",
     "d\u0300\u0301\u0302\u0303\u0304"),
    ("<h3 id=\"s2-1\">Da\u0316\u0316ta</h3>", "output.stacked", "a\u0316\u0316"),
])
def test_a_mark_drawn_across_or_piled_on_a_character_is_refused_at_its_section(article, key, words):
    said = _said(article)
    assert ("s2-1" if "<h3" in article else "s2", key, words) in said, said


def test_a_list_item_s_paragraph_is_said_once():
    said = _said("<ul><li><p>We do n\u0336o\u0336t\u0336 sell your data.</p></li></ul>")
    assert [key for _anchor, key, _words in said] == ["output.struck"], said


@pytest.mark.parametrize("article", [
    "<p>Vi\u1ec7t Nam, Vie\u0323\u0302t Nam, \u1eb9\u0301</p>",  # (Vietnamese, composed and not; Yoruba's ẹ́)
    "<p lang=\"he\" dir=\"rtl\">\u05d1\u05bc\u05b0\u05d3\u05b8\u0596\u05e8</p>",  # (a Hebrew word's points, an accent)
    "<p>\u0111, \u0142, \u00f8 and \u2764\ufe0f</p>",
    "<p>Plain text.</p>",
])
def test_what_writing_needs_passes(article):
    assert not [key for _anchor, key, _words in _said(article) if key in ("output.struck", "output.stacked")]


def test_marks_drawn_finds_what_editorial_refuses():
    assert characters.marks_drawn("n\u0336o\u0336t\u0336") == ("output.struck", "0336", "n\u0336o\u0336t\u0336")
    assert characters.marks_drawn("x\u0300\u0300") == ("output.stacked", "0300", "x\u0300\u0300")
    assert characters.marks_drawn("Vi\u1ec7t") is None
    assert characters.MARK_DRAWN == frozenset(chr(c) for c in range(0x10000) if characters.STRUCK.match(chr(c)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_refusals_are_said_in_each_language(lang):
    for key in ("output.struck", "output.stacked"):
        text = said_in(Said(key, tag="p", code="0336", words="n\u0336o\u0336t\u0336"), lang)
        assert "n\u0336o\u0336t\u0336" in text and "0336" in text and "{" not in text
