"""A printed PDF's fonts drawn with one byte a glyph, not two, where every glyph drawn with them has a code below 256.

Typst writes each font as a Type 0 font encoded `/Identity-H`: two bytes a glyph in the pages' contents, the first
always 0 for a policy's subset of a hundred-odd glyphs (some 12 % of a policy's page contents once deflated,
bench/README.md, session 47, perf8). Such a font is given an embedded CMap that reads one byte as the glyph (CID) of
the same number, its ToUnicode map the same entries under one-byte codes, and every string the pages draw with it its
second bytes: the same glyphs at the same places, the same text to a reader (pdftext reads a code's width from the
font's CMap). The contents are read as written (a token at a time, no parse by qpdf, which costs 60 ms a PDF); a
font drawn anywhere this cannot tell (a form, a pattern, a Type 3 glyph, an annotation, a hex string, an inline
image, a string it cannot read) keeps its two bytes.
"""
from __future__ import annotations

import re
from typing import Any

CMAP_NAME = "OneByte-Identity-H"
# The glyphs drawn with the fonts to halve below which they keep two bytes: the CMap and the fonts' edits cost some
# 0.45 KB a PDF, halving a glyph saves ~0.08 B deflated (frozen policy, fr: 32,386 glyphs, -2.7 KB; a page of 30 bold
# glyphs halved came out 0.45 KB larger)
MIN_GLYPHS = 8192
# One byte, 00 to FF, read as the CID of the same number (ISO 32000-1, 9.7.5.3: an embedded CMap; PDF/UA-1 7.21.3.3:
# its WMode as its dictionary's)
CMAP = (b"%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         b"/CIDSystemInfo 3 dict dup begin\n/Registry (Adobe) def\n/Ordering (Identity) def\n/Supplement 0 def\n"
         b"end def\n/CMapName /" + CMAP_NAME.encode("ascii") + b" def\n/CMapType 1 def\n/WMode 0 def\n"
         b"1 begincodespacerange\n<00> <FF>\nendcodespacerange\n1 begincidrange\n<00> <FF> 0\nendcidrange\n"
         b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

_DELIMITED = rb"\x00\t\n\f\r ()<>\[\]{}/%"  # (PDF's white-space and delimiters: 7.2.2)
_ENDS = rb"(?=[" + _DELIMITED + rb"]|\Z)"  # (a word ends at one, or at the end)
_STRING = rb"\((?:[^\\()]++|\\[\s\S]|\((?:[^\\()]++|\\[\s\S])*+\))*+\)"  # (one nested inside at most)
_SPACE = rb"[\x00\t\n\f\r ]"
_HEX = rb"<[0-9A-Fa-f\x00\t\n\f\r ]*+>"
_NUMBER = rb"[+-]?+(?:\d++\.?+\d*+|\.\d++)"
# What the contents say of their drawn strings: an array of strings and numbers drawn (TJ), a string drawn (Tj, ', "),
# a font chosen (Tf), the graphics state saved or restored (q, Q, which keep the font); a string drawing nothing (a
# span's /ActualText) and a comment, read past. Any other place a string is drawn from, a font is chosen or the
# contents are read otherwise (a string nested deeper, an inline image's bytes) is `odd`: not read at all.
_SAID = re.compile(
    rb"(?P<skip>(?:" + _SPACE + rb"++|>>|<<|\]"  # (white-space, words, names and brackets that say none of the others)
    rb"|(?!(?:q|Q|Tj|TJ|Tf|BI|ID|'|\")" + _ENDS + rb")[^" + _DELIMITED + rb"]++"
    rb"|/[^" + _DELIMITED + rb"]*+(?!" + _SPACE + rb"++" + _NUMBER + _SPACE + rb"++Tf" + _ENDS + rb"))++)"
    rb"|(?P<comment>%[^\r\n]*)"
    rb"|(?P<array>\[(?P<items>(?:" + _STRING + rb"|" + _HEX + rb"|" + _SPACE + rb"++|" + _NUMBER + rb")*+)\]"
    + _SPACE + rb"*TJ" + _ENDS + rb")"
    rb"|(?P<one>(?P<text>" + _STRING + rb"|" + _HEX + rb")" + _SPACE + rb"*(?:Tj|'|\")" + _ENDS + rb")"
    rb"|(?P<font>(?P<name>/[^" + _DELIMITED + rb"]*)" + _SPACE + rb"+" + _NUMBER + _SPACE + rb"+Tf" + _ENDS + rb")"
    rb"|(?<![^" + _DELIMITED + rb"])(?P<state>[qQ])" + _ENDS
    + rb"|(?<![^" + _DELIMITED + rb"])(?P<odd>Tj|TJ|'|\"|Tf|BI|ID)" + _ENDS
    + rb"|(?P<string>" + _STRING + rb")"
    rb"|(?P<unread>[()])")
_ITEM = re.compile(_STRING + rb"|" + _HEX)
_IN_STRING = re.compile(rb"[^\\()]+|\\[\s\S]|[()]")  # a literal string's run of bytes, escape, or parenthesis
_SHOWN = frozenset({b"Tj", b"TJ", b"'", b'"'})
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|(\r\n|[\r\n])|([\s\S]))")
_SPECIAL = re.compile(rb"[\\()\r]")  # (the bytes a literal string writes escaped)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
# A ToUnicode map's source codes, two bytes each (`<00XX>`): in bfchar pairs the first, in bfrange triples the two first
_CODESPACE = re.compile(rb"begincodespacerange\s*<0000>\s*<FFFF>\s*endcodespacerange", re.I)
_BLOCK = re.compile(rb"(begin(bfchar|bfrange))(.*?)(end\2)", re.S)
_PAIR = re.compile(rb"(<[0-9A-Fa-f]*>)(\s*)(<[0-9A-Fa-f]*>)")
_TRIPLE = re.compile(rb"(<[0-9A-Fa-f]*>)(\s*)(<[0-9A-Fa-f]*>)(\s*)(<[0-9A-Fa-f]*>|\[[^\]]*\])")
_TWO_BYTES = re.compile(rb"<00([0-9A-Fa-f]{2})>")

