"""Numbers a redline changes inside a sentence (`pendant 30 jours` → `pendant 60 jours`, a table's `3 ans` → `5 ans`):
said in plain words beside the redline's marks, the word before and after each with it, where `policy diff`'s counts
said "1 changed" and the reader had to find a digit struck among the words (legal28: a retention period doubled, a
fee, an age, a deadline changed are what a DPO looks for first)."""
from __future__ import annotations

from collections.abc import Iterator

from policysite.redline.model import EQUAL, WHOLE, BlockChange, Op, Redline, SectionChange, changed_runs

MOST_WORDS = 4  # a number and its unit or its words, not a sentence rewritten that holds one
_SIGNS = ".,;:!?)]}»”\"'’…"


def changed(redline: Redline) -> list[tuple[str, str, str]]:
    """(section number, the old words, the new words) of each number changed in a title or in a block changed in
    place or moved, in reading order: a run of words deleted and inserted, each side MOST_WORDS at most and holding a
    digit, with the word before it and the word after it where these are words."""
    return [(section.new_number or section.old_number or "", old, new) for section, old, new in in_sections(redline)]


def in_sections(redline: Redline) -> list[tuple[SectionChange, str, str]]:
    """changed(), each number with the section it is in: the Word and PDF redlines name it by its heading."""
    found: list[tuple[SectionChange, str, str]] = []
    for section in redline.sections:
        if section.kind in WHOLE:
            continue
        for ops in (section.title_ops, *(part for block in section.blocks for part in _runs(block))):
            found += [(section, old, new) for old, new in _numbers(ops)]
    return found


def _runs(block: BlockChange) -> Iterator[tuple[Op, ...]]:
    """The ops of what `block` changed of its words: a row's cell by cell (a word before a number is its cell's, not
    the cell beside), a block moved here its words against where it was, none for one added or removed whole."""
    if block.moved == "from":
        yield block.moved_ops
    elif block.kind == "changed" and not block.moved:
        yield from (block.cells or (block.ops,))


def _numbers(ops: tuple[Op, ...]) -> Iterator[tuple[str, str]]:
    for start, k in changed_runs(ops):
        sides = {"delete": "", "insert": ""}
        for tag, text in ops[start:k]:
            sides[tag] += text
        old, new = (" ".join(sides[tag].split()) for tag in ("delete", "insert"))
        if not all(_figure(side) for side in (old, new)):
            continue
        before = _word(ops[start - 1][1].split()[-1:] if start and ops[start - 1][0] == EQUAL else [])
        after = _word(ops[k][1].split()[:1] if k < len(ops) else [])
        yield (" ".join(w for w in (before, old, after) if w), " ".join(w for w in (before, new, after) if w))


def _figure(words: str) -> bool:
    # a decimal digit, as compare.js reads one (\p{Nd}): a superscript `²` alone is no number changed
    return any(c.isdecimal() for c in words) and len(words.split()) <= MOST_WORDS


def _word(words: list[str]) -> str:
    """The word of `words` (one or none), its signs at its end left out; "" for none, or for signs alone."""
    word = words[0].rstrip(_SIGNS) if words else ""
    return word if any(c.isalnum() for c in word) else ""
