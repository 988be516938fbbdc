"""A PDF's links against the words they are drawn under (safety79). A page's link shows its words, and a reader takes
them for where it leads; the HTML pages' rule (safety.shown_address) refuses a link whose words show an address (a web
address, an e-mail, a host, a phone number) other than its target's, and a PDF's link was judged by its address alone
(pdfactions): a hand-made PDF on the branch showing "https://example.com/privacy" over a link to another host passed.

The print tags its text (Typst: PDF/UA's structure): each link annotation is named by a `/Link` structure element (an
object reference, `/OBJR`) whose marked content holds the words drawn under it. Those words are read (pdftext.marked)
and judged as a page's link's are; a link to an address no `/Link` element names has no words a check read, and
is refused as such (the print writes none)."""
from __future__ import annotations

import io
from typing import Any

from policysite.pdftext import MarkedId

_DEPTH_MOST = 64  # structure elements deep (the print's are a few: document, section, paragraph, link)


def pdf_link_shown(data: bytes) -> str:
    """The first link of the PDF `data` whose words show an address it does not lead to (`words → address`), or one
    leading to an address whose words no `/Link` structure element names (`→ address`), or ""."""
    import pikepdf

    from policysite import pdftext
    from policysite.safety import shown_address

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return ""  # (pdf_action names a PDF no viewer reads)
    with pdf:
        links = _links(pdf, pikepdf)
        named = {objgen for objgens, _ids in links for objgen in objgens}
        addresses = {}
        for page in pdf.pages:
            for annotation in page.get("/Annots", pikepdf.Array()):
                if isinstance(annotation, pikepdf.Dictionary) and (uri := _uri(annotation, pikepdf)) is not None:
                    if annotation.objgen not in named or annotation.objgen == (0, 0):
                        return f"→ {uri[:60]}"
                    addresses[annotation.objgen] = uri
    if not addresses:
        return ""
    spans = pdftext.marked(data, frozenset(ident for _objgens, ids in links for ident in ids))
    for objgens, ids in links:
        words = "".join(spans.by_id.get(ident, "") for ident in ids)
        for objgen in objgens:
            uri = addresses.get(objgen)
            if uri is not None and shown_address(uri, words):
                return f"{' '.join(words.split())[:40]} → {uri[:60]}"
    return ""


def _uri(annotation: Any, pikepdf: Any) -> str | None:
    """A link annotation's address (`/A /S /URI`), or None."""
    action = annotation.get("/A")
    uri = action.get("/URI") if isinstance(action, pikepdf.Dictionary) else None
    return str(uri) if isinstance(uri, pikepdf.String | pikepdf.Name) else None


def _links(pdf: Any, pikepdf: Any) -> list[tuple[set[tuple[int, int]], list[MarkedId]]]:
    """Each `/Link` structure element of the PDF: the annotations it names (their object ids) and the marked-content
    ids its words are drawn in."""
    from policysite.pdfactions import marked_ids

    root = pdf.Root.get("/StructTreeRoot")
    found = []
    todo = [(root, 0)] if isinstance(root, pikepdf.Dictionary) else []
    seen: set[tuple[int, int]] = set()
    while todo:
        element, depth = todo.pop()
        if element.is_indirect:
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        kids = element.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        if element.get("/S") == "/Link":
            found.append(({kid.get("/Obj").objgen for kid in kids if isinstance(kid, pikepdf.Dictionary)
                           and kid.get("/Type") == "/OBJR" and isinstance(kid.get("/Obj"), pikepdf.Dictionary)},
                          marked_ids(element, pikepdf)))
        if depth < _DEPTH_MOST:
            todo += [(kid, depth + 1) for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]
    return found
