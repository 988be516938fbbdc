"""A term replaced by another throughout the text (a defined term renamed: « Utilisateur » become « Client » thirty
times): said once in the summary's words (the history, the feed, `policy diff`), where the redline marks each of them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from policysite.redline.model import DELETE, WHOLE, BlockChange, Op, Redline, changed_runs

LEAST = 3  # replaced fewer times, a term is not said renamed: the redline's marks say it well enough
MOST_WORDS = 4  # a term, not a sentence rewritten
SAID = 3  # the most terms a summary names, the most replaced first


@dataclass(frozen=True)
class Replaced:
    """`old` become `new` `count` times, `old` nowhere left in the new text."""

    old: str
    new: str
    count: int


def replaced(redline: Redline) -> tuple[Replaced, ...]:
    """The terms the new version writes otherwise everywhere, each at least LEAST times and none of them left (as
    written, its case aside), the most replaced first, SAID at most."""
    forms: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for old, new in _pairs(redline):
        forms.setdefault((old.casefold(), new.casefold()), Counter())[(old, new)] += 1
    text = "\n".join(_new_text(redline))
    found = []
    for written in forms.values():
        count = sum(written.values())
        old, new = written.most_common(1)[0][0]
        if count >= LEAST and not _written_in(old, text):
            found.append(Replaced(old, new, count))
    found.sort(key=lambda r: (-r.count, r.old.casefold()))
    return tuple(found[:SAID])


def _pairs(redline: Redline) -> Iterator[tuple[str, str]]:
    """Each replacement of words by others in a title or a block that changed, the words around them that both sides
    share left out (`l'Utilisateur` → `l'Client`: Utilisateur, Client): a block changed in place, paragraphs merged
    or split (their ops mark only the words that changed), and a block moved elsewhere, edited on the way (its words
    against where it was, on the side it moved to). A block added or removed whole replaces no word: its words are
    new or gone (a section removed that held the old term: that term is not replaced, it is removed)."""
    for section in redline.sections:
        runs = [section.title_ops] if section.kind not in WHOLE else []
        runs += [_edited(b) for b in section.blocks]
        for ops in runs:
            yield from _replacements(ops)


def _edited(block: BlockChange) -> tuple[Op, ...]:
    """The ops of the words `block` had and changed: a block changed in place (or joined) its own, a block moved here
    its words against where it was (BlockChange.moved_ops); () for one added, removed or moved away whole. A block
    whose words moved within it is read by its ops, where a run moved is struck and inserted whole (no term)."""
    if block.moved == "from":
        return block.moved_ops
    return block.ops if block.kind == "changed" and not block.moved else ()


def _replacements(ops: tuple[Op, ...]) -> Iterator[tuple[str, str]]:
    """The (deleted, inserted) words of each replacement in `ops`, a term each (MOST_WORDS at most, a letter in
    both), their shared ends apart."""
    for start, end in changed_runs(ops):
        deleted = [text for tag, text in ops[start:end] if tag == DELETE]
        inserted = [text for tag, text in ops[start:end] if tag != DELETE]
        if deleted and inserted and not _in_a_word(ops, start, end, "".join(deleted), "".join(inserted)):
            old, new = _trimmed(" ".join("".join(deleted).split()), " ".join("".join(inserted).split()))
            if all(_is_term(side) for side in (old, new)) and old.casefold() != new.casefold():
                yield old, new


def _in_a_word(ops: tuple[Op, ...], start: int, end: int, deleted: str, inserted: str) -> bool:
    """Whether the run `ops[start:end]` cuts a word: a letter or digit kept right before it or right after it, glued
    to one of its sides' own (a text written without spaces between words, Japanese's `取り扱うか` become `取り扱い`,
    each kana a token): its pieces are no term (reader32: 「うか」 was said replaced by 「い」 throughout)."""
    before = ops[start - 1][1][-1:] if start > 0 else ""
    after = ops[end][1][:1] if end < len(ops) else ""
    return (before.isalnum() and any(side[:1].isalnum() for side in (deleted, inserted))) or \
        (after.isalnum() and any(side[-1:].isalnum() for side in (deleted, inserted)))


def _is_term(words: str) -> bool:
    return any(c.isalpha() for c in words) and len(words.split()) <= MOST_WORDS


def _trimmed(old: str, new: str) -> tuple[str, str]:
    """`old` and `new` less what both start and end with up to a sign that is no letter or digit (`l'`, `'s`, `.`):
    a word both share in part stays whole."""
    start = 0
    for k, (a, b) in enumerate(zip(old, new)):
        if a != b:
            break
        if not a.isalnum():
            start = k + 1
    end = 0
    for k, (a, b) in enumerate(zip(reversed(old[start:]), reversed(new[start:]))):
        if a != b:
            break
        if not a.isalnum():
            end = k + 1
    return old[start:len(old) - end].strip(), new[start:len(new) - end].strip()


def _new_text(redline: Redline) -> Iterator[str]:
    """The new version's words: its titles and every block it has."""
    for section in redline.sections:
        if section.new_number is not None or not section.number:
            yield section.new_title
        for block in section.blocks:
            if block.new is not None:
                yield block.new.text
                yield " | ".join(block.new.cells) if block.new.cells else ""


def _written_in(term: str, text: str) -> bool:
    """`term` in `text` as a word of its own (its case aside): not a part of another word."""
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None
