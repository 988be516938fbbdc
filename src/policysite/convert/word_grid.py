"""A table row Word starts or ends past the table's first or last column (`w:gridBefore`, `w:gridAfter`: a row whose
first cell was deleted with "shift cells left", a row drawn shorter than the others): mammoth reads its cells only, and
they moved to the columns before theirs, a row's `Billing` under `Recipient` where Word shows it under `Purpose`
(adopt47). Each column a row skips is an empty cell of it, where Word leaves the room."""
from __future__ import annotations

import re

_ROW_TAG = re.compile(r"<w:tr\b[^>]*?(/?)>|</w:tr>")
_ROW_PROPERTIES = re.compile(r"\s*<w:trPr>((?:(?!</w:trPr>).)*)</w:trPr>", re.S)
_EMPTY_CELL = "<w:tc><w:p/></w:tc>"
MOST_COLUMNS = 63  # Word's tables have 63 columns at the most


def _skipped(properties: str, side: str) -> int:
    found = re.search(rf'<w:grid{side}\b[^>]*\bw:val="(\d{{1,3}})"', properties)
    return min(int(found.group(1)), MOST_COLUMNS) if found else 0


def placed(document: str) -> tuple[str, int]:
    """`document` (document.xml) with an empty cell for each grid column a row skips before its first cell or after
    its last, and how many rows skipped some."""
    insertions: list[tuple[int, str]] = []
    after: list[int] = []  # for each row open here (rows of tables nested in its cells after it), its columns after
    rows = 0
    for tag in _ROW_TAG.finditer(document):
        if tag.group(0).startswith("</"):
            if after and (count := after.pop()):
                insertions.append((tag.start(), _EMPTY_CELL * count))
            continue
        if tag.group(1):  # (an empty row, `<w:tr/>`)
            continue
        found = _ROW_PROPERTIES.match(document, tag.end())
        properties = found.group(1) if found else ""
        before = _skipped(properties, "Before")
        after.append(_skipped(properties, "After"))
        if before:
            insertions.append((found.end() if found else tag.end(), _EMPTY_CELL * before))
        rows += bool(before or after[-1])
    if not insertions:
        return document, 0
    out, at = [], 0
    for position, cells in sorted(insertions, key=lambda insertion: insertion[0]):
        out += [document[at:position], cells]
        at = position
    return "".join(out) + document[at:], rows
