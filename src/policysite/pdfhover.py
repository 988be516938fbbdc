"""The words a PDF redline says a text shows on hover, read against the words it prints.

The redline prints, after a block whose links or inline tags have titles (`<abbr title="…">`), a line "Text shown on
hover: …" with those titles, their changes marked (redline/pdf.py's `tips`). The checks let a title say only words its
page shows (tooltips.unshown: `editorial.tooltip`, the output check's reading of a title), as the Word redline's
comment saying them is read (docxactions.unshown_hover): a PDF redline served on the branch whose hover line says
other words ("Text shown on hover: [+This clause no longer applies.]") told a reader what neither version says.

A hover line is a paragraph: the words of all its lines are its words (safety78). Its lines after the first were read
as printed words unless a mark was open across them, so a forged line break after the label ("Text shown on hover: our
desk" then "We sell your data to anyone · …", one paragraph to the eye) said words no check read, and the generator's
own redline was refused where its hover line wrapped inside the words a title spells an abbreviation out with
("… · Loi" then "Informatique et Libertés": "Loi" alone is no words of the page). A line goes on its paragraph where it
is drawn as the template draws a paragraph's next line (its `leading`), nearer than it draws the next paragraph (its
`spacing`: redline-pdf.typ's `set par`).
"""
from __future__ import annotations

import functools
import re

from policysite import docxactions, pdftext

# A mark the redline opens (`[+`, `[−`) and one it closes: a hover line whose marks are open goes on on the next line
_OPENS, _CLOSES = re.compile(r"\[[+\u2212]"), re.compile(r"\](?= |$)")
_PAR = re.compile(r"#set par\(leading: ([\d.]+)em, spacing: ([\d.]+)mm\)")
_MM = 72 / 25.4  # points a millimetre


# (redline-pdf.typ's, where it says none in that form: test_safety78_pdf_hover_lines reads that it does)
_WRITTEN = (0.62, 2.8)


@functools.lru_cache(maxsize=1)
def paragraph() -> tuple[float, float]:
    """How the redline's template sets its paragraphs: the space between a paragraph's lines (a fraction of the text's
    size) and between two paragraphs (points), each from one line's baseline to the next line's top."""
    from policysite.redline import pdf

    found = _PAR.search(pdf.template())
    leading, spacing = (float(found[1]), float(found[2])) if found is not None else _WRITTEN
    return leading, spacing * _MM


def goes_on(before: pdftext.Line, line: pdftext.Line) -> bool:
    """Whether `line` is drawn as the next line of the paragraph whose last line is `before`: on the same page, of
    its size, its baseline below `before`'s by less than midway between a paragraph's next line and the next
    paragraph's first (each line's top its fonts' cap height above its baseline, as the print engine lays lines out)."""
    leading, spacing = paragraph()
    if line.page != before.page or abs(line.size - before.size) > 0.01 or line.size <= 0:
        return False
    gap = before.y - line.y - line.cap * line.size
    return 0 < before.y - line.y and gap < (leading * line.size + spacing) / 2


def pdf_hover(data: bytes) -> str:
    """The first hover line of the PDF `data` (its label and words) saying words the PDF prints nowhere else, or
    characters that draw nothing, or "": each side's (the older text's, the newer's) against that side's words, those
    printed since the hover line before it (the block it follows) and the whole document's."""
    try:  # (in the order a reader sees them, page after page, top to bottom: a page may draw its lines in any order)
        lines = sorted(pdftext.lines(data), key=lambda line: (line.page, -line.y))
    except Exception:  # noqa: BLE001 — a PDF no reader reads as printed is pdfactions' to refuse ("?")
        return ""
    hover = docxactions.labels()[1]
    if not any(label in line.text for line in lines for label in hover):
        return ""
    said: list[tuple[str, str, int]] = []  # (a hover line's label, its words, the index in `shown` it follows)
    shown: list[str] = []  # the words printed between hover lines
    printed: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at].text
        found = min(((line.find(label), label) for label in hover if label in line), default=None)
        if found is None:
            printed.append(line)
            at += 1
            continue
        start, label = found
        printed.append(line[:start])
        words = line[start + len(label):]
        at += 1
        while at < len(lines) and (len(_OPENS.findall(words)) > len(_CLOSES.findall(words))
                                   or goes_on(lines[at - 1], lines[at])
                                   and not any(label in lines[at].text for label in hover)):
            words += lines[at].text if words[-1:].isspace() else " " + lines[at].text  # (a line ends a word)
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
