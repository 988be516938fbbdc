"""WordArt: words Word draws as a shape (Insert › WordArt), a policy's "Your privacy matters" in large curved letters.

Word 97-2007 writes it in VML, its words in an attribute, `<v:textpath string="Your privacy matters"/>`, and Word 2010
and later keep that copy for older programs (mc:Fallback) beside the DrawingML shape it shows, a text box of warped
text (`wps:txbx` under `a:prstTxWarp`; Word 2013's WordArt styles, unwarped, a text box marked `fromWordArt` or whose
letters are outlined or filled, `w14:textOutline`). mammoth reads neither attribute nor warp: the VML shape's words were
said as an element left out (`v:textpath`), and read only where the DrawingML differed from its copy (adopt43); an
unwarped one was read as a text box and said as one (adopt45). Each VML WordArt
becomes a text box holding its words, which the reader puts after the paragraph it is anchored in, as a text box's;
Word's watermark (Design › Watermark, `PowerPlusWaterMarkObject`, "DRAFT" behind the text) is no word of the text,
left out, and both said with their words.
"""
from __future__ import annotations

import html
import re

# A VML shape (not its shapetype, which holds a textpath without words) whose text path gives its words.
_SHAPE = re.compile(r"<v:shape\b(?P<attributes>[^>]*)(?<!/)>(?P<inside>(?:(?!</v:shape>).)*)</v:shape>", re.S)
_TEXTPATH = re.compile(r"<v:textpath\b[^>]*?\bstring=(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')", re.S)
_WATERMARK = re.compile(r"""\bid=["']PowerPlusWaterMarkObject""")
# A DrawingML shape, and the words of its runs.
_DRAWN = re.compile(r"<wps:wsp\b(?:(?!</wps:wsp>).)*</wps:wsp>", re.S)
_WORDS = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>")
# What makes a DrawingML text box WordArt: its text warped (`a:prstTxWarp`), the text box marked as made from WordArt
# (`fromWordArt="1"` on its body's properties), or each of its runs drawn in WordArt's letters, outlined or filled
# (Word 2013's WordArt styles: `w14:textOutline`, `w14:textFill`, no warp)
_ART = re.compile(r"<a:prstTxWarp\b|<wps:bodyPr\b[^>]*\bfromWordArt=[\"'](?:1|true)[\"']")
_RUN = re.compile(r"<w:r\b(?:(?!</w:r>).)*</w:r>", re.S)
_ART_LETTERS = re.compile(r"<w14:text(?:Outline|Fill)\b")


def _paragraph(words: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{html.escape(words, quote=False)}</w:t></w:r></w:p>'


def drawn_as_art(shape: str) -> bool:
    """Whether the DrawingML text box `shape` (its XML, `wps:wsp`) is WordArt: warped, marked as made from WordArt, or
    each run of its words in WordArt's outlined or filled letters."""
    if _ART.search(shape):
        return True
    runs = [run for run in _RUN.findall(shape) if _WORDS.search(run)]
    return bool(runs) and all(_ART_LETTERS.search(run) for run in runs)


def read(document: str) -> tuple[str, list[str], list[str]]:
    """`document` (word/document.xml) with each VML WordArt a text box of its words, each line a paragraph, and its
    watermarks left out; the words of its WordArt (VML or DrawingML, each once: Word's copy of a shape is the shape),
    and those of its watermarks."""
    if "<v:textpath" not in document and "<a:prstTxWarp" not in document and "fromWordArt" not in document and \
            "<w14:text" not in document:
        return document, [], []
    drawn = [(shape.start(), " ".join(html.unescape(" ".join("".join(_WORDS.findall(paragraph))  # (a line each)
                                                             for paragraph in shape.group().split("</w:p>"))).split()))
             for shape in _DRAWN.finditer(document) if drawn_as_art(shape.group())]
    watermarks: list[str] = []

    def boxed(match: re.Match[str]) -> str:
        path = _TEXTPATH.search(match.group("inside"))
        if path is None:
            return match.group(0)
        lines = [" ".join(line.split()) for line in html.unescape(path["double"] or path["single"] or "").splitlines()]
        if _WATERMARK.search(match.group("attributes")):
            watermarks.append(" ".join(line for line in lines if line))
            return ""
        drawn.append((match.start(), " ".join(line for line in lines if line)))
        return "<w:txbxContent>" + "".join(_paragraph(line) for line in lines if line) + "</w:txbxContent>"

    document = _SHAPE.sub(boxed, document)
    return document, list(dict.fromkeys(words for _start, words in sorted(drawn) if words)), \
        [words for words in watermarks if words]
