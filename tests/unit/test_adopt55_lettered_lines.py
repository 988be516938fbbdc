"""Adopt55: a Markdown page's items lettered under a numbered item or a paragraph (`1. You may ask us:` over
`   a. to see your data;`, `   b. …`, `      i. by e-mail;`), as Pandoc's and Quarto's lettered lists write them,
were read as the paragraph's words ("You may ask us: a. to see your data; b. …"), their nesting lost. They are now a
list, nested as indented, each item keeping its label, said, as the HTML and Word imports write a lettered list; a
line under one of them goes on with its words. Lines that do not count from a or i in order, or a single one (an
initial, `A. Brightwater`), stay as they were, and so do lettered lines under an item's second line (the build would
read that list as the line's words)."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "lettered-2020-03-01.md"


def test_lettered_lines_under_an_item_or_a_paragraph_are_a_nested_list():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "1. You may ask us:\n    - a. to see your data, by writing\n        to the shop;\n    - b. to correct it:\n" \
           "        - i. by e-mail;\n        - ii. by post.\n2. You may complain to the regulator.\n" in markdown, markdown
    assert "We keep:\n\n- (a) your name;\n- (b) your address.\n" in markdown, markdown
    assert "Our officer is\nA. Brightwater, at the shop.\n" in markdown, markdown
    assert "We keep orders:\na. six years;\nc. then we erase them.\n" in markdown, markdown
    notes = [str(note) for note in converted.notes]
    assert any(note.startswith("line 9: 4 lines lettered as a list's items") for note in notes), notes
    assert any(note.startswith("line 19: 2 lines lettered as a list's items") for note in notes), notes
    page = f"---\ndate: 2020-03-01\n---\n{markdown}"  # (both Markdown readers read the lists alike)
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
    items = [block.text for block in rendering.read(page, lang="en").sections[0].blocks]
    assert "i. by e-mail;" in items and "a. to see your data, by writing to the shop;" in items, items
