"""The places where a policy service's script writes the policy into the page when it is opened (Termly's
`<div name="termly-embed">`, OneTrust's privacy notice `<div class="otnotice">`, Cookiebot's cookie declaration,
Usercentrics' embedding): saved from its source, or before the script ran, the page holds an empty element there and
none of the policy's words (adoption 11 of session 34: such a page was imported as a version holding its title alone).
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

# Each service's mount points, by what it writes in its snippet.
MOUNTS = {
    "Termly": "[name=termly-embed]",
    "OneTrust": ".otnotice, [id^=otnotice-]",
    "Cookiebot": "script#CookieDeclaration, #CookieDeclaration",
    "Usercentrics": ".uc-embed, [uc-embedding-type]",
    "iubenda": ".iubenda-embed",
}


def empty_mounts(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The services whose mount points the page holds with no words in them: its text is theirs to load."""
    found = []
    for service, selector in MOUNTS.items():
        if any(node.tag == "script" or not node.text(deep=True).strip() or node.tag == "a"
               for node in tree.css(selector)):
            found.append(service)
    return tuple(found)
