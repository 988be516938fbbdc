"""A text file saved in UTF-16 without its byte order mark (some Windows tools' "Unicode"), told by its zero bytes."""
from __future__ import annotations


def codec_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` where `data`, without a byte order mark, is UTF-16 text: the zero bytes of its start
    (the high byte of each ASCII character: markup, spaces, line ends, even in a Japanese text) all on one side of the
    pairs; None otherwise (UTF-8 and the single-byte character sets have no zero byte in a text)."""
    head = data[:4096]
    if len(head) < 8 or head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 4 and even <= odd // 10:
        return "utf-16-le"
    if even >= 4 and odd <= even // 10:
        return "utf-16-be"
    return None
