"""E-mail addresses a page saved from behind Cloudflare hides, shown again as the reader's browser showed them.

Cloudflare's email protection rewrites each address of a page it serves: an address written as text becomes
`<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="HEX">[email protected]</a>`, a `mailto:`
link's target `/cdn-cgi/l/email-protection#HEX`; a script of the page decodes them in the browser. A saved copy
(a browser's "Save Page As", a crawler, a web archive) keeps the encoded form: imported as it is, the policy's
contact addresses would be published as "[email protected]". HEX is the address in UTF-8, each byte XORed with
the first.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from policysite.convert.notes import Notes
from policysite.messages import Said

PROTECTION = "/cdn-cgi/l/email-protection"
PLACEHOLDER = "[email protected]"
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){2,512}")
_ADDRESS = re.compile(r"[^\s@<>\"]+@[^\s@<>\"]+")


def decoded(hexed: str) -> str | None:
    """The address Cloudflare encoded in `hexed`, or None where it holds no address."""
    if not _HEX.fullmatch(hexed):
        return None
    data = bytes.fromhex(hexed)
    try:
        text = bytes(byte ^ data[0] for byte in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    address = text.split("?", 1)[0]
    return text if _ADDRESS.fullmatch(address) else None


def reveal(tree: LexborHTMLParser, notes: Notes) -> None:
    """Each protected address as the browser showed it: the text the element stood for, the `mailto:` link the
    link was; a placeholder left without its encoded address is said."""
    shown = linked = 0
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        path, _, fragment = href.partition("#")
        if path.endswith(PROTECTION) and (address := decoded(fragment)) is not None:
            node.attrs["href"] = f"mailto:{address}"
            linked += node.css_first("[data-cfemail]") is None  # else its words are the address, counted below
    for node in tree.css("[data-cfemail]"):
        address = decoded(node.attributes.get("data-cfemail") or "")
        if address is not None:
            node.replace_with(address.split("?", 1)[0])
            shown += 1
    if shown or linked:
        notes.add(Said("convert.cloudflare-emails", count=shown + linked, placeholder=PLACEHOLDER))
    body = tree.body
    left = (body.text(deep=True) if body is not None else "").replace("\xa0", " ").count(PLACEHOLDER)
    if left:
        notes.add(Said("convert.cloudflare-left", count=left, placeholder=PLACEHOLDER))
