"""safety67: what a served PDF's fonts draw against what its character maps say. A Type 3 font's glyphs are
procedures of the PDF's own: one drawing the letter "b" in lines and curves under a map saying "a" showed a reader
other words than a search, a copy, a screen reader and the checks read (pdftext reads the map). The print engine
draws no glyph from a Type 3 font (its prints and redlines, read here); a PDF drawing with one, on a page, in a form
or named by a form's resources, is refused with its page (pdfunread)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdfunread
from unit.test_safety61_documents import _printed as redline_printed
from unit.test_safety63_pdf_words import TEXTS, printed
from unit.test_safety65_pdf_unread import _forged, _form, _page

# The lower-case "b" of a sans face, in lines only: a stem and a bowl, drawn as the glyph of "a"
B_DRAWN = b"500 0 0 0 500 700 d1 60 0 m 60 700 l 130 700 l 130 420 l 300 520 l 440 420 l 440 80 l 300 -10 l 130 80 l " \
          b"130 0 l h f"


def _type3(pdf: pikepdf.Pdf, proc: bytes = B_DRAWN) -> pikepdf.Dictionary:
    """A Type 3 font whose glyph for "a" (code 97) draws `proc`, its character map saying "a"."""
    to_unicode = pdf.make_stream(b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
                                 b"<00> <FF> endcodespacerange 1 beginbfchar <61> <0061> endbfchar endcmap "
                                 b"CMapName currentdict /CMap defineresource pop end end")
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 500, 700],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], CharProcs=pikepdf.Dictionary(a=pdf.make_stream(proc)),
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[97, pikepdf.Name.a]), FirstChar=97,
        LastChar=97, Widths=[500], Resources=pikepdf.Dictionary(), ToUnicode=to_unicode))


def on_the_page(pdf, page):
    _page(pdf, page, b"BT /F1 12 Tf 10 30 Td (We do not sell your data.) Tj ET BT /T3 12 Tf 10 10 Td (a) Tj ET")
    page.Resources.Font.T3 = _type3(pdf)


def in_a_form_s_resources(pdf, page):  # (a form's words are refused already: its fonts are read too)
    form = _form(pdf, b"0 0 10 10 re f", Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(T3=_type3(pdf))))
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=form))


def unused_by_its_text(pdf, page):  # (named by the page's resources: a viewer draws with it once a Tf names it)
    _page(pdf, page)
    page.Resources.Font.T3 = _type3(pdf, b"500 0 0 0 500 700 d1")


@pytest.mark.parametrize(("forge", "found"), [
    (on_the_page, "/Font /T3 /Type3"),
    (in_a_form_s_resources, "/XObject /Fm0 > /Font /T3 /Type3"),
    (unused_by_its_text, "/Font /T3 /Type3"),
])
@pytest.mark.parametrize("pages", [1, 3])
def test_a_type3_font_drawing_a_letter_the_map_names_otherwise_is_refused_with_its_page(forge, found, pages):
    data = _forged(forge, pages=pages)
    assert pdfunread.pdf_unread(data) == f"{pages}: {found}"


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_print_and_the_redline_draw_with_no_type3_font(lang):
    for data in (printed(lang), *([redline_printed()] if lang == "en" else [])):
        with pikepdf.open(io.BytesIO(data)) as opened:
            fonts = [obj for obj in opened.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"]
            assert fonts and not [font for font in fonts if font.get("/Subtype") == "/Type3"]
        assert pdfunread.pdf_unread(data) == ""
