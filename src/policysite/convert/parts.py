"""A text split in several files (the pages a site showed it on, the parts a legal team kept): one text, in order."""
from __future__ import annotations

import dataclasses
import re

from policysite.convert.model import Converted
from policysite.messages import Said

# A page's mark after a repeated title: "Privacy Policy (page 2 of 3)", "Privacy Policy – Part 2", "… (continued)".
_PAGE_MARK = re.compile(r"\s*[-–—:|(\[]*\s*(?:(?:part|page|teil|seite|partie|parte|deel)\s*\d+(?:\s*(?:of|/|von|sur|de)"
                        r"\s*\d+)?|\(?(?:continued|cont'?d\.?|suite|fortsetzung)\)?)\s*[)\]]*\s*$", re.IGNORECASE)
_TITLE = re.compile(r"#[ \t]+(.+?)(?:[ \t]+\{[^}\n]*\})?[ \t]*$")


def _title_of(line: str) -> str | None:
    """The words of `line`'s title (`# Privacy Policy {#top}`: "privacy policy"), without a page's mark; None where it
    is no title."""
    found = _TITLE.fullmatch(line)
    return " ".join(_PAGE_MARK.sub("", found.group(1)).split()).casefold() if found else None


def joined(first: Converted, rest: list[tuple[str, Converted]]) -> Converted:
    """`first` followed by each later part (its file's name, its conversion), in order: a later part's title, where it
    repeats the first's (each page of a site titled as the policy), left out; each part's notes named by its file."""
    title = next((_title_of(line) for line in first.markdown.splitlines() if line.startswith("# ")), None)
    bodies, notes, repeated = [first.markdown.strip("\n")], list(first.notes), 0
    for name, part in rest:
        lines = part.markdown.strip("\n").split("\n")
        opening = next((n for n, line in enumerate(lines) if line.strip()), None)
        if opening is not None and title is not None and _title_of(lines[opening]) == title:
            lines, repeated = lines[opening + 1:], repeated + 1
        bodies.append("\n".join(lines).strip("\n"))
        notes += [f"{name}: {note}" for note in part.notes]
    names = ", ".join(name for name, _part in rest)
    notes.append(Said("convert.parts", names=names,
                      repeated=Said("convert.parts/repeated", count=repeated) if repeated else ""))
    return dataclasses.replace(first, markdown="\n\n".join(body for body in bodies if body) + "\n", notes=notes)
