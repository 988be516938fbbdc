"""Whether a redline only corrects spelling: each change a word replaced by one spelt nearly alike, one of the two
unknown to the language's dictionary ("dta" for "data", "recieved" for "received"), or written in other capitals;
nothing added, removed, moved, renumbered, no link nor number changed. What the pull request's summary says in plain
words (legal21: a typo corrected read "1 changed", as a change of wording would)."""
from __future__ import annotations

import difflib
import re

from policysite import spelling
from policysite.redline.model import EQUAL, BlockChange, Op, Redline, SectionChange

# A web address or a host written as a word (`www.cnil.fr`, `example.org`, `https://…`): no spelling; an e-mail
# address has its `@` (legal28: `privacy@example.com` → `privacy@example.org`, where readers write, was said a
# spelling corrected, a correction needing no notice)
_ADDRESS = re.compile(r"(?:[\w-]+\.)+[^\W\d_]{2,}|.*[@/].*")
# How alike two spellings of a word are (difflib's ratio): "dta"/"data" 0.86, "recieved"/"received" 0.88
ALIKE = 0.75


def corrected(redline: Redline) -> list[tuple[str, str, str]]:
    """(section number, word before, word after) of each word the redline corrects, where a correction of spelling is
    all it changes; [] where it changes anything else, or nothing."""
    found: list[tuple[str, str, str]] = []
    for section, blocks in word_edits(redline) or ():
        for ops in (section.title_ops, *(block.ops for block in blocks)):
            pairs = _replaced(ops, redline.lang)
            if pairs is None:
                return []
            found += [(section.new_number or "", old, new) for old, new in pairs]
    return found


def word_edits(redline: Redline) -> list[tuple[SectionChange, list[BlockChange]]] | None:
    """Each section the redline changes, with its changed blocks, where each change is of words alone (typos.corrected,
    punctuation.changed): None where a section is added, removed, moved or renumbered, a link changed, or a block
    is not only_words."""
    edits: list[tuple[SectionChange, list[BlockChange]]] = []
    for section in redline.sections:
        if section.kind == "unchanged":
            continue
        if section.kind != "changed" or section.link_ops or section.numbering_ops:
            return None
        blocks = [block for block in section.blocks if block.kind != "unchanged"]
        if not all(only_words(block) for block in blocks):
            return None
        edits.append((section, blocks))
    return edits


def only_words(block: BlockChange) -> bool:
    """Whether a block changed its words alone: not added, removed, moved, joined, nor its links or pictures."""
    return block.kind == "changed" and not (block.link_ops or block.tip_ops or block.moved or block.joined
                                            or block.parts or block.images or block.moved_columns)


def _replaced(ops: tuple[Op, ...], lang: str) -> list[tuple[str, str]] | None:
    """Each (word before, word after) of `ops` where every change is one word spelt again; None where one is not."""
    pairs: list[tuple[str, str]] = []
    run: dict[str, str] = {}
    for tag, text in (*ops, (EQUAL, "")):
        if tag != EQUAL:
            run[tag] = run.get(tag, "") + text
            continue
        if run:
            old, new = (run.get(side, "").strip() for side in ("delete", "insert"))
            if not _misspelt(old, new, lang):
                return None
            pairs.append((old, new))
            run = {}
    return pairs


def _misspelt(old: str, new: str, lang: str) -> bool:
    """Whether `new` spells the word `old` again: one word each, no digit, no address (an e-mail's, a web one's),
    written alike, in other capitals or with one of the two unknown to the dictionary (two known words, "not" and
    "now", are two words)."""
    if not old or not new or any(len(word.split()) != 1 or any(c.isdigit() for c in word) or
                                 not any(c.isalpha() for c in word) for word in (old, new)):
        return False
    if any(_ADDRESS.fullmatch(word.rstrip(".,;:!?)»”\"'’")) for word in (old, new)):
        return False  # an address another, not a word spelt again: where readers write or go
    if old.casefold() == new.casefold():
        return True
    if difflib.SequenceMatcher(None, old.casefold(), new.casefold()).ratio() < ALIKE:
        return False
    shares = [spelling.known_share(word, lang) for word in (old, new)]
    return None not in shares and min(share or 0.0 for share in shares) == 0.0
