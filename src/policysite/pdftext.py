"""The text layer of a printed PDF: what a reader who copies, searches or listens to it gets, read as PDF readers read
it. A glyph stands for the text its font's character map (ToUnicode) gives it; inside a marked span with an
`/ActualText` (how the print engine writes a cluster, a letter with its marks, whose glyphs map to no text of their
own) the span's text replaces its glyphs'. Content order, but a right-to-left run read from its right, as a reader
copies it (the checks compare the characters as a bag; a reader, a search, a screen reader read them in order)."""
from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
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


def text(data: bytes) -> str:
    """The text layer of the PDF `data`, page after page, in the order its content draws it; a right-to-left run, whose
    glyphs the print engine draws left to right inside `/ReversedChars` marked content (Hebrew, Arabic, Persian), read
    as its words are written, as PDF readers read it (a Hebrew paragraph read backwards: "..ותוא", its heading's period
    and its own last one side by side, company8)."""
    import pikepdf

    out: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as printed:
        for page in printed.pages:
            out += _page_text(page, pikepdf)
    return "".join(out)


def _page_text(page: Any, pikepdf: Any) -> list[str]:
    """The text pieces one page of a PDF shows, in reading order (see text)."""
    out: list[str] = []
    fonts = {str(name): (to_unicode(font), 2 if font.get("/Subtype") == "/Type0" else 1)
             for name, font in page.Resources.get("/Font", {}).items()}
    properties: Any = page.Resources.get("/Properties", pikepdf.Dictionary())
    spans: list[tuple[bool, bool]] = []  # per open marked content: whether it has an ActualText, whether it is reversed
    run: list[Drawn] = []  # the glyphs' (or clusters') texts of one span (runs of one direction each), as drawn
    cluster: list[Drawn] = []  # the ActualText being read, marked reversed where a ReversedChars span opens within

    def flush() -> None:
        out.extend(in_reading_order(run))
        run.clear()

    codes: tuple[dict[int, str], int] = ({}, 1)
    for instruction in pikepdf.parse_content_stream(page, _OPERATORS):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        operands, name = instruction.operands, str(instruction.operator)
        reversed_now = any(reversed_ for _, reversed_ in spans)
        if name in ("BDC", "BMC"):
            reversed_, actual = str(operands[0]) == _REVERSED, None
            if name == "BDC":
                props = operands[1]
                if isinstance(props, pikepdf.Name):
                    props = properties.get(str(props))
                actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
            if reversed_ and cluster:
                cluster[-1] = cluster[-1]._replace(reversed=True)
            elif actual is None and not reversed_:
                flush()  # a span of its own (a line, a run of one direction): what came before it is read apart
            if actual is not None and not any(has for has, _ in spans):
                cluster.append(Drawn(str(actual), reversed_now))
            spans.append((actual is not None, reversed_))
        elif name == "EMC" and spans:
            spans.pop()
            if cluster and not any(has for has, _ in spans):
                run.append(cluster.pop())
        elif name == "Tf":
            codes = fonts.get(str(operands[0]), ({}, 1))
        elif name in ("Tj", "TJ", "'", '"') and not any(has for has, _ in spans):
            drawn = operands[-1]
            run.extend(Drawn(piece, reversed_now) for item in (drawn if isinstance(drawn, pikepdf.Array) else [drawn])
                       if isinstance(item, pikepdf.String) for piece in _decoded(bytes(item), *codes))
    flush()
    return out


_REVERSED = "/ReversedChars"  # PDF 32000-1, 14.8.2.3.3: a span whose glyphs are drawn in reverse order


class Drawn(NamedTuple):
    """The text of one glyph (or cluster) as a page draws it, and whether it is inside a `/ReversedChars` span."""
    text: str
    reversed: bool = False


def in_reading_order(drawn: Sequence[Drawn]) -> list[str]:
    """The texts of the glyphs (or clusters) `drawn`, in the order they are read: the print engine draws a span's runs
    in the order they are read, but a right-to-left run's glyphs from left to right, marked `/ReversedChars` (Hebrew,
    Arabic, Persian) or not (vocalised Arabic's clusters are not): each such run is read from its right. A run is the
    marked glyphs, or right-to-left letters with the spaces and punctuation between them and the span's edges."""
    kinds = ["R" if piece.reversed else _direction(piece.text) for piece in drawn]
    if "R" not in kinds:  # (no right-to-left letter: as drawn, its spaces and symbols too, `[+□]`)
        return [piece.text for piece in drawn]
    strong = [n for n, kind in enumerate(kinds) if kind]
    for n, kind in enumerate(kinds):  # a space or a mark takes the right-to-left run's direction where it is inside one
        if not kind:
            before = next((kinds[k] for k in reversed(strong) if k < n), "R")
            after = next((kinds[k] for k in strong if k > n), "R")
            kinds[n] = "R" if before == after == "R" else "L"
    read: list[str] = []
    n = 0
    while n < len(drawn):
        end = n + 1
        while end < len(drawn) and kinds[end] == kinds[n]:
            end += 1
        texts = [piece.text for piece in drawn[n:end]]
        read += reversed(texts) if kinds[n] == "R" else texts
        n = end
    return read


def _direction(piece: str) -> str:
    """R for a glyph's text holding a right-to-left letter, L for one holding a left-to-right letter or a digit, else
    "" (a space, a punctuation mark: it takes the direction around it)."""
    kinds = {unicodedata.bidirectional(char) for char in piece}
    return "R" if kinds & {"R", "AL"} else "L" if kinds & {"L", "EN", "AN"} else ""


def _decoded(raw: bytes, mapping: dict[int, str], width: int) -> list[str]:
    """The text of each glyph `raw` draws (a ligature's or a cluster's glyph stands for several characters)."""
    return [mapping.get(int.from_bytes(raw[n:n + width], "big"), "\ufffd")
            for n in range(0, len(raw) - width + 1, width)]


def _groups(items: list[bytes], size: int) -> list[tuple[bytes, ...]]:
    return [tuple(items[n:n + size]) for n in range(0, len(items) - size + 1, size)]


def _utf16(hexes: bytes) -> str:
    return bytes.fromhex(hexes.decode("ascii")).decode("utf-16-be", "replace")
