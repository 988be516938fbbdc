"""Adopt57: lettered lines under a Markdown list item whose words wrap over two lines (`1. You may ask us, at any time
and` / `   without cost:` / `   a. to see your data;`), or under a lettered item's second line (`   a. to see your data,
by writing` / `      to the shop:` / `      i. by e-mail;`), were left as written (adopt55's leftover: the build reads a
list under an item's second line as that line's words), so the page read "without cost: a. to see your data … i. by
e-mail;" as one paragraph. The item's lines are now one line, a space between them, as the page read them, and the
lettered lines a list under it; an item's line ending in a Markdown line break (two spaces, a backslash) is not
joined, and its lettered lines stay as written."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption57" / "lettered-wrapped-2021-09-01.md"


def test_lettered_lines_under_an_item_s_wrapped_line_are_a_list_under_it():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "1. You may ask us, at any time and without cost:\n    - a. to see your data, by writing to the shop:\n" \
           "        - i. by e-mail;\n        - ii. by post.\n    - b. to correct it.\n" \
           "2. You may complain to the regulator.\n" in markdown, markdown
    assert "1. Our officer is  \n    at the shop:\n    a. Monday;\n    b. Tuesday." in markdown, markdown
    notes = [str(note) for note in converted.notes]
    assert any(note.startswith("line 9: 4 lines lettered as a list's items") for note in notes), notes
    page = f"---\ndate: 2021-09-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
    items = [block.text for block in rendering.read(page, lang="en").sections[0].blocks]
    assert items[:5] == ["You may ask us, at any time and without cost:", "a. to see your data, by writing to the shop:",
                          "i. by e-mail;", "ii. by post.", "b. to correct it."], items
