"""safety67: what a served PDF's fonts draw against what its character maps say. A Type 3 font's glyphs are
procedures of the PDF's own: one drawing the letter "b" in lines and curves under a map saying "a" showed a reader
other words than a search, a copy, a screen reader and the checks read (pdftext reads the map). The print engine
draws no glyph from a Type 3 font (its prints and redlines, read here); a PDF drawing with one, on a page, in a form
or named by a form's resources, is refused with its page (pdfunread)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdffonts, pdftext, pdfunread
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


# An embedded font: a subset of a face the print engine carries (DejaVu Sans Mono), its glyph for "a" drawing "b"
def _subset(swap: bool, *, name: str = "DejaVuSansMono") -> bytes:
    """DejaVu Sans Mono's glyphs of "a" and "b" (CIDs 1 and 2), as the print engine embeds a subset; `swap`: the glyph
    of "a" draws the outline of "b"."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = pdffonts._faces(())["DejaVuSansMono"]
    out = io.BytesIO()
    face.save(out)
    font = TTFont(io.BytesIO(out.getvalue()))
    options = subset.Options(glyph_names=True, notdef_outline=True, retain_gids=False, layout_features=[])
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=["a", "b"])
    subsetter.subset(font)
    assert font.getGlyphOrder() == [".notdef", "a", "b"]
    if swap:
        font["glyf"]["a"] = font["glyf"]["b"]
    font["name"].setName(name, 6, 3, 1, 0x409)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _embedded(pdf: pikepdf.Pdf, program: bytes, base: str = "ABCDEF+DejaVuSansMono") -> pikepdf.Dictionary:
    to_unicode = pdf.make_stream(b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
                                 b"<0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <0061> <0002> <0062> endbfchar "
                                 b"endcmap CMapName currentdict /CMap defineresource pop end end")
    descriptor = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/" + base), Flags=4,
                                    FontBBox=[0, -200, 600, 800], ItalicAngle=0, Ascent=800, Descent=-200,
                                    CapHeight=700, StemV=80, FontFile2=pdf.make_stream(program))
    cid = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2,
                             BaseFont=pikepdf.Name("/" + base), CIDToGIDMap=pikepdf.Name.Identity,
                             CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"),
                                                              Ordering=pikepdf.String("Identity"), Supplement=0),
                             FontDescriptor=pdf.make_indirect(descriptor), DW=600)
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0,
                                                BaseFont=pikepdf.Name("/" + base + "-Identity-H"),
                                                Encoding=pikepdf.Name("/Identity-H"),
                                                DescendantFonts=[pdf.make_indirect(cid)], ToUnicode=to_unicode))


