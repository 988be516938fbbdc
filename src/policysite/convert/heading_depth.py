"""Headings moved one level down under a title, within the six levels a web page (and Markdown) has.

A Word document with a Title paragraph has its Heading 1 as the policy's sections (##), its Heading 2 one level
below, and so on: its Heading 5 is the sixth level. Its Heading 6 was written at the sixth level too, beside the
Heading 5 above it instead of inside it, and said nowhere (import leftover, session 28). A document that skips a
level above them (no Heading 1, or no Heading 3) keeps its Heading 6 a level of its own: the levels it skips are
closed up. One that uses all six under its title has no seventh: its Heading 6 share the sixth, said.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from policysite.convert.notes import Notes
from policysite.messages import Said

# The class mammoth's style map gives a Word heading under a Title paragraph (see docx_source): its level is Word's.
BELOW_TITLE = "policysite-below-title"
_MARKED = re.compile(rf'<h([1-6]) class="{BELOW_TITLE}">(.*?)</h\1>', re.S)


def one_down(levels: list[int]) -> tuple[list[int], dict[int, int]]:
    """Each of `levels` (1 to 6, in the text's order) one level down, the sixth staying there; where both the fifth
    and the sixth are used, each level the text uses in turn, from 2 (the levels it skips closed up), past 6 the
    sixth. Also: of each level that shares the sixth with the one above it, how many headings."""
    used = sorted(set(levels))
    if not {5, 6} <= set(used):
        return [min(6, level + 1) for level in levels], {}
    moved = {level: min(6, 2 + rank) for rank, level in enumerate(used)}
    shared: dict[int, int] = {}
    for level in levels:
        if 2 + used.index(level) > 6:
            shared[level] = shared.get(level, 0) + 1
    return [moved[level] for level in levels], shared


def below_title(html: str, notes: Notes, names: Mapping[int, str] | None = None) -> str:
    """`html` (mammoth's, of a Word document with a Title) with each heading marked `BELOW_TITLE`, at Word's level,
    one level down (see `one_down`), unmarked; said where Word's levels were closed up or share the sixth (`names`:
    the styles the document names its headings of each level by, see `heading_name`)."""
    levels = [int(found.group(1)) for found in _MARKED.finditer(html)]
    if not levels:
        return html
    moved, shared = one_down(levels)
    new = iter(moved)

    def down(found: re.Match[str]) -> str:
        level = next(new)
        return f"<h{level}>{found.group(2)}</h{level}>"

    out = _MARKED.sub(down, html)
    say(levels, shared, notes, word=True, names=names)
    return out


# LibreOffice's own heading styles, which a document names in English whatever the language of its menus (`Heading 1`
# is « Titre 1 » in a French LibreOffice, as in a French Word).
_BUILT_IN = re.compile(r"Heading ([1-9]|10)")


def heading_name(level: int, names: Mapping[int, str] | None = None) -> Said:
    """How a document's headings of `level` are named: by the style they are written in where `names` (the style of
    each level's headings, an OpenDocument's `Article`) gives one, LibreOffice's own `Heading n` as the reader's
    language names it; else as Word names its heading styles, `Heading n` (adopt43: an OpenDocument's headings were
    all said `Heading n`, whatever the styles it named them by)."""
    name = (names or {}).get(level, "")
    built_in = _BUILT_IN.fullmatch(name)
    if name and built_in is None:
        return Said("convert.style-heading", name=name)
    return Said("convert.word-heading", level=int(built_in.group(1)) if built_in else level)


def say(levels: list[int], shared: dict[int, int], notes: Notes, *, word: bool,
        names: Mapping[int, str] | None = None) -> None:
    """Said of headings at `levels` moved down by `one_down`, `shared` its count of those sharing the sixth level: a
    Word document's (its levels named as its styles are, `Heading 6`, or as `names` names them: `heading_name`) or a
    page's (`<h6>`)."""
    def named(level: int) -> str:
        return heading_name(level, names) if word else f"<h{level}>"

    skipped = [level for level in range(1, 5) if level not in levels]
    if shared:
        notes.add(Said("convert.sixth-level", above=named(min(shared) - 1),
                       levels=[Said("convert.level-count", count=count, level=named(level))
                               for level, count in sorted(shared.items())]))
    elif skipped and {5, 6} <= set(levels):
        notes.add(Said("convert.levels-skipped", skipped=[named(level) for level in skipped], five=named(5),
                       six=named(6)))
