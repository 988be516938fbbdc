"""The components an MDX page wraps its Markdown in (Mintlify's `<Accordion title="…">`, `<Card>`, `<Note>`; Nextra's,
Starlight's, Fumadocs' `<Callout>`, `<Aside>`; a site's own), each tag on a line of its own, the Markdown between them
indented under it: MDX reads that Markdown as Markdown (it has no indented code), and draws the title the component
is given above it. Read as HTML, the title was lost (a FAQ policy's questions: "What data do we collect?"), the
Markdown shown as written (`\\*\\*your name\\*\\*`), and its text indented four spaces shown as code (adoption hunt 22).
Each tag goes, said, its title kept in bold above its text (a heading where numbered), its text read as Markdown."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policysite.convert.elements import INLINE
from policysite.convert.markdown_lines import fence_after
from policysite.convert.notes import Notes
from policysite.convert.rawhtml import BLOCKS
from policysite.messages import Said

# A component's name: a capital, then letters or digits (`Accordion`, `Tabs.Tab`), and no HTML element's (`<P>`,
# `<DIV>` of an old page are HTML's, read as HTML). Docusaurus' tabs are read where the Markdown import reads them.
_NAME = r"[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*"
_OPEN = re.compile(rf"[ \t]*<(?P<name>{_NAME})(?P<attributes>(?:\s[^<>]*)?)>[ \t]*")
_CLOSE = re.compile(rf"[ \t]*</(?P<name>{_NAME})\s*>[ \t]*")
_ONE_LINE = re.compile(rf"[ \t]*<(?P<name>{_NAME})(?P<attributes>\s[^<>]*)>(?P<content>[^<>]*)</(?P=name)\s*>[ \t]*")
_TITLE = re.compile(r"""\s(?:title|label|heading|header|summary|question)\s*=\s*(?:\{\s*)?(?P<quote>["'`])"""
                    r"""(?P<words>[^"'`{}<>\n]+)(?P=quote)""")
_LEFT_TO_OTHERS = frozenset(("Tabs", "TabItem"))


@dataclass
class _Open:
    name: str
    base: int | None = None  # the indentation of its first line of text, taken off each of its lines


def _component(name: str) -> bool:
    return name not in _LEFT_TO_OTHERS and name.lower() not in BLOCKS and name.lower() not in INLINE


def _title(attributes: str) -> str:
    found = _TITLE.search(attributes)
    return " ".join(found["words"].split()) if found else ""


def unwrapped(body: str, notes: Notes, *, title_line: Callable[[str], str]) -> str:
    """`body` without its components' tag lines, each title written by `title_line` above the text it heads, the
    text under each taken back to the indentation of its first line; each said with its line."""
    lines = body.split("\n")
    if not any(_OPEN.fullmatch(line) or _ONE_LINE.fullmatch(line) for line in lines):
        return body
    out: list[str] = []
    opened: list[_Open] = []
    fence = ""

    def blank() -> None:
        if out and out[-1].strip():
            out.append("")

    def titled(title: str) -> None:
        blank()
        if title:
            out.extend([title_line(title), ""])

    for number, line in enumerate(lines, 1):
        if opened:  # its text, indented under its tag: as far left as the first line of it
            indent = len(line) - len(line.lstrip(" \t"))
            if line.strip() and opened[-1].base is None:
                opened[-1].base = indent
            line = line[min(indent, opened[-1].base or 0):]
        fence, code = fence_after(line, fence)
        if code:
            out.append(line)
            continue
        tag = _OPEN.fullmatch(line)
        if tag and tag["name"] in _LEFT_TO_OTHERS and not tag["attributes"].rstrip().endswith("/"):
            opened.append(_Open(tag["name"]))  # (its line read where tabs are: its text taken back all the same)
            out.append(line)
            continue
        if tag and _component(tag["name"]) and not tag["attributes"].rstrip().endswith("/"):
            title = _title(tag["attributes"])
            titled(title)
            opened.append(_Open(tag["name"]))
            notes.add(Said("convert.mdx-component" + ("/titled" if title else ""), name=tag["name"], title=title[:60]),
                      number)
            continue
        one = _ONE_LINE.fullmatch(line)
        if one and _component(one["name"]) and (title := _title(one["attributes"])):
            titled(title)
            out.extend([one["content"].strip(), ""])
            notes.add(Said("convert.mdx-component/titled", name=one["name"], title=title[:60]), number)
            continue
        closing = _CLOSE.fullmatch(line)
        if closing and any(component.name == closing["name"] for component in opened):
            while opened and opened.pop().name != closing["name"]:
                pass
            if closing["name"] in _LEFT_TO_OTHERS:
                out.append(line.strip())
                continue
            blank()
            continue
        out.append(line)
    return "\n".join(out)
