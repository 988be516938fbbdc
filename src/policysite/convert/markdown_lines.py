"""The lines of a Markdown text that hold its words, outside fenced code, and the code spans of a line: where the
Markdown converters' passes over lines (markdown_source, hugo) may rewrite a text and where they leave it as written."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def outside_fences(lines: list[str]) -> Iterator[int]:
    """The indexes of `lines` outside fenced code, the fences' own lines left out: a fence closes with one of its
    marks at least as long (CommonMark). Each line is read as the loop reaches it: a caller may rewrite those before."""
    fence = ""
    for n in range(len(lines)):
        opened = FENCE.match(lines[n])
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        yield n


def code_spans(line: str) -> list[tuple[int, int]]:
    """Where `line`'s code spans start and end."""
    return [m.span() for m in CODE_SPAN.finditer(line)]


def substitute(body: str, pattern: re.Pattern[str], words: Callable[[re.Match[str], int], str | None], *,
               needle: str) -> str:
    """`body` with each match of `pattern` outside fenced code and code spans, on a line holding `needle`, replaced by
    `words(match, line)` (its 1-based line), or kept where that gives None."""
    if needle not in body:
        return body
    lines = body.split("\n")
    for n in outside_fences(lines):
        if needle not in lines[n]:
            continue
        code = code_spans(lines[n])

        def one(match: re.Match[str], n: int = n, code: list[tuple[int, int]] = code) -> str:
            found = None if any(a <= match.start() < b for a, b in code) else words(match, n + 1)
            return match.group(0) if found is None else found
        lines[n] = pattern.sub(one, lines[n])
    return "\n".join(lines)
