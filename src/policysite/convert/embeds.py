"""The places where a policy service's script writes the policy into the page when it is opened (Termly's
`<div name="termly-embed">`, OneTrust's privacy notice `<div class="otnotice">`, Cookiebot's cookie declaration,
Usercentrics' embedding): saved from its source, or before the script ran, the page holds an empty element there and
none of the policy's words (adoption 11 of session 34: such a page was imported as a version holding its title alone).
A page holding words of its own and such an empty element (a cookie policy's sentences over the list of cookies its
consent manager's script draws) is imported without what the script wrote: said, with the words before it.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.notes import Notes, clipped
from policysite.messages import Said

# Each service's mount points, by what it writes in its snippet.
MOUNTS = {
    "Termly": "[name=termly-embed]",
    "OneTrust": ".otnotice, [id^=otnotice-], #ot-sdk-cookie-policy",
    "Cookiebot": "script#CookieDeclaration, #CookieDeclaration",
    "Usercentrics": ".uc-embed, [uc-embedding-type]",
    "iubenda": ".iubenda-embed",
    # (a cookie policy's list of cookies: OneTrust's `#ot-sdk-cookie-policy` above, CookieYes' audit table, where its
    # `[cookie_audit]` shortcode goes; adopt57)
    "CookieYes": ".cky-audit-table-element",
}


def empty_mounts(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The services whose mount points the page holds with no words in them: its text is theirs to load."""
    found = []
    for service, selector in MOUNTS.items():
        if any(_empty(node) for node in tree.css(selector)):
            found.append(service)
    return tuple(found)


def _empty(node: LexborNode) -> bool:
    return node.tag in ("script", "a") or not node.text(deep=True).strip()


def said(tree: LexborHTMLParser, notes: Notes) -> None:
    """Says each empty mount point of the page, by its service and the words before it (the page's own words around
    it are imported; what the script wrote there is not in the copy: a cookie policy's list of cookies was lost
    unsaid, adopt57)."""
    for service, selector in MOUNTS.items():
        for node in tree.css(selector):
            if not _empty(node):
                continue
            before = _words_before(node)
            notes.add(Said("convert.embed-empty", service=service, before=clipped(before[-60:], 60) if before else
                           Said("convert.embed-empty/start")))
            break


def _words_before(node: LexborNode) -> str:
    """The last words the page shows before `node` (its earlier siblings', else its ancestors' earlier siblings')."""
    current: LexborNode | None = node
    while current is not None:
        sibling = current.prev
        while sibling is not None:
            if sibling.tag not in ("script", "style", "-comment", "template", "noscript"):
                words = " ".join((sibling.text(deep=True) or "").split())
                if words:
                    return words
            sibling = sibling.prev
        current = current.parent
    return ""
