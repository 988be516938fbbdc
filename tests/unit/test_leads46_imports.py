"""Leads46: small things the legal team meets in an imported text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import imported_text


@pytest.mark.parametrize("lang, warning, note, tip", [
    ("fr", "Avertissement", "Remarque", "Astuce"),
    ("de", "Warnung", "Hinweis", "Tipp"),
    ("en", "Warning", "Note", "Tip")])
def test_a_note_box_with_no_title_is_titled_in_the_pages_language(tmp_path: Path, lang, warning, note, tip):
    """Adopt32: `!!! warning` (MkDocs Material), `> [!NOTE]` (GitHub) and `::: {.callout-tip}` (Quarto) with no title
    were titled by their kind in English on a French or German page ("**Warning**" over a French paragraph); a kind
    of the author's own keeps its word, and a title written stays as written."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\n## 1. Scope\n\n!!! warning\n    Words one.\n\n> [!NOTE]\n> Words two.\n\n"
        "::: {.callout-tip}\nWords three.\n:::\n\n!!! gdpr-basis\n    Words four.\n\n!!! danger \"Kept\"\n"
        "    Words five.\n"), lang=lang)
    body = text.body
    assert f"**{warning}**\n\nWords one." in body, body
    assert f"> **{note}**\n>\n> Words two." in body, body
    assert f"**{tip}**\n\nWords three." in body, body
    assert "**Gdpr basis**\n\nWords four." in body and "**Kept**\n\nWords five." in body, body
