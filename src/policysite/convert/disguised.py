"""A file whose bytes are another format than its name says: a Word document, a PDF, an archive or a picture saved or
renamed `.html`, `.md`, `.txt` (a download a browser named after the address, a former vendor's export). Read as text,
its bytes became the imported version, `PK§»…[Content_Types].xml…`, said nowhere (safety61 hunt). A PDF, a page or a
text saved or renamed `.docx`, `.odt` was "not a zip archive, or a damaged one" (adopt32): said as what it is."""
from __future__ import annotations

import io
import zipfile

from policysite.convert import utf16
from policysite.messages import Said

# The first bytes of each format a text never starts with, and what to do with the file
_SIGNATURES = ((b"%PDF-", "pdf"), (b"\x1f\x8b", "gzip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
               (b"{\\rtf", "rtf"), (b"\x89PNG\r\n\x1a\n", "picture"), (b"\xff\xd8\xff", "picture"),
               (b"GIF8", "picture"), (b"7z\xbc\xaf\x27\x1c", "archive"), (b"Rar!\x1a\x07", "archive"))


def what(data: bytes) -> str:
    """The format `data` is in where it is no text ("docx", "odt", "zip", "pdf", "gzip", "doc", "rtf", "picture",
    "archive", "binary": many zero bytes, outside UTF-16), else ""."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:16]
    if head.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zipped(data)
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    start = data[:4096]
    # (a stray zero byte or two, a damaged copy's, is dropped as browsers drop it: a text still)
    if start.count(0) > max(4, len(start) // 100) and not start.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and utf16.codec_without_bom(data) is None:
        return "binary"
    return ""


def _zipped(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
                return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, KeyError):
        pass
    return "zip"


def refusal(data: bytes, *, name: str, extension: str) -> Said | None:
    """The `error:` for a text file (`extension`: its name's) whose bytes are another format, else None."""
    kind = what(data)
    return Said(f"import.disguised/{kind}", name=name, extension=extension) if kind else None


def office_refusal(data: bytes, *, name: str, extension: str) -> Said | None:
    """The `error:` for a file named as a zipped office document (`extension`: `.docx`, `.odt`) whose bytes are no zip
    archive: what it is (a PDF, a web page, a text, a picture …), its first bytes and what to do; else None."""
    if data.startswith(b"PK"):  # a zip, whole or cut short: its reader says which
        return None
    kind = what(data)
    if not kind:
        start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
        try:
            start.decode("utf-8")
            text = True
        except UnicodeDecodeError as exc:  # (a character cut at 4096 bytes is text still)
            text = exc.start >= len(start) - 3
        kind = "html" if b"<html" in start.lower() or start.lower().startswith(b"<!doctype html") else \
            "text" if text else "binary"
    return Said(f"import.office-disguised/{kind}", name=name, extension=extension, first=first_bytes(data))


def first_bytes(data: bytes, most: int = 8) -> str:
    """`data`'s first `most` bytes as a reader can compare them with a format's signature: as written where they are
    printable ASCII (`%PDF-1.7`), else in hexadecimal (`D0 CF 11 E0`)."""
    head = data[:most]
    if head and all(0x20 <= byte < 0x7F for byte in head):
        return head.decode("ascii")
    return " ".join(f"{byte:02X}" for byte in head)
