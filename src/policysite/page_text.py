"""The words a rendered page shows as prose: its text nodes outside code, and the line of the Markdown that writes a
piece of them (the checks that judge what a reader sees, not what the source says: unclosed emphasis, addresses)."""
from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

# Text shown as written on purpose: code, keyboard keys, a program's output (and what no reader sees as text).
VERBATIM = frozenset({"code", "pre", "kbd", "samp", "script", "style", "template"})


def prose(tree: LexborHTMLParser) -> Iterator[str]:
    """Each text node of the page's body outside VERBATIM elements, in the page's order."""
    if tree.body is None:
        return
    for node in tree.body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        parent, verbatim = node.parent, False
        while parent is not None and not verbatim:
            verbatim = parent.tag in VERBATIM
            parent = parent.parent
        if not verbatim and (text := node.text_content):
            yield text


def line_of(body: str, probes: list[str], *, after: int = 0) -> int:
    """The line (1-based) of `body` holding the first of `probes` found, from line `after` + 1 on, else from the top;
    1 when none is written as it is."""
    lines = body.split("\n")
    for probe in (p for p in probes if p):
        for number in [*range(after, len(lines)), *range(after)]:
            if probe in lines[number]:
                return number + 1
    return 1
