"""The lines of a Markdown text that hold its words, outside fenced code, and the code spans of a line: where the
Markdown converters' passes over lines (markdown_source, hugo) may rewrite a text and where they leave it as written."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
SETEXT = re.compile(r"[ ]{0,3}(?P<rule>=+|-+)[ \t]*")


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


def fence_after(line: str, fence: str) -> tuple[str, bool]:
    """(the fence open after `line`, "" where none is; whether `line` is code or a fence's own line), `fence` the one
    open before it: a fence closes with one of its marks at least as long (CommonMark)."""
    opened = FENCE.match(line)
    if opened and (not fence or opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)):
        return ("" if fence else opened.group(1)), True
    return fence, bool(fence)


def setext_words(lines: list[str], n: int) -> bool:
    """Whether line `n` holds the words of a setext heading: a one-line paragraph underlined on the next line by `=`
    or `-`, not a list's item, a quote, a table's row or indented code over a rule."""
    if n + 1 >= len(lines) or not SETEXT.fullmatch(lines[n + 1]):
        return False
    words = lines[n]
    return bool(words.strip()) and not words.startswith(("    ", "\t")) and (n < 1 or not lines[n - 1].strip()) \
        and not re.match(r"[ ]{0,3}(?:[-*+>|#]|\d+[.)])(?:\s|$)", words) and "|" not in words


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


def removal_blanks(written: str, made: str, *, start: int = 0) -> str:
    """`made` (a conversion of `written`) with each run of blank lines its conversion made (lines taken out, MDX's
    imports, a Hugo shortcode's, left blank in place so that notes name the source's lines) as one blank line, none
    at the text's start: a run the source wrote, as many blank lines between the same two lines (or above the same
    line, at the start: the blank lines `written` has from its line `start`, its front matter's end), stays, and so
    does code. (By the lines around each run, not by aligning the two texts:
    difflib over thousands of alike blank lines takes minutes.)"""
    if "\n\n\n" not in made and not made.startswith("\n"):
        return made
    runs: set[tuple[str | None, int, str | None]] = set()  # (the line above, blank lines, the line below) as written
    above: str | None = None
    blank = 0
    for line in written.split("\n"):
        if line.strip():
            runs.add((above, blank, line))
            above, blank = line, 0
        else:
            blank += 1
    runs.add((above, blank, None))
    body = written.split("\n")[start:]
    top = next((k for k, line in enumerate(body) if line.strip()), len(body))
    tops = {(top, body[top] if top < len(body) else None)}
    lines = made.split("\n")
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
        below = lines[end] if end < len(lines) else None
        if (lines[n - 1] if n else None, end - n, below) in runs or not n and (end, below) in tops:
            out += lines[n:end]
        elif n:
            out.append("")
        n = end
    return "\n".join(out)
