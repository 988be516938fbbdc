"""What a Hugo site's Markdown showed that its text does not hold as written: a heading's id written against its
title (`## 1. Titolare{#titolare}`, an id to Goldmark, Hugo's Markdown, words to Python-Markdown; adoption 7 of
session 31: an Italian site's privacy page, whose contents linked each section by it)."""
from __future__ import annotations

import re

from policysite.convert.markdown_lines import code_spans, outside_fences
from policysite.convert.notes import Notes

# An ATX heading ending in an attribute list written against its last word (Goldmark reads `{#id .class}` there,
# spaced or not; Python-Markdown's attr_list only after a space).
_GLUED = re.compile(r"^(?P<heading>[ ]{0,3}#{1,6}[ \t]+.*?\S)(?P<attributes>\{[ ]*#[A-Za-z][\w:.-]*[^{}\n]*\})[ \t]*$")


def heading_attributes(body: str, notes: Notes) -> str:
    """`body` with each heading's attribute list written against its title parted from it by a space, said: the id
    Goldmark gave the heading, which the text's own links land on."""
    if "{" not in body:
        return body
    lines = body.split("\n")
    for n in outside_fences(lines):
        glued = _GLUED.match(lines[n])
        if glued is None or any(a < glued.start("attributes") < b for a, b in code_spans(lines[n])):
            continue
        lines[n] = f"{glued['heading']} {glued['attributes']}"
        notes.add(f"the heading's id {glued['attributes']}, written against its title, is its id, as the old site's "
                  "Markdown (Goldmark, Hugo's) read it", n + 1)
    return "\n".join(lines)
