"""A page Notion exported as Markdown (Export › Markdown & CSV), read as its HTML export is.

Notion names each exported file after the page and its 32-digit id (`Privacy Policy 8a1b…ef.md`), writes a database
page's properties as lines `Owner: Jane Doe` right under its title and a callout as `<aside>` opened by its icon
(💡). The properties are the workspace's record of the page and the icon a decoration: neither is the policy's words
(the HTML export's are left out, html_source), and both were published as text.
"""
from __future__ import annotations

import re

from policysite.convert import markdown_in_html
from policysite.convert.notes import Notes
from policysite.messages import Said

NAMED = re.compile(r".* [0-9a-f]{32}\.(?:md|markdown)", re.I)  # the page's name and its id
_PROPERTY = re.compile(r"[^\s:][^:\n]{0,39}: \S.*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ASIDE = re.compile(r"[ ]{0,3}<aside>[ \t]*")
_ICON = re.compile(r"(?P<icon>[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]*)[ \t]+")  # 💡, ⚠️


# The properties Notion gives a page of a database, by their English names: a file renamed by its date (its id gone)
# whose lines under its title are only these is a Notion export too.
_OWN = frozenset({"created", "created time", "created by", "last edited", "last edited time", "last edited by",
                  "owner", "status", "tags", "last updated by", "verification"})


def _properties(lines: list[str], named: bool) -> tuple[int, int] | None:
    """(first, end) of the lines of properties Notion wrote under the page's title, if it wrote any."""
    title = next((n for n, line in enumerate(lines) if line.strip()), None)
    if title is None or not lines[title].startswith("# "):
        return None
    first = title + 1
    while first < len(lines) and not lines[first].strip():
        first += 1
    last = first
    while last < len(lines) and _PROPERTY.fullmatch(lines[last]):
        last += 1
    keys = {line.split(":", 1)[0].strip().casefold() for line in lines[first:last]}
    if last - first == 1 and keys.isdisjoint(_OWN) and _YEAR.search(lines[first].split(":", 1)[1]):
        return None  # (the text's own date line, `Last updated: May 2, 2024`, alone under the title, not a record)
    if last > first and (last == len(lines) or not lines[last].strip()) and (named or keys <= _OWN):
        return first, last
    return None


def dated_properties(body: str, name: str) -> list[str]:
    """The properties of a Notion export that may date its text, the team's own (`Effective date: …`) before Notion's
    record of its last edit; never when it was created (a draft's day)."""
    lines = body.split("\n")
    found = _properties(lines, bool(NAMED.fullmatch(name)))
    return dating(lines[found[0]:found[1]] if found else [])


def dating(written: list[str]) -> list[str]:
    """Of a Notion page's property lines (`Key: value`, its Markdown's or its HTML export's table's), those that may
    date its text, the team's own before Notion's record of the last edit, never when it was created."""
    keys = [line.split(":", 1)[0].strip().casefold() for line in written]
    return [line for line, key in sorted(zip(written, keys), key=lambda pair: pair[1] in _OWN)
            if not key.startswith("created")]


def edited(line: str) -> bool:
    """Whether a property line is Notion's own record of the page (`Last edited time: …`), not one the team named."""
    return line.split(":", 1)[0].strip().casefold() in _OWN


def read(body: str, name: str, notes: Notes) -> str:
    """`body` of a Notion export named `name` without its properties and its callouts' icons, each said; another
    file's body as it is."""
    named = bool(NAMED.fullmatch(name))
    lines = body.split("\n")
    if (found := _properties(lines, named)) is not None:
        first, last = found
        words = " · ".join(lines[first:last])
        notes.add(Said("convert.notion-properties", words=f"{words[:60]}{'…' if len(words) > 60 else ''}"),
                  first + 1)
        del lines[first:last]
        named = True  # a renamed file (its date in its name) whose properties are Notion's: its callouts are too
    icons = []
    for n, line in enumerate(lines[:-1] if named else ()):
        if _ASIDE.fullmatch(line) and (icon := _ICON.match(lines[n + 1])):
            icons.append(icon["icon"])
            lines[n + 1] = lines[n + 1][icon.end():]
    if icons:
        notes.add(Said("convert.notion-icons", count=len(icons), icons=" ".join(icons[:5])))
    body = "\n".join(lines)
    # Notion writes a callout's words as Markdown inside its `<aside>` (`💡 **Summary:** …`): read as Markdown, as the
    # page showed them, not as the HTML block CommonMark makes of them (`**` shown as written)
    return markdown_in_html.read(body, notes, said="convert.markdown-in-html/notion") if named else body
