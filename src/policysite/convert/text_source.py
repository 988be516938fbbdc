"""A policy kept as plain text (`.txt`: an e-mail's, an export's, a page served as text): read as the HTML import
reads a page of preformatted text, its parts between blank lines as paragraphs, each line kept, a short numbered line
alone as a section heading and a short first line as the title (adoption hunt 34: it was refused, asked to be
rewritten as Markdown)."""
from __future__ import annotations

import dataclasses
import html

from policysite.convert import html_source, markdown_source, scraped
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes
from policysite.messages import Said


def convert(data: bytes, *, name: str, lang: str = "") -> Converted:
    notes = Notes()
    text = markdown_source.decode(data, notes)  # its character set, byte order mark and line ends, as Markdown's
    text = scraped.cleaned(text, notes)  # the page's words copied with it (`top of page`, its copyright line)
    page = f"<html><body><pre>{html.escape(text)}</pre></body></html>".encode()
    converted = html_source.convert(page, name=name, lang=lang)
    # (its indent is what the refusal looks for: stripped of its new lines only)
    if converted.markdown.lstrip("\n").startswith(("```", "    ")) or not converted.markdown.strip():
        raise ConvertError(Said("import.text-unreadable", name=name))
    return dataclasses.replace(converted, notes=[*notes.sentences(), *map(_as_text, converted.notes)])


def _as_text(note: str) -> str:
    """A note of the page's conversion as the file's: its one preformatted block is the plain text itself."""
    if isinstance(note, Said) and note.key == "convert.preformatted":
        return Said("convert.preformatted/text", paragraphs=note.fields["paragraphs"], headings=note.fields["headings"])
    return note
