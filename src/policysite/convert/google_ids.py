"""Heading ids a tool generated (Google's `h.30j0zll`, Notion's block ids) in a text converted to Markdown: random,
another in each copy of a document."""
from __future__ import annotations

import re

from policysite import document
from policysite.convert.markdown_lines import outside_fences
from policysite.convert.notes import Notes
from policysite.messages import Said

# Google Docs' "Download › Markdown" gives a heading the id of its document's heading, `## 2. Data {#h.y1abc}`, and
# its links to it that id (so do its export as a web page and Google Sites' pages, `<h2 id="h.y1abc">`, which the HTML
# import writes so: adoption hunt 20): random, other in each copy of the document and in each language's, it became
# the section's identity (the site pairs a text's sections with its translation's and its earlier versions' by their
# ids, else their numbers). The id is left out, and each link to it leads to the id the site gives the heading (`#s2`),
# said. A Word or OpenDocument file Google Docs exported names the heading's bookmark so (`_heading=h.y1abc`, the
# Word import's id `_heading-h.y1abc`): the same.
# A Notion page's export gives each heading its block's id, `<h2 id="3f0e6a3c-7d2a-4b1e-9f8a-2c1d0e9f8a7b">` (its table
# of contents and its links to a block go there): another in each page, a translation's too, and one starting with a
# digit is no id the site's model reads, though the renderer sets it (adoption hunt 22).
_GOOGLE = r"(?:_heading-)?h\.[0-9a-z]{4,16}"
_NOTION = r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}"
_GOOGLE_ID = re.compile(rf"^(?P<heading>[ ]{{0,3}}#{{1,6}}[ \t].*?)[ \t]*\{{#(?P<id>{_GOOGLE}|(?P<notion>{_NOTION}))\}}"
                        r"[ \t]*$")


def heading_ids(body: str, notes: Notes) -> str:
    """`body` without Google Docs' and Notion's heading ids, its links to them led to the headings' own (see above)."""
    if "{#h." not in body and "{#_heading-h." not in body and not re.search(rf"\{{#{_NOTION}\}}", body):
        return body
    lines, ids = body.split("\n"), {}
    for n in outside_fences(lines):
        found = _GOOGLE_ID.match(lines[n])
        if found:
            words = re.sub(r"\\(.)", r"\1", re.sub(r"(?<!\\)[*_]{1,3}", "", found.group("heading").lstrip(" #\t")))
            ids[found.group("id")] = document.slugify(" ".join(words.split()))
            lines[n] = found.group("heading")
            notes.add(Said("convert.notion-heading-ids") if found["notion"] else Said("convert.google-heading-ids"),
                      n + 1)
    return re.sub(rf"\]\(#({_GOOGLE}|{_NOTION})\)", lambda m: f"](#{ids[m.group(1)]})" if m.group(1) in ids
                  else m.group(0), "\n".join(lines))
