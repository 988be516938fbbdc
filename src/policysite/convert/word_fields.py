"""Word fields that bring words or a picture in from elsewhere, or run something, named with the words they showed.

mammoth reads a field's result (the words Word last showed for it) as text and a HYPERLINK field as a link; a field
that includes another file (INCLUDETEXT "C:\\\\contracts\\\\terms.docx"), a picture from an address (INCLUDEPICTURE
"http://…", a request each time Word opens the document), another program's data (DDE, DDEAUTO, which runs that
program, LINK) or a macro's button was read as its last result or left out, and said nowhere (safety hunt 49): the
import fetches and runs nothing, and each is named with its code and the words kept, so that the legal team checks
them against the document as Word shows it.
"""
from __future__ import annotations

import html
import re

from policysite.convert.notes import Notes
from policysite.messages import Said

# The fields whose result is not the document's own words: read from another file or address, another program's, or
# a macro's button (its words are in its code).
FOREIGN = frozenset({"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "IMPORT", "LINK", "DDE", "DDEAUTO", "DATABASE",
                     "MACROBUTTON"})
# The fields showing a day Word wrote in when it last updated them, not the day the text took effect: today's when the
# document was opened or printed (DATE, TIME), the day it was saved, printed or created (SAVEDATE, PRINTDATE,
# CREATEDATE). A "Last updated: " line ending in one dated the version by the day someone last opened the document.
DATES = frozenset({"DATE", "TIME", "SAVEDATE", "PRINTDATE", "CREATEDATE"})
# (a field without a result, begin and end marks alone, as MACROBUTTON's and an AUTHOR never updated: no words; the
# next field's end was taken for its own, and the words up to it, another paragraph's, said as its result: adopt58)
_COMPLEX = re.compile(r'<w:fldChar\b[^>]*w:fldCharType="begin"[^>]*>(.*?)<w:fldChar\b[^>]*w:fldCharType="'
                      r'(?:(separate)|end)"[^>]*>(?(2)(.*?)<w:fldChar\b[^>]*w:fldCharType="end"[^>]*>)', re.S)
_SIMPLE = re.compile(r'<w:fldSimple\b[^>]*\bw:instr="([^"]*)"[^>]*>(.*?)</w:fldSimple>', re.S)
_CODE = re.compile(r"<w:instrText\b[^>]*>([^<]*)</w:instrText>")
_WORDS = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>")


def foreign(document: str, kinds: frozenset[str] = FOREIGN) -> list[tuple[str, str]]:
    """Each field of `document` (word/document.xml) of one of `kinds`: its code and the words it shows."""
    found = []
    for match in _COMPLEX.finditer(document):
        code = html.unescape("".join(_CODE.findall(match.group(1))))
        found.append((code, match.group(3) or ""))
    found += [(html.unescape(match.group(1)), match.group(2)) for match in _SIMPLE.finditer(document)]
    return [(" ".join(code.split()), " ".join(html.unescape("".join(_WORDS.findall(result))).split()))
            for code, result in found if code.split() and code.split()[0].upper() in kinds]


def say(document: str, notes: Notes) -> None:
    """A note for each FOREIGN field of `document`, and for each field of DATES showing a day (adoption hunt 22)."""
    for code, words in foreign(document):
        notes.add(Said("import.word-field", code=code[:80], words=words[:80]) if words else
                  Said("import.word-field/empty", code=code[:80]))
    for code, words in foreign(document, DATES):
        if words:
            notes.add(Said("import.word-date-field", code=code[:80], words=words[:80]))


# A field's code as Word often saves it, in several runs (each edit, spelling mark or revision id starts one:
# ` HYPERLINK "https://exa` `mple.com/rights" `): everything between its begin mark and the next field mark.
_CODE_RUNS = re.compile(r'(<w:fldChar\b[^>]*w:fldCharType="begin"[^>]*>)((?:(?!<w:fldChar\b).)*?)(?=<w:fldChar\b)',
                        re.S)
_INSTRUCTION = re.compile(r"(<w:instrText\b[^>]*>)([^<]*)(</w:instrText>)")


def joined_codes(document: str) -> str:
    """`document` with each field's code written whole in its first run's instrText, the others left empty, as Word
    reads it: the readers of one field's code (a link's address, a page number's PAGEREF, a REF's bookmark) read one
    run each, and a link whose address was split went to `"https://exa"%20mple.com/rights` (adopt58)."""
    def whole(match: re.Match[str]) -> str:
        parts = _INSTRUCTION.findall(match.group(2))
        if len(parts) < 2:
            return match.group(0)
        code = "".join(text for _start, text, _end in parts)
        first = [True]

        def instruction(part: re.Match[str]) -> str:
            text = code if first[0] else ""
            first[0] = False
            return part.group(1) + text + part.group(3)

        return match.group(1) + _INSTRUCTION.sub(instruction, match.group(2))

    return _CODE_RUNS.sub(whole, document) if "<w:instrText" in document else document


_EVENT = re.compile(r'<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"[^>]*>|(<w:t\b[^>/]*>)([^<]*)</w:t>')


def nested_results(document: str) -> tuple[str, list[str]]:
    """`document` with the words a field shows inside another field's code (`{ IF { MERGEFIELD Plan } = "Pro" "…" }`,
    `{ HYPERLINK { REF url } }`) made part of that code, as Word reads them, and those words. mammoth read them as
    text: `Propremium words` where Word shows `premium words`. A field Word never ends (a damaged one) holds no code
    here: its words stay text."""
    events = list(_EVENT.finditer(document))
    ends: dict[int, bool] = {}  # each begin (by its event's index): whether an end closes it
    open_at: list[int] = []
    for index, event in enumerate(events):
        if event.group(1) == "begin":
            open_at.append(index)
            ends[index] = False
        elif event.group(1) == "end" and open_at:
            ends[open_at.pop()] = True
    stack: list[list[bool]] = []  # each field open here: [closed by an end, still in its code]
    out, at, hidden = [], 0, []
    for index, event in enumerate(events):
        kind = event.group(1)
        if kind == "begin":
            stack.append([ends[index], True])
        elif kind == "separate" and stack:
            stack[-1][1] = False
        elif kind == "end" and stack:
            stack.pop()
        elif kind is None and event.group(3).strip() and any(closed and code for closed, code in stack):
            out += [document[at:event.start()], "<w:instrText", event.group(2)[len("<w:t"):], event.group(3),
                    "</w:instrText>"]
            at = event.end()
            hidden.append(html.unescape(event.group(3)))
    return "".join(out) + document[at:], hidden
