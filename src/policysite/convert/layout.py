"""Lists and tables laid out as both Markdown readers see them.

markdown-it (the checks, CommonMark) and Python-Markdown (the build) read lists differently: the
build needs a blank line before a list or table that follows a paragraph, 4 spaces per level of
nesting and a space (not a tab) after the marker, and numbers `1.` only (a `1)` list keeps its
labels as text); it writes a table's column alignment as an inline style, which the site refuses.
This pass rewrites only the leading whitespace and markers of the lines concerned (and drops
alignment colons), as CommonMark reads them, so the page shows the lists the source showed. The
text itself does not change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policysite.convert.notes import Notes
from policysite.messages import Said

_DEFINITION = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S")  # a link's definition: `[gh]: https://…`
_MARKER = re.compile(r"( *)([-+*]|\d{1,9}[.)])([ \t]*)(.*)\Z")


@dataclass
class _Item:
    first: int  # line of its marker
    last: int  # first line after it
    depth: int
    content: int  # column where its content starts in the source
    marker_col: int = 0  # where the rewritten marker goes
    from_zero: bool = False  # an item of a list numbered from 0: its label kept as text
    new_content: int = 0  # where the rewritten content goes


def relayout(text: str, notes: Notes) -> str:
    """`text` with lists and tables the build would misread rewritten as CommonMark reads them, until both read it
    alike: an item's marker moved to the margin takes the indented lines under it as its own (adoption 27: GitHub's
    privacy statement of 2022-09-01, `  2. **Generally …**` over a paragraph indented 4 and its list, became an item
    holding the paragraph with the list right under it, which the build reads as the paragraph's words: the version
    was refused by the gate, `render.structure`), so a pass is made again on what the one before wrote (its notes
    said once, by the first)."""
    out = _relayout(text, notes)
    for _ in range(3):
        again = _relayout(out, Notes())
        if again == out:
            break
        out = again
    return out


def _relayout(text: str, notes: Notes) -> str:
    from policysite.convert.neutralise import _md

    tokens = _md.parse(text)
    lines = text.split("\n")
    blank_before: set[int] = set()
    defined: list[int] = []
    items: list[_Item] = []
    open_items: list[_Item | None] = []  # None: an item this pass leaves as it is
    depth = -1
    zero: list[bool] = []  # for each open list, whether it is numbered from 0
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            zero.append(token.type == "ordered_list_open" and token.attrGet("start") == 0)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            zero.pop()
        elif token.type == "list_item_close":
            open_items.pop()
        if not token.map or _quoted(lines[token.map[0]]):
            if token.type == "list_item_open":
                open_items.append(None)
            continue
        a = token.map[0]
        enclosing = open_items[-1] if open_items else None
        if token.type in ("bullet_list_open", "ordered_list_open", "table_open") and a > 0 \
                and lines[a - 1].strip() and not (enclosing and enclosing.first == a - 1):
            blank_before.add(a)
        if token.type == "list_item_open":
            match = _MARKER.match(_expand(lines[a]))
            if match is None or (open_items and enclosing is None):
                open_items.append(None)
                continue
            spaces = len(match.group(3))
            start = len(match.group(1)) + len(match.group(2))
            item = _Item(a, token.map[1], depth, start + (spaces if 1 <= spaces <= 4 and match.group(4) else 1),
                         from_zero=bool(zero and zero[-1]))
            item.marker_col = enclosing.new_content if enclosing else 0
            item.new_content = item.marker_col + max(4, len(match.group(2)) + 1)
            items.append(item)
            open_items.append(item)
        if token.type == "paragraph_open" and token.map:  # a link's definition right under a paragraph's line: a
            for n in range(a + 1, token.map[1]):  # definition to the build, the paragraph's text to CommonMark
                if _DEFINITION.match(lines[n]) and not _DEFINITION.match(lines[n - 1]):
                    blank_before.add(n)
                    defined.append(n)
                    break
        if token.type == "table_open" and len(lines) > a + 1 and ":" in lines[a + 1]:
            lines[a + 1] = lines[a + 1].replace(":", "-")
            notes.add(Said("convert.layout-alignment"), a + 2)
    owner: dict[int, _Item] = {}
    for item in items:  # an inner item comes after its parent: it wins its lines
        for n in range(item.first, min(item.last, len(lines))):
            owner[n] = item
    for item in items:  # an item right under the second line of a nested item (a line break in it): Python-Markdown
        above = owner.get(item.first - 1)  # reads the item as more of that line
        if above is not None and above.first != item.first - 1 and lines[item.first - 1].strip() and (
                above.depth > item.depth or not all(line.strip() for line in lines[above.first:item.first])):
            blank_before.add(item.first)  # (or under a paragraph of the item before: it reads the item as more of it)
    changed: list[int] = []
    labelled: list[int] = []
    for n, item in owner.items():
        line = lines[n]
        if not line.strip() or _quoted(line):
            continue
        expanded = _expand(line)
        if n == item.first:
            match = _MARKER.match(expanded)
            if match is None:
                continue
            marker, content = match.group(2), match.group(4)
            if marker.endswith(")") or item.from_zero:  # the build numbers `1.` from 1 only: the label stays as the
                marker, content = "-", marker[:-1] + "\\" + marker[-1] + (" " + content if content else "")  # text
                labelled.append(n)  # writes it
            new = " " * item.marker_col + marker + (" " + content if content else "")
        else:
            extra = len(expanded) - len(expanded.lstrip(" ")) - item.content
            # Under `- ` CommonMark counts from column 2 and Python-Markdown from 4: spaces beyond the content that
            # make no code block (fewer than 4) are dropped, or CommonMark would read 2 of them as one
            new = " " * (item.new_content + (extra if extra >= 4 else 0)) + expanded.lstrip(" ")
        if new != line:
            lines[n] = new
            changed.append(n)
    for n in sorted(blank_before, reverse=True):
        lines.insert(n, "")
    if defined:
        notes.add(Said("convert.layout-definitions"), min(defined) + 1)
    if labelled:
        notes.add(Said("convert.layout-labels"), min(labelled) + 1)
    if changed or set(blank_before) - set(defined):
        first = min(changed + sorted(set(blank_before) - set(defined)))
        notes.add(Said("convert.layout-lists"), first + 1)
    return "\n".join(lines)


def _expand(line: str) -> str:
    """Leading tabs as spaces to the next multiple of 4, as both readers count them."""
    out = ""
    for i, char in enumerate(line):
        if char == "\t":
            out += " " * (4 - len(out) % 4)
        elif char == " ":
            out += " "
        else:
            return out + line[i:]
    return out


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")
