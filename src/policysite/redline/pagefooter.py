"""The Word redline's one footer: its pages numbered in the redline's words ("Page 3 of 12", "Page 3 sur 12"), each
number a field Word and LibreOffice fill in (PAGE, NUMPAGES). A served Word document may hold no other footer nor
field (docxactions): the gate accepts this one because its part is, byte for byte, one this module writes for one of
the languages the redline has words in, and the document names it as the redline does and nothing else."""
from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

PART = "word/footer1.xml"
RELATIONSHIP_ID = "rId4"  # (rId1 styles, rId2 settings, rId3 the comments where there are some)
FOOTER_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
RELATIONSHIP = f'<Relationship Id="{RELATIONSHIP_ID}" Type="{FOOTER_TYPE}" Target="footer1.xml"/>'
REFERENCE = f'<w:footerReference w:type="default" r:id="{RELATIONSHIP_ID}"/>'  # (the first of a w:sectPr)
CONTENT_TYPE = ('<Override PartName="/word/footer1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def footer(words: str) -> str:
    """The footer part saying `words` (the redline's `page_of`: "Page {page} of {pages}"), centred, `{page}` the
    PAGE field and `{pages}` the NUMPAGES one (each field's last result `1`, which Word and LibreOffice replace)."""
    runs = []
    for piece in re.split(r"(\{page\}|\{pages\})", words):
        if field := _FIELDS.get(piece[1:-1]) if piece.startswith("{") else None:
            runs.append(f'<w:fldSimple w:instr=" {field} "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        elif piece:
            runs.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr xmlns:w="{_W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{"".join(runs)}</w:p></w:ftr>')


@functools.cache
def footers() -> frozenset[bytes]:
    """Every footer the redline writes, in each language it has words in (and each region spelling them its own way,
    strings.NO_ESZETT), as the bytes of its part."""
    from policysite.strings import NO_ESZETT, REDLINE_STRINGS, redline_labels

    return frozenset(footer(redline_labels(code)["page_of"]).encode("utf-8") for code in (*REDLINE_STRINGS, *NO_ESZETT))
