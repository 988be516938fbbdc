"""A printed PDF written with every object that may be in an object stream in one, not qpdf's one per 100 objects.

qpdf (through pikepdf) packs the objects that are no stream (the structure tree, the outline, links, pages, fonts'
dictionaries) into object streams of at most 100 objects each, every one deflated alone: five for a ten-page
policy, 12.2 KB, where the same objects deflate to 10.5 KB in one (bench/README.md, session 31). qpdf's writer has
no setting for that number, but keeps the object streams a file has when asked to (`preserve`): so the objects are
written here once as a plain draft, those in one stream, and qpdf reads the draft and writes it as it writes any
PDF (its cross-reference stream, its deterministic identifier, every stream as it was): the same objects, the same
page contents, tags, fonts and metadata, in fewer bytes.
"""
from __future__ import annotations

import io
import struct
from typing import Any, Literal

LEVEL: Literal[9] = 9  # zlib's, for what qpdf deflates (the object stream, the cross-reference stream): 0.1 KB a PDF
_ROW = struct.Struct(">BIH")  # a cross-reference stream's row: type, offset or stream, generation or index


def packed(pdf: Any) -> bytes:
    """`pdf` (an open pikepdf.Pdf) written with its objects but streams in one deflated object stream."""
    import pikepdf

    out = io.BytesIO()
    if any(obj.objgen[1] != 0 for obj in pdf.objects if obj is not None):  # (never Typst's): packed qpdf's way
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True,
                 deterministic_id=True)
        return out.getvalue()
    with pikepdf.open(io.BytesIO(_draft(pdf))) as again:
        pikepdf.settings.set_flate_compression_level(LEVEL)
        try:
            again.save(out, object_stream_mode=pikepdf.ObjectStreamMode.preserve, compress_streams=True,
                       deterministic_id=True)
        finally:
            pikepdf.settings.set_flate_compression_level(-1)  # zlib's default again, for what else the process saves
    return out.getvalue()


def _draft(pdf: Any) -> bytes:
    """The objects of `pdf` as a PDF file: each stream as it is, every other object in one object stream (not
    deflated: qpdf deflates it as it writes it again)."""
    import pikepdf

    objects = [obj for obj in pdf.objects if obj is not None]
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
        raw = stream.read_raw_bytes()
        head = pikepdf.Dictionary({**dict(stream.stream_dict.items()), "/Length": len(raw)})
        out.write(b"%d 0 obj\n" % stream.objgen[0] + head.unparse() + b"\nstream\n" + raw + b"\nendstream\nendobj\n")
    where[holder] = out.tell()
    out.write(b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d >>\nstream\n"
              % (holder, len(others), len(first), len(first) + at))
    out.write(first + b"".join(bodies) + b"\nendstream\nendobj\n")
    where[xref] = out.tell()
    inside = {obj.objgen[0]: n for n, obj in enumerate(others)}
    rows = b"".join(_ROW.pack(1, where[n], 0) if n in where else _ROW.pack(2, holder, inside[n]) if n in inside
                    else _ROW.pack(0, 0, 65535 if n == 0 else 0) for n in range(xref + 1))
    trailer = b"".join(b"%s %s " % (name.encode("ascii"), pdf.trailer[name].unparse())
                       for name in ("/Root", "/Info") if name in pdf.trailer)
    out.write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Length %d %s>>\nstream\n"
              % (xref, xref + 1, len(rows), trailer) + rows + b"\nendstream\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % where[xref])
    return out.getvalue()
