"""Leads 44: what `policy import` reads of an HTML page's drawings and formulas (session 43)."""
from __future__ import annotations

from policysite.convert import html_source
from policysite.messages import said_in


def _converted(body: str):
    return html_source.convert(f"<html><body><h1>Privacy</h1><h2>1. Data</h2>{body}<h2>2. Contact</h2><p>Write to us."
                               f"</p></body></html>".encode(), name="privacy-2021-02-17.html", lang="en")


def test_a_formula_or_a_drawn_word_among_the_words_keeps_its_words():
    """`<math>`, `<svg>` were removed with their words: "The rate is  per year."."""
    converted = _converted('<p>We keep <svg role="img"><title>Acme</title></svg> records at a rate of '
                           '<math><mi>x</mi><mo>+</mo><mn>1</mn></math> a year, or <math alttext="n squared">'
                           '<msup><mi>n</mi><mn>2</mn></msup></math>, or <svg><text>ten</text></svg>.</p>')
    assert "We keep Acme records at a rate of x+1 a year, or n squared, or ten." in converted.markdown, \
        converted.markdown
    notes = [said_in(note, "en") for note in converted.notes]
    assert any("“x+1”" in note for note in notes) and not any("removed" in note and "<math>" in note
                                                              for note in notes), notes
    assert any("«\u00a0x+1\u00a0»" in said_in(note, "fr") for note in converted.notes)


def test_a_drawing_standing_alone_or_decorative_is_removed_its_words_said():
    converted = _converted('<p><svg><title>Chart of retention</title></svg></p><p>Kept for <svg aria-hidden="true">'
                           '<title>clock</title></svg> a year.</p><h3><svg><title>lock</title></svg> Security</h3>'
                           '<p>Locked.</p>')
    assert "Chart of retention" not in converted.markdown and "clock" not in converted.markdown
    assert "### Security" in converted.markdown and "lock Security" not in converted.markdown, converted.markdown
    notes = [said_in(note, "en") for note in converted.notes]
    assert "removed 2 drawings standing alone (an icon, a logo, a chart), with their words: “Chart of retention”, " \
        "“lock”" in notes, notes


def test_a_markdown_link_to_the_hash_alone_is_read_as_the_html_import_reads_one():
    """`[Cookie settings](#)` stayed a link to the top of the page while `<a href="#">Cookie settings</a>` was unlinked,
    its words kept; `[Back to top](#)` under each section stayed too (the HTML import leaves such lines out)."""
    from policysite.convert import markdown_source

    sections = "## 1. A\n\nText.\n\n{top}## 2. B\n\nMore, see [A](#1-a).\n\n{top}"
    markdown = markdown_source.convert(("# P\n\nOpen [Cookie settings](#) to choose, or [the top](#!).\n\n"
                                        + sections.format(top="[Back to top](#)\n\n")).encode(),
                                       name="privacy-2021-02-17.md").markdown
    html = _converted('<p>Open <a href="#">Cookie settings</a> to choose.</p>').markdown
    assert "Open Cookie settings to choose." in html
    assert "Open Cookie settings to choose, or the top." in markdown and "Back to top" not in markdown, markdown
    assert "[A](#1-a)" in markdown
