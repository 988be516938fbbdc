"""A drop cap (Insert › Drop Cap: the large first letter of a paragraph, as a designed policy opens its sections) read
as the word it begins. Word writes the letter as a paragraph of its own, framed (`w:framePr w:dropCap="drop"`), before
the paragraph whose first word it starts: mammoth read two paragraphs, `W` over `e collect only what we need.`, the
word cut in two (adopt41). The letter's runs are put at the start of the paragraph after it, as Word shows them."""
from __future__ import annotations

import re

_DROP_CAP = re.compile(
    r'<w:p\b[^>]*>\s*<w:pPr>(?:(?!</w:pPr>).)*?<w:framePr\b[^>]*\bw:dropCap="(?:drop|margin)"[^>]*>'
    r"(?:(?!</w:pPr>).)*</w:pPr>(?P<runs>(?:(?!</?w:p\b).)*)</w:p>"
    r"(?P<between>\s*(?:<w:bookmark(?:Start|End)\b[^>]*/>\s*)*)"
    r"(?P<next><w:p\b[^>]*>\s*(?:<w:pPr\s*/>|<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?)", re.S)


def joined(document: str) -> str:
    """`document` (word/document.xml) with each drop cap's letter at the start of the paragraph it begins."""
    if "w:dropCap" not in document:
        return document
    return _DROP_CAP.sub(lambda m: m.group("between") + m.group("next") + m.group("runs"), document)
