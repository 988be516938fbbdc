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


def _noted_lines(note: str) -> list[int]:
    import re

    head = note.split(": ", 1)[0]
    assert head.startswith("Markdown line"), note
    return [int(n) for n in re.findall(r"\d+", head)]


def test_a_note_of_an_html_import_names_the_line_of_the_committed_page(tmp_path: Path):
    """Adopt32: an HTML, Word or ODT import's notes named "Markdown line N" of the converted body, but the committed
    page has its front matter above it (date, title, description): N was 4 to 6 lines short of the line the legal
    team opens. Each line named, in the committed file, holds the words noted."""
    import datetime as dt

    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><head><title>Privacy</title></head><body><main><h1>Privacy</h1><p>Intro.</p>"
        "<p>See <a href='http://'>our partners</a>.</p><h2>1. Data</h2><p>Names.</p>"
        "<p>Ask <a href='http://'>the team</a>.</p></main></body></html>"), lang="en")
    page = text.page(dt.date(2021, 6, 1)).split("\n")
    assert page[0] == "---" and text.meta.get("title"), page
    for words in ("our partners", "the team"):
        note = next(note for note in text.notes if f"“{words}”" in note)
        assert all(words in page[n - 1] for n in _noted_lines(note)), (note, page)


def test_each_passage_kept_that_the_page_hid_is_noted_at_its_line(tmp_path: Path):
    """The HTML import keeps the words a page's style hid (a closed panel, a note never shown) and those for screen
    readers only, and asks the legal team to remove what is no text of the policy: the note quoted three and said "and
    2 more", naming no line, and the others were not to be found. Each line holding such words is named, the
    committed page's."""
    import datetime as dt

    hidden = ["Draft one.", "Panel two.", "Note three.", "Words four.", "Words five."]
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><head><style>.off{display:none}</style></head><body><main><h1>Privacy</h1><h2>1. Scope</h2><p>Seen.</p>"
        f"<div style='display:none'><p>{hidden[0]}</p></div><p>Seen too.</p><p class='off'>{hidden[1]}</p>"
        f"<h2>2. Rights</h2><p>A <span style='display:none'>{hidden[2]}</span> right.</p>"
        f"<details><p style='visibility:hidden'>{hidden[3]}</p></details><p>Last <span style='display: none'>"
        f"{hidden[4]}</span></p><p><span class='sr-only'>Alert:</span> Cookies.</p></main></body></html>"), lang="en")
    page = text.page(dt.date(2021, 6, 1)).split("\n")
    styled = next(note for note in text.notes if "kept 5 elements that the page's style hid" in note)
    lines = _noted_lines(styled)
    assert [next(n for n in lines if words in page[n - 1]) for words in hidden], (styled, page)
    assert len(lines) == len(hidden) and all(any(words in page[n - 1] for words in hidden) for n in lines), styled
    screen = next(note for note in text.notes if "written for screen readers only" in note)
    assert [page[n - 1] for n in _noted_lines(screen)] == ["Alert: Cookies."], (screen, page)
    assert "\ue031" not in text.body and "\ue032" not in text.body
