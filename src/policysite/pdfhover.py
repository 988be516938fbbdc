"""The words a PDF redline says a text shows on hover, read against the words it prints.

The redline prints, after a block whose links or inline tags have titles (`<abbr title="…">`), a line "Text shown on
hover: …" with those titles, their changes marked (redline/pdf.py's `tips`). The checks let a title say only words its
page shows (tooltips.unshown: `editorial.tooltip`, the output check's reading of a title), as the Word redline's
comment saying them is read (docxactions.unshown_hover): a PDF redline served on the branch whose hover line says
other words ("Text shown on hover: [+This clause no longer applies.]") told a reader what neither version says.
"""
from __future__ import annotations

import re

from policysite import docxactions, pdftext

# A mark the redline opens (`[+`, `[−`) and one it closes: a hover line whose marks are open goes on on the next line
_OPENS, _CLOSES = re.compile(r"\[[+\u2212]"), re.compile(r"\](?= |$)")


def pdf_hover(data: bytes) -> str:
    """The first hover line of the PDF `data` (its label and words) saying words the PDF prints nowhere else, or
    characters that draw nothing, or "": each side's (the older text's, the newer's) against that side's words, those
    printed since the hover line before it (the block it follows) and the whole document's."""
    try:
        lines = pdftext.lines(data)
    except Exception:  # noqa: BLE001 — a PDF no reader reads as printed is pdfactions' to refuse ("?")
        return ""
    hover = docxactions.labels()[1]
    if not any(label in line for line in lines for label in hover):
        return ""
    said: list[tuple[str, str, int]] = []  # (a hover line's label, its words, the index in `shown` it follows)
    shown: list[str] = []  # the words printed between hover lines
    printed: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        found = min(((line.find(label), label) for label in hover if label in line), default=None)
        if found is None:
            printed.append(line)
            at += 1
            continue
        start, label = found
        printed.append(line[:start])
        words = line[start + len(label):]
        at += 1
        while len(_OPENS.findall(words)) > len(_CLOSES.findall(words)) and at < len(lines):
            words += lines[at]
            at += 1
        said.append((label, words.strip(), len(shown)))
        shown.append(" ".join(printed))
        printed = []
    shown.append(" ".join(printed))
    page = " ".join(shown)
    sides = _sides(page)
    return next((f"{label} {words}" for label, words, index in said
                 if docxactions.unshown_hover(words, _sides(shown[index]), sides)), "")


def _sides(text: str) -> tuple[str, str]:
    """`text` as the older version reads it (its insertions left out, its deletions' words kept) and as the newer."""
    return (docxactions.OPS.sub(lambda m: m.group(1) or "", text),
            docxactions.OPS.sub(lambda m: m.group(2) or "", text))