def _with_font(font, pages: int = 1) -> bytes:
    """A PDF of `pages` pages drawing "ab", the last with `font(pdf)`, those before with the face's subset as the
    engine embeds it."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    for n, page in enumerate(pdf.pages, 1):
        page.Contents = pdf.make_stream(b"BT /F0 12 Tf 10 10 Td <00010002> Tj ET")
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(
            F0=font(pdf) if n == pages else _embedded(pdf, _subset(swap=False))))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_font_of_the_print_s_faces_whose_glyphs_draw_what_its_map_says_passes():
    data = _with_font(lambda pdf: _embedded(pdf, _subset(swap=False)))
    assert pdftext.text(data) == "ab"
    assert pdffonts.pdf_glyphs(data) == ""


@pytest.mark.parametrize("pages", [1, 2])
def test_an_embedded_font_whose_glyph_for_a_draws_b_is_refused_with_its_page(pages):
    data = _with_font(lambda pdf: _embedded(pdf, _subset(swap=True)), pages=pages)
    assert pdftext.text(data).endswith("ab")  # (what the checks read; a reader sees "bb")
    assert pdffonts.pdf_glyphs(data) == f"{pages}: /F0 DejaVuSansMono: 1 ≠ 'a'"


@pytest.mark.parametrize("pages", [1, 3])
@pytest.mark.parametrize(("font", "said"), [
    # a face the print has none of: its glyphs are whatever it draws
    (lambda pdf: _embedded(pdf, _subset(swap=False, name="Forged"), base="ABCDEF+Forged"),
     "/F0 Forged: no face"),
    # the name of a face the print has, over no font program: the viewer draws the codes with a font of its own
    (lambda pdf: _without_program(_embedded(pdf, _subset(swap=False))), "/F0 DejaVuSansMono: not embedded"),
    # a simple font, the viewer's Helvetica: its codes drawn as Helvetica's letters, whatever its map says
    (lambda pdf: pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                      BaseFont=pikepdf.Name.Helvetica)), "/F0 /Type1"),
])
def test_a_font_the_print_engine_never_writes_is_refused(font, said, pages):
    assert pdffonts.pdf_glyphs(_with_font(font, pages=pages)) == f"{pages}: {said}"


def _without_program(font: pikepdf.Dictionary) -> pikepdf.Dictionary:
    del font.DescendantFonts[0].FontDescriptor["/FontFile2"]
    return font


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_print_and_the_redline_draw_each_glyph_as_their_face_draws_its_text(lang):
    for data in (printed(lang), *([redline_printed()] if lang == "en" else [])):
        assert pdffonts.pdf_glyphs(data) == ""


def test_a_tamil_print_passes_its_contours_of_off_curve_points_read():
    """Noto Sans Tamil's zero is a contour of off-curve points only (TrueType's, which fontTools draws ending with
    None): read as the face's, no `?`."""
    from policysite import pdf
    from unit.test_pdf import URL, env

    text = ("---\ndate: 2024-03-01\n---\n\n# தனியுரிமைக் கொள்கை\n\n## 1. நோக்கம்\n\nநாங்கள் உங்கள் தரவைப் "
            "பாதுகாக்கிறோம். க்ஷ ஸ்ரீ கொ கோ கௌ, 30 நாட்கள் (0).\n")
    data = pdf.render_pdf(text.encode(), env=env(), lang="ta", version="2024-03-01", url=URL)
    assert pdffonts.pdf_glyphs(data) == ""


