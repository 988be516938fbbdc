"""The text layer of a printed PDF: what a reader who copies, searches or listens to it gets, read as PDF readers read
it. A glyph stands for the text its font's character map (ToUnicode) gives it; inside a marked span with an
`/ActualText` (how the print engine writes a cluster, a letter with its marks, whose glyphs map to no text of their
own) the span's text replaces its glyphs'. Line after line, each in reading order, as a reader copies it (the checks
compare the characters as a bag; a reader, a search, a screen reader read them in order). A page's own content only:
words drawn in a form, a pattern, a Type 3 glyph or an annotation's appearance are not read, and the gate refuses a
PDF drawing any (pdfunread)."""
from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_CODESPACE = re.compile(rb"begincodespacerange\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>", re.S)
_OPERATORS = "BDC BMC EMC Tf Tj TJ ' \""  # the operators that write text or mark a span: the others are skipped


def to_unicode(font: Any) -> dict[int, str]:
    """A PDF font's (pikepdf) glyph codes and the text each stands for, from its ToUnicode map ({} without one)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    found: dict[int, str] = {}
    text = cmap.read_bytes()
    for block in _BFCHAR.findall(text):
        for code, value in _groups(_HEX.findall(block), 2):
            found[int(code or b"0", 16)] = _utf16(value)
    for block in _BFRANGE.findall(text):
        for low, high, start in _groups(_HEX.findall(block), 3):
            first = _utf16(start)
            for n in range(int(high or b"0", 16) - int(low or b"0", 16) + 1):
                found[int(low or b"0", 16) + n] = first[:-1] + chr(ord(first[-1]) + n) if first else ""
    return found


def code_width(font: Any) -> int:
    """How many bytes of a string drawn with `font` (pikepdf) make one glyph's code: 1 for a simple font; for a Type 0
    font, its embedded CMap's code space's (pdfcodes writes `<00> <FF>`), else 2 (`/Identity-H`, as Typst writes)."""
    import pikepdf

    if font.get("/Subtype") != "/Type0":
        return 1
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Stream):
        space = _CODESPACE.search(encoding.read_bytes())
        if space is not None and len(space[1]) == len(space[2]) and len(space[1]) in (2, 4, 6, 8):
            return len(space[1]) // 2
    return 2


def text(data: bytes) -> str:
    """The text layer of the PDF `data`, page after page, line after line in the order its content draws them, each
    line read as PDF readers read it: a right-to-left line (the PDF's language is written right to left: Hebrew,
    Arabic, Persian) from its right, its runs of Latin letters and digits from their left (SHA-256, 2024, Google); a
    right-to-left run in a left-to-right line from its right. The print engine draws a right-to-left run's glyphs
    left to right (marked `/ReversedChars`, or not: vocalised Arabic's clusters), and its runs in an order of its own
    (a struck-through word's letters apart): the reader gave them as drawn, a Hebrew paragraph backwards with its
    heading's period and its own last side by side ("..ותוא", company8)."""
    return "".join(_read(data))


class Line(NamedTuple):
    """One line of a PDF's text layer (glyphs drawn at one height) and where: its page (from 0), its baseline (`y`,
    points up from the page's bottom), the size of its largest text (points) and the largest cap height of its fonts
    (a fraction of that size: what a line's top is, as the print engine lays lines out)."""
    text: str
    page: int
    y: float
    size: float
    cap: float


def lines(data: bytes) -> list[Line]:
    """The text layer of the PDF `data` as `text` reads it, line after line, each with where it is drawn."""
    placed: list[Line] = []
    _read(data, placed=placed)
    return placed


def _read(data: bytes, *, placed: list[Line] | None = None) -> list[str]:
    import pikepdf

    out: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as printed:
        lang = printed.Root.get("/Lang")
        rtl = _right_to_left(str(lang)) if lang is not None else False
        for number, page in enumerate(printed.pages):
            at: list[tuple[str, float, float, float]] = []
            out += _page_text(page, pikepdf, rtl=rtl, placed=at if placed is not None else None)
            if placed is not None:
                placed += [Line(text, number, y, size, cap) for text, y, size, cap in at]
    return out


CAP = 0.7  # a font's cap height where its descriptor gives none (a fraction of its size)


def cap_height(font: Any) -> float:
    """The cap height of a PDF font (pikepdf), a fraction of its size: its descriptor's (a Type 0 font's, its
    descendant's), else CAP."""
    import pikepdf

    descendants = font.get("/DescendantFonts")
    held = descendants[0] if isinstance(descendants, pikepdf.Array) and len(descendants) else font
    descriptor = held.get("/FontDescriptor") if isinstance(held, pikepdf.Dictionary) else None
    cap = descriptor.get("/CapHeight") if isinstance(descriptor, pikepdf.Dictionary) else None
    try:
        return float(cap) / 1000 if cap is not None and 0 < float(cap) < 2000 else CAP
    except (TypeError, ValueError):
        return CAP


def _right_to_left(lang: str) -> bool:
    """Whether `lang` (a BCP 47 code) is written right to left (CLDR's character order)."""
    from babel import Locale

    try:
        return Locale.parse(lang.replace("_", "-"), sep="-").character_order == "right-to-left"
    except (ValueError, TypeError, LookupError):
        return False


class Drawn(NamedTuple):
    """The text of one glyph (or cluster) as a page draws it, and whether it is inside a `/ReversedChars` span."""
    text: str
    reversed: bool = False


class _Piece(NamedTuple):
    """The glyphs one text-showing operator (or an ActualText span) draws left to right from `x`, on a line at `y`, at
    a size of `size` points in a font of cap height `cap` (a fraction of it)."""
    x: float
    y: float
    drawn: list[Drawn]
    size: float = 0.0
    cap: float = CAP


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """The matrix product m × n (PDF's row-vector convention: m applied first)."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def _page_text(page: Any, pikepdf: Any, *, rtl: bool,
               placed: list[tuple[str, float, float, float]] | None = None) -> list[str]:
    """The text one page of a PDF shows, line after line, each in reading order (see text; `rtl`: the PDF's language
    is written right to left; `placed`: given each line's text, baseline, size and cap height, Line's)."""
    out: list[str] = []
    fonts = {str(name): (to_unicode(font), code_width(font))
             for name, font in page.Resources.get("/Font", {}).items()}
    caps = {str(name): cap_height(font) for name, font in page.Resources.get("/Font", {}).items()} \
        if placed is not None else {}
    cap = CAP
    properties: Any = page.Resources.get("/Properties", pikepdf.Dictionary())
    spans: list[tuple[bool, bool]] = []  # per open marked content: whether it has an ActualText, whether it is reversed
    line: list[_Piece] = []
    cluster: list[Drawn] = []  # an ActualText read, not placed yet (at its first glyphs)
    ctm, states, tm, size = _IDENTITY, [], _IDENTITY, 0.0
    codes: tuple[dict[int, str], int] = ({}, 1)

    def place(drawn: list[Drawn]) -> None:
        x, y = tm[4] * ctm[0] + tm[5] * ctm[2] + ctm[4], tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5]
        if line and abs(y - line[0].y) > max(1.0, 0.35 * size * abs(ctm[3] or 1.0)):
            ended()
        line.append(_Piece(x, y, drawn, abs(size * (tm[3] or 1.0) * (ctm[3] or 1.0)), cap))

    def ended() -> None:
        read = _line_read(line, rtl=rtl)
        out.extend(read)
        if placed is not None:
            placed.append(("".join(read), line[0].y, max(piece.size for piece in line),
                           max(piece.cap for piece in line)))
        line.clear()

    for instruction in pikepdf.parse_content_stream(page, _OPERATORS):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        operands, name = instruction.operands, str(instruction.operator)
        reversed_now = any(reversed_ for _, reversed_ in spans)
        if name == "q":
            states.append(ctm)
        elif name == "Q" and states:
            ctm = states.pop()
        elif name == "cm":
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif name == "BT":
            tm = _IDENTITY
        elif name == "Tm":
            tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif name in ("Td", "TD"):
            tm = _times((1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])), tm)
        elif name in ("BDC", "BMC"):
            reversed_, actual = str(operands[0]) == _REVERSED, None
            if name == "BDC":
                props = operands[1]
                if isinstance(props, pikepdf.Name):
                    props = properties.get(str(props))
                actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
            if reversed_ and cluster:
                cluster[-1] = cluster[-1]._replace(reversed=True)
            if actual is not None and not any(has for has, _ in spans):
                cluster.append(Drawn(str(actual), reversed_now))
            spans.append((actual is not None, reversed_))
        elif name == "EMC" and spans:
            spans.pop()
            if cluster and not any(has for has, _ in spans):  # an ActualText that drew nothing: where the last was
                place([cluster.pop()])
        elif name == "Tf":
            codes, size = fonts.get(str(operands[0]), ({}, 1)), float(operands[1])
            cap = caps.get(str(operands[0]), CAP)
        elif name in ("Tj", "TJ", "'", '"'):
            if any(has for has, _ in spans):
                if cluster:  # a cluster's text, where its first glyphs are drawn
                    place([cluster.pop()])
                continue
            drawn = operands[-1]
            place([Drawn(piece, reversed_now) for item in (drawn if isinstance(drawn, pikepdf.Array) else [drawn])
                   if isinstance(item, pikepdf.String) for piece in _decoded(bytes(item), *codes)])
    if line:
        ended()
    return out


_OPERATORS += " q Q cm BT Tm Td TD"  # and those that say where a line's glyphs are drawn
_REVERSED = "/ReversedChars"  # PDF 32000-1, 14.8.2.3.3: a span whose glyphs are drawn in reverse order


def _line_read(line: Sequence[_Piece], *, rtl: bool) -> list[str]:
    """The texts of one line's glyphs in reading order. A line without a right-to-left letter: as drawn. Else from its
    pieces as placed, left to right, each a run of one direction the engine drew left to right: a right-to-left line
    (`rtl`) read from its right, its runs of left-to-right pieces (letters, and digits after them: SHA-256, Google
    Analytics) each from their left; a left-to-right line from its left, its runs of right-to-left pieces each from
    their right. A right-to-left piece's glyphs are read from its right."""
    kinds = [_kind(one.drawn) for one in line]
    if "R" not in kinds:
        return [piece.text for one in line for piece in one.drawn]
    order = sorted(range(len(line)), key=lambda n: line[n].x)
    placed = [([piece.text for piece in line[n].drawn], kinds[n]) for n in order]
    # (spaces and punctuation alone take the line's direction: the turned runs below turn them back)
    pieces = [(texts[::-1] if kind == "R" or rtl and not kind else texts, kind) for texts, kind in placed]
    if rtl:
        pieces.reverse()
        pieces = _numbers_turned(_runs_turned(pieces, turned="L"))
    else:
        pieces = _runs_turned(pieces, turned="R")
    return [text for texts, _ in pieces for text in texts]


def _runs_turned(pieces: list[tuple[list[str], str]], *, turned: str) -> list[tuple[list[str], str]]:
    """`pieces` with each run of `turned` ones in reverse order: from the first to the last of that direction before
    one of the other (the spaces and punctuation between them included, each turned too; for left-to-right runs, the
    numbers beside them too: W7 of the bidirectional algorithm, a number after Latin letters is read with them)."""
    read = list(pieces)
    other = "L" if turned == "R" else "R"
    n = 0
    while n < len(read):
        end = n
        while end < len(read) and read[end][1] != other:
            end += 1
        window = range(n, end)  # no piece of the other direction: a run, if it holds one of this one
        ends = [k for k in window if read[k][1] == turned]
        if ends:
            start = next(k for k in window if read[k][1] in (turned, "EN" if turned == "L" else turned))
            read[start:ends[-1] + 1] = [(texts[::-1] if not kind else texts, turned if kind == "EN" else kind)
                                        for texts, kind in reversed(read[start:ends[-1] + 1])]  # (read with it)
        n = end + 1
    return read


def _numbers_turned(pieces: list[tuple[list[str], str]]) -> list[tuple[list[str], str]]:
    """`pieces` with each number drawn in several (its digits, one separator between them: 1,234, 12:30) read from
    its left: a number is left to right in a right-to-left line (W4 of the bidirectional algorithm)."""
    read = list(pieces)
    n = 0
    while n < len(read):
        end = n
        while read[end][1] == "EN" and end + 2 < len(read) + 1 and (
                end + 1 < len(read) and read[end + 1][1] == "EN"
                or end + 2 < len(read) and _separator(read[end + 1]) and read[end + 2][1] == "EN"):
            end += 1 if read[end + 1][1] == "EN" else 2
        if end > n:
            read[n:end + 1] = reversed(read[n:end + 1])
        n = end + 1
    return read


def _separator(piece: tuple[list[str], str]) -> bool:
    return not piece[1] and "".join(piece[0]) in (",", ".", ":", "/", "-", "\u066b", "\u066c", "\u00a0", "\u202f")


def _kind(drawn: Sequence[Drawn]) -> str:
    """A piece's direction: R where it holds a right-to-left letter (or is drawn inside a `/ReversedChars` span), L a
    left-to-right letter, EN digits only (with their separators), "" spaces and punctuation only."""
    kinds = {_direction(piece.text) for piece in drawn}
    if "R" in kinds or any(piece.reversed for piece in drawn):
        return "R"
    if "L" in kinds:
        return "L"
    return "EN" if "EN" in kinds else ""


def in_reading_order(drawn: Sequence[Drawn], *, rtl: bool = False) -> list[str]:
    """The texts of glyphs (or clusters) `drawn` on one line, left to right, each its own piece, in reading order (see
    _line_read)."""
    return _line_read([_Piece(float(n), 0.0, [piece]) for n, piece in enumerate(drawn)], rtl=rtl)


def _direction(piece: str) -> str:
    """R for a glyph's text holding a right-to-left letter, L for one holding a left-to-right letter, EN for one
    holding a digit, else "" (a space, a punctuation mark: it takes the direction around it)."""
    kinds = {unicodedata.bidirectional(char) for char in piece}
    return "R" if kinds & {"R", "AL"} else "L" if "L" in kinds else "EN" if kinds & {"EN", "AN"} else ""


def _decoded(raw: bytes, mapping: dict[int, str], width: int) -> list[str]:
    """The text of each glyph `raw` draws (a ligature's or a cluster's glyph stands for several characters)."""
    return [mapping.get(int.from_bytes(raw[n:n + width], "big"), "\ufffd")
            for n in range(0, len(raw) - width + 1, width)]


def _groups(items: list[bytes], size: int) -> list[tuple[bytes, ...]]:
    return [tuple(items[n:n + size]) for n in range(0, len(items) - size + 1, size)]


def _utf16(hexes: bytes) -> str:
    return bytes.fromhex(hexes.decode("ascii")).decode("utf-16-be", "replace")


MarkedId = tuple[tuple[int, int], int]  # (a page's object id, a marked-content id on it)


class Marked(NamedTuple):
    """What a PDF's pages say in their marked spans: each `/ActualText` (the outermost: a reader reads that one) with
    the text each of its glyphs stands for; and the text of each span of a marked-content id, by (the page's object
    id, the id), its `/ActualText`s read for their glyphs, as a reader reads the structure element naming it."""
    actual: list[tuple[str, tuple[str, ...]]]
    by_id: dict[MarkedId, str]


def _may_say(page: Any, pikepdf: Any) -> bool:
    """Whether the content of `page` may hold an `/ActualText`: the name written out, or with `#xx` escapes
    (`/Actual#54ext`), or a content stream that cannot be read."""
    contents = page.obj.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    try:
        raw = b"".join(stream.read_bytes() for stream in streams if isinstance(stream, pikepdf.Stream))
    except pikepdf.PdfError:
        return True
    return _ACTUAL_TEXT.search(raw) is not None


# The name `/ActualText` as a content stream may write it: any of its letters written as a `#xx` escape
_ACTUAL_TEXT = re.compile(b"".join(b"(?:%s|#%s)" % (bytes([char]), b"".join(
    b"[%s%s]" % (bytes([digit]), bytes([digit]).upper()) if chr(digit).isalpha() else bytes([digit])
    for digit in f"{char:02x}".encode())) for char in b"ActualText"))


def _font_map(font: Any, maps: dict[tuple[int, int], dict[int, str]]) -> dict[int, str]:
    """`to_unicode(font)`, read once a document for a font written as an object of its own."""
    if font.objgen == (0, 0):  # (written inside a page's resources: its own)
        return to_unicode(font)
    if font.objgen not in maps:
        maps[font.objgen] = to_unicode(font)
    return maps[font.objgen]


def marked(data: bytes, wanted: frozenset[MarkedId] = frozenset()) -> Marked:
    """The marked spans of the PDF `data` (Marked): one reading of each page's text-showing and marking operators, the
    text of the ids `wanted` only (a glyph's text looked up costs most of it: a policy's headings, not its every
    word)."""
    import pikepdf

    found = Marked([], {})
    maps: dict[tuple[int, int], dict[int, str]] = {}  # (each font's map read once: the pages share their fonts)
    with pikepdf.open(io.BytesIO(data)) as printed:
        for page in printed.pages:
            properties: Any = page.Resources.get("/Properties", pikepdf.Dictionary())
            where = page.obj.objgen
            ids = {ident for place, ident in wanted if place == where}
            if not ids and not properties.keys() and not _may_say(page, pikepdf):
                continue  # (no words wanted of the page, and no `/ActualText` it could hold: not read)
            fonts = {str(name): (_font_map(font, maps), code_width(font))
                     for name, font in page.Resources.get("/Font", {}).items()}
            # per open marked content: its ActualText (if it has one and none outside it does), its id (if any)
            spans: list[tuple[str | None, int | None]] = []
            glyphs: list[str] = []  # the glyphs' text drawn in the open ActualText span
            said: dict[int, list[str]] = {}  # each open id's text
            codes: tuple[dict[int, str], int] = ({}, 1)
            for instruction in pikepdf.parse_content_stream(page, "BDC BMC EMC Tf Tj TJ ' \""):
                if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                    continue
                operands, name = instruction.operands, str(instruction.operator)
                if name in ("BDC", "BMC"):
                    props = operands[1] if name == "BDC" else None
                    if isinstance(props, pikepdf.Name):
                        props = properties.get(str(props))
                    actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
                    ident = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                    outer = any(span is not None for span, _ in spans)
                    spans.append((str(actual) if actual is not None and not outer else None,
                                  int(ident) if isinstance(ident, int) and int(ident) in ids else None))
                    if spans[-1][1] is not None:
                        said.setdefault(spans[-1][1], [])
                elif name == "EMC" and spans:
                    closed, span_id = spans.pop()
                    if closed is not None:
                        found.actual.append((closed, tuple(glyphs)))
                        glyphs.clear()
                        for _, open_id in spans:
                            if open_id is not None:
                                said[open_id].append(closed)
                    if span_id is not None:
                        key = (where, span_id)
                        found.by_id[key] = found.by_id.get(key, "") + "".join(said.pop(span_id, []))
                elif name == "Tf":
                    codes = fonts.get(str(operands[0]), ({}, 1))
                elif spans and any(span is not None or open_id is not None for span, open_id in spans):
                    drawn = operands[-1]
                    pieces = [piece for item in (drawn if isinstance(drawn, pikepdf.Array) else [drawn])
                              if isinstance(item, pikepdf.String) for piece in _decoded(bytes(item), *codes)]
                    if any(span is not None for span, _ in spans):
                        glyphs += pieces
                    else:
                        for _, open_id in spans:
                            if open_id is not None:
                                said[open_id] += pieces
    return found
