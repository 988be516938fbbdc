"""The Word redline numbers its pages in a footer, in its words ("Page 3 of 12", "Page 3 sur 12"), and the gate
accepts that footer because it is exactly the one the redline writes (redline21, session 50's leftover: a footer and a
field were refused whole, so a filed redline had no page numbers). Any other footer, field or way of naming it is
refused as before."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest

from policysite import docxactions, redline
from policysite.redline import pagefooter
from policysite.redline.docx import render_docx
from policysite.strings import REDLINE_STRINGS, redline_labels
from unit.test_docxactions import _with
from unit.test_redline import policy

OLD = "## 1. Data\n\nWe keep your data for one year.\n"
NEW = OLD.replace("one year", "two years")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(lang: str) -> bytes:
    r = redline.diff(policy(OLD, lang=lang), policy(NEW, date="2030-02-01", lang=lang))
    return render_docx(r, author="Acme", lang=lang)


def _served(data: bytes, lang: str) -> str:
    """What the gate says of `data` served as the redline of `lang` is (right to left where that language is)."""
    path = f"{lang}/2030-02-01/changes/redline-{lang}-2030-02-01.docx"
    return docxactions.docx_action(data, served_rtl=docxactions.served_right_to_left(path))


def _footer_words(data: bytes) -> tuple[str, list[str]]:
    """The footer's words as Word shows them before it counts (each field its last result), and its fields."""
    footer = docx.Document(io.BytesIO(data)).sections[0].footer
    assert not footer.is_linked_to_previous  # (python-docx finds it by the document's reference)
    element = footer._element
    return ("".join(t.text or "" for t in element.iter(f"{W}t")),
            [f.get(f"{W}instr").strip() for f in element.iter(f"{W}fldSimple")])


@pytest.mark.parametrize("lang, said", [("en", "Page 1 of 1"), ("fr", "Page 1 sur 1"), ("de", "Seite 1 von 1"),
                                        ("ar", "الصفحة 1 من 1"), ("ja", "1 / 1 ページ")])
def test_the_word_redline_numbers_its_pages_in_its_language(lang, said):
    data = _docx(lang)
    assert _footer_words(data) == (said, ["PAGE", "NUMPAGES"])
    assert _served(data, lang) == "" and docxactions.docx_private(data) == ""


@pytest.mark.parametrize("lang", [*sorted(REDLINE_STRINGS), "de-CH", "fr-CA", "pt-PT", "en-GB", "ur", "sw"])
def test_every_language_s_footer_is_the_gate_s(lang):
    words = redline_labels(lang)["page_of"]
    assert "{page}" in words and "{pages}" in words
    assert pagefooter.footer(words).encode() in pagefooter.footers()
    assert _served(_docx(lang), lang) == ""  # (the redline in that language passes the gate)


def _part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _footer(words: str) -> bytes:
    return pagefooter.footer(words).encode()


@pytest.mark.parametrize("case", [
    "other words", "another field", "field code", "hidden run", "named twice", "first page", "other target",
    "second footer", "unnamed part"])
def test_any_other_footer_is_refused(case):
    data = _docx("en")
    document = _part(data, "word/document.xml")
    rels = _part(data, "word/_rels/document.xml.rels")
    reference = pagefooter.REFERENCE.encode()
    changes = {
        "other words": {pagefooter.PART: _footer("Page {page} of {pages}. This clause no longer applies.")},
        "another field": {pagefooter.PART: _footer("Page {page} of {pages}").replace(b" NUMPAGES ",
                                                                                       b" INCLUDETEXT x.docx ")},
        "field code": {pagefooter.PART: _footer("Page {page} of {pages}").replace(
            b"<w:t>1</w:t></w:r></w:fldSimple>", b"<w:instrText>HYPERLINK x</w:instrText></w:r></w:fldSimple>", 1)},
        "hidden run": {pagefooter.PART: _footer("Page {page} of {pages}").replace(
            b"<w:r><w:t", b"<w:r><w:rPr><w:vanish/></w:rPr><w:t", 1)},
        "named twice": {"word/document.xml": document.replace(reference, reference + reference, 1)},
        "first page": {"word/document.xml": document.replace(reference, reference.replace(b'"default"', b'"first"'))},
        "other target": {"word/_rels/document.xml.rels": rels.replace(b'Target="footer1.xml"',
                                                                       b'Target="footer2.xml"'),
                         "word/footer2.xml": _footer("Page {page} of {pages}").replace(b" PAGE ", b" DDE x ")},
        "second footer": {"word/document.xml": document.replace(
            reference, reference + b'<w:footerReference w:type="even" r:id="rId8"/>'),
            "word/_rels/document.xml.rels": rels.replace(b"</Relationships>", b'<Relationship Id="rId8" Type="'
                                                         + pagefooter.FOOTER_TYPE.encode()
                                                         + b'" Target="footer2.xml"/></Relationships>'),
            "word/footer2.xml": _footer("Page {page} of {pages}")},
        "unnamed part": {"word/footer2.xml": _footer("Page {page} of {pages}").replace(b" PAGE ", b" DDE x ")},
    }[case]
    assert docxactions.docx_action(_with(data, changes)) != "", case


def test_the_footer_unnamed_or_altered_by_a_byte_is_judged_as_any_part():
    data = _docx("en")
    document = _part(data, "word/document.xml").replace(pagefooter.REFERENCE.encode(), b"")
    assert docxactions.docx_action(_with(data, {"word/document.xml": document})) == "word/footer1.xml: <fldSimple>"
    said = _footer("Page {page} of {pages}")
    assert docxactions.docx_action(_with(data, {pagefooter.PART: said + b" "})) != ""


@pytest.mark.parametrize("lang, said", [("en", "Page {} of {}"), ("fr", "Page {} sur {}")])
def test_the_pdf_redline_numbers_its_pages_in_the_same_words(lang, said):
    import re

    from policysite import pdftext
    from policysite.redline import pdf as redline_pdf

    body = "".join(f"## {n}. Section {n}\n\n" + "We keep your data for one year. " * 40 + "\n\n" for n in range(1, 7))
    r = redline.diff(policy(body, lang=lang), policy(body.replace("one year", "two years"), date="2030-02-01",
                                                     lang=lang))
    text = pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang=lang))
    found = re.findall(re.escape(said).replace(r"\{\}", r"(\d+)"), text)
    assert len(found) > 1 and found == [(str(n), str(len(found))) for n in range(1, len(found) + 1)]


@pytest.mark.parametrize("lang", ["ur", "ps", "sd", "yi"])
def test_a_right_to_left_text_whose_redline_words_are_english_passes_the_gate(lang):
    """Its redline sets its own English words left to right (`w:bidi w:val="0"`), which the gate refused as a layout
    it does not write: an Urdu site's own Word redline was refused (redline21)."""
    data = _docx(lang)
    assert b'<w:bidi w:val="0"/>' in _part(data, "word/document.xml") and _served(data, lang) == ""
    other = _part(data, "word/document.xml").replace(b'<w:bidi w:val="0"/>', b'<w:bidi w:val="7"/>', 1)
    assert _served(_with(data, {"word/document.xml": other}), lang) != ""
