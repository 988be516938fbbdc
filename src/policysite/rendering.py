"""The page's lists as MkDocs' renderer (Python-Markdown) must read them to build what the checks read.

The document model reads Markdown as CommonMark does: a list may start right after a paragraph's line,
and an item is nested under another when indented to its text (two spaces after `- `). Python-Markdown
reads the first as more of the paragraph and wants four spaces for the second: the published page would
show "We collect: - names - e-mails" as one paragraph, or nested items flattened. `lists_apart` writes a
blank line before each list that follows a paragraph; `unrendered` names, by line, what the built page
still does not have as the text does, for the build to refuse it.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from policysite import document
from policysite.document import Block, Policy

_MARKER = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def read(markdown: str, *, lang: str) -> Policy:
    """The page body MkDocs renders (no front matter), as the document model reads it."""
    return document.parse(markdown, path="page", lang=lang)


def _items(policy: Policy) -> list[Block]:
    return [b for b in [*policy.preamble, *(b for s in policy.sections for b in s.blocks)] if b.kind == "item"]


def lists_apart(markdown: str, policy: Policy) -> str:
    """`markdown` (the body `policy` was read from) with a blank line before each top-level list item that
    follows a line of a paragraph, where CommonMark starts a list and Python-Markdown would not."""
    lines = markdown.split("\n")
    for item in sorted({b.line for b in _items(policy) if b.depth == 0}, reverse=True):
        index = item - 1
        if 0 < index < len(lines) and _MARKER.match(lines[index]):
            before = lines[index - 1]
            if before.strip() and not _MARKER.match(before) and not before.startswith((" ", "\t")):
                lines.insert(index, "")
    return "\n".join(lines)


def unrendered(html: str, policy: Policy) -> list[tuple[int, str]]:
    """(line in the body, message) for the first list item of `policy` that the rendered body (`html`) does
    not have as a list item, or not nested as in the text."""
    tree = LexborHTMLParser(html)
    built = tree.css("li")
    items = _items(policy)
    for item, li in zip(items, built):
        words = item.text.split()
        if words and words[0] not in li.text(deep=True):
            return [(item.line, "this list item is not a list item of the published page: leave a blank line "
                                "before the list")]
        parent = li.parent.parent if li.parent is not None else None
        if item.depth > 0 and (parent is None or parent.tag != "li"):
            return [(item.line, "this list item is nested in the text but not on the published page: indent it by "
                                "four spaces under the item it belongs to")]
    if len(built) < len(items):
        item = items[len(built)]
        return [(item.line, "this list item is not a list item of the published page: leave a blank line "
                            "before the list")]
    return []