Shown = tuple[int, int, int, bytes, object]  # (stream, start, end, the string's bytes, its font's key)


def literal(data: bytes) -> bytes:
    """The bytes a literal string `(…)` (its parentheses included) stands for (ISO 32000-1, 7.3.4.2)."""
    def one(match: re.Match[bytes]) -> bytes:
        if match[1]:
            return bytes([int(match[1], 8) & 0xFF])
        if match[2]:
            return b""  # (a line continued)
        return _ESCAPES.get(match[3], match[3])
    return _ESCAPE.sub(one, data[1:-1]) if b"\\" in data else data[1:-1]


def written(data: bytes) -> bytes:
    """`data` as a literal string, its bytes raw but `\\`, `(`, `)` and a carriage return (as pdfstrings writes)."""
    if _SPECIAL.search(data) is None:
        return b"(" + data + b")"
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(b"\r", b"\\r") + b")"


def shown(contents: list[bytes], fonts: dict[bytes, object]) -> tuple[list[Shown], set[object]] | None:
    """Each string the content streams `contents` (one page's, in order) draw glyphs with, with its font (by `fonts`:
    a resource name, `/F1`, to its font's key), and the fonts drawn with what a string's reading cannot halve (a hex
    string); None where the contents cannot be read a token at a time (an inline image, a byte no token holds) or draw
    with a font `fonts` does not name."""
    found: list[Shown] = []
    odd: set[object] = set()
    font: object = None
    saved: list[object] = []
    for index, content in enumerate(contents):
        for said in _SAID.finditer(content):
            kind = said.lastgroup
            if kind in ("skip", "comment", "string"):
                continue
            if kind == "state":
                if said[0] == b"q":
                    saved.append(font)
                elif saved:
                    font = saved.pop()
            elif kind == "font":
                font = fonts.get(said["name"])
                if font is None:
                    return None
            elif kind in ("array", "one"):
                if font is None:
                    return None
                items = _ITEM.finditer(content, said.start("items"), said.end("items")) if kind == "array" \
                    else [said]
                group = 0 if kind == "array" else "text"
                for item in items:
                    if item[group].startswith(b"<"):  # (a hex string: drawn as written, its font too)
                        odd.add(font)
                    else:
                        found.append((index, item.start(group), item.end(group), literal(item[group]), font))
            else:  # (odd, unread)
                return None
    return found, odd


