"""The text layer of a printed PDF: what a reader who copies, searches or listens to it gets, read as PDF readers read
it. A glyph stands for the text its font's character map (ToUnicode) gives it; inside a marked span with an
`/ActualText` (how the print engine writes a cluster, a letter with its marks, whose glyphs map to no text of their
own) the span's text replaces its glyphs'. Content order: the characters are compared as a bag, not read as lines."""
from __future__ import annotations

import io
import re
from typing import Any

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
    """The text layer of the PDF `data`, page after page, in the order its content draws it."""
    import pikepdf

    out: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as printed:
        for page in printed.pages:
            fonts = {str(name): (to_unicode(font), 2 if font.get("/Subtype") == "/Type0" else 1)
                     for name, font in page.Resources.get("/Font", {}).items()}
            properties: Any = page.Resources.get("/Properties", pikepdf.Dictionary())
            spans: list[bool] = []  # per open marked content: whether it has an ActualText
            codes: tuple[dict[int, str], int] = ({}, 1)
            for instruction in pikepdf.parse_content_stream(page, _OPERATORS):
                if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                    continue
                operands, name = instruction.operands, str(instruction.operator)
                if name == "BDC":
                    props = operands[1]
                    if isinstance(props, pikepdf.Name):
                        props = properties.get(str(props))
                    actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
                    if actual is not None and not any(spans):
                        out.append(str(actual))
                    spans.append(actual is not None)
                elif name == "BMC":
                    spans.append(False)
                elif name == "EMC" and spans:
                    spans.pop()
                elif name == "Tf":
                    codes = fonts.get(str(operands[0]), ({}, 1))
                elif name in ("Tj", "TJ", "'", '"') and not any(spans):
                    shown = operands[-1]
                    for item in (shown if isinstance(shown, pikepdf.Array) else [shown]):
                        if isinstance(item, pikepdf.String):
                            out.append(_decoded(bytes(item), *codes))
    return "".join(out)


def _decoded(raw: bytes, mapping: dict[int, str], width: int) -> str:
    return "".join(mapping.get(int.from_bytes(raw[n:n + width], "big"), "\ufffd")
                   for n in range(0, len(raw) - width + 1, width))


def _groups(items: list[bytes], size: int) -> list[tuple[bytes, ...]]:
    return [tuple(items[n:n + size]) for n in range(0, len(items) - size + 1, size)]


def _utf16(hexes: bytes) -> str:
    return bytes.fromhex(hexes.decode("ascii")).decode("utf-16-be", "replace")
