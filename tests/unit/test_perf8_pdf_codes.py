"""A printed PDF's fonts drawn with one byte a glyph where they can be (pdfcodes): the same pages, fewer bytes (issue 16)."""
from __future__ import annotations

import io
import subprocess

import pikepdf
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, ROOT, poppler
from policysite import pdf, pdfcodes, pdfstrings, pdftext, typeset

URL = "https://example.test/policy/{lang}/2021-02-17/"


def _print(lang: str, codes: str) -> bytes:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    page = pdf.source((FROZEN / lang / "index.md").read_bytes(), env=env, lang=lang, version="2021-02-17",
                      url=URL.format(lang=lang))
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(typeset.OPTIONS, "font_codes", codes)
        return typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)


@pytest.fixture(scope="module")
def prints() -> dict[str, tuple[bytes, bytes]]:
    """The frozen policy of each language printed with one byte a glyph, and with two as Typst writes them."""
    return {lang: (_print(lang, "one byte"), _print(lang, "two bytes")) for lang in ("fr", "en")}


def _drawn(page: pikepdf.Page) -> list[tuple[str, list[object]]]:
    """Each instruction of `page` as qpdf reads it: its operator and its operands, a string as its bytes."""
    def value(operand: object) -> object:
        if isinstance(operand, pikepdf.Array):
            return [value(item) for item in operand]
        if isinstance(operand, pikepdf.String):
            return bytes(operand)
        return operand.unparse() if isinstance(operand, pikepdf.Object) else repr(operand)
    return [(str(operator), [value(op) for op in operands]) for operands, operator in pikepdf.parse_content_stream(page)]


def _halved(operands: list[object]) -> list[object]:
    """Two-byte codes below 256 as their second bytes (failing where a first byte is not 0)."""
    out: list[object] = []
    for operand in operands:
        if isinstance(operand, list):
            out.append(_halved(operand))
        elif isinstance(operand, bytes):
            assert len(operand) % 2 == 0 and not any(operand[0::2]), operand
            out.append(operand[1::2])
        else:
            out.append(operand)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_print_draws_the_same_glyphs_at_the_same_places_with_one_byte_each(prints, lang):
    one, two = prints[lang]
    with pikepdf.open(io.BytesIO(one)) as new, pikepdf.open(io.BytesIO(two)) as old:
        assert len(new.pages) == len(old.pages)
        for now, before in zip(new.pages, old.pages):
            drawn, was = _drawn(now), _drawn(before)
            assert [op for op, _ in drawn] == [op for op, _ in was]
            for (op, operands), (_, operands_before) in zip(drawn, was):
                assert operands == (_halved(operands_before) if op in ("Tj", "TJ", "'", '"') else operands_before)
            for name, font in now.Resources.Font.items():
                font_before = before.Resources.Font[name]
                assert str(font.Encoding.CMapName) == "/" + pdfcodes.CMAP_NAME and font_before.Encoding == "/Identity-H"
                assert pdftext.code_width(font) == 1 and pdftext.code_width(font_before) == 2
                assert font.Encoding.WMode == 0 and b"<00> <FF> 0" in font.Encoding.read_bytes()
                assert pdftext.to_unicode(font) == pdftext.to_unicode(font_before) and pdftext.to_unicode(font)
                glyphs = font.DescendantFonts[0]
                assert glyphs.W == font_before.DescendantFonts[0].W
                assert glyphs.FontDescriptor.FontFile3.read_bytes() == \
                    font_before.DescendantFonts[0].FontDescriptor.FontFile3.read_bytes()
                assert str(font.BaseFont) == f"{glyphs.BaseFont}-{pdfcodes.CMAP_NAME}"
        assert new.check_pdf_syntax() == []
        contents = [sum(len(page.Contents.read_raw_bytes()) for page in doc.pages) for doc in (new, old)]
    # the text a reader copies, searches and hears, read by the checks and by poppler alike
    assert pdftext.text(one) == pdftext.text(two)
    assert pdftext.marked(one).actual == pdftext.marked(two).actual
    read = [subprocess.run([poppler("pdftotext"), "-", "-"], input=data, capture_output=True, check=True).stdout
            for data in (one, two)]
    assert read[0] == read[1] and len(read[0]) > 1000
    # and the same pixels
    pixels = [subprocess.run([poppler("pdftoppm"), "-r", "40", "-gray", "-"], input=data, capture_output=True,
                             check=True).stdout for data in (one, two)]
    assert pixels[0] == pixels[1]
    assert contents[0] < 0.92 * contents[1] and len(one) < len(two) - 1500, (contents, len(one), len(two))


