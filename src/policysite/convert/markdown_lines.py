"""The lines of a Markdown text that hold its words, outside fenced code, and the code spans of a line: where the
Markdown converters' passes over lines (markdown_source, hugo) may rewrite a text and where they leave it as written."""
from __future__ import annotations

import difflib
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


def removal_blanks(written: str, made: str) -> str:
    """`made` (a conversion of `written`) with each run of blank lines its conversion made (lines taken out, MDX's
    imports, a Hugo shortcode's, left blank in place so that notes name the source's lines) as one blank line, none
    at the text's start: the source's own runs, blank lines as written one after the other, stay, and so does code."""
    lines = made.split("\n")
    if "\n\n\n" not in made and not made.startswith("\n"):
        return made
    own: dict[int, int] = {}  # each line of `made` kept as written: the line of `written` it is
    source = written.split("\n")
    for tag, i1, _i2, j1, j2 in difflib.SequenceMatcher(None, source, lines, autojunk=False).get_opcodes():
        if tag == "equal":
            own.update((j, i1 + j - j1) for j in range(j1, j2))
    words = set(outside_fences(lines))
    out: list[str] = []
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and end in words and not lines[end].strip():
            end += 1
        if end == n:
            out.append(lines[n])
            n += 1
            continue
        as_written = all(j in own and own[j] == own[n] + j - n for j in range(n, end)) and \
            _next_to(own, n - 1, n) and _next_to(own, end - 1, end)  # (nothing taken out just above or below it)
        out += lines[n:end] if as_written else [] if n == 0 else [""]
        n = end
    return "\n".join(out)


def _next_to(own: dict[int, int], above: int, below: int) -> bool:
    """Whether two lines of a conversion, where both are kept as written, were written one under the other."""
    return above not in own or below not in own or own[below] == own[above] + 1
