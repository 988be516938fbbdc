"""Adopt53: a Hugo page's link to one of its own sections, `[section 3]({{< ref "#contact" >}})`, lost its target as an
address only the old site's templates knew. Hugo fills in that anchor of the page, which the text holds: the link
now goes to the section (one the page lacks is then said by the import, as any link into the page no heading
answers); a `ref` to another page is still its words alone, said."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "hugo-privacy-2020-11-02.md"


def test_a_ref_to_a_section_of_the_page_itself_is_kept():
    converted = convert(DATA, lang="en")
    notes = [str(note) for note in converted.notes]
    assert "See [section 3](#contact), [its part 2](#how-long) and our terms." in converted.markdown, converted.markdown
    # (a section the page lacks: the import's pass over links into the page keeps its words and says it)
    assert "Read the [gone section](#gone)." in converted.markdown
    assert not any("#contact" in note or "#how-long" in note for note in notes), notes
    assert any("/terms.md" in note and "“our terms”" in note for note in notes), notes
