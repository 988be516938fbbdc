"""safety69: where a served PDF draws its glyphs against what its reader sees. pdffonts judged a glyph's font and its
fill only: a clause drawn in black and then painted over by a white rectangle, cut away by a clipping path, placed off
the page or shrunk to a speck was read by a search, a copy, a screen reader and the checks (pdftext) and seen by no
reader. The print and the redline draw none so (read here, from real ones); each forged page is refused with its
page (pdfplaces)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdfplaces
from policysite.messages import Said, said_in
from unit.test_safety61_documents import _printed as redline_printed
from unit.test_safety63_pdf_words import TEXTS, printed
from unit.test_safety67_pdf_fonts import _drawing

WORDS = b"BT /F0 12 Tf 10 10 Td <00010002> Tj ET "


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_print_and_the_redline_draw_every_glyph_in_view(lang):
    for data in (printed(lang), *([redline_printed()] if lang == "en" else [])):
        assert pdfplaces.pdf_hidden(data) == ""


def test_a_long_print_and_redline_with_tables_lists_and_pages_pass():
    """The fixture's whole policy, several pages of tables and lists, printed and set against an edit of itself."""
    import re
    from pathlib import Path

    from policysite import document, pdf, redline
    from policysite.redline import pdf as redline_pdf
    from unit.test_pdf import URL, env

    text = (Path(__file__).parents[1] / "data" / "policy" / "en" / "index.md").read_text(encoding="utf-8")
    date = re.search(r"date: (\S+)", text).group(1)
    edited = text.replace(date, "2031-01-01").replace("the ", "our ", 9)
    assert pdfplaces.pdf_hidden(pdf.render_pdf(text.encode(), env=env(), lang="en", version=date, url=URL)) == ""
    changes = redline.diff(document.parse(text, path="a.md", lang="en"), document.parse(edited, path="a.md", lang="en"))
    assert pdfplaces.pdf_hidden(redline_pdf.render_pdf(changes, site="Example", lang="en")) == ""


def _shading(data: bytes) -> bytes:

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.Resources.Shading = pikepdf.Dictionary(Sh0=pikepdf.Dictionary(
                ShadingType=2, ColorSpace=pikepdf.Name.DeviceGray, Coords=[0, 0, 1, 0],
                Function=pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[1], C1=[1], N=1)))
            page.Resources.XObject = pikepdf.Dictionary(Fm0=pdf.make_stream(
                b"1 g 0 0 100 100 re f", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 100, 100]))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.mark.parametrize("pages", [1, 2])
@pytest.mark.parametrize(("content", "said"), [
    # painted over after it: a white rectangle, a black bar, a broad stroke or one of the paper's colour, a form's
    # drawing, a shading
    (WORDS + b"1 g 0 0 100 30 re f", "/F0: covered by f"),
    (WORDS + b"0 g 5 5 50 20 re f*", "/F0: covered by f*"),
    (WORDS + b"1 G 20 w 0 15 m 100 15 l S", "/F0: covered by S"),
    (WORDS + b"0 G 8 w 0 14 m 100 14 l S", "/F0: covered by S"),
    (WORDS + b"1 G 1 w 0 14 m 100 14 l S", "/F0: covered by S"),
    (WORDS + b"q 1 0 0 1 0 0 cm /Fm0 Do Q", "/F0: covered by /Fm0 Do"),
    (WORDS + b"/Sh0 sh", "/F0: covered by a shading"),
    (WORDS + b"q 10 0 0 10 12 8 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI Q", "/F0: covered by an image"),
    # a word in the middle of a line, its ends in view
    (b"BT /F0 12 Tf 10 10 Td <0001000200010002000100020001> Tj ET 1 g 30 5 8 12 re f", "/F0: covered by f"),
    # cut away by a clip: a rectangle elsewhere, or a shape of any other kind
    (b"q 200 200 10 10 re W n " + WORDS + b"Q", "/F0: clip"),
    (b"q 0 0 m 100 0 l 50 100 l h W n " + WORDS + b"Q", "/F0: clip"),
    (b"q 0 0 300 300 re 5 5 40 20 re W* n " + WORDS + b"Q", "/F0: clip"),
    # off the page: beyond its edge, moved there by a kerning of the line, or outside its crop box
    (b"BT /F0 12 Tf 700 10 Td <0001> Tj ET", "/F0: off-page"),
    (b"BT /F0 12 Tf -100 -100 Td <0001> Tj ET", "/F0: off-page"),
    (b"BT /F0 12 Tf 10 10 Td [<0001> -90000 <0002>] TJ ET", "/F0: off-page"),
    # a speck: a tiny size, squeezed to nothing, scaled down
    (b"BT /F0 0.5 Tf 10 10 Td <0001> Tj ET", "/F0: speck 0.5pt"),
    (b"BT /F0 12 Tf 1 Tz 10 10 Td <0001> Tj ET", "/F0: speck 0.12pt"),
    (b"0.01 0 0 0.01 0 0 cm BT /F0 12 Tf 10 10 Td <0001> Tj ET", "/F0: speck 0.12pt"),
])
def test_words_no_reader_sees_are_refused_with_their_page(content, said, pages):
    assert pdfplaces.pdf_hidden(_shading(_drawing(content, pages))) == f"{pages}: {said}"


def test_words_outside_the_crop_box_are_off_the_page():

    with pikepdf.open(io.BytesIO(_drawing(WORDS))) as pdf:
        pdf.pages[0].CropBox = [100, 100, 612, 792]
        out = io.BytesIO()
        pdf.save(out)
    assert pdfplaces.pdf_hidden(out.getvalue()) == "1: /F0: off-page"


@pytest.mark.parametrize("content", [
    b"1 g 0 0 10 10 re f 0 g " + WORDS,  # (a box under the words, drawn before them)
    WORDS + b"0 G 0.6 w 5 14 m 40 14 l S",  # (a strike-through in ink, as the redline draws one)
    b"q 0 0 595 842 re W n " + WORDS + b"Q",  # (a clip holding the page)
    WORDS + b"1 g 300 300 10 10 re f",  # (a box elsewhere)
    WORDS + b"1 g 10 30 100 10 re f",  # (a box just above the line)
    b"q 20 20 10 10 re W n 1 g 0 0 100 100 re f Q " + WORDS,  # (a box drawn before the words)
])
def test_words_in_view_pass(content):
    assert pdfplaces.pdf_hidden(_drawing(content)) == ""


def test_a_pdf_no_viewer_reads_is_refused():
    assert pdfplaces.pdf_hidden(b"%PDF-1.7 not a pdf") == "?"


def test_the_refusal_is_said_in_english_and_french():
    said = Said("publish.pdf-hidden", what="2: /F0: covered by f")
    assert str(said).startswith("refused: a PDF drawing words its reader cannot see") \
        and "“2: /F0: covered by f”" in str(said)
    assert said_in(said, "fr").startswith("refusé\u00a0: un PDF qui dessine des mots que son lecteur ne peut pas voir") \
        and "«\u00a02: /F0: covered by f\u00a0»" in said_in(said, "fr")
