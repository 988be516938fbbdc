"""A printed PDF's page contents with their strings' bytes written as they are, not as escapes.

Typst writes each glyph of a text as two bytes in a literal string, every byte that is not printable ASCII as an
escape: `\\000\\003\\000\\007` for two glyphs, eight characters where two bytes say the same. A page's content is
mostly such strings (fr: 340 KB inflated, 35 KB deflated, for 145 KB of the same instructions written with raw
bytes, 30 KB deflated). PDF's literal strings may hold any byte but `(`, `)`, `\\` (escaped, as they are kept) and a
carriage return (read as a line feed: kept as `\\r`), so the same instructions, the same glyphs at the same places,
the same marked content and tags, are written shorter. No parse of the content: a stream's text is decoded where it
is made only of the escapes Typst writes (else it is left as it is), a few milliseconds a PDF where qpdf's parse
and unparse of the contents cost 60 (bench/README.md, session 27).
"""
from __future__ import annotations

import codecs
import re
import warnings
from typing import Any

# libdeflate's level for the rewritten streams: 0.25 KB less a PDF than zlib's 9, in 2 ms less; its 10 saves 1 KB more
# but costs 10 ms more a print (bench/README.md, session 38, bytes2)
LEVEL = 9
# Anything but the escapes Typst writes (a byte in octal, \n \r \t \b \f \( \) \\): such a stream is left as
# written (PDF reads `\a` as `a`, Python as a bell; an octal above 377 wraps in PDF; `\050` would come out a bare
# parenthesis).
_OTHER = re.compile(rb"\\(?:[^0-7nrtbf()]|[4-7][0-7]{2}|015|050|051|134)|\\\Z")


def unescaped(content: bytes) -> bytes:
    """`content` (a content stream's instructions) with its strings' escaped bytes written raw, but `(`, `)`, `\\`
    and a carriage return; as it is when it holds an escape Typst does not write."""
    parts = content.split(b"\\\\")  # an escaped backslash: every backslash left starts an escape
    if any(_OTHER.search(part) for part in parts):
        return content
    out = []
    with warnings.catch_warnings():
        # `\(` and `\)` are no escapes of Python's: kept as written, as they must be (it warns of them)
        warnings.simplefilter("ignore", DeprecationWarning)
        for part in parts:
            out.append(codecs.escape_decode(part.replace(b"\\r", b"\\\\r") if b"\\r" in part else part)[0])
    return b"\\\\".join(out)


def rewrite(pdf: Any, *, one_byte: bool = False) -> None:
    """Each page's content streams of `pdf` (an open pikepdf.Pdf) written with raw string bytes, deflated; with
    `one_byte`, each font that can be drawn with one byte a glyph so drawn (pdfcodes)."""
    import pikepdf

    from policysite import pdfcodes, pdfpack

    streams: dict[int, list[Any]] = {}
    for number, page in enumerate(pdf.pages):
        contents = page.obj.get("/Contents")
        streams[number] = [stream for stream in (contents if isinstance(contents, pikepdf.Array) else [contents])
                           if isinstance(stream, pikepdf.Stream)]
    data = {number: [stream.read_bytes() for stream in items] for number, items in streams.items()}
    shorter = {number: [unescaped(content) for content in items] for number, items in data.items()}
    if one_byte:
        shorter = pdfcodes.rewrite(pdf, shorter)
    for number, items in streams.items():
        for stream, before, after in zip(items, data[number], shorter[number]):
            if after != before:
                stream.write(pdfpack.deflated(after, LEVEL), filter=pikepdf.Name.FlateDecode)
