"""The web page inside an MHT file (MHTML: a page and its pictures as one MIME message), as browsers save a page
"as a single file" (Chrome and Edge: .mhtml; Internet Explorer and Word: .mht) and as Word embeds a page."""
from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage


def is_mht(data: bytes) -> bool:
    """Whether `data` starts as a MIME message does (its headers first)."""
    head = data.lstrip()[:2048].lower()
    return head.startswith((b"mime-version", b"from:", b"snapshot-content-location", b"subject:", b"date:",
                            b"content-type: multipart/related")) and b"multipart/related" in head


def page(data: bytes) -> bytes | None:
    """The bytes of the message's first HTML part, decoded from its transfer encoding (quoted-printable, base64) but
    in its own character set, which the page's reader finds as it finds any page's; None without one."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and b"charset" not in payload[:4096].lower():  # said by the part's header only
                    return f'<meta charset="{charset}">'.encode("ascii", "replace") + payload
                return payload
    return None


def stylesheets(data: bytes) -> tuple[dict[str, str], str]:
    """The stylesheets the message holds (its `text/css` parts), by the addresses the page links them by (each part's
    Content-Location, and `cid:` its Content-ID, as Chrome links the styles it saved), and the page's own address (its
    HTML part's Content-Location, against which the page's relative links are read)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    sheets: dict[str, str] = {}
    page = ""
    if not isinstance(message, EmailMessage):
        return sheets, page
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml") and not page:
            page = str(part.get("Content-Location") or "")
        if part.get_content_type() != "text/css":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        css = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        for key in (str(part.get("Content-Location") or "").strip(),
                    "cid:" + str(part.get("Content-ID") or "").strip().strip("<>")):
            if key and key != "cid:":
                sheets[key] = css
    return sheets, page
