"""The Word redline as Word and LibreOffice open it (redline15): each annotation's w:id unique in the document (a
revision, a bookmark and a comment were all numbered 1, from counts of their own), and every property element in the
order of the schema's sequences (a right-to-left redline's default run properties set w:rtl before w:sz, out of the
order Word 2007's schema gave them)."""
from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections import Counter

import pytest
from docx.oxml.ns import qn
from lxml import etree

from helpers import synthetic_policy
from integration.test_redline_parity import _history
from policysite import document, redline
from policysite.redline.docx import render_docx
from unit.test_redline import everything, policy

# ISO/IEC 29500-1 (and ECMA-376 1st edition, whose run properties were a sequence too): the order of each property
# element's children
ORDER = {
    "rPr": ["ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
            "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
            "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
            "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
            "rPrChange"],
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
              "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription", "tblPrChange"],
    "trPr": ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader",
             "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
             "tcPrChange"],
}
# what opens an annotation, and what closes or refers to one by its id
OPENS = ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart", "pPrChange", "rPrChange",
         "tblGridChange", "cellIns", "cellDel", "bookmarkStart", "commentRangeStart")
CLOSES = {"bookmarkEnd": "bookmarkStart", "commentRangeEnd": "commentRangeStart",
          "commentReference": "commentRangeStart", "moveFromRangeEnd": "moveFromRangeStart",
          "moveToRangeEnd": "moveToRangeStart"}


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def out_of_order(data: bytes) -> list[str]:
    """Each property element of the document and its styles whose children are not in the schema's order."""
    found = []
    for name, root in _parts(data).items():
        for props in root.iter(*(qn(f"w:{kind}") for kind in ORDER)):
            kind = _local(props)
            order = ORDER[kind]
            children = [_local(child) for child in props]
            if any(child not in order for child in children) or \
                    children != sorted(children, key=order.index):
                found.append(f"{name}: <w:{kind}> {children}")
    return found


def clashing_ids(data: bytes) -> list[str]:
    """Ids two annotations share, and ends or references that open none."""
    parts = _parts(data)
    body = parts["word/document.xml"]
    opened = Counter(node.get(qn("w:id")) for node in body.iter(*(qn(f"w:{kind}") for kind in OPENS)))
    kinds = {node.get(qn("w:id")): _local(node) for node in body.iter(*(qn(f"w:{kind}") for kind in OPENS))}
    found = [f"w:id {number} opens {count} annotations" for number, count in opened.items() if count > 1]
    for node in body.iter(*(qn(f"w:{kind}") for kind in CLOSES)):
        if kinds.get(node.get(qn("w:id"))) != CLOSES[_local(node)]:
            found.append(f"<w:{_local(node)} w:id={node.get(qn('w:id'))}> closes no {CLOSES[_local(node)]}")
    said = [c.get(qn("w:id")) for c in parts.get("word/comments.xml", etree.Element("x")).iter(qn("w:comment"))]
    if sorted(said) != sorted(number for number, kind in kinds.items() if kind == "commentRangeStart"):
        found.append(f"comments {said} are not those the document anchors")
    return found


def _redlines() -> list[tuple[str, redline.Redline]]:
    """A history's every pair (link targets, moves, renumbering, splits and merges of sections, tables, lists, a
    title changed), and the reference edits' sum."""
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body) for n, body in enumerate(_history())]
    pairs = [(f"v{a}→v{b}", redline.diff(document.parse(texts[a], path="a.md", lang="en"),
                                         document.parse(texts[b], path="b.md", lang="en")))
             for a, b in itertools.permutations(range(len(texts)), 2)]
    return [("everything", redline.diff(*everything())), *pairs]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_annotation_has_an_id_of_its_own(lang):
    noted = 0
    for name, r in _redlines():
        data = render_docx(r, author="Acme", lang=lang)
        assert clashing_ids(data) == [], name
        noted += "word/comments.xml" in _parts(data)
    assert noted  # (comments among them: a link's target changed)


@pytest.mark.parametrize("lang", ["en", "ar", "he", "ja", "ur"])
def test_every_property_element_is_in_the_schemas_order(lang):
    for name, r in _redlines()[:12]:
        assert out_of_order(render_docx(r, author="Acme", lang=lang)) == [], name


def test_a_right_to_left_redlines_english_words_are_marked_english_its_dates_and_text_not():
    """An Urdu redline (the site has no words in Urdu: English, set left to right in its right-to-left document) had
    its title, counts and statuses in no language of their own, so Word proofed "Changes from the version of" and
    "(changed)" as Urdu, the document's; a left-to-right one's were marked English already."""
    body = "## 1. ڈیٹا\n\nہم آپ کا ڈیٹا ایک سال تک رکھتے ہیں۔\n\n## 2. حقوق\n\nشکریہ۔\n"
    r = redline.diff(policy(body, lang="ur"), policy(body.replace("ایک", "دو"), date="2030-02-01", lang="ur"))
    root = _parts(render_docx(r, author="Acme", lang="ur"))["word/document.xml"]
    runs = [(run.find(f"{qn('w:rPr')}/{qn('w:lang')}"), "".join(t.text or "" for t in run.iter(qn("w:t"))))
            for run in root.iter(qn("w:r"))]
    english = [text for lang, text in runs if lang is not None and lang.get(qn("w:val")) == "en"]
    assert {"Changes from the version of ", " to the version of ", "1 changed", "Summary", "(changed)"} <= set(english)
    assert all(not re.search("[\u0600-\u06ff]", text) for text in english)  # the dates and the text in Urdu
    assert any(re.search("[\u0600-\u06ff]", text) and lang is None for lang, text in runs)
