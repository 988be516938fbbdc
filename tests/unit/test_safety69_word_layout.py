"""safety69: a served Word redline's layout (`w:pPr`, `w:tblPr`, `w:trPr`, `w:tcPr`, `w:sectPr`) was not judged, only
its runs' properties (safety67): a paragraph indented off the page, lines of an exact height of a speck drawn over each
other, a table row cut to nothing, a table moved off the page, a page the size of a stamp showed a reader no words
where a search, a copy, a screen reader read them. The layout the redline writes passes (every direction, a heading
made another level, nested lists, a table losing a column); any other is refused, the part named (docxactions)."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import document, docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_docxactions import _redline, _with


def _document(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize(("old", "new", "said"), [
    ('<w:ind w:left="360"/>', '<w:ind w:left="-30000"/>', '<ind left="-30000">'),
    ('<w:ind w:left="360"/>', '<w:ind w:left="360" w:hanging="99999"/>', '<ind left="360" hanging="99999">'),
    ('<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading2"/><w:spacing w:line="20" w:lineRule="exact"/>',
     '<spacing line="20" lineRule="exact">'),
    ("<w:tblHeader/>", '<w:tblHeader/><w:trHeight w:val="20" w:hRule="exact"/>', '<trHeight val="20" hRule="exact">'),
    ('<w:tblLayout w:type="fixed"/>', '<w:tblLayout w:type="fixed"/><w:tblInd w:w="-40000" w:type="dxa"/>',
     '<tblInd w="-40000" type="dxa">'),
    ('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="200" w:h="200"/>', '<pgSz w="200" h="200">'),
    ('w:left="1417" w:header', 'w:left="-20000" w:header', '<pgMar top="1417" right="1417" bottom="1417" left="-20000"'),
    ('<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading2"/><w:framePr w:x="-9999"/>', "<framePr>"),
])
def test_a_layout_putting_words_out_of_sight_is_refused(old, new, said):
    data = _redline()
    part = _document(data)
    assert old.encode() in part, old
    found = docxactions.docx_action(_with(data, {"word/document.xml": part.replace(old.encode(), new.encode(), 1)}))
    assert found.startswith(f"word/document.xml: {said}"), found


def test_a_style_s_layout_is_judged_alike():
    data = _redline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml")
    forged = styles.replace(b'<w:spacing w:after="120"/>', b'<w:spacing w:after="120" w:line="1" w:lineRule="exact"/>',
                            1)
    assert forged != styles
    assert docxactions.docx_action(_with(data, {"word/styles.xml": forged})).startswith(
        'word/styles.xml: <spacing after="120" line="1" lineRule="exact">')


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "he", "ja"])
def test_the_redline_s_own_layout_passes(lang):
    """A heading made another level (its former properties a revision), lists nested five deep, a table losing a
    column, in each direction."""
    def page(date: str, level: str, columns: str, rows: str) -> document.Policy:
        nested = "".join(f"{'    ' * depth}- item {depth}\n" for depth in range(5))
        return document.parse(f"---\ndate: {date}\n---\n\n# Policy\n\n## 1. One\n\n{nested}\n{level} 1.1 Sub\n\nText.\n\n"
                              f"## 2. Two\n\n{columns}\n{rows}\n", path="a.md", lang=lang)

    old = page("2030-01-01", "###", "| A | B | C |\n|---|---|---|", "| 1 | 2 | 3 |")
    new = page("2030-03-01", "##", "| A | C |\n|---|---|", "| 1 | 3 |")
    data = render_docx(redline.diff(old, new), author="Zephyr Widgets SAS", lang=lang)
    assert b"pPrChange" in _document(data) and b"cellDel" in _document(data)
    served = docxactions.served_right_to_left(f"{lang}/2030-03-01/changes/redline-{lang}-2030-03-01.docx")
    assert docxactions.docx_action(data, served_rtl=served) == ""
