"""A policy written in AsciiDoc pasted into a Markdown page (an Antora or Asciidoctor site's text saved as `.md`): its
title `= Privacy Policy` and its sections `== 1. Who we are`, `=== 1.1 …` were paragraphs, with no note, the page
titleless and sectionless (session 49's leftover). Where two lines or more are AsciiDoc section titles and none is a
Markdown heading, each is the Markdown heading of its level (`=` the title, `==` a section, as Asciidoctor draws them),
and the attribute entries of the document's header under its title (`:toc:`, `:revdate: 2024-05-13`), which it never
showed, are left out, each said with its line."""
from __future__ import annotations

import re

from policysite.convert.markdown_lines import outside_fences
from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

_TITLE = re.compile(r"(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+=+)?[ \t]*")  # (`== Title ==`, symmetric)
_ATX = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
_ATTRIBUTE = re.compile(r":!?[\w][\w-]*!?:(?:[ \t].*)?")


def headings(body: str, notes: Notes) -> str:
    """`body` with its AsciiDoc section titles written as Markdown headings, and its header's attribute entries left
    out (their lines left blank), each said with its line, where it is written in AsciiDoc (see above)."""
    if "= " not in body:
        return body
    lines = body.split("\n")
    outside = list(outside_fences(lines))
    titles = [n for n in outside if _TITLE.fullmatch(lines[n])]
    if len(titles) < 2 or any(_ATX.match(lines[n]) for n in outside):
        return body
    document_title = len(_TITLE.fullmatch(lines[titles[0]])["marks"]) == 1  # type: ignore[index]
    for n in titles:
        found = _TITLE.fullmatch(lines[n])
        assert found is not None
        lines[n] = f"{'#' * len(found['marks'])} {found['title']}"
    said = Said("convert.asciidoc-titles", count=len(titles),
                shown=quoted([" ".join(lines[n].lstrip("#").split()) for n in titles]))
    for n in titles:
        notes.add(said, n + 1)
    header = []  # the attribute entries under the document's title, to the first blank line
    for n in range(titles[0] + 1, len(lines)) if document_title else ():
        if not lines[n].strip():
            break
        if _ATTRIBUTE.fullmatch(lines[n]):
            header.append(n)
    if header:
        said = Said("convert.asciidoc-attributes", count=len(header), shown=quoted([lines[n].strip()[:60]
                                                                                    for n in header]))
        for n in header:
            notes.add(said, n + 1)
            lines[n] = ""
    return "\n".join(lines)
