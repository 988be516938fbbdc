"""Phone numbers and addresses of a text written right to left put between direction isolates on import (bidi5).

In an Arabic or Hebrew text a bare `+966 11 123 4567` is shown `4567 123 11 966+`, and an address ending with `/`
shows its slash before it: editorial.bidi finds them and blocks the company's first edit. An old page that marked
them `dir="ltr"` has them isolated already (html_source, word_direction); the others are isolated here, exactly where
editorial.bidi finds them (`editorial.laid_apart`, on the texts the checks read), by U+2066 … U+2069 written around
their words in the Markdown.
"""
from __future__ import annotations

import re

from policysite import document, editorial
from policysite.characters import right_to_left
from policysite.spelling import texts

LRI, PDI = "\u2066", "\u2069"
_PASSES = 4  # isolating one address can make a number after it start after a right-to-left letter: checked again
# Where the words are a link's target, not shown (`](…`, `]: …`, `href="…`): never isolated there.
_TARGET_BEFORE = re.compile(r"(?:\]\(\s*<?[^\s()<>]*|^\s{0,3}\[[^\]]+\]:\s*<?[^\s<>]*"
                            r"|\b(?:href|src)=[\"']?[^\"'\s>]*)$", re.I)


def isolated(markdown: str, lang: str) -> tuple[str, list[int]]:
    """`markdown` with each phone number and address editorial.bidi says is shown otherwise than written between the
    isolates U+2066 and U+2069, and the 1-based line of each one isolated."""
    if not right_to_left(lang) or not any(c.isdigit() or c in "@/" for c in markdown):
        return markdown, []
    lines = markdown.split("\n")
    done: list[int] = []
    for _ in range(_PASSES):
        policy = document.parse("\n".join(lines), path="import.md", lang=lang)
        now = [number for line, _where, text, _block in texts(policy) for words in editorial.laid_apart(text, lang)
               if (number := _isolate(lines, line, words)) is not None]
        if not now:
            break
        done += now
    return "\n".join(lines), done


def _isolate(lines: list[str], first: int, words: str) -> int | None:
    """Put `words` between isolates where they are first written, shown, from line `first` to the end of its block;
    the line changed (None where they are not found as written: left as they are, the check says them)."""
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if number > first and not line.strip():
            return None
        at = line.find(words)
        while at >= 0:
            start, end = at, at + len(words)
            if start and line[start - 1] == "<" and line[end:end + 1] == ">":  # an autolink: isolated whole
                start, end = start - 1, end + 1
            if not _TARGET_BEFORE.search(line[:start]) and not _inside_isolate(line[:start]):
                lines[number - 1] = f"{line[:start]}{LRI}{line[start:end]}{PDI}{line[end:]}"
                return number
            at = line.find(words, at + 1)
    return None


def _inside_isolate(before: str) -> bool:
    """Whether the words after `before` are in an isolate it opens (U+2066, U+2067, U+2068) and does not close."""
    depth = 0
    for char in before:
        depth = depth + 1 if char in "\u2066\u2067\u2068" else max(0, depth - 1) if char == PDI else depth
    return depth > 0
