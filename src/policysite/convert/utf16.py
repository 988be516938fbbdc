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
    enough = max(4, len(head) // 16)  # a few stray zero bytes in a UTF-8 file are no UTF-16
    codec = "utf-16-le" if odd >= enough and even <= odd // 10 else \
        "utf-16-be" if even >= enough and odd <= even // 10 else None
    even_length = len(head) // 2 * 2
    try:
        if codec:
            head[:even_length].decode(codec)
    except UnicodeDecodeError as error:
        if error.start < even_length - 2:  # (the head's last unit may be half a pair cut at its end)
            return None
    return codec
