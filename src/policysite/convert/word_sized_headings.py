"""A Word document whose headings were typed, not styled: short paragraphs in bold or in larger type, of two sizes or
more (as Google Docs' and many hand-made documents set a section's title at 16 points and a subsection's at 13, in
bold), none in a heading style. Each is given the outline level its size ranks at, the largest first, so that the
import reads them as headings of those levels (adopt47: a section's title directly over its first subsection's was
left a bold line, and its subsections imported at its level)."""
from __future__ import annotations

import re

from policysite.convert import word_title

_BLOCK = re.compile(r"(<w:(?:tbl|txbxContent)\b[^>]*>)|(</w:(?:tbl|txbxContent)>)|(<w:p\b(?:(?!</w:p>).)*?</w:p>)",
                    re.S)
# What a paragraph typed as a heading is not: a sentence or a lead-in (its last mark, a colon), a paragraph Word
# numbers or gives an outline level, a picture or a text box; and a heading typed with its number (`1. Scope`, `a)`)
_NOT_HEADING = re.compile(r"[.;,]\s*$|:")
_NOT_TYPED = ("<w:numPr>", "<w:outlineLvl ", "<w:drawing", "<w:pict", "<w:txbxContent", "<w:object")
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|(?:[ivxlc]+|[a-z])[.)])\s", re.I)
MOST_LEVELS = 6


def _typed_size(paragraph: str, text_size: int, names: dict[str, str]) -> int | None:
    """The type size (half-points) of a paragraph of body text set as a heading by hand: all its words in bold, or all
    larger than the text's; None for any other paragraph."""
    style = word_title.STYLE_OF.search(paragraph)
    if any(mark in paragraph for mark in _NOT_TYPED) or style is not None and not word_title.plain(style.group(1),
                                                                                                  names):
        return None
    words = " ".join("".join(word_title.TEXT.findall(paragraph)).split())
    if not words or len(words.split()) > word_title.MOST_WORDS or _NOT_HEADING.search(words):
        return None
    sizes, bold = [], True
    for run in word_title.RUN.findall(paragraph):
        if not "".join(word_title.TEXT.findall(run)).strip():
            continue
        properties = re.search(r"<w:rPr>(.*?)</w:rPr>", run, re.S)
        said = properties.group(1) if properties else ""
        size = word_title.SIZE.search(said)
        sizes.append(int(size.group(1)) if size else text_size)
        bold = bold and word_title.BOLD.search(said) is not None
    if not sizes or not bold and min(sizes) < text_size + word_title.LARGER:
        return None
    return min(sizes)


def headings(document: str, styles: str) -> tuple[str, list[str]]:
    """`document` (document.xml) with each paragraph typed as a heading given the outline level of its size's rank,
    the largest first (the first paragraph of the text, alone at the largest size, is its title, left to
    word_title), where such paragraphs come in two sizes or more besides the title's and no paragraph is in a heading
    style; and their words. A document numbering its typed headings (`1. Scope`) is left to the import's reading of
    numbered bold lines."""
    names = word_title.style_names(styles)
    if word_title.headed_below(document, names):
        return document, []
    text_size = word_title.text_size(styles)
    found: list[tuple[int, int, int, str]] = []  # (start, end, size, words) of each paragraph typed as a heading
    first_text: int | None = None
    depth = 0
    for block in _BLOCK.finditer(document):
        if block.group(1) or block.group(2):
            depth = depth + 1 if block.group(1) else max(0, depth - 1)
            continue
        paragraph = block.group(3)
        words = " ".join("".join(word_title.TEXT.findall(paragraph)).split())
        if not words or depth:
            continue
        if first_text is None:
            first_text = block.start()
        size = _typed_size(paragraph, text_size, names)
        if size is not None:
            if _NUMBERED.match(words):
                return document, []
            found.append((block.start(), block.end(), size, words))
    sizes = sorted({size for _start, _end, size, _words in found}, reverse=True)
    title = bool(found) and found[0][0] == first_text and [size for *_at, size, _words in found].count(sizes[0]) == 1
    ranks = sizes[1:] if title else sizes
    if len(ranks) < 2:  # (one size of headings, under a title or not: the import's reading of bold lines)
        return document, []
    out, at, read = [], 0, []
    for start, end, size, words in found[1:] if title else found:
        level = min(ranks.index(size), MOST_LEVELS - 1) + (0 if title else 1)
        paragraph = document[start:end]
        outline = f'<w:outlineLvl w:val="{level}"/>'
        if re.match(r"<w:p\b[^>]*>\s*<w:pPr>", paragraph):
            paragraph = paragraph.replace("<w:pPr>", f"<w:pPr>{outline}", 1)
        else:  # (no properties, or `<w:pPr/>`)
            paragraph = re.sub(r"^(<w:p\b[^>]*>)(?:\s*<w:pPr\s*/>)?", rf"\1<w:pPr>{outline}</w:pPr>", paragraph,
                               count=1)
        out += [document[at:start], paragraph]
        at = end
        read.append(words)
    return "".join(out) + document[at:], read
