"""Where a reference link is used, for a finding about it said at its definition's line (safety86).

A link written `[words][label]` (`[label][]`, `[label]`) takes its address from a definition elsewhere (`[label]:
https://…`), often at the page's end. A finding found by the address (a link showing no words, `[][t]`; a link the
checks refuse) was said at the definition's line, where the reader sees no link: it is said where the link is.
"""
from __future__ import annotations

import re

from policysite import document


def use_of(text: str, line: int) -> int:
    """The line (1-based) of `text` of the first use of the reference link whose definition `line` writes, else
    `line` (a line defining no link, or a definition nothing uses)."""
    _tokens, references = document.tokens_and_references(text)
    lines = text.split("\n")
    for label, reference in references.items():
        start, end = reference.get("map") or (0, 0)
        if not start < line <= end:
            continue
        words = r"\s+".join(re.escape(word) for word in str(label).split())
        used = re.compile(rf"\[\s*{words}\s*\](?!\s*:)", re.IGNORECASE)
        for number, written in enumerate(lines, 1):
            if not start < number <= end and used.search(written):
                return number
    return line
