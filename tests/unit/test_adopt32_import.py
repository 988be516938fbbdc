"""Adopt32: the lines import's notes name in a Markdown policy, after passes that add or take out lines."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import imported_text


def _said(notes: list[str], words: str) -> str:
    return next(note.split(": ", 1)[0] for note in notes if words in note)


def test_a_definition_lists_note_names_the_terms_line_not_its_colon_line(tmp_path: Path):
    """The note "a definition list's term written in bold" named the `:` line under each term (and a second
    definition's), not the term's line a lawyer looks for."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\n## 1. Definitions\n\nPersonal data\n:   Any information.\n\nProcessing\n:   Any operation.\n"
        ":   Or a set of operations.\n\n## 2. Rights\n\nR.\n"))
    assert _said(text.notes, "a definition list's term") == "lines 5 and 8", text.notes
