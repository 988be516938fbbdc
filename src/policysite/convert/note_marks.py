"""A note's mark written right after a number, bracketed as the Word imports write every mark.

`article 6<sup>[1](#fn-1)</sup>` (a Markdown footnote `6[^1]`, an HTML page's `6<sup><a href="#fn1">1</a></sup>`)
is drawn "6¹": the number 6 and a note's mark to its reader, but one number, 61, to the checks reading the page's
words, which refuse a raised digit glued to a number (editorial.digits/raised, output.digits/raised). Written
`6<sup>[\\[1\\]](#fn-1)</sup>`, "6[1]", as the Word and OpenDocument imports write a mark, the page shows what it
showed, a note's mark apart from the number, and the checks read it so. Code is left as written."""
from __future__ import annotations

import re

from policysite.convert.markdown_lines import CODE_SPAN, outside_fences
from policysite.convert.notes import Notes
from policysite.messages import Said

# A digit, then a note's mark of digits only, linked to a place of the page
_MARK = re.compile(r"(?<=\d)<sup>\[(\d{1,4})\]\((#[^()\s]+)\)</sup>")


def bracketed(text: str, notes: Notes) -> str:
    """`text` with each note's mark written right after a number's digit shown in brackets; said once in `notes`."""
    if "<sup>[" not in text:
        return text
    lines, count = text.split("\n"), 0
    for n in outside_fences(lines):
        pieces, at = [], 0
        for span in CODE_SPAN.finditer(lines[n]):
            pieces += [lines[n][at:span.start()], span.group(0)]
            at = span.end()
        pieces.append(lines[n][at:])
        for index in range(0, len(pieces), 2):  # (the text between code spans)
            pieces[index], made = _MARK.subn(r"<sup>[\\[\1\\]](\2)</sup>", pieces[index])
            count += made
        lines[n] = "".join(pieces)
    if count:
        notes.add(Said("convert.note-after-number", count=count))
    return "\n".join(lines)
