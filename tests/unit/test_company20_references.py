"""company20: Hungarian writes a reference to a section number first, its case ending on the word ("ahogy a 3.
pontban olvasható", "a 4. cikk"): a section inserted first, every such reference rewritten with the new numbers was
"text changed" in each section after it, as English's "section 3" was before redline21. Said "renumbered, references
updated to the new numbers", and the compare page (compare.js: markReferences) says it alike; a reference kept to a
section renumbered, or a number that is no reference, is a change of text as before."""
from __future__ import annotations

import pytest

from policysite import redline
from unit.test_redline import policy
from unit.test_redline21_references import compare_js_references

SECTIONS = 5


def _text(shift: int, *, rewritten: str = "", kept: bool = False) -> str:
    """Five Hungarian sections, each referring to the next (its number first: `a 3. pontban`), the second to the third
    twice, numbered from 1 + shift; the third's period `rewritten` where given; the second's other reference `kept`
    as it was (naming another section now)."""
    head = "## 1. Hatály\n\nEz a tájékoztató a mobilalkalmazásra is kiterjed.\n\n" if shift else ""
    return head + "".join(
        f"## {k + shift}. Téma {k}\n\nAz adatokat {rewritten if k == 3 and rewritten else 'egy évig'} őrizzük, ahogy a "
        f"{k + 1 + shift}. pontban olvasható" + (f", és a {k + 1 + (0 if kept else shift)}. cikk szerint" if k == 2 else "")
        + ".\n\n" for k in range(1, SECTIONS)) + f"## {SECTIONS + shift}. Vége\n\nKöszönjük, lásd az {1 + shift}. cikket.\n"


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(old, lang="hu"), policy(new, date="2030-02-01", lang="hu"))


def test_references_written_number_first_are_said_renumbered_with_references_updated():
    r = _diff(_text(0), _text(1))
    assert [(s.new_number, s.kind, s.references) for s in r.sections if s.number] == [
        ("1", "added", False), *[(str(k + 1), "renumbered", True) for k in range(1, SECTIONS + 1)]]
    said = redline.render_text(r, color=False, lang="hu")
    assert said.count("a hivatkozások az új számozáshoz igazítva") == SECTIONS, said
    assert "ahogy a [-3-] {+4+}. pontban" in said  # (the body still marks each)


@pytest.mark.parametrize("new", [_text(1, rewritten="két évig"), _text(1, kept=True)])
def test_a_real_change_or_a_reference_kept_to_a_renumbered_section_is_a_change_of_text(new):
    said = {s.new_number: s.references for s in _diff(_text(0), new).sections if s.number}
    assert [n for n, refs in said.items() if not refs] == ["1", "3" if "két évig" not in new else "4"]


def test_a_number_before_no_sections_word_is_no_reference():
    body = "## {a}. Adatok\n\n{text}\n\n## {b}. Jogok\n\nKérheti.\n\n## {c}. Egyéb\n\nTovábbi.\n"
    r = _diff(body.format(a=1, b=2, c=3, text="A 2. hónapban válaszolunk."),
              "## 1. Új\n\nEgy új első pont.\n\n" + body.format(a=2, b=3, c=4, text="A 3. hónapban válaszolunk."))
    assert not any(s.references for s in r.sections)


def test_the_compare_page_marks_them_alike():
    for new in (_text(1), _text(1, rewritten="két évig"), _text(1, kept=True)):
        python = [s.references for s in redline.diff(policy(_text(0)), policy(new, date="2030-02-01")).sections]
        assert compare_js_references(_text(0), new) == python and any(python), python
