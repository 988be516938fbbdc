"""The slots of an HTML table as a browser forms them (HTML's table processing model), and the cells drawn over
another: a cell spanning rows from above and one spanning columns from below may claim the same slot, a "table model
error" that browsers draw as two cells on top of each other, the words of one across the other's."""
from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
_INTEGER = re.compile(r"[\t\n\f\r ]*\+?(\d+)")  # (HTML's rules for parsing non-negative integers: digits first)


def _span(value: str | None, *, default: int, most: int, zero: bool) -> int:
    """A `colspan` or `rowspan` as a browser reads it: its leading digits, `default` where it has none (or is zero and
    `zero` is not allowed), `most` at most."""
    found = _INTEGER.match(value or "")
    number = int(found.group(1)) if found else default
    if number == 0 and not zero:
        number = default
    return min(number, most)


def _children(node: LexborNode, tags: frozenset[str]) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        if (child.tag or "").lower() in tags:
            yield child
        child = child.next


def overlapping(table: LexborNode) -> LexborNode | None:
    """The first cell of `table` (its own rows, not a nested table's) drawn over a slot another cell already covers,
    or None. Each row group is formed on its own: a `rowspan` ends with its group, `rowspan="0"` reaches its end."""
    for group in _children(table, _GROUPS | {"tr"}):
        rows = [group] if (group.tag or "").lower() == "tr" else list(_children(group, frozenset({"tr"})))
        covered: set[tuple[int, int]] = set()
        for y, row in enumerate(rows):
            x = 0
            for cell in _children(row, _CELLS):
                while (x, y) in covered:
                    x += 1
                columns = _span(cell.attributes.get("colspan"), default=1, most=1000, zero=False)
                down = _span(cell.attributes.get("rowspan"), default=1, most=65534, zero=True) or len(rows) - y
                slots = {(x + dx, y + dy) for dx in range(columns) for dy in range(min(down, len(rows) - y))}
                if slots & covered:
                    return cell
                covered |= slots
                x += columns
    return None
