"""Edits in place: where an inline token's text lies in the whole text, and the edits decided on it.

markdown-it gives each block its lines and each inline token its text with the block's markers and
indentation removed; a `Locator` maps offsets in that text back to the whole text, so that an edit
changes exactly what it names and nothing else moves.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from markdown_it.token import Token

from policysite.convert.notes import Notes
from policysite.messages import Said


@dataclass
class Text:
    """The text being neutralised, its lines, and the edits decided so far (start, end, replacement)."""

    text: str
    notes: Notes
    targets: frozenset[str]
    depth: int
    lines: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    edits: list[tuple[int, int, str]] = field(default_factory=list)
    cursor: dict[int, int] = field(default_factory=dict)  # per line: where the last located text ended
    css: str = ""  # the stylesheets of its raw HTML (`<style>` blocks): what its classes draw
    # its link definitions by label: where each's destination starts and ends, where it ends, its destination and title
    definitions: dict[str, list[tuple[int, int, int, str, str]]] = field(default_factory=dict)
    page: str = ""  # the words its page shows, as the site renders it (what a title may repeat: tooltips.unshown)

    def __post_init__(self) -> None:
        self.lines = self.text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def note(self, message: str, offset: int) -> None:
        self.notes.add(message, self.line_of(offset))


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], -e[1])):
        if start < at:
            continue  # inside an edit already made (a tag within a removed script, say)
        out += [text[at:start], replacement]
        at = end
    return "".join(out) + text[at:]


class Locator:
    """Maps offsets in an inline token's text (its block's lines, markers and indentation removed)
    to offsets in the whole text."""

    def __init__(self, doc: Text, token: Token) -> None:
        self.parts: list[tuple[int, int | None, int]] = []
        first = token.map[0] if token.map else 0
        pos = 0
        for k, part in enumerate(token.content.split("\n")):
            n = first + k
            x = find(part, doc.lines[n], doc.cursor.get(n, 0)) if n < len(doc.lines) else None
            if x is not None:
                doc.cursor[n] = x + len(part)
            self.parts.append((pos, None if x is None else doc.starts[n] + x, len(part)))
            pos += len(part) + 1

    def __call__(self, offset: int) -> int | None:
        for start, at, length in reversed(self.parts):
            if offset >= start:
                return None if at is None else at + min(offset - start, length)
        return None


def find(part: str, line: str, after: int) -> int | None:
    for candidate in (line, line.rstrip()):
        if candidate.endswith(part) and len(candidate) - len(part) >= after:
            return len(candidate) - len(part)
    x = line.find(part, after)
    return x if x >= 0 else None


def edit(doc: Text, locate: Locator, start: int, end: int, replacement: str, message: str) -> None:
    a, b = locate(start), locate(end)
    if a is None or b is None:
        doc.notes.add(Said("convert.unchanged", note=message))
        return
    doc.edits.append((a, b, replacement))
    doc.note(message, a)