def _string_end(content: bytes, start: int) -> int:
    """Where the literal string opened at `start` ends (past its closing parenthesis: balanced ones are its bytes), or
    -1 where it does not."""
    depth = 0
    for part in _IN_STRING.finditer(content, start):
        if part[0] == b"(":
            depth += 1
        elif part[0] == b")":
            depth -= 1
            if depth == 0:
                return part.end()
    return -1


def halves(data: bytes) -> bool:
    """Whether the string `data` of two-byte codes holds only codes below 256."""
    return len(data) % 2 == 0 and not any(data[0::2])


def to_unicode(cmap: bytes) -> bytes | None:
    """A ToUnicode map of two-byte codes (`<0000> <FFFF>`) written with one-byte codes, the same entries; None where it
    has a code of 256 or more, or another code space."""
    text, spaces = _CODESPACE.subn(b"begincodespacerange\n<00> <FF>\nendcodespacerange", cmap)
    if spaces != 1 or b"usecmap" in text:
        return None
    failed = False

    def source(code: bytes) -> bytes:
        nonlocal failed
        short = _TWO_BYTES.fullmatch(code)
        if short is None:
            failed = True
            return code
        return b"<" + short[1] + b">"

    def block(match: re.Match[bytes]) -> bytes:
        nonlocal failed
        body = match[3]
        entry = _PAIR if match[2] == b"bfchar" else _TRIPLE
        out, at = [], 0
        for item in entry.finditer(body):
            if body[at:item.start()].strip():
                failed = True
            parts = list(item.groups())
            parts[0] = source(parts[0])
            if entry is _TRIPLE:
                parts[2] = source(parts[2])
            out.append(body[at:item.start()] + b"".join(parts))
            at = item.end()
        if body[at:].strip():
            failed = True
        return match[1] + b"".join(out) + body[at:] + match[4]

    text = _BLOCK.sub(block, text)
    return None if failed else text


def rewrite(pdf: Any, contents: dict[int, list[bytes]]) -> dict[int, list[bytes]]:
    """`contents` (each page's content streams by its index in `pdf`, an open pikepdf.Pdf) with the strings of every
    font that can be drawn with one byte a glyph halved, and those fonts given the CMap that reads them so."""
    import pikepdf

    from policysite import pdfpack

    fonts, pages, ruled_out = _read(pdf, contents, pikepdf)
    maps: dict[object, bytes] = {}
    shared = [font.ToUnicode.objgen for font in fonts.values()]
    for key, font in fonts.items():
        cmap = None if key in ruled_out or shared.count(font.ToUnicode.objgen) > 1 \
            else to_unicode(font.ToUnicode.read_bytes())  # (a map written over where it is: one font's own)
        if cmap is not None:
            maps[key] = cmap
    if sum(len(data) // 2 for strings in pages.values() for *_, data, font in strings if font in maps) < MIN_GLYPHS:
        return contents
    encoding = pikepdf.Stream(pdf, pdfpack.deflated(CMAP))  # (an object of its own, every such font's)
    encoding.stream_dict.update({
        "/Type": pikepdf.Name.CMap, "/CMapName": pikepdf.Name("/" + CMAP_NAME), "/WMode": 0,
        "/CIDSystemInfo": pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"),
                                             Supplement=0), "/Filter": pikepdf.Name.FlateDecode})
    for key, cmap in maps.items():
        font = fonts[key]
        font.ToUnicode.write(pdfpack.deflated(cmap), filter=pikepdf.Name.FlateDecode)
        font.Encoding = encoding
        descendant = font.DescendantFonts[0]
        if descendant.get("/Subtype") == "/CIDFontType0":  # (its name the CIDFont's and the CMap's: 9.7.6.1)
            font.BaseFont = pikepdf.Name(f"{descendant.BaseFont}-{CMAP_NAME}")
    out = dict(contents)
    for number, strings in pages.items():
        out[number] = [_halved(content, [s for s in strings if s[0] == index and s[4] in maps])
                       for index, content in enumerate(contents[number])]
    return out


