"""The ids the site gives numbered sections' headings (`s7`, `s2-1`, `s2-bis`), written by hand on another element or
on a heading that is not that section (safety66, safety86).

A link naming a section by its id (from another version, its changes, the history, the at page) lands on the first
element holding it: `### Anchor {: #s2 }` took §2's id, the real §2 became `s2_1`, and every link to §2 landed on
"Anchor". A text recorded as imported had it as an advisory `structure.` finding: it is refused, imported or not,
unless the id is the one the heading's own number gives it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from policysite import characters, document, heading_numbers

_SECTION_FORM = re.compile(r"s(\d+(?:-\d+)*)(?:-(\w+))?")
_REPEATED = re.compile(r"(.+)_\d+")  # (the id Python-Markdown's toc gives a heading whose id the page has: `s2_1`)


def section_form(ident: str) -> bool:
    """Whether `ident` is the id the site gives a numbered section's heading (document.anchor_for: `s7`, `s2-1`,
    `s2-bis`), or that id made unique (`s2_1`)."""
    repeated = _REPEATED.fullmatch(ident)
    found = _SECTION_FORM.fullmatch(repeated.group(1) if repeated else ident)
    return found is not None and document.anchor_for(found.group(1).replace("-", ".") + (found.group(2) or "")) \
        == (repeated.group(1) if repeated else ident)


def own(ident: str, *headings: str) -> bool:
    """Whether `ident` is the id the number of one of `headings` (as written, or its number alone) gives it."""
    for heading in filter(None, headings):
        shown = characters.as_seen(heading).strip()
        read = heading_numbers.heading_number(shown)
        written = heading_numbers.written_number(shown, marked=True)  # (`II. Data`: a roman numeral alone)
        numbers = {heading, read[0] if read else "", heading_numbers.number_value(written[1]) if written else ""}
        if any(number and document.anchor_for(number) == ident for number in numbers):
            return True
    return False


def explicit(attributes: str) -> str:
    """The id an attribute list (`#s2 .note`, without its braces) gives, else ""."""
    found = re.search(r"(?:^|\s)#([^\s#.]+)", attributes)
    return found.group(1) if found else ""


def taken_on_page(article: LexborNode | None) -> Iterator[tuple[LexborNode, str]]:
    """(heading, id) of each heading of the published `article` holding a section's id its own number does not give
    it, while the section's heading has that id made unique (`s2_1`): links to the section land on it."""
    if article is None:
        return
    headings = [(node, str(node.attributes.get("id") or "")) for node in article.css("h1, h2, h3, h4, h5, h6")]
    for node, ident in headings:
        if not ident or not section_form(ident) or _REPEATED.fullmatch(ident):
            continue
        moved = [other for other, other_id in headings
                 if (repeated := _REPEATED.fullmatch(other_id)) and repeated.group(1) == ident]
        if moved and not own(ident, _words(node)) and any(own(ident, _words(other)) for other in moved):
            yield node, ident


def _words(heading: LexborNode) -> str:
    """The heading's words as shown, without the "¶" its permalink adds."""
    return re.sub(r"\s*¶\s*$", "", heading.text(deep=True))
