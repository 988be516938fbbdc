"""Bullets pasted from a word processor (`•`, `◦`, `▪`, `–`…) at the start of a paragraph's lines.

Word and Google Docs copy a list as lines each starting with the bullet they drew: in Markdown, lines one under the
other are one paragraph, and the page joins them ("Nous partageons vos données avec : • notre hébergeur • notre
routeur"), a list no reader sees as one and no screen reader announces (legal19: `policy check` said nothing). A
warning at the first such line: no word is lost, the page only runs them together.
"""
from __future__ import annotations

import re

from policysite.document import Block, Policy
from policysite.messages import Said

RULE = "render.pasted-bullets"
# The bullets word processors draw and paste (Word's Symbol and Wingdings ones come through as these), followed by a
# space; Markdown's own markers, `-`, `*`, `+`, are lists already.
_BULLET = re.compile(r"^[ \t]*(?P<mark>[•◦▪▫‣⁃●○■□◆◇➢➤►▸▹✓✔·–—])[ \t\u00a0]+\S")
_BREAK = re.compile(r"(?: {2,}|\\|<br\s*/?>)$", re.IGNORECASE)
_QUOTED = 60


def findings(policy: Policy) -> list[tuple[int, Said]]:
    """(line, message) for each paragraph or list item whose lines after its first start with a bullet: where the page
    joins them into one line."""
    found: list[tuple[int, Said]] = []
    for block in [*policy.preamble, *(block for section in policy.sections for block in section.blocks)]:
        said = _joined(block)
        if said is not None:
            found.append(said)
    return found


def _joined(block: Block) -> tuple[int, Said] | None:
    if block.kind not in ("paragraph", "item"):
        return None
    lines = block.markdown.split("\n")
    marked = [(n, match.group("mark")) for n, line in enumerate(lines) if (match := _BULLET.match(line))]
    # (a line after a line break, two spaces, a backslash or <br>, is shown on a line of its own)
    later = [(n, mark) for n, mark in marked if n > 0 and not _BREAK.search(lines[n - 1])]
    if not later or (len(marked) < 2 and marked[0][1] in "–—·"):  # (a dash, a dot: one alone may be prose's)
        return None
    shown = " ".join(block.text.split())
    return block.line + later[0][0], Said(RULE, mark=later[0][1],
                                          shown=shown[:_QUOTED] + ("…" if len(shown) > _QUOTED else ""))
