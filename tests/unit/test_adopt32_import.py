"""Adopt32: the lines import's notes name in a Markdown policy, after passes that add or take out lines."""
from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("block", [
    '!!! note "Before you read"\n    What follows.\n',  # a title: a line more
    "!!! note \"\"\n    What follows.\n",  # no title: a line fewer
    '??? info "More"\n    Folded.\n',
    '=== "Web"\n\n    On the web.\n\n=== "App"\n\n    In the app.\n'])
def test_a_note_after_an_admonition_or_tabs_names_the_line_of_the_file(tmp_path: Path, block: str):
    """MkDocs Material's admonitions and tabs, written as a title in bold over their text, put a line in (or took one
    out) and every note after them named the line of the converted text, one off the file's."""
    source = f"---\ntitle: Privacy\n---\n\n## 1. Scope\n\n{block}\n## 2. Rights\n\nSee <span onclick='x'>here</span>.\n"
    text = imported_text(tmp_path, "privacy-2021-06-01.md", source)
    line = next(n for n, written in enumerate(source.split("\n"), 1) if "onclick" in written)
    assert _said(text.notes, "raw HTML <span>") == f"line {line}", text.notes
