"""A printed PDF written with every object that may be in an object stream in one, not qpdf's one per 100, and every
stream this writes deflated by libdeflate, not zlib.

qpdf (through pikepdf) packs the objects that are no stream (the structure tree, the outline, links, pages, fonts'
dictionaries) into object streams of at most 100 objects each, every one deflated alone: five for a ten-page
policy, 12.2 KB, where the same objects deflate to 10.5 KB in one (bench/README.md, session 31). qpdf's writer has
no setting for that number, so the file is written here, byte by byte: each stream as it is (but the page contents
pdfstrings rewrote), every other object in one object stream, a cross-reference stream (PNG-predicted, as qpdf
writes one) and an identifier digested from the rest, with no parse of the file again. libdeflate finds some 13 %
fewer bytes than zlib's best in the object stream (level 10) and 1 % in the page contents (level 9, faster than
zlib's), the same data inflated (bench/README.md, session 38, bytes2).
"""
from __future__ import annotations

import hashlib
import io
from typing import Any

# libdeflate's level for the object stream: its search past 9 finds 0.8 KB less a PDF there for 3 ms (12: 0.1 KB
# less for 9 ms more); pdfstrings.LEVEL for the page contents
LEVEL = 10


def deflated(data: bytes, level: int = LEVEL) -> bytes:
    """`data` as a zlib stream (what a FlateDecode filter reads), at libdeflate's `level`."""
    import deflate

    return bytes(deflate.zlib_compress(data, level))


def packed(pdf: Any) -> bytes:
    """`pdf` (an open pikepdf.Pdf) written with its objects but streams in one deflated object stream."""
    import pikepdf

    if any(obj.objgen[1] != 0 for obj in pdf.objects if obj is not None):  # (never Typst's): packed qpdf's way
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True,
                 deterministic_id=True)
        return out.getvalue()
    return _written(pdf)


def _written(pdf: Any) -> bytes:
    """The objects of `pdf` as a PDF file: each stream as it is, every other object in one deflated object stream."""
    import pikepdf

    # (a file's own object and cross-reference streams are how it was written, not objects: written anew here)
    objects = [obj for obj in pdf.objects if obj is not None and not (
        isinstance(obj, pikepdf.Stream) and obj.stream_dict.get("/Type") in ("/ObjStm", "/XRef"))]
    streams = [obj for obj in objects if isinstance(obj, pikepdf.Stream)]
    others = [obj for obj in objects if not isinstance(obj, pikepdf.Stream)]
    bodies = [obj.unparse(resolved=True) + b"\n" for obj in others]
    offsets: list[str] = []
    at = 0
    for obj, body in zip(others, bodies):
        offsets.append(f"{obj.objgen[0]} {at}")
        at += len(body)
    first = (" ".join(offsets) + "\n").encode("ascii")
    size = max((obj.objgen[0] for obj in objects), default=0) + 1
    holder, xref = size, size + 1
    out = io.BytesIO()
    out.write(b"%PDF-" + str(pdf.pdf_version).encode("ascii") + b"\n%\xe2\xe3\xcf\xd3\n")
    where: dict[int, int] = {}
    for stream in streams:
        where[stream.objgen[0]] = out.tell()
        raw, kept = stream.read_raw_bytes(), dict(stream.stream_dict.items())
        if "/Filter" not in kept and kept.get("/Type") != "/Metadata":  # (as qpdf did: XMP stays readable as text)
            raw, kept["/Filter"] = deflated(raw), pikepdf.Name.FlateDecode
        head = pikepdf.Dictionary({**kept, "/Length": len(raw)})
        out.write(b"%d 0 obj\n" % stream.objgen[0] + head.unparse() + b"\nstream\n" + raw + b"\nendstream\nendobj\n")
    where[holder] = out.tell()
    held = deflated(first + b"".join(bodies))
    out.write(b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
              % (holder, len(others), len(first), len(held)) + held + b"\nendstream\nendobj\n")
    where[xref] = out.tell()
    inside = {obj.objgen[0]: n for n, obj in enumerate(others)}
    fields = [(1, where[n], 0) if n in where else (2, holder, inside[n]) if n in inside
              else (0, 0, 65535 if n == 0 else 0) for n in range(xref + 1)]
    widths = [1, *(max(1, (max(row[k] for row in fields).bit_length() + 7) // 8) for k in (1, 2))]
    rows = [b"".join(value.to_bytes(width, "big") for value, width in zip(row, widths)) for row in fields]
    # PNG's "up" predictor, as qpdf writes the table: each row less the one above, which deflates to almost nothing
    above = bytes(sum(widths))
    predicted = b""
    for row in rows:
        predicted += b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, above))
        above = row
    table = deflated(predicted)
    trailer = b"".join(b"%s %s " % (name.encode("ascii"), pdf.trailer[name].unparse())
                       for name in ("/Root", "/Info") if name in pdf.trailer)
    digest = hashlib.md5(out.getvalue() + trailer, usedforsecurity=False).hexdigest().encode("ascii")  # noqa: S324
    out.write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [%d %d %d] /Filter /FlateDecode /DecodeParms << /Columns %d "
              b"/Predictor 12 >> /Length %d " % (xref, xref + 1, *widths, sum(widths), len(table))
              + trailer + b"/ID [<%s><%s>] >>\nstream\n" % (digest, digest) + table + b"\nendstream\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % where[xref])
    return out.getvalue()
