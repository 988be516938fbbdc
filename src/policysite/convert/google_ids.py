"""Google's heading ids (`h.30j0zll`) in a text converted to Markdown: random, another in each copy of a document."""
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
_GOOGLE_ID = re.compile(r"^(?P<heading>[ ]{0,3}#{1,6}[ \t].*?)[ \t]*\{#(?P<id>(?:_heading-)?h\.[0-9a-z]{4,16})\}"
                        r"[ \t]*$")


def heading_ids(body: str, notes: Notes) -> str:
    """`body` without Google Docs' heading ids, its links to them led to the headings' own (see above)."""
    if "{#h." not in body and "{#_heading-h." not in body:
        return body
    lines, ids = body.split("\n"), {}
    for n in outside_fences(lines):
        found = _GOOGLE_ID.match(lines[n])
        if found:
            words = re.sub(r"\\(.)", r"\1", re.sub(r"(?<!\\)[*_]{1,3}", "", found.group("heading").lstrip(" #\t")))
            ids[found.group("id")] = document.slugify(" ".join(words.split()))
            lines[n] = found.group("heading")
            notes.add(Said("convert.google-heading-ids"), n + 1)
    return re.sub(r"\]\(#((?:_heading-)?h\.[0-9a-z]{4,16})\)", lambda m: f"](#{ids[m.group(1)]})" if m.group(1) in ids
                  else m.group(0), "\n".join(lines))
