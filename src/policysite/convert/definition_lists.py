"""A Markdown page's definition lists (PHP Markdown Extra's, Python-Markdown's and MkDocs Material's `def_list`,
Pandoc's: a term, then `:   its definition`, its other paragraphs indented under it) in the site's Markdown, which has
none: each term in bold over its definition, as the HTML import writes a `<dl>`; a definition list inside a definition
a list under it, each item a term in bold over its definition, so that the terms it narrows stay under it."""
from __future__ import annotations

import re

from policysite.convert import markdown_lines
from policysite.convert.notes import Notes
from policysite.messages import Said

_DEFINITION = re.compile(r"[ ]{0,3}:[ \t]+(?P<text>\S.*)")
# A line that is no term: indented, a heading, a list's item, a quote, a table's row, a rule, an HTML block
_NO_TERM = re.compile(r"[ \t]|#|[-*+][ \t]|>|\d{1,9}[.)][ \t]|\||[-*_]{3,}\s*$|<")
_INDENT = re.compile(r"(?: {4}|\t)")


def definition_lists(body: str, notes: Notes) -> str:
    """`body` with its definition lists written as the site's Markdown shows them, each term said with its line.
    Read as they were, a definition's second paragraph (indented four spaces under it) was a code block, a term's
    second definition made the first a term in bold, and a list inside a definition code (session 44, adopt29). The
    notes of the passes after it name the lines of `body` (`Notes.remap`): each term takes a line more."""
    if ":" not in body:
        return body
    lines = body.split("\n")
    out, origin = _written(lines, list(range(1, len(lines) + 1)), notes, nested=False)
    notes.remap(origin)
    return "\n".join(out)


def _written(lines: list[str], numbers: list[int], notes: Notes, *, nested: bool) -> tuple[list[str], list[int]]:
    """`lines` (their numbers in the page: `numbers`) with the definition lists at their top written so, and the line
    of the page each stands for; `nested`: a definition's own text, whose definition lists are items of a list."""
    out: list[str] = []
    origin: list[int] = []
    fence = ""
    defined = -1  # where `out` ended after the last definition: a `:` line after it (blank lines between) is another
    n, first = 0, 0  # first: the line of the first term made
    termed = 0  # the line of the term of the last definition
    while n < len(lines):
        line = lines[n]
        fence, code = markdown_lines.fence_after(line, fence)
        definition = None if code else _DEFINITION.fullmatch(line)
        another = definition is not None and defined >= 0 and not any(part.strip() for part in out[defined:])
        term = definition is not None and not another and bool(out) and bool(out[-1].strip()) \
            and not _NO_TERM.match(out[-1]) and (len(out) < 2 or not out[-2].strip())
        if definition is None or not (another or term):
            out.append(line)
            origin.append(numbers[n])
            n += 1
            continue
        body, end = _definition(lines, n)
        text, at = _written([definition["text"], *body], numbers[n:end], notes, nested=True)
        if term:
            words, where = out.pop().strip(), origin.pop()
            bold = words if words[:2] == words[-2:] and words[:2] in ("**", "__") and len(words) > 4 else f"**{words}**"
            out += [f"- {bold}" if nested else bold, ""]
            origin += [where, where]
            termed = where  # (the note names the term's line, not its `:` line: adopt32)
        else:
            del out[defined:], origin[defined:]
            out.append("")
            origin.append(numbers[n])
        out += ["    " + part if nested and part.strip() else part for part in text]
        origin += at
        notes.add(Said("convert.definition-term"), termed)
        first = first or termed
        defined = len(out)
        n = end
    if nested and first:
        notes.add(Said("convert.definition-lists/nested", count=1), first)
    return out, origin


def _definition(lines: list[str], at: int) -> tuple[list[str], int]:
    """The lines of the definition opening at `lines[at]` after its first (its other paragraphs, indented, and lines
    continuing its paragraph), dedented, and the index of the line after it."""
    body: list[str] = []
    n = at + 1
    while n < len(lines):
        line = lines[n]
        if _INDENT.match(line):
            body.append(_INDENT.sub("", line, count=1))
        elif not line.strip():
            ahead = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
            if ahead is None or not _INDENT.match(lines[ahead]):
                break
            body.append("")
        elif (body[-1] if body else lines[at]).strip() and not _DEFINITION.fullmatch(line) \
                and not (n + 1 < len(lines) and _DEFINITION.fullmatch(lines[n + 1])) and not _NO_TERM.match(line):
            body.append(line)  # (a line continuing its paragraph, written without indent)
        else:
            break
        n += 1
    return body, n
