"""A text split in several files (the pages a site showed it on, the parts a legal team kept): one text, in order."""
from __future__ import annotations

import dataclasses
import posixpath
import re

from policysite.convert.model import Converted
from policysite.convert.notes import quoted
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
    opening, listed, leads = _without_contents(first.markdown, names) if indexed else (first.markdown, 0, [])
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
    if leads:
        notes.append(Said("convert.parts/lead-in", words=quoted(leads)))
    if lowered:
        notes.append(Said("convert.parts/lowered", count=lowered))
    markdown = "\n\n".join(body for body in bodies if body) + "\n"
    return dataclasses.replace(first, markdown=_part_links(markdown, names) if indexed else markdown, notes=notes)


_FENCE = re.compile(r"[ ]{0,3}(?:`{3,}|~{3,})")


def _lowered(line: str) -> str:
    """`line` one heading level lower where it is an ATX heading (`# x` -> `## x`), as it is elsewhere."""
    found = re.match(r"(#{1,5})[ \t]", line)
    return f"#{line}" if found else line


def _without_contents(markdown: str, names: list[str]) -> tuple[str, int, list[str]]:
    """`markdown` (an index page's) without its list items and lines made only of a link to one of the files `names`,
    and without the paragraph leading to such a list where it ends with a colon (`This policy is in three parts:`,
    which stayed above nothing: adopt54's leftover); how many links it left out, and each such paragraph's words."""
    alone = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*\[[^\]\n]*\]\(<?(?:\./)?(?:"
                       + "|".join(re.escape(name) for name in names) + r")(?:#[^)\s>]*)?>?\)[ \t]*")
    lines = markdown.split("\n")
    gone = {n for n, line in enumerate(lines) if alone.fullmatch(line)}
    leads: list[str] = []
    said: dict[int, str] = {}  # a paragraph's first line, of what it keeps
    for n in sorted(gone):
        last = n
        while last + 1 in gone:
            last += 1
        if n - 1 in gone or (last + 1 < len(lines) and lines[last + 1].strip()):
            continue  # (not a run's first line, or a list going on past its links: its lead-in leads to the rest)
        end = n - 1
        while end >= 0 and not lines[end].strip():
            end -= 1
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        lead = lines[start:end + 1]
        if lead and lead[-1].rstrip().endswith(":") and not re.match(r"[ \t]{0,3}(?:#|[-*+][ \t]|\d{1,9}[.)][ \t])",
                                                                      lead[0]):
            words = " ".join(" ".join(lead).split())
            # (the sentences before it in its paragraph stay: `We grind flour. This policy is in three parts:`)
            before = re.fullmatch(r"(.*[.!?…])\s+([^.!?…]+:)", words)
            gone.update(range(start + (before is not None), end + 1))
            if before is not None:
                said[start] = before.group(1)
            leads.append(before.group(2) if before is not None else words)
    kept: list[str] = []
    for n, line in enumerate(lines):
        # (a blank line after lines left out, under a blank line kept, makes no second one)
        if n not in gone and not (n - 1 in gone and not line.strip() and kept and not kept[-1].strip()):
            kept.append(said.get(n, line))
    listed = sum(1 for n in gone if alone.fullmatch(lines[n]))
    return "\n".join(kept), listed, leads


def _part_links(markdown: str, names: list[str]) -> str:
    """`markdown` with each link to one of the files `names` (`[your rights](03-rights.md)`) led into the page, to an
    anchor named after the file, which the import lands on the section its words name, or unlinks, said."""
    pattern = re.compile(r"\]\(<?(?:\./)?(" + "|".join(re.escape(name) for name in names) + r")(#[^)\s>]*)?>?\)")
    return pattern.sub(lambda m: f"](#{m.group(2)[1:] if m.group(2) else posixpath.splitext(m.group(1))[0]})",
                       markdown)
