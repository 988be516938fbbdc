"""A text split in several files (the pages a site showed it on, the parts a legal team kept): one text, in order."""
from __future__ import annotations

import dataclasses
import posixpath
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


def joined(first: Converted, rest: list[tuple[str, Converted]], *, indexed: bool = False) -> Converted:
    """`first` followed by each later part (its file's name, its conversion), in order: a later part's title, where it
    repeats the first's (each page of a site titled as the policy), left out; each part's notes named by its file.
    `indexed`: `first` is the index page linking the parts (split_texts): its list of links to them, a table of
    contents, is left out, a part's headings go one level below its title where the part is titled as it is (`# 1.
    Data we collect` under `# Privacy Policy`), and a link to a part leads to its first heading, each said."""
    title = next((_title_of(line) for line in first.markdown.splitlines() if line.startswith("# ")), None)
    names = [name for name, _part in rest]
    opening, listed = _without_contents(first.markdown, names) if indexed else (first.markdown, 0)
    bodies, notes, repeated, lowered = [opening.strip("\n")], list(first.notes), 0, 0
    for name, part in rest:
        lines = part.markdown.strip("\n").split("\n")
        opening_line = next((n for n, line in enumerate(lines) if line.strip()), None)
        if opening_line is not None and title is not None and _title_of(lines[opening_line]) == title:
            lines, repeated = lines[opening_line + 1:], repeated + 1
        elif indexed and title is not None and any(line.startswith("# ") for line in lines):
            lines, lowered = [_lowered(line) for line in lines], lowered + 1
        bodies.append("\n".join(lines).strip("\n"))
        notes += [f"{name}: {note}" for note in part.notes]
    notes.append(Said("convert.parts" + ("/indexed" if indexed else ""), names=", ".join(names),
                      repeated=Said("convert.parts/repeated", count=repeated) if repeated else ""))
    if listed:
        notes.append(Said("convert.parts/contents", count=listed))
    if lowered:
        notes.append(Said("convert.parts/lowered", count=lowered))
    markdown = "\n\n".join(body for body in bodies if body) + "\n"
    return dataclasses.replace(first, markdown=_part_links(markdown, names) if indexed else markdown, notes=notes)


_FENCE = re.compile(r"[ ]{0,3}(?:`{3,}|~{3,})")


def _lowered(line: str) -> str:
    """`line` one heading level lower where it is an ATX heading (`# x` -> `## x`), as it is elsewhere."""
    found = re.match(r"(#{1,5})[ \t]", line)
    return f"#{line}" if found else line


def _without_contents(markdown: str, names: list[str]) -> tuple[str, int]:
    """`markdown` (an index page's) without its list items and lines made only of a link to one of the files `names`;
    how many it left out."""
    alone = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*\[[^\]\n]*\]\(<?(?:\./)?(?:"
                       + "|".join(re.escape(name) for name in names) + r")(?:#[^)\s>]*)?>?\)[ \t]*")
    kept = [line for line in markdown.split("\n") if not alone.fullmatch(line)]
    return "\n".join(kept), markdown.count("\n") - len(kept) + 1


def _part_links(markdown: str, names: list[str]) -> str:
    """`markdown` with each link to one of the files `names` (`[your rights](03-rights.md)`) led into the page, to an
    anchor named after the file, which the import lands on the section its words name, or unlinks, said."""
    pattern = re.compile(r"\]\(<?(?:\./)?(" + "|".join(re.escape(name) for name in names) + r")(#[^)\s>]*)?>?\)")
    return pattern.sub(lambda m: f"](#{m.group(2)[1:] if m.group(2) else posixpath.splitext(m.group(1))[0]})",
                       markdown)
