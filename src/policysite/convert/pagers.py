"""A documentation site's links to the previous and next pages under the text (GitBook's "Previous Terms of Service",
"Next Cookie Policy"; a theme's "← Précédent", "Suivant →"): the site's navigation, imported as a line of the policy
gluing the links' words together ("PreviousTerms of ServiceNextCookie Policy", adoption hunt 20)."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import main_text
from policysite.convert.notes import Notes, each_quoted
from policysite.messages import Said

# The words a pager's links start with, in the languages sites are written in, arrows and quotes around them aside:
# the previous page's, then the next's. Both must be there: a paragraph linking "Previous versions of this policy" is
# the policy's.
_EDGE = r"^[\s←→‹›«»<>⟵⟶|·-]*(?:%s)(?![\w])"
_BEFORE = re.compile(_EDGE % r"previous(?: page)?|prev|précédente?|zurück|vorherige(?: seite)?|anterior|precedente|"
                     r"vorige|poprzednia", re.I)
_AFTER = re.compile(_EDGE % r"next(?: page)?|suivante?|weiter|nächste(?: seite)?|siguiente|successiv[oa]|próxim[oa]|"
                    r"seguinte|volgende|następna", re.I)


def _words(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def _side(link: LexborNode) -> str:
    """"before" or "after" for a link to another page starting with a pager's word, else ""."""
    href = str(link.attributes.get("href") or "")
    if not href or href.startswith("#"):
        return ""
    words = _words(link)
    return "before" if _BEFORE.match(words) else "after" if _AFTER.match(words) else ""


def left_out(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leave out, and say, each element holding nothing but a link to the previous page and one to the next."""
    found: dict[int, LexborNode] = {}
    for link in tree.css("a[href]"):
        if _side(link) != "before":
            continue
        parent = link.parent
        while parent is not None and parent.tag not in ("body", "main", "article", "html"):
            links = parent.css("a[href]")
            if len(links) > 2 or parent.css_first("h1, h2, h3, h4, h5, h6") or \
                    len(_words(parent)) != len(" ".join(_words(a) for a in links)):
                break
            if sorted(_side(a) for a in links) == ["after", "before"]:
                found[parent.mem_id] = parent
                break
            parent = parent.parent
    boxes = list(found.values())
    said = [" · ".join(_words(a) for a in box.css("a[href]")) for box in boxes]
    if main_text.decompose(boxes):
        notes.add(Said("convert.pagers", links=each_quoted(said[:3])))
