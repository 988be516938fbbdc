"""Adopt39: leftovers of session 50's imports (convert/notes.py, markdown_source.py, html_source.py), each read
without a build from a sample of tests/data/adoption39/ or a synthetic text."""
from __future__ import annotations

from policysite.convert.notes import Notes
from policysite.messages import Said


class _Counted(int):
    """A line number that counts the comparisons made with it: how many a note's lines cost, without a clock."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return int(self) == other

    def __hash__(self) -> int:
        return int.__hash__(self)

    def __radd__(self, other: object) -> _Counted:  # (line + offset: each recorded line is one of these)
        return _Counted(int(self) + int(other))  # type: ignore[call-overload]


def test_one_note_spread_over_many_lines_costs_as_many_steps_as_lines():
    """Notes.add looked for the line among the note's lines with a list's `in`: one note on 20,000 lines (a page of
    `{% set %}` tags) compared each line with every one before it, 5.7 s CPU; a line recorded twice is still one."""
    notes = Notes()
    notes.offset = _Counted(0)
    _Counted.compared = 0
    for line in range(1, 2001):
        notes.add("same", line)
    notes.add("same", 7)
    assert _Counted.compared < 100, _Counted.compared
    said = notes.sentences()[0]
    assert isinstance(said, Said)
    assert said.fields["lines"] == "1, 2, 3, 4, 5, 6, 7, 8"
    assert said.fields["last"] == Said("import.note/more", count=2000 - 8)


def test_lines_a_shift_brings_together_are_named_once():
    """Lines taken out of a text above two lines of one note can bring them to one line: it is named once."""
    notes = Notes()
    notes.add("same", 3)
    notes.add("same", 5)
    notes.shift(after=3, by=-2)
    assert notes.sentences() == [Said("import.note/line", line="3", note="same")]