def _drawing(content: bytes, pages: int = 1) -> bytes:
    """A PDF of `pages` pages drawing with the face's honest subset (codes 1 and 2 mapped to a and b), the last page's
    content `content`."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    for n, page in enumerate(pdf.pages, 1):
        page.Contents = pdf.make_stream(content if n == pages else b"BT /F0 12 Tf 10 10 Td <00010002> Tj ET")
        page.Resources = pikepdf.Dictionary(
            Font=pikepdf.Dictionary(F0=_embedded(pdf, _subset(swap=False))),
            ColorSpace=pikepdf.Dictionary(Ink=pikepdf.Array([pikepdf.Name.Separation, pikepdf.Name("/Gold"),
                                                             pikepdf.Name.DeviceCMYK, pdf.make_stream(b"{0 0 0}")])),
            ExtGState=pikepdf.Dictionary(Clear=pikepdf.Dictionary(ca=0), Half=pikepdf.Dictionary(ca=0.5)))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("pages", [1, 2])
@pytest.mark.parametrize(("content", "said"), [
    # a glyph its map leaves out (code 3: the face's subset holds a third glyph, b's outline copied): drawn, not read
    (b"BT /F0 12 Tf 10 10 Td <00010003> Tj ET", "/F0: 3 unmapped"),
    (b"BT /F0 12 Tf 10 10 Td [<0001> -20 <0003>] TJ ET", "/F0: 3 unmapped"),
    # words read and drawn as nothing: invisible (3) or a clip only (7)
    (b"BT /F0 12 Tf 3 Tr 10 10 Td <00010002> Tj ET", "3 Tr"),
    (b"BT /F0 12 Tf 7 Tr 10 10 Td [<0001>] TJ ET", "7 Tr"),
    # the text state is the graphics state's: restored by Q
    (b"3 Tr q 0 Tr Q BT /F0 12 Tf 10 10 Td <0001> Tj ET", "3 Tr"),
    # in the paper's colour, or all but transparent
    (b"1 g BT /F0 12 Tf 10 10 Td <00010002> Tj ET", "fill 1"),
    (b"BT 0.95 0.97 1 rg /F0 12 Tf 10 10 Td <0001> Tj ET", "fill 0.95 0.97 1"),
    (b"0 0 0 0 k BT /F0 12 Tf 10 10 Td <0001> Tj ET", "fill 0 0 0 0"),
    (b"/DeviceRGB cs 1 1 1 sc BT /F0 12 Tf 10 10 Td <0001> Tj ET", "fill 1 1 1"),
    (b"/Ink cs 0 scn BT /F0 12 Tf 10 10 Td <0001> Tj ET", "fill 0"),
    (b"/Pattern cs /P0 scn BT /F0 12 Tf 10 10 Td <0001> Tj ET", "fill /Pattern"),
    (b"/Clear gs BT /F0 12 Tf 10 10 Td <0001> Tj ET", "/ca 0"),
])
def test_a_glyph_drawn_and_not_read_or_read_and_not_drawn_is_refused_with_its_page(content, said, pages):
    data = _drawing(content, pages)
    if "unmapped" in said:  # (a third glyph in the program: the subset's `b` again, under no code of the map)
        data = _with_third_glyph(data)
    assert pdffonts.pdf_glyphs(data) == f"{pages}: {said}"


@pytest.mark.parametrize("content", [
    b"BT /F0 12 Tf 0 Tr 10 10 Td <00010002> Tj 2 Tr (x) Tj ET",
    b"q 3 Tr 1 g Q BT /F0 12 Tf 10 10 Td <0001> Tj ET",  # (restored before the words)
    b"0.267 g /Half gs BT 0.2 0.4 0.8 rg /F0 12 Tf 10 10 Td <0001> Tj ET",  # (grey, half transparent, a link's blue)
    b"1 g 0 0 10 10 re f 0 g BT /F0 12 Tf 10 10 Td <0001> Tj ET",  # (a white box, words drawn black)
])
def test_words_drawn_filled_or_stroked_in_ink_with_mapped_codes_pass(content):
    assert pdffonts.pdf_glyphs(_drawing(content)) == ""


def _with_third_glyph(data: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            descriptor = page.Resources.Font.F0.DescendantFonts[0].FontDescriptor
            font = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
            order = [*font.getGlyphOrder(), "b.copy"]
            font["glyf"].glyphs["b.copy"] = font["glyf"]["b"]
            font["hmtx"].metrics["b.copy"] = font["hmtx"].metrics["b"]
            font.setGlyphOrder(order)
            font["glyf"].glyphOrder = order
            out = io.BytesIO()
            font.save(out)
            descriptor.FontFile2 = pdf.make_stream(out.getvalue())
        saved = io.BytesIO()
        pdf.save(saved)
        return saved.getvalue()


def test_a_glyph_drawn_once_is_known_again_by_its_bytes_and_metrics_only():
    """Each glyph's drawing is kept by its own bytes for the next PDF (a version's prints draw the last one's glyphs):
    the swapped font's 'a' (b's data under a's side bearing, drawn elsewhere than b) must not stand for b in the honest
    font read after it."""
    swapped = _with_font(lambda pdf: _embedded(pdf, _subset(swap=True)))
    honest = _with_font(lambda pdf: _embedded(pdf, _subset(swap=False)))
    pdffonts._DRAWN.clear()
    assert pdffonts.pdf_glyphs(swapped) == "1: /F0 DejaVuSansMono: 1 ≠ 'a'"
    assert pdffonts._DRAWN  # (kept)
    assert pdffonts.pdf_glyphs(honest) == ""
    assert pdffonts.pdf_glyphs(swapped) == "1: /F0 DejaVuSansMono: 1 ≠ 'a'"


def test_the_engines_faces_are_found_whatever_the_pieces_its_library_is_read_in(monkeypatch):
    """The engine's library (some 80 MB) is read a piece at a time, not whole (a publish's peak memory: 212 -> 148
    MiB for the check of two prints): pieces of another size, cutting its headers elsewhere, find the same faces."""
    from policysite import pdffonts

    def names() -> list[str]:
        pdffonts._engine_faces.cache_clear()
        return [pdffonts._ps_name(face) for face in pdffonts._engine_faces()]

    found = names()
    assert {"NewCM10-Regular", "LibertinusSerif-Regular", "DejaVuSansMono"} <= set(found)
    for piece in (1_000_003, 65_537):
        monkeypatch.setattr(pdffonts, "_PIECE", piece)
        assert names() == found
    pdffonts._engine_faces.cache_clear()
