"""Whether a redline changes punctuation alone (`puis nous` → `puis, nous`, a full stop made a semicolon): each change
a run of signs, its letters and digits the same (their capitals aside); nothing added, removed, moved, no link
changed. Said in plain words by `policy diff`, each sign with the words around it, where the counts said "1 modifiée"
and the redline's mark was a comma to find. Not said editorial: a comma can change what a sentence obliges (an
enumeration, a condition), so the team reads it and decides (legal28, legal29)."""
from __future__ import annotations

import re
import unicodedata

from policysite.redline.model import DELETE, EQUAL, INSERT, Op, Redline, changed_runs
from policysite.redline.typos import word_edits

_TAIL = re.compile(r"\S*\s*$")  # the last word of the words before a change, with the space after it
_HEAD = re.compile(r"^\s*\S*")  # the first word after it, with the space before it


def changed(redline: Redline) -> list[tuple[str, str, str]]:
    """(section number, the words around the signs before, after) of each change of punctuation, where punctuation
    is all the redline changes; [] where it changes anything else, or nothing."""
    found: list[tuple[str, str, str]] = []
    for section, blocks in word_edits(redline) or ():
        sides = [((section.old_title, section.new_title), section.title_ops)]
        sides += [((block.old.text if block.old else "", block.new.text if block.new else ""), block.ops)
                  for block in blocks]
        for texts, ops in sides:
            signs = _signs(ops, texts)
            if signs is None:
                return []
            found += [(section.new_number or "", old, new) for old, new in signs]
    return found


def _signs(ops: tuple[Op, ...], texts: tuple[str, str]) -> list[tuple[str, str]] | None:
    """Each change of `ops` as the words around it in the old text and in the new (`texts`), as written; None where
    one changes a letter or a digit."""
    out: list[tuple[str, str]] = []
    for start, end in changed_runs(ops):
        sides = {DELETE: "", INSERT: ""}
        for tag, text in ops[start:end]:
            sides[tag] += text
        if _letters(sides[DELETE]) != _letters(sides[INSERT]) or not _punctuation(sides[DELETE] + sides[INSERT]):
            return None
        old, new = (_around(ops, start, end, tag, text) for tag, text in zip((DELETE, INSERT), texts))
        if old != new:
            out.append((old, new))
    return out


def _around(ops: tuple[Op, ...], start: int, end: int, tag: str, text: str) -> str:
    """Ops start to end on the side `tag` keeps, with the word before and the word after them, as `text` (that side's
    words) writes them: the ops keep no space a side does not share ("puis" + ", " + "nous" is "puisnous" on the side
    without the comma). Found by counting the characters that are no space; the ops' own words where these differ."""
    def signs(part: tuple[Op, ...]) -> int:
        return sum(len("".join(t.split())) for tag_, t in part if tag_ in (EQUAL, tag))

    at = [_place(text, signs(ops[:start])), _place(text, signs(ops[:end]))]
    if None in at or signs(ops) != len("".join(text.split())):
        words = "".join(t for tag_, t in ops[start:end] if tag_ == tag)
        return " ".join(words.split())
    p, q = at
    assert p is not None and q is not None
    before, after = _TAIL.search(text[:p]), _HEAD.search(text[q:])
    return " ".join(f"{before.group() if before else ''}{text[p:q]}{after.group() if after else ''}".split())


def _place(text: str, count: int) -> int | None:
    """Where in `text` its `count`-th character that is no space ends (0 for none); None past its end."""
    if count == 0:
        return 0
    seen = 0
    for k, c in enumerate(text):
        if not c.isspace():
            seen += 1
            if seen == count:
                return k + 1
    return None


# Unicode's punctuation that stands for words, not for a sentence's shape: "10 %", "A & B", "§3", an address's `@`
_WORDS = frozenset("%‰‱#&@*†‡§¶/\\⁒٪٫٬٭﹪％＃＆＠＊／＼")


def _punctuation(text: str) -> bool:
    """Whether the signs of `text` (not its letters, digits nor spaces) are all punctuation (Unicode's P*), none of
    those standing for words (_WORDS): a symbol (`€`, `🙂`) or a per cent changed is no punctuation."""
    return all(unicodedata.category(c).startswith("P") and c not in _WORDS
               for c in text if not c.isalnum() and not c.isspace())


def _letters(text: str) -> list[str]:
    return [c.casefold() for c in text if c.isalnum()]
