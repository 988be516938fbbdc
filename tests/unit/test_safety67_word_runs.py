"""Safety hunt 67: what a served PDF or Word document shows against what the checks read. A Word document whose runs
hide their words (hidden text, a colour of the page, a speck of a size, a font drawing pictograms, a theme's colour or
font Word prefers to the one named, letters drawn over each other), whose words Word replaces on opening by a custom
XML part's (a content control's `w:dataBinding`), or draws from a symbol font (`w:sym`), showed a reader other words
than a search, a copy and a screen reader read. Each input tried is here, one line each, refused by the gate's
judge of Word documents (docxactions), the part named; the generator's redlines, in every direction and script,
pass."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_docxactions import _redline, _with
from unit.test_redline import everything

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(props: str, words: str = "We sell your data.") -> bytes:
    """The redline's document with a paragraph of `words` in a run of properties `props` first."""
    data = _redline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    run = f'<w:p><w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{words}</w:t></w:r></w:p>'
    return _with(data, {"word/document.xml": document.replace(b"<w:body>", b"<w:body>" + run.encode(), 1)})


HIDING = [
    ("<w:vanish/>", "<vanish>"),
    ('<w:vanish w:val="true"/>', '<vanish val="true">'),
    ("<w:specVanish/>", "<specVanish>"),
    ("<w:webHidden/>", "<webHidden>"),
    ('<w:color w:val="FFFFFF"/>', '<color val="FFFFFF">'),
    ('<w:color w:val="&#70;FFFFF"/>', '<color val="FFFFFF">'),
    ('<w:color w:val="0563C1" w:themeColor="background1"/>', '<color val="0563C1" themeColor="background1">'),
    ('<w:sz w:val="2"/>', '<sz val="2">'),
    ('<w:szCs w:val="1"/>', '<szCs val="1">'),
    ('<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>', '<rFonts ascii="Wingdings" hAnsi="Wingdings">'),
    ('<w:rFonts w:ascii="Liberation Serif" w:asciiTheme="majorHAnsi"/>',
     '<rFonts ascii="Liberation Serif" asciiTheme="majorHAnsi">'),
    ('<w:highlight w:val="white"/>', '<highlight val="white">'),
    ('<w:shd w:val="clear" w:fill="000000"/>', '<shd val="clear" fill="000000">'),
    ('<w:spacing w:val="-200"/>', '<spacing val="-200">'),
    ('<w:w w:val="1"/>', '<w val="1">'),
    ('<w:position w:val="-2000"/>', '<position val="-2000">'),
    ('<w:fitText w:val="10"/>', '<fitText val="10">'),
    ('<w:rPrChange w:id="9"><w:rPr><w:vanish/></w:rPr></w:rPrChange>', "<rPrChange>"),
    ('<w14:textFill xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w14:noFill/></w14:textFill>',
     '<textFill>'),
]


@pytest.mark.parametrize(("props", "said"), HIDING)
def test_a_word_document_showing_its_words_otherwise_than_written_is_refused(props, said):
    assert docxactions.docx_action(_run(props)) == f"word/document.xml: {said}"


def test_a_style_or_the_defaults_hiding_words_are_refused_in_their_part():
    data = _redline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml")
    assert docxactions.docx_action(data) == ""
    forged = styles.replace(b'<w:sz w:val="22"/>', b'<w:vanish/><w:sz w:val="22"/>', 1)
    assert forged != styles
    assert docxactions.docx_action(_with(data, {"word/styles.xml": forged})) == "word/styles.xml: <vanish>"


@pytest.mark.parametrize(("element", "said"), [
    ('<w:sdt><w:sdtPr><w:dataBinding w:xpath="/r[1]" w:storeItemID="{1}"/></w:sdtPr><w:sdtContent><w:r>'
     "<w:t>We keep no data.</w:t></w:r></w:sdtContent></w:sdt>", "<sdt>"),  # (a content control: safety78)
    ('<w:r><w:sym w:font="Wingdings" w:char="F04A"/></w:r>', "<sym>"),
    # words shown besides the body's: on every page, in a note, over the text, above it, or per application
    ('<w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr></w:pPr>', "<headerReference>"),
    ('<w:pPr><w:sectPr><w:footerReference w:type="default" r:id="rId9"/></w:sectPr></w:pPr>', "<footerReference>"),
    ('<w:r><w:footnoteReference w:id="1"/></w:r>', "<footnoteReference>"),
    ('<w:r><w:endnoteReference w:id="1"/></w:r>', "<endnoteReference>"),
    ("<w:r><w:drawing/></w:r>", "<drawing>"),
    ("<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>We sell your data.</w:t></w:r></w:p>"
     "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>", "<pict>"),
    ('<w:pPr><w:framePr w:hAnchor="page" w:vAnchor="page" w:x="1440" w:y="1440"/></w:pPr><w:r><w:t>We sell your data.'
     "</w:t></w:r>", "<framePr>"),
    ("<w:r><w:ruby><w:rt><w:r><w:t>We sell</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>We keep</w:t></w:r></w:rubyBase>"
     "</w:ruby></w:r>", "<ruby>"),
    ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice '
     'Requires="w14"><w:r><w:t>We keep no data.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>We sell your data.'
     "</w:t></w:r></mc:Fallback></mc:AlternateContent>", "<AlternateContent>"),
])
def test_words_word_replaces_or_draws_from_a_symbol_font_are_refused(element, said):
    data = _redline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    forged = document.replace(b"<w:body>", f"<w:body><w:p>{element}</w:p>".encode(), 1)
    assert docxactions.docx_action(_with(data, {"word/document.xml": forged})) == f"word/document.xml: {said}"


def test_a_font_table_naming_another_font_to_draw_with_is_refused():
    table = (f'<w:fonts {_W}><w:font w:name="Liberation Serif"><w:altName w:val="Wingdings"/></w:font>'
             "</w:fonts>").encode()
    assert docxactions.docx_action(_with(_redline(), {"word/fontTable.xml": table})) == "word/fontTable.xml: <altName>"


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "he", "hi", "ja", "th"])
def test_the_generators_redlines_show_their_words_as_written(lang):
    old, new = everything()
    data = render_docx(redline.diff(old, new), author="Zephyr Widgets SAS", lang=lang)
    served = docxactions.served_right_to_left(f"{lang}/2001-01-01/changes/redline-{lang}-2001-01-01.docx")
    assert docxactions.docx_action(data, served_rtl=served) == ""
