"""Lines lettered as a list's items inside a paragraph or a list's item of a Markdown page: `1. You may ask us:` over
`   a. to see your data;`, `   b. to correct it:`, `      i. by e-mail;`. Markdown has no lettered lists (Pandoc's
and Quarto's have: the writer meant one), so the page read them as one paragraph's words, "You may ask us: a. to
see your data; b. to correct it: i. by e-mail;", the nesting lost (adopt55). They are written as the HTML and Word
imports write a lettered list: each line an item keeping its label at the start of its words, `- a. to see your
data;`, nested as they were indented, under the item or the paragraph they follow."""
from __future__ import annotations

import re

from policysite.convert.markdown_lines import outside_fences
from policysite.convert.notes import Notes
from policysite.messages import Said

# A label and its words: `a.`, `b)`, `(c)`, `i.`, `(iv)`, in small letters or capitals
_LABEL = re.compile(r"( *)(\(?)([a-z]{1,4}|[A-Z]{1,4})([.)])[ \t]+(\S.*)")
_ITEM = re.compile(r"( *)(?:[-+*]|\d{1,9}[.)])[ \t]+")  # a list's item: where its words start
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")  # a line ending a Markdown line break: kept, not joined to the next
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def lists(body: str, notes: Notes) -> str:
    """`body` with each run of two or more lettered lines under a line of a paragraph or of a list's item (or
    opening a paragraph of their own), counting from a or i at each indent, made a list; said at its first line."""
    lines = body.split("\n")
    outside = set(outside_fences(lines))
    made: list[str] = []
    n = 0
    while n < len(lines):
        if n not in outside or not lines[n].strip() or \
                (n and lines[n - 1].strip() and n - 1 in outside and not _ITEM.match(lines[n])):
            made.append(lines[n])
            n += 1
            continue
        end = n  # a paragraph's lines, or an item's first line and the lines under it with no blank between
        while end + 1 < len(lines) and lines[end + 1].strip() and end + 1 in outside \
                and not _ITEM.match(lines[end + 1]):
            end += 1
        block = lines[n:end + 1]
        written, labels = _listed(block)
        if labels:
            notes.add(Said("convert.lettered-lines", count=labels), n + 1)
        made += written
        n = end + 1
    return "\n".join(made)


def _listed(block: list[str]) -> tuple[list[str], int]:
    """`block` (a paragraph's lines, or an item's) with its lettered lines made a list's items, and how many, or as it
    is and none where it holds no such run: two lettered lines at least, each level counting from a or i in order, and
    every line after the first lettered one either lettered or indented under one (its item's words going on)."""
    item = _ITEM.match(block[0])
    first = next((k for k, line in enumerate(block) if (k or not item) and _LABEL.fullmatch(line)), None)
    if first is None or (first == 0 and item):
        return block, 0
    margin = len(item.group()) if item else len(block[0]) - len(block[0].lstrip(" "))
    if first == 0 and margin >= 4:
        return block, 0  # (indented code)
    levels: list[tuple[int, list[str]]] = []  # each open level: the indent of its labels, the labels so far
    written: list[str] = block[:first]
    if item and first > 1:  # an item's words wrapped over lines: one line, the list under it (adopt57)
        if any(_HARD_BREAK.search(line) for line in written[:-1]):
            return block, 0
        written = [" ".join([written[0].rstrip(), *(line.strip() for line in written[1:])])]
    labels = 0
    went_on = False  # whether the last item's words went on to a line under it
    for line in block[first:]:
        found = _LABEL.fullmatch(line)
        indent = len(line) - len(line.lstrip(" "))
        if found is None:
            if not levels or indent <= levels[-1][0]:
                return block, 0
            written[-1] += "\n" + " " * (margin + 4 * (len(levels) - 1) + 2) + line.strip()  # (its words going on)
            went_on = True
            continue
        while levels and indent < levels[-1][0]:
            levels.pop()
        if levels and indent == levels[-1][0]:
            levels[-1][1].append(found.group(3))
        else:
            if went_on:  # (a list under an item's second line, which the build reads as that line's words: the
                # item's lines one, as the page read them, a space between, adopt57)
                if any(_HARD_BREAK.search(part) for part in written[-1].split("\n")[:-1]):
                    return block, 0
                written[-1] = re.sub(r" *\n *", " ", written[-1])
            levels.append((indent, [found.group(3)]))
        went_on = False
        if not _counted(levels[-1][1]) or levels[-1][1][0].casefold() not in ("a", "i") or \
                found.group(2) and found.group(4) != ")":
            return block, 0
        labels += 1
        written.append(" " * (margin + 4 * (len(levels) - 1)) + "- " + line.strip())
    if labels < 2:
        return block, 0
    return [part for line in written for part in line.split("\n")], labels


def _counted(labels: list[str]) -> bool:
    """Whether `labels` count in order from the first, as letters (a, b, c) or Roman numerals (i, ii, iii)."""
    small = [label.casefold() for label in labels]
    if not all(label == label.casefold() for label in labels) and not all(label.isupper() for label in labels):
        return False
    if small == _ROMAN[:len(small)]:
        return True
    return len(small[0]) == 1 and all(len(label) == 1 and ord(label) == ord(small[0]) + k
                                      for k, label in enumerate(small))
