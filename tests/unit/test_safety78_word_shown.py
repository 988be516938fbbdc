"""safety78: a Word redline served on the branch shows its words as written, in the order written. A content control
(`w:sdt`) carries words Word shows in its own frame only (its title, a drop-down list's items, a placeholder); a
bidirectional override or embedding (`w:bdo`, `w:dir`), or a run, paragraph or table set right to left (`w:rtl`,
`w:bidi`, `w:bidiVisual`) in a document written left to right, draws "90 days, not 30" as "days, not 30 90" (the
page's `dir="rtl"`, safety3); a smart tag or a custom XML element brings other programs' words and schemas. The redline
writes none of these (right to left only in a document of a language written so), and each passed docx_action."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import document, docxactions, redline, servedpages
from policysite.messages import said_in
from policysite.redline.docx import render_docx
from unit.test_docxactions import _with

TEXT = "---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Keeping\n\n{words}.\n\n## 2. End\n\nDone.\n"


def _redline(lang: str, words: str) -> bytes:
    old = TEXT.format(words=words)
    new = old.replace("2030-01-01", "2030-03-01").replace("90", "30")
    return render_docx(redline.diff(document.parse(old, path="a.md", lang=lang),
                                    document.parse(new, path="a.md", lang=lang)), author="Zephyr Widgets SAS", lang=lang)


def _inserted(data: bytes, element: str) -> bytes:
    """`data` with `element` written as the body's first."""
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    at = body.index("<w:body>") + len("<w:body>")
    return _with(data, {"word/document.xml": (body[:at] + element + body[at:]).encode("utf-8")})


_RUN = "<w:r>{props}<w:t>We keep your data 90 days, not 30.</w:t></w:r>"


@pytest.mark.parametrize(("element", "said"), [
    ('<w:sdt><w:sdtPr><w:alias w:val="We sell your data"/></w:sdtPr><w:sdtContent><w:p>' + _RUN.format(props="")
     + "</w:p></w:sdtContent></w:sdt>", "<sdt>"),  # a title shown in the control's frame only
    ('<w:p><w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="We sell your data to anyone" w:value="1"/>'
     "</w:dropDownList></w:sdtPr><w:sdtContent>" + _RUN.format(props="") + "</w:sdtContent></w:sdt></w:p>", "<sdt>"),
    ('<w:p><w:bdo w:val="rtl">' + _RUN.format(props="") + "</w:bdo></w:p>", "<bdo>"),  # letters drawn backwards
    ('<w:p><w:dir w:val="rtl">' + _RUN.format(props="") + "</w:dir></w:p>", "<dir>"),  # words in another order
    ("<w:p>" + _RUN.format(props="<w:rPr><w:rtl/></w:rPr>") + "</w:p>", "<rtl>"),
    ("<w:p><w:pPr><w:bidi/></w:pPr>" + _RUN.format(props="") + "</w:p>", "<bidi>"),
    ("<w:tbl><w:tblPr><w:bidiVisual/></w:tblPr><w:tr><w:tc><w:p>" + _RUN.format(props="")
     + "</w:p></w:tc></w:tr></w:tbl>", "<bidiVisual>"),  # a table's columns swapped
    ('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:smartTagPr>'
     '<w:attr w:name="note" w:val="We sell your data"/></w:smartTagPr>' + _RUN.format(props="") + "</w:smartTag></w:p>",
     "<smartTag>"),
    ('<w:customXml w:uri="https://evil.example/schema" w:element="clause"><w:p>' + _RUN.format(props="")
     + "</w:p></w:customXml>", "<customXml>"),
])
def test_words_shown_otherwise_or_in_another_order_are_refused(element, said):
    data = _redline("en", "We keep your data 90 days")
    assert docxactions.docx_action(data) == ""
    found = docxactions.docx_action(_inserted(data, element))
    assert found == f"word/document.xml: {said}", found
    refusal = servedpages._what_said("publish.docx-active", docxactions.docx_action)(_inserted(data, element), [])
    assert refusal is not None and said in said_in(refusal, "fr") and said in said_in(refusal, "en")
    assert said_in(refusal, "fr") != said_in(refusal, "en")


@pytest.mark.parametrize(("lang", "words"), [("he", "אנו שומרים נתונים 90 ימים"), ("ar", "نحتفظ بالبيانات 90 يوما"),
                                             ("fa", "ما داده‌ها را ۹۰ روز نگه می‌داریم")])
def test_a_redline_of_a_text_written_right_to_left_passes(lang, words):
    """The redline of a Hebrew, Arabic or Persian text sets its paragraphs and runs right to left, as it should."""
    data = _redline(lang, words)
    assert b"<w:rtl/>" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert docxactions.docx_action(data, served_rtl=True) == ""  # (served under its language: safety79)


def test_right_to_left_turned_off_passes():
    data = _redline("en", "We keep your data 90 days")
    assert docxactions.docx_action(_inserted(data, "<w:p>" + _RUN.format(props='<w:rPr><w:rtl w:val="0"/></w:rPr>')
                                                   + "</w:p>")) == ""