def _read(pdf: Any, contents: dict[int, list[bytes]], pikepdf: Any
          ) -> tuple[dict[object, Any], dict[int, list[Shown]], set[object]]:
    """The fonts of `pdf`'s pages with a ToUnicode map (by object), the strings each page draws with its fonts, and
    the fonts that must keep their encoding (not Typst's two bytes; drawn elsewhere or where this cannot read; a code
    past 255; a font written inside a page's resources)."""
    elsewhere = _fonts_elsewhere(pdf, pikepdf)
    fonts: dict[object, Any] = {}
    pages: dict[int, list[Shown]] = {}
    ruled_out: set[object] = set()
    for number, page in enumerate(pdf.pages):
        resources = page.obj.get("/Resources")
        named = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
        by_name: dict[bytes, object] = {}
        for name, font in (named.items() if isinstance(named, pikepdf.Dictionary) else []):
            own = not isinstance(font, pikepdf.Dictionary) or font.objgen == (0, 0)
            key = ("page", number, str(name)) if own else font.objgen
            try:
                by_name[str(name).encode("latin-1")] = key
            except UnicodeEncodeError:  # (a name the contents cannot be matched to here: its font kept as it is)
                ruled_out.add(key)
            if not own and isinstance(font.get("/ToUnicode"), pikepdf.Stream):
                fonts[key] = font  # (each with its map: one shared by two is not written over)
            if own or key in elsewhere or not _two_bytes(font, pikepdf):
                ruled_out.add(key)
        read = shown(contents[number], by_name)
        if read is None:
            ruled_out.update(by_name.values())
            continue
        strings, odd = read
        ruled_out |= odd | {font for *_, data, font in strings if not halves(data)}
        pages[number] = strings
    return fonts, pages, ruled_out


def _halved(content: bytes, strings: list[Shown]) -> bytes:
    """`content` with each of `strings` (read from it, in order) written with the second byte of each code."""
    pieces, at = [], 0
    for _, start, end, data, _font in strings:
        pieces += [content[at:start], written(data[1::2])]
        at = end
    return b"".join(pieces) + content[at:]


def _two_bytes(font: Any, pikepdf: Any) -> bool:
    """Whether `font` is a Type 0 font encoded `/Identity-H` with a ToUnicode map and one CID-keyed font under it."""
    descendants = font.get("/DescendantFonts") if isinstance(font, pikepdf.Dictionary) else None
    return (font.get("/Subtype") == "/Type0" and font.get("/Encoding") == "/Identity-H"
            and isinstance(font.get("/ToUnicode"), pikepdf.Stream) and isinstance(descendants, pikepdf.Array)
            and len(descendants) == 1 and isinstance(descendants[0], pikepdf.Dictionary)
            and descendants[0].get("/Subtype") in ("/CIDFontType0", "/CIDFontType2"))


def _fonts_elsewhere(pdf: Any, pikepdf: Any) -> set[object]:
    """The fonts any resources but a page's name (a form's, a pattern's, a Type 3 font's, an annotation's appearance,
    the page tree's, the interactive form's): drawn by contents this does not rewrite."""
    found: set[object] = set()
    pages = {page.obj.objgen for page in pdf.pages}
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)) or obj.objgen in pages:
            continue
        form = obj.get("/AcroForm")
        for resources in (obj.get("/Resources"), obj.get("/DR"),
                          form.get("/DR") if isinstance(form, pikepdf.Dictionary) else None):
            named = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
            if isinstance(named, pikepdf.Dictionary):
                found.update(font.objgen for font in named.values() if isinstance(font, pikepdf.Dictionary))
    return found
