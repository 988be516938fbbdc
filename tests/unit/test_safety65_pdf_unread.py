"""safety65: words a PDF draws where the check does not read. The checks read a page's own content (pdftext: its text
layer, its `/ActualText` clusters, its headings' words); words drawn, or marked to be read, inside a form the page draws
by name (`Do`), a tiling pattern, a Type 3 font's glyph procedure, a soft mask or an annotation's appearance were shown
to a reader, copied and heard, and judged by nothing. What the print writes is read first, here, from real prints and
redlines: none of those drawings at all; a PDF drawing words in one is refused, naming its page (pdfunread)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdfunread
from policysite.messages import Said, said_in
from unit.test_safety61_documents import _printed as redline_printed
from unit.test_safety63_pdf_words import TEXTS, printed

WORDS = b"BT /F1 12 Tf 10 10 Td (We sell your data.) Tj ET"


def _drawings(data: bytes) -> list[str]:
    """Every form, pattern, Type 3 font or soft mask a PDF holds, whether a page draws it or not."""
    found = []
    with pikepdf.open(io.BytesIO(data)) as opened:
        for obj in opened.objects:
            kind = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
            if not isinstance(kind, pikepdf.Dictionary):
                continue
            if kind.get("/Subtype") in ("/Form", "/Type3") or "/PatternType" in kind or "/SMask" in kind \
                    or "/AP" in kind:
                found.append(repr(kind)[:80])
    return found


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_print_and_the_redline_draw_nothing_outside_their_pages_content(lang):
    for data in (printed(lang), *([redline_printed()] if lang == "en" else [])):
        assert _drawings(data) == []  # (what Typst writes: its headers and footers in the page's content too)
        assert pdfunread.pdf_unread(data) == ""


def _page(pdf: pikepdf.Pdf, page: pikepdf.Page, content: bytes = b"/Fm0 Do", **resources) -> None:
    page.Contents = pdf.make_stream(content)
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))), **resources)


def _form(pdf: pikepdf.Pdf, content: bytes, **more) -> pikepdf.Stream:
    return pdf.make_stream(content, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 300, 40], **more)


def _forged(forge, pages: int = 1) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    for page in pdf.pages:
        _page(pdf, page, b"BT /F1 12 Tf 10 10 Td (We keep no data.) Tj ET")
    forge(pdf, pdf.pages[-1])
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def in_form(pdf, page):
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=_form(pdf, WORDS)))


def in_nested_form(pdf, page):
    inner = _form(pdf, WORDS)
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=_form(pdf, b"q /Fm1 Do Q", Resources=pikepdf.Dictionary(
        XObject=pikepdf.Dictionary(Fm1=inner)))))


def spoken_in_form(pdf, page):  # (no glyph: a reader copies and hears the span's words over a box)
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=_form(
        pdf, b"/Span <</ActualText (We sell your data.)>> BDC 0 0 10 10 re f EMC")))


def named_span_in_form(pdf, page):
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=_form(pdf, b"/Span /P0 BDC 0 0 10 10 re f EMC", Resources=(
        pikepdf.Dictionary(Properties=pikepdf.Dictionary(P0=pikepdf.Dictionary(Alt=pikepdf.String("x"))))))))


def in_type3_glyph(pdf, page):
    glyph = pdf.make_stream(b"0 0 d0 " + WORDS)
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 10, 10],
                              FontMatrix=[0.001, 0, 0, 0.001, 0, 0], CharProcs=pikepdf.Dictionary(a=glyph),
                              Encoding=pikepdf.Dictionary(Differences=[97, pikepdf.Name.a]), FirstChar=97,
                              LastChar=97, Widths=[1000])
    _page(pdf, page, b"BT /T3 12 Tf (a) Tj ET")
    page.Resources.Font.T3 = pdf.make_indirect(font)


def in_pattern(pdf, page):
    cell = pdf.make_stream(WORDS, PatternType=1, PaintType=1, TilingType=1, BBox=[0, 0, 300, 40], XStep=300, YStep=40)
    _page(pdf, page, b"/Pattern cs /P0 scn 0 0 300 40 re f", Pattern=pikepdf.Dictionary(P0=cell))


def in_soft_mask(pdf, page):
    group = _form(pdf, WORDS, Group=pikepdf.Dictionary(S=pikepdf.Name.Transparency))
    _page(pdf, page, b"/G0 gs 0 0 300 40 re f", ExtGState=pikepdf.Dictionary(G0=pikepdf.Dictionary(
        SMask=pikepdf.Dictionary(S=pikepdf.Name.Luminosity, G=group))))


def in_annotation(pdf, page):
    _page(pdf, page, b"")
    page.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 300, 40],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://example.test/")),
        AP=pikepdf.Dictionary(N=_form(pdf, WORDS))))]))


def in_annotation_state(pdf, page):
    in_annotation(pdf, page)
    page.Annots[0].AP = pikepdf.Dictionary(N=pikepdf.Dictionary(Off=_form(pdf, b""), On=_form(pdf, WORDS)))


def in_inherited_resources(pdf, page):  # (a page without resources of its own draws with its page tree's)
    in_form(pdf, page)
    pdf.Root.Pages.Resources = page.obj.Resources
    del page.obj["/Resources"]


def in_a_loop(pdf, page):  # (a form drawing itself: read once)
    form = _form(pdf, b"/Fm0 Do")
    form.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=form, Fm1=_form(pdf, WORDS)))
    _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=form))


@pytest.mark.parametrize(("forge", "found"), [
    (in_form, "1: /XObject /Fm0 Tj"),
    (in_nested_form, "1: /XObject /Fm0 > /XObject /Fm1 Tj"),
    (spoken_in_form, "1: /XObject /Fm0 BDC /ActualText"),
    (named_span_in_form, "1: /XObject /Fm0 BDC /Alt"),
    (in_type3_glyph, "1: /Font /T3 /Type3"),  # (any Type 3 font, whatever its glyphs draw: safety67)
    (in_pattern, "1: /Pattern /P0 Tj"),
    (in_soft_mask, "1: /ExtGState /G0 /SMask Tj"),
    (in_annotation, "1: /Annots 1 /AP /N Tj"),
    (in_annotation_state, "1: /Annots 1 /AP /N /On Tj"),
    (in_a_loop, "1: /XObject /Fm0 > /XObject /Fm1 Tj"),
    (in_inherited_resources, "1: /XObject /Fm0 Tj"),
])
def test_words_drawn_outside_a_page_s_content_are_named_with_the_page(forge, found):
    assert pdfunread.pdf_unread(_forged(forge)) == found


def test_the_page_drawing_them_is_named():
    assert pdfunread.pdf_unread(_forged(in_form, pages=3)) == "3: /XObject /Fm0 Tj"


def test_a_drawing_of_shapes_only_or_an_image_passes():
    def shapes(pdf, page):
        image = pdf.make_stream(b"\x00", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=1, Height=1,
                                ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8)
        _page(pdf, page, b"/Fm0 Do /Im0 Do", XObject=pikepdf.Dictionary(
            Fm0=_form(pdf, b"/Artifact BMC 0 0 300 1 re f EMC"), Im0=image))
    assert pdfunread.pdf_unread(_forged(shapes)) == ""


def test_drawings_nested_deeper_than_any_print_are_refused():
    def deep(pdf, page):
        form = _form(pdf, b"")
        for _ in range(pdfunread.DEPTH_MOST + 1):
            form = _form(pdf, b"/Fm0 Do", Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=form)))
        _page(pdf, page, XObject=pikepdf.Dictionary(Fm0=form))
    found = pdfunread.pdf_unread(_forged(deep))
    assert found.startswith("1: /XObject /Fm0 > ") and found.endswith(f"(> {pdfunread.DEPTH_MOST})"), found


def test_a_pdf_no_viewer_reads_is_refused():
    assert pdfunread.pdf_unread(b"%PDF-1.7 not a pdf") == "?"


def test_the_refusal_is_said_in_english_and_french():
    said = Said("publish.pdf-unread", what="1: /XObject /Fm0 Tj")
    assert str(said).startswith("refused: a PDF drawing words outside") and "“1: /XObject /Fm0 Tj”" in str(said)
    assert said_in(said, "fr").startswith("refusé\u00a0: un PDF qui dessine des mots") \
        and "«\u00a01: /XObject /Fm0 Tj\u00a0»" in said_in(said, "fr")
