"""A section's blocks as a page draws them: paragraphs, nested lists, tables with their header.

The model's blocks are flat (a list item knows its depth, a table row its cells); the PDF (as JSON, in
`partials/policy-pdf.typ`) and the side-by-side page (through the macros of `partials/policy-blocks.html`)
draw them grouped.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from policysite import document


@dataclass
class Item:
    """A list item and the items nested under it."""

    runs: list[tuple[str, bool]]
    children: list[Item] = field(default_factory=list)
    number: int = 0  # in a numbered list, its number as the site shows it; 0 in a bulleted one


@dataclass
class Part:
    """What the template draws in turn: a paragraph, a list (its top items) or a table (header, rows)."""

    kind: str  # "paragraph" | "list" | "table"
    runs: list[tuple[str, bool]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)


def runs(text: str, strong: Sequence[str]) -> list[tuple[str, bool]]:
    """`text` cut into (text, bold) runs: each bold span in order, at its first place after the one before."""
    out: list[tuple[str, bool]] = []
    at = 0
    for span in strong:
        found = text.find(span, at) if span else -1
        if found < 0:
            continue
        if found > at:
            out.append((text[at:found], False))
        out.append((span, True))
        at = found + len(span)
    if at < len(text) or not out:
        out.append((text[at:], False))
    return out


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
            cells = tuple(document.visible(cell) for cell in block.cells or (block.text,))
            if last is None or last.kind != "table":
                out.append(Part("table", header=cells))
            else:
                last.rows.append(cells)
        else:
            out.append(Part("paragraph", runs=_runs(block)))
    return out


def _runs(block: document.Block) -> list[tuple[str, bool]]:
    """A block's text as drawn (without inline HTML tags), cut into runs by its bold spans."""
    return runs(document.drawn(block), [document.visible(span) for span in block.strong])