def _with(data: bytes, edit) -> bytes:
    """The two-byte print `data` edited by `edit(doc)`, then its strings written as pdfstrings writes them, fonts
    drawn with one byte where they can be."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        edit(doc)
        pdfstrings.rewrite(doc, one_byte=True)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def _encodings(data: bytes) -> dict[str, str]:
    """The encoding of each font of the first page, by its name there (each page names its fonts its own way)."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        return {str(name): str(font.Encoding.get("/CMapName")) if isinstance(font.Encoding, pikepdf.Stream)
                else str(font.Encoding) for name, font in doc.pages[0].Resources.Font.items()}


def _add(doc: pikepdf.Pdf, content: bytes) -> None:
    page = doc.pages[0]
    page.contents_add(pikepdf.Stream(doc, content), prepend=False)


def _bold_and_regular(data: bytes) -> tuple[str, str]:
    """The names the first page gives its bold and its regular font."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        names = {("Bold" in str(font.BaseFont)): str(name) for name, font in doc.pages[0].Resources.Font.items()}
    return names[True], names[False]


def test_a_font_with_a_glyph_code_past_255_or_drawn_by_a_hex_string_keeps_two_bytes(prints):
    _, two = prints["fr"]
    one = _with(two, lambda doc: None)
    assert set(_encodings(one).values()) == {"/" + pdfcodes.CMAP_NAME}
    bold, regular = _bold_and_regular(two)
    past = _with(two, lambda doc: _add(doc, b"q BT %s 9 Tf 0 0 Td (\\001\\005) Tj ET Q" % bold.encode()))
    hexed = _with(two, lambda doc: _add(doc, b"q BT %s 9 Tf 0 0 Td [<0005>] TJ ET Q" % bold.encode()))
    for data in (past, hexed):
        encodings = _encodings(data)
        assert encodings[bold] == "/Identity-H" and encodings[regular] == "/" + pdfcodes.CMAP_NAME
        with pikepdf.open(io.BytesIO(data)) as doc:  # the bold's strings as Typst wrote them: every first byte there
            font, shown = None, []
            for ops, op in pikepdf.parse_content_stream(doc.pages[0]):
                if str(op) == "Tf":
                    font = str(ops[0])
                elif str(op) == "TJ" and font == bold:
                    shown += [bytes(s) for s in ops[0] if isinstance(s, pikepdf.String)]
            assert shown and all(len(s) % 2 == 0 and not any(s[0::2]) for s in shown)
    # the text read back the same either way
    assert pdftext.text(past).startswith(pdftext.text(two)[:200])


def test_a_print_of_few_glyphs_is_left_as_typst_wrote_it():
    """The CMap and the fonts' edits cost more than halving a short text's glyphs saves (pdfcodes.MIN_GLYPHS)."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    text = "---\ndate: 2024-03-01\n---\n\n# Politique\n\n## 1. Données\n\nNous traitons vos **données**.\n"
    page = pdf.source(text.encode(), env=env, lang="fr", version="2024-03-01", url=URL.format(lang="fr"))
    printed = {}
    for codes in ("one byte", "two bytes"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(typeset.OPTIONS, "font_codes", codes)
            printed[codes] = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
    assert printed["one byte"] == printed["two bytes"]


def test_a_font_another_drawing_names_or_contents_read_only_whole_keep_two_bytes(prints):
    _, two = prints["fr"]

    def form(doc: pikepdf.Pdf) -> None:
        page = doc.pages[0]
        drawing = pikepdf.Stream(doc, b"BT /f1 9 Tf (\\000\\005) Tj ET")
        drawing.stream_dict.update({"/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Form,
                                    "/BBox": [0, 0, 10, 10],
                                    "/Resources": pikepdf.Dictionary(Font=pikepdf.Dictionary(f1=page.Resources.Font.f1))})
        page.Resources.XObject = pikepdf.Dictionary(Fm0=drawing)
    assert _encodings(_with(two, form))["/f1"] == "/Identity-H"
    _, regular = _bold_and_regular(two)

    def renamed(doc: pikepdf.Pdf) -> None:  # (a name no Latin-1 byte string writes: its font not matched, not a crash)
        fonts = doc.pages[0].Resources.Font
        fonts[pikepdf.Name("/F\u20ac")] = fonts[regular]
    assert _encodings(_with(two, renamed))[regular] == "/Identity-H"
    inline = _with(two, lambda doc: _add(doc, b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q"))
    unread = _with(two, lambda doc: _add(doc, b"q BT /f1 9 Tf (\\000\\005 Tj ET Q"))
    for data in (inline, unread):  # the first page's fonts: both drawn there
        assert set(_encodings(data).values()) == {"/Identity-H"}


def test_the_strings_of_a_content_are_read_as_pdf_reads_them():
    assert pdfcodes.literal(b"(a(b)c\\)\\\\\\r\\101\\0\\\nd)") == b"a(b)c)\\\rA\x00d"
    for data in (b"", b"\x00(\x00)", b"\\\r\n)(", bytes(range(256))):
        assert pdfcodes.literal(pdfcodes.written(data)) == data
    assert b"\r" not in pdfcodes.written(b"\r")
    fonts = {b"/F1": "one", b"/F2": "two"}
    content = b"/Span<</ActualText(x\\(y)>>BDC q BT /F1 9 Tf [(\\000\\001)-7(a(b))]TJ Q /F2 9 Tf (\\001\\002)' EMC ET"
    found, odd = pdfcodes.shown([content], fonts)
    # (the ActualText's string is no text drawn; the font is the graphics state's, restored by Q)
    assert [(data, font) for *_, data, font in found] == [(b"\x00\x01", "one"), (b"a(b)", "one"), (b"\x01\x02", "two")]
    assert not odd
    assert [content[a:b] for _, a, b, *_ in found][1] == b"(a(b))"
    assert pdfcodes.shown([b"BT (\\000\\001) Tj ET"], fonts) is None  # no font chosen
    assert pdfcodes.shown([b"BT /F3 9 Tf (a) Tj ET"], fonts) is None  # a font the page does not name
    # read in one pass, whatever the contents hold: a long array drawn by no TJ (a dash pattern), a string nested three
    # deep, one never closed (the pattern tried every way to split a run of digits, and hung a print: possessive now)
    assert pdfcodes.shown([b"q [" + b"1234567890 " * 3000 + b"] 0 d Q BT /F1 9 Tf (a) Tj ET"], fonts) is not None
    assert pdfcodes.shown([b"BT /F1 9 Tf [(((( deep )))) 12" + b"x" * 5000 + b"] TJ ET"], fonts) is None
    assert pdfcodes.shown([b"BT /F1 9 Tf [(a)" + b" 12" * 5000 + b"(" + b"ab(" * 3000], fonts) is None
    assert pdfcodes.halves(b"\x00\x01\x00\xff") and not pdfcodes.halves(b"\x01\x00") and not pdfcodes.halves(b"\x00")


def test_a_character_map_is_written_with_one_byte_codes_the_same_entries():
    cmap = (b"/CIDInit /ProcSet findresource begin\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            b"2 beginbfchar\n<0001> <0050>\n<000D> <00660069>\nendbfchar\n1 beginbfrange\n<0020> <0022> <0041>\n"
            b"endbfrange\nendcmap\n")
    short = pdfcodes.to_unicode(cmap)
    assert short is not None and b"<00> <FF>" in short and b"<0001>" not in short
    with pikepdf.new() as doc:
        before = pikepdf.Dictionary(ToUnicode=pikepdf.Stream(doc, cmap))
        after = pikepdf.Dictionary(ToUnicode=pikepdf.Stream(doc, short))
        assert pdftext.to_unicode(after) == pdftext.to_unicode(before) == {1: "P", 13: "fi", 32: "A", 33: "B", 34: "C"}
    assert pdfcodes.to_unicode(cmap.replace(b"<000D> <0066", b"<010D> <0066")) is None
    assert pdfcodes.to_unicode(cmap.replace(b"<0000> <FFFF>", b"<00> <FF>")) is None
    assert pdfcodes.to_unicode(cmap.replace(b"endcmap", b"/Other usecmap\nendcmap")) is None


RIGHT_TO_LEFT = {  # (company8's paragraphs: clusters marked /ActualText, runs /ReversedChars, digits and Latin words)
    "he": ("מידע", "אנו שומרים את המידע 30 ימים אצל Google בברלין. אנו לא מוכרים אותו, ולא נמסור אותו לאף אחד אחר."),
    "ar": ("البيانات", "نَحْنُ نَحْفَظُ بَيَانَاتِكَ لمدة 30 يومًا في Berlin. لا نبيعها، ولا نشاركها مع أي طرف آخر."),
    "fa": ("داده‌ها", "ما داده‌های شما را ۳۰ روز نگه می‌داریم. آن‌ها را نمی‌فروشیم (هرگز)."),
}


@pytest.mark.parametrize("lang", sorted(RIGHT_TO_LEFT))
def test_a_long_right_to_left_print_reads_and_draws_the_same_with_one_byte_a_glyph(lang):
    heading, paragraph = RIGHT_TO_LEFT[lang]
    body = "\n\n".join(f"{paragraph} {n}" for n in range(200))  # (past pdfcodes.MIN_GLYPHS)
    source = f"---\ndate: 2024-03-01\n---\n\n# {heading}\n\n## 1. {heading}\n\n{body}\n".encode()
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    page = pdf.source(source, env=env, lang=lang, version="2024-03-01", url=URL.format(lang=lang))
    printed = {}
    for codes in ("one byte", "two bytes"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(typeset.OPTIONS, "font_codes", codes)
            printed[codes] = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
    one, two = printed["one byte"], printed["two bytes"]
    with pikepdf.open(io.BytesIO(one)) as doc:
        assert any(isinstance(font.Encoding, pikepdf.Stream) for p in doc.pages for font in p.Resources.Font.values())
    assert len(one) < len(two)
    assert pdftext.text(one) == pdftext.text(two) and heading in pdftext.text(one)
    assert pdftext.marked(one).actual == pdftext.marked(two).actual
    for tool, args in (("pdftotext", ["-", "-"]), ("pdftoppm", ["-r", "20", "-gray", "-"])):
        read = [subprocess.run([poppler(tool), *args], input=data, capture_output=True, check=True).stdout
                for data in (one, two)]
        assert read[0] == read[1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_gate_reads_a_print_drawn_with_one_byte_a_glyph_and_refuses_another_cmap(prints, lang):
    """The gate's glyph check (pdffonts, safety67) knew `/Identity-H` only: every print pdfcodes halved was refused as
    `/Type0 ?`, a real policy's included. Its one-byte CMap, exactly as pdfcodes writes it, reads each code as the
    glyph of the same number; any other embedded CMap (here one reading each code as the next glyph: other words
    drawn than the map says) is refused."""
    from policysite import pdffonts

    one, two = prints[lang]
    assert "/OneByte-Identity-H" in _encodings(one).values()
    assert pdffonts.pdf_glyphs(one) == "" and pdffonts.pdf_glyphs(two) == ""

    def shifted(doc: pikepdf.Pdf) -> None:
        for font in doc.pages[0].Resources.Font.values():
            if isinstance(font.Encoding, pikepdf.Stream):
                font.Encoding.write(pdfcodes.CMAP.replace(b"<00> <FF> 0\n", b"<00> <FF> 1\n"))
                return

    with pikepdf.open(io.BytesIO(one)) as doc:
        shifted(doc)
        out = io.BytesIO()
        doc.save(out)
    assert pdffonts.pdf_glyphs(out.getvalue()).endswith("/Type0 ?")
