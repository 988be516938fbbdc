"""A section's blocks as a page draws them: paragraphs, nested lists, tables with their header.

The model's blocks are flat (a list item knows its depth, a table row its cells); the PDF (as JSON, in
`partials/policy-pdf.typ`) and the side-by-side page (through the macros of `partials/policy-blocks.html`)
draw them grouped.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from policysite import document

# A run of a block's text: its words, whether bold, the target of the link it is part of ("" if none), and the
# language the text marks it as written in, where it does (`<span lang="en">`, inline.marked: a fourth item, so that
# the PDF's data, which keys a version's PDF, stays the same for a text without one).
Run = tuple[str, bool, str] | tuple[str, bool, str, str]
_LINKED = re.compile(r"(?i)(?:https?://|mailto:|tel:|#)")


@dataclass
class Item:
    """A list item and the items nested under it."""

    runs: list[Run]
    children: list[Item] = field(default_factory=list)
    number: int = 0  # in a numbered list, its number as the site shows it; 0 in a bulleted one


@dataclass
class Part:
    """What the template draws in turn: a paragraph, a list (its top items) or a table (header, rows)."""

    kind: str  # "paragraph" | "list" | "table"
    runs: list[Run] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)


def runs(text: str, marks: Sequence[document.Mark] = ()) -> list[Run]:
    """`text` cut into (text, bold, target) runs at its marks (`Block.marks`): bold where a "strong" mark covers it,
    the target of the "link" mark that covers it ("" outside links), the language of the innermost "lang" mark
    that covers it ("" outside them)."""
    cuts = sorted({0, len(text)} | {edge for start, end, _kind, _target in marks for edge in (start, end)
                                    if 0 <= edge <= len(text)})
    out: list[Run] = []
    for start, end in zip(cuts, cuts[1:]):
        strong_here = any(s <= start and end <= e for s, e, kind, _ in marks if kind == "strong")
        target = next((t for s, e, kind, t in marks if kind == "link" and s <= start and end <= e), "")
        lang = max(((s, -e, t) for s, e, kind, t in marks if kind == "lang" and s <= start and end <= e),
                   default=(0, 0, ""))[2]
        if out and out[-1][1:] == _run("", strong_here, target, lang)[1:]:
            out[-1] = _run(out[-1][0] + text[start:end], strong_here, target, lang)
        else:
            out.append(_run(text[start:end], strong_here, target, lang))
    return out or [(text, False, "")]


def language(run: Run) -> str:
    """The language a run's words are marked as written in ("" where none: the page's)."""
    return run[3] if len(run) > 3 else ""


def _run(words: str, strong: bool, target: str, lang: str) -> Run:
    return (words, strong, target, lang) if lang else (words, strong, target)


def parts(blocks: Sequence[document.Block]) -> list[Part]:
    """A section's blocks grouped as drawn: consecutive items into one list (nested by depth), consecutive
    rows into one table whose first row is its header."""
    out: list[Part] = []
    for block in blocks:
        last = out[-1] if out else None
        if block.kind == "item":
            if last is None or last.kind != "list":
                last = Part("list")
                out.append(last)
            level = last.items
            for _ in range(block.depth):
                if not level:
                    break
                level = level[-1].children
            level.append(Item(_runs(block), number=block.number))
        elif block.kind == "row":
            cells = block.shown_cells or (block.shown,)
            if last is None or last.kind != "table" or block.header:  # (two tables apart by a blank line: two)
                out.append(Part("table", header=cells))
            else:
                last.rows.append(cells)
        else:
            out.append(Part("paragraph", runs=_runs(block)))
    return out


def _runs(block: document.Block) -> list[Run]:
    """A block's text as drawn (without inline HTML tags), cut into runs by its bold spans and its links where the
    text has them: those to another site, an address or a number, and to a section (a page of the site is left as
    words: the pages that draw runs are not where the text's relative links start)."""
    text, marks = document.drawn_marked(block)
    return runs(text, [m for m in marks if m[2] in ("strong", "lang") or m[2] == "link" and _LINKED.match(m[3])])
