"""Adopt54: a Hugo shortcode of a pair around words inside a sentence (`message.{{% sidenote %}}Backups: 30 more
days.{{% /sidenote %}}Then`). Each tag was removed with nothing in its place, gluing the words the page set apart
("message.Backups", "days.Then"), and said as a shortcode whose link now has no address. A pair's tags are now left out
as on a line of their own, said as such, with a space where a sentence's end would otherwise touch the next word;
a pair inside a sentence (`We {{< highlight >}}never{{< /highlight >}} sell`) leaves the words as they were, and a
shortcode alone (`{{< contactform >}}`) is said as before: what it drew has to be written."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "hugo-pairs-2020-11-02.md"


def test_a_pair_of_shortcodes_inside_a_paragraph_keeps_its_words_apart():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "We never sell it." in markdown, markdown
    assert "We keep it for 2 years after your last message. Backups: 30 more days. Then it is gone." in markdown, \
        markdown
    notes = [str(note) for note in converted.notes]
    assert "line 12: left out a Hugo shortcode, {{% sidenote %}}, which the old site read (the text between a pair " \
           "of them is kept)" in notes, notes
    assert any(note.startswith("line 8: left out a Hugo shortcode, {{< /highlight >}}") for note in notes), notes
    assert any("{{< contactform >}}" in note and "now has no address" in note for note in notes), notes
    page = f"---\ndate: 2020-11-02\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
