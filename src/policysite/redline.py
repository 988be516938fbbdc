"""Redline of two versions of a policy: sections matched first, then words inside changed blocks.

Sections are matched by identity (same number and title), then by content, so that a
renumbered or moved section is said as such instead of deleted and re-added. Inside a
pair of changed blocks, words are diffed with whitespace attached to the word before
them: a few hundred tokens per block, which keeps difflib in milliseconds (characters or
separate whitespace tokens make it quadratic on the popular tokens; see bench/).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import IO

from jinja2 import Environment

from policysite.document import Block, Policy, Section, anchor_for

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
SECTION_KINDS = ("unchanged", "changed", "added", "removed", "renumbered", "moved")
BLOCK_KINDS = ("unchanged", "changed", "added", "removed")

Op = tuple[str, str]  # (EQUAL | DELETE | INSERT, text with the whitespace that follows each word)
Token = tuple[str, str]  # (what is compared, text as written)
Tokenizer = Callable[[str], list[Token]]

BLOCK_CUTOFF = 0.5  # two blocks sharing less than this ratio of words are a removal and an addition
CONTAINED = 0.6  # ... unless the shorter one is kept at least this much
SECTION_CUTOFF = 0.6  # same for sections whose number and title both changed
SAME_TITLE_CUTOFF = 0.3  # a section keeping its title needs less shared text to be the same section

PROSE = {"paragraph", "item"}  # kinds of block that may turn into each other

_WORD = re.compile(r"\s*\S+\s*")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Changes from the version of {old} to the version of {new}",
        "heading_undated": "Changes between two versions",
        "heading_to_edited": "Changes from the version of {old} to the edited text (dated {new})",
        "heading_from_edited": "Changes from the edited text (dated {old}) to the version of {new}",
        "legend": "Legend",
        "legend_deleted": "deleted text: struck through, between [− and ]",
        "legend_inserted": "inserted text: underlined, between [+ and ]",
        "example_deleted": "deleted",
        "example_inserted": "inserted",
        "sr_deleted": "deleted:",
        "sr_inserted": "inserted:",
        "summary": "Summary",
        "counts": "{changed} changed, {added} added, {removed} removed, {renumbered} renumbered, {moved} moved",
        "notes": "Not shown as changes of text: {whitespace} whitespace-only, {formatting} formatting-only.",
        "no_change": "No change in the text.",
        "unchanged": "unchanged",
        "changed": "changed",
        "added": "added",
        "removed": "removed",
        "renumbered": "renumbered",
        "moved": "moved",
        "text_unchanged": "text unchanged",
        "text_changed": "text changed",
        "links": "Link targets:",
        "preamble": "Title and introduction",
        "skipped": "unchanged paragraphs not shown",
        "in_old": "previous version",
        "in_new": "new version",
        "truncated": "{count} more section(s) not shown here: see the full redline.",
        "colon": ": ",
    },
    "fr": {
        "heading": "Modifications de la version du {old} à la version du {new}",
        "heading_undated": "Modifications entre deux versions",
        "heading_to_edited": "Modifications de la version du {old} au texte modifié (daté du {new})",
        "heading_from_edited": "Modifications du texte modifié (daté du {old}) à la version du {new}",
        "legend": "Légende",
        "legend_deleted": "texte supprimé\u00a0: barré, entre [− et ]",
        "legend_inserted": "texte ajouté\u00a0: souligné, entre [+ et ]",
        "example_deleted": "supprimé",
        "example_inserted": "ajouté",
        "sr_deleted": "suppression\u00a0:",
        "sr_inserted": "ajout\u00a0:",
        "summary": "Résumé",
        "counts": "{changed} modifiée(s), {added} ajoutée(s), {removed} supprimée(s), "
                  "{renumbered} renumérotée(s), {moved} déplacée(s)",
        "notes": "Non montrées comme modifications du texte\u00a0: {whitespace} d’espacement seul, "
                 "{formatting} de mise en forme seule.",
        "no_change": "Aucune modification du texte.",
        "unchanged": "inchangée",
        "changed": "modifiée",
        "added": "ajoutée",
        "removed": "supprimée",
        "renumbered": "renumérotée",
        "moved": "déplacée",
        "text_unchanged": "texte inchangé",
        "text_changed": "texte modifié",
        "links": "Cibles des liens\u00a0:",
        "preamble": "Titre et introduction",
        "skipped": "paragraphes inchangés non montrés",
        "in_old": "version précédente",
        "in_new": "nouvelle version",
        "truncated": "{count} autre(s) section(s) non montrée(s) ici\u00a0: voir la comparaison complète.",
        "colon": "\u00a0: ",
    },
}


def labels(lang: str) -> dict[str, str]:
    """Interface words of the redline in `lang`, English for any missing key."""
    return {**STRINGS["en"], **STRINGS.get(lang, {})}


# --- the model ------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockChange:
    """One block in both versions: its word ops and, when they differ, its link-target ops."""

    kind: str  # BLOCK_KINDS
    old: Block | None
    new: Block | None
    ops: tuple[Op, ...]
    link_ops: tuple[Op, ...] = ()
    note: str = ""  # "whitespace" | "formatting": an unchanged block whose Markdown differs

    @property
    def block_kind(self) -> str:
        return (self.new or self.old).kind  # type: ignore[union-attr]

    @property
    def depth(self) -> int:
        return (self.new or self.old).depth  # type: ignore[union-attr]


@dataclass
class SectionChange:
    """A section in both versions. `kind` says what happened to it; `changed` if its words did."""

    kind: str  # SECTION_KINDS
    old_number: str | None
    new_number: str | None
    old_title: str
    new_title: str
    title_ops: tuple[Op, ...] = ()
    blocks: list[BlockChange] = field(default_factory=list)
    old_line: int = 0
    new_line: int = 0

    @property
    def number(self) -> str:
        """The number a reader knows it by: the new one, or the old one for a removed section."""
        return self.new_number if self.new_number is not None else self.old_number or ""

    @property
    def title(self) -> str:
        return self.new_title if self.new_number is not None else self.old_title

    @property
    def old_anchor(self) -> str:
        return anchor_for(self.old_number) if self.old_number else ""

    @property
    def new_anchor(self) -> str:
        return anchor_for(self.new_number) if self.new_number else ""

    @property
    def anchor(self) -> str:
        return self.new_anchor or self.old_anchor

    @property
    def id(self) -> str:
        """Unique within a redline: a removed section may share its number with a new one."""
        if not self.number:
            return "preamble"
        return self.new_anchor or f"old-{self.old_anchor}"

    @property
    def changed(self) -> bool:
        """Its title or text changed (an added or removed section counts as changed)."""
        return bool(self.title_ops) or any(b.kind != "unchanged" for b in self.blocks)

    @property
    def shown(self) -> bool:
        """Worth showing in a redline: anything but an unchanged section in place."""
        return self.kind != "unchanged"


@dataclass(frozen=True)
class Notes:
    """Edits that are not shown as changes of text, counted per block or title."""

    whitespace: int = 0
    formatting: int = 0


@dataclass(frozen=True)
class Summary:
    """Sections by what happened to them; `changed` includes renumbered or moved ones whose text changed."""

    changed: tuple[SectionChange, ...]
    added: tuple[SectionChange, ...]
    removed: tuple[SectionChange, ...]
    renumbered: tuple[SectionChange, ...]
    moved: tuple[SectionChange, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in ("changed", "added", "removed", "renumbered", "moved")}


@dataclass
class Redline:
    """Every section of two versions in reading order (removed ones where they were), and notes."""

    lang: str
    old_date: dt.date | None
    new_date: dt.date | None
    sections: list[SectionChange]
    notes: Notes
    # A side that is the text being edited (the working tree), not a dated version: its date is only proposed.
    old_edited: bool = False
    new_edited: bool = False

    @property
    def heading_key(self) -> str:
        """Which heading of STRINGS names the two sides: dated versions, the edited text, or no dates."""
        if not (self.old_date and self.new_date) or (self.old_edited and self.new_edited):
            return "heading_undated"
        return "heading_from_edited" if self.old_edited else "heading_to_edited" if self.new_edited else "heading"

    @property
    def summary(self) -> Summary:
        numbered = [s for s in self.sections if s.number]
        return Summary(
            changed=tuple(s for s in numbered if s.kind not in ("added", "removed") and s.changed),
            added=tuple(s for s in numbered if s.kind == "added"),
            removed=tuple(s for s in numbered if s.kind == "removed"),
            renumbered=tuple(s for s in numbered if s.kind == "renumbered"),
            moved=tuple(s for s in numbered if s.kind == "moved"),
        )

    @property
    def changed(self) -> bool:
        """Anything to show: a section changed, added, removed, renumbered or moved."""
        return any(s.shown for s in self.sections)


# --- words ----------------------------------------------------------------------------


def word_tokens(text: str) -> list[Token]:
    """Words with the whitespace after them attached; compared without that whitespace."""
    return [(m.group().strip(), m.group()) for m in _WORD.finditer(text)]


def word_ops(old: str, new: str, *, tokenize: Tokenizer = word_tokens) -> tuple[Op, ...]:
    """Ops turning `old` into `new`: equal runs carry the new text, so joining non-deleted ops gives `new`."""
    a, b = tokenize(old), tokenize(new)
    ka, kb = [k for k, _ in a], [k for k, _ in b]
    ops: list[Op] = []
    if ka == kb:
        return ((EQUAL, new),) if new else ()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            _push(ops, EQUAL, "".join(t for _, t in b[j1:j2]))
            continue
        if i2 > i1:
            _push(ops, DELETE, "".join(t for _, t in a[i1:i2]))
        if j2 > j1:
            _push(ops, INSERT, "".join(t for _, t in b[j1:j2]))
    return tuple(ops)


def apply(old: str, ops: tuple[Op, ...] | list[Op]) -> str:
    """The new text: `ops` applied to `old`, checking that they keep and delete exactly its words."""
    words = old.split()
    at = 0
    out: list[str] = []
    for tag, text in ops:
        if tag in (EQUAL, DELETE):
            expected = text.split()
            if words[at:at + len(expected)] != expected:
                raise ValueError(f"ops do not apply: expected {expected!r} at word {at} of the old text")
            at += len(expected)
        if tag in (EQUAL, INSERT):
            out.append(text)
    if at != len(words):
        raise ValueError(f"ops leave {len(words) - at} word(s) of the old text unaccounted for")
    return "".join(out)


def segments(ops: tuple[Op, ...] | list[Op]) -> list[tuple[str, str, str]]:
    """(tag, words, space after) for renderers, so that marks never underline or strike a space."""
    out: list[tuple[str, str, str]] = []
    for k, (tag, text) in enumerate(ops):
        core = " ".join(text.split())
        last = k == len(ops) - 1
        out.append((tag, core, "" if last else " "))
    return out


def _push(ops: list[Op], tag: str, text: str) -> None:
    if ops and ops[-1][0] == tag:
        ops[-1] = (tag, ops[-1][1] + text)
    else:
        ops.append((tag, text))


def _link_text(links: tuple[str, ...]) -> str:
    return " ".join(f"⟨{href}⟩" for href in links)


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- blocks ---------------------------------------------------------------------------


def _key(block: Block) -> tuple[str, str, tuple[str, ...]]:
    return block.kind, _norm(block.text), block.links


def _shape(block: Block) -> tuple:
    """Everything about a block but where it is."""
    return block.kind, block.text, block.markdown, block.depth, block.strong, block.links, block.cells


def _unchanged(old: Block, new: Block) -> BlockChange:
    note = ""
    if _shape(old) != _shape(new):
        same_words = _norm(old.markdown) == _norm(new.markdown) if (old.markdown or new.markdown) else True
        same_shape = (old.kind, old.depth, old.strong) == (new.kind, new.depth, new.strong)
        note = "whitespace" if same_words and same_shape else "formatting"
    return BlockChange("unchanged", old, new, ((EQUAL, new.text),) if new.text else (), note=note)


def _changed(old: Block, new: Block, tokenize: Tokenizer) -> BlockChange:
    if _norm(old.text) == _norm(new.text) and old.links == new.links:
        return _unchanged(old, new)  # a paragraph become a list item, say
    if old.kind == new.kind == "row" and len(old.cells) == len(new.cells) and old.cells:
        ops: list[Op] = []
        for k, (a, b) in enumerate(zip(old.cells, new.cells)):
            if k:
                _push(ops, EQUAL, " | ")
            for op in word_ops(a, b, tokenize=tokenize):
                _push(ops, *op)
        text_ops = tuple(ops)
    else:
        text_ops = word_ops(old.text, new.text, tokenize=tokenize)
    link_ops = word_ops(_link_text(old.links), _link_text(new.links)) if old.links != new.links else ()
    return BlockChange("changed", old, new, text_ops, link_ops)


def _added(new: Block) -> BlockChange:
    links = ((INSERT, _link_text(new.links)),) if new.links else ()
    return BlockChange("added", None, new, ((INSERT, new.text),) if new.text else (), links)


def _removed(old: Block) -> BlockChange:
    links = ((DELETE, _link_text(old.links)),) if old.links else ()
    return BlockChange("removed", old, None, ((DELETE, old.text),) if old.text else (), links)


def diff_blocks(old: list[Block], new: list[Block], *, tokenize: Tokenizer = word_tokens) -> list[BlockChange]:
    """Blocks of two versions of a section aligned: unchanged, changed (paired by similarity), added, removed."""
    ka, kb = [_key(b) for b in old], [_key(b) for b in new]
    if ka == kb:
        return [_unchanged(o, n) for o, n in zip(old, new)]
    out: list[BlockChange] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(_unchanged(o, n) for o, n in zip(old[i1:i2], new[j1:j2]))
        else:
            _pair(old[i1:i2], new[j1:j2], out, tokenize)
    return out


def _block_score(matches: int, la: int, lb: int) -> float:
    """Share of common words: of both blocks (difflib's ratio), or of the shorter one when it is kept
    mostly whole (a sentence appended to a short paragraph is an edit, not a rewrite); 0 below the cutoffs."""
    shorter = min(la, lb)
    if not shorter:
        return 1.0 if la == lb else 0.0
    ratio = 2 * matches / (la + lb)
    if ratio >= BLOCK_CUTOFF:
        return ratio
    return BLOCK_CUTOFF if matches / shorter >= CONTAINED else 0.0


def _pairable(old: Block, new: Block) -> bool:
    return old.kind == new.kind or {old.kind, new.kind} == PROSE


def _pair(old: list[Block], new: list[Block], out: list[BlockChange], tokenize: Tokenizer) -> None:
    """Pair the most similar blocks of a replaced run, in order, as difflib's Differ does for lines."""
    if len(old) == len(new) == 1 and _pairable(old[0], new[0]):
        # the usual case, one block edited: its word diff also measures how much it kept
        change = _changed(old[0], new[0], tokenize)
        kept = sum(len(text.split()) for tag, text in change.ops if tag == EQUAL)
        if change.kind == "unchanged" or _block_score(kept, len(old[0].text.split()), len(new[0].text.split())):
            out.append(change)
        else:
            out += [_removed(old[0]), _added(new[0])]
        return
    best, at = 0.0, None
    matcher = SequenceMatcher(autojunk=False)
    for j, n in enumerate(new):
        new_words = n.text.split()
        matcher.set_seq2(new_words)
        for i, o in enumerate(old):
            if not _pairable(o, n):
                continue
            old_words = o.text.split()
            matcher.set_seq1(old_words)
            la, lb = len(old_words), len(new_words)
            if matcher.real_quick_ratio() * (la + lb) / 2 < best * min(la, lb) \
                    or not _block_score(int(matcher.quick_ratio() * (la + lb) / 2 + 0.5), la, lb):
                continue
            score = _block_score(sum(m.size for m in matcher.get_matching_blocks()), la, lb)
            if score > best:
                best, at = score, (i, j)
    if at is None:
        out.extend(_removed(o) for o in old)
        out.extend(_added(n) for n in new)
        return
    i, j = at
    _pair(old[:i], new[:j], out, tokenize)
    out.append(_changed(old[i], new[j], tokenize))
    _pair(old[i + 1:], new[j + 1:], out, tokenize)


# --- sections -------------------------------------------------------------------------


def _words(section: Section) -> list[str]:
    return (section.title + " " + section.text).split()


def _section_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Words shared by two sections, in any order: cheap, and order inside a section is the word diff's job."""
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 1.0


class _LazyBags(dict):
    """Word counts of sections, computed only for those that reach the similarity passes."""

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def __missing__(self, index: int) -> Counter[str]:
        bag = self[index] = Counter(_words(self.sections[index]))
        return bag


def match_sections(old: list[Section], new: list[Section]) -> dict[int, int]:
    """Old index -> new index, in passes from surest to loosest.

    Same number and title; then same content anywhere (renumbered or moved, unchanged); then,
    between two matched sections, the same title or the same place with similar words (edited
    in place); then the same title anywhere, the same number, and finally similar words anywhere.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def pair(i: int, j: int) -> None:
        pairs[i] = j
        taken.add(j)

    new_by_number = {s.number: j for j, s in enumerate(new)}
    for i, o in enumerate(old):
        j = new_by_number.get(o.number)
        if j is not None and j not in taken and _norm(new[j].title) == _norm(o.title):
            pair(i, j)
    content: dict[str, list[int]] = {}
    for j, n in enumerate(new):
        if j not in taken:
            content.setdefault(" ".join(_words(n)), []).append(j)
    for i, o in enumerate(old):
        if i not in pairs and (free := [j for j in content.get(" ".join(_words(o)), []) if j not in taken]):
            pair(i, free[0])
    words_old = _LazyBags(old)
    words_new = _LazyBags(new)

    def same_title(i: int, candidates: list[int]) -> None:
        title = _norm(old[i].title)
        scored = [(r, j) for j in candidates if j not in taken and _norm(new[j].title) == title
                  and (r := _section_similarity(words_old[i], words_new[j])) >= SAME_TITLE_CUTOFF]
        if scored:
            pair(i, max(scored)[1])

    anchors = [(-1, -1)] + sorted((i, pairs[i]) for i in _in_order(pairs)) + [(len(old), len(new))]
    for (i0, j0), (i1, j1) in zip(anchors, anchors[1:]):
        gap_old = [i for i in range(i0 + 1, i1) if i not in pairs]
        gap_new = [j for j in range(j0 + 1, j1) if j not in taken]
        for i in gap_old:
            same_title(i, gap_new)
        gap_old = [i for i in gap_old if i not in pairs]
        gap_new = [j for j in gap_new if j not in taken]
        if len(gap_old) == len(gap_new):
            for i, j in zip(gap_old, gap_new):
                if _section_similarity(words_old[i], words_new[j]) >= BLOCK_CUTOFF:
                    pair(i, j)
    rest_new = [j for j in range(len(new)) if j not in taken]
    for i in range(len(old)):
        if i not in pairs:
            same_title(i, rest_new)
    for i in range(len(old)):
        j = new_by_number.get(old[i].number)
        if i not in pairs and j is not None and j not in taken \
                and _section_similarity(words_old[i], words_new[j]) >= BLOCK_CUTOFF:
            pair(i, j)
    candidates = sorted(
        ((r, i, j) for i in range(len(old)) if i not in pairs for j in range(len(new)) if j not in taken
         if (r := _section_similarity(words_old[i], words_new[j])) >= SECTION_CUTOFF),
        reverse=True)
    for _, i, j in candidates:
        if i not in pairs and j not in taken:
            pair(i, j)
    return pairs


def _in_order(pairs: dict[int, int]) -> set[int]:
    """Old indexes of the longest run of pairs kept in the same order: the others moved."""
    olds = sorted(pairs)
    tails: list[int] = []  # new index ending the best run of each length
    tail_at: list[int] = []  # position in `olds` of that end
    back: list[int] = [-1] * len(olds)
    for k, i in enumerate(olds):
        j = pairs[i]
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(olds[k])
        k = back[k]
    return keep


def diff(old: Policy, new: Policy, *, tokenize: Tokenizer | None = None) -> Redline:
    """The redline from `old` to `new`: each section matched, classified and diffed block by block.

    `tokenize` is for benchmarks of other tokenisations; the default is `word_tokens`.
    """
    tokenize = tokenize or word_tokens
    pairs = match_sections(old.sections, new.sections)
    in_order = _in_order(pairs)
    whitespace = formatting = 0

    def count(blocks: list[BlockChange]) -> None:
        nonlocal whitespace, formatting
        whitespace += sum(b.note == "whitespace" for b in blocks)
        formatting += sum(b.note == "formatting" for b in blocks)

    def title_ops(a: str, b: str) -> tuple[Op, ...]:
        nonlocal whitespace
        if a != b and _norm(a) == _norm(b):
            whitespace += 1
        return word_ops(a, b) if _norm(a) != _norm(b) else ()

    preamble_blocks = diff_blocks(old.preamble, new.preamble, tokenize=tokenize)
    count(preamble_blocks)
    preamble = SectionChange("unchanged", "", "", old.title, new.title, title_ops(old.title, new.title),
                             preamble_blocks, old.title_line, new.title_line)
    if preamble.changed:
        preamble.kind = "changed"

    placed: list[tuple[tuple[int, int, int], SectionChange]] = []
    new_to_old = {j: i for i, j in pairs.items()}
    for j, n in enumerate(new.sections):
        i = new_to_old.get(j)
        if i is None:
            change = SectionChange("added", None, n.number, "", n.title, ((INSERT, n.title),),
                                   [_added(b) for b in n.blocks], 0, n.line)
        else:
            o = old.sections[i]
            blocks = diff_blocks(o.blocks, n.blocks, tokenize=tokenize)
            count(blocks)
            change = SectionChange("unchanged", o.number, n.number, o.title, n.title, title_ops(o.title, n.title),
                                   blocks, o.line, n.line)
            if i not in in_order:
                change.kind = "moved"
            elif o.number != n.number:
                change.kind = "renumbered"
            elif change.changed:
                change.kind = "changed"
        placed.append(((j, 0, 0), change))
    last_paired = -1
    for i, o in enumerate(old.sections):
        if i in pairs:
            last_paired = pairs[i] if i in in_order else last_paired
            continue
        change = SectionChange("removed", o.number, None, o.title, "", ((DELETE, o.title),),
                               [_removed(b) for b in o.blocks], o.line, 0)
        placed.append(((last_paired, 1, i), change))
    placed.sort(key=lambda item: item[0])
    sections = [preamble] + [change for _, change in placed]
    return Redline(new.lang or old.lang, old.date, new.date, sections, Notes(whitespace, formatting))


# --- renderers ------------------------------------------------------------------------


def _heading(section: SectionChange, t: dict[str, str]) -> str:
    if not section.number:
        return t["preamble"]
    if section.old_number and section.new_number and section.old_number != section.new_number:
        return f"§{section.old_number} → §{section.new_number} {section.title}"
    return f"§{section.number} {section.title}"


def _status(section: SectionChange, t: dict[str, str]) -> str:
    if section.kind in ("renumbered", "moved"):
        return f"{t[section.kind]}, {t['text_changed'] if section.changed else t['text_unchanged']}"
    return t[section.kind]


def _title_line(redline: Redline, t: dict[str, str]) -> str:
    if redline.heading_key == "heading_undated":
        return t["heading_undated"]
    old, new = redline.old_date, redline.new_date
    assert old is not None and new is not None  # dated headings are for dated sides
    return t[redline.heading_key].format(old=old.isoformat(), new=new.isoformat())


def _counts_line(redline: Redline, t: dict[str, str]) -> str:
    return t["counts"].format(**redline.summary.counts)


def _notes_line(redline: Redline, t: dict[str, str]) -> str:
    notes = redline.notes
    return t["notes"].format(whitespace=notes.whitespace, formatting=notes.formatting) \
        if notes.whitespace or notes.formatting else ""


def wants_color(stream: IO[str], *, environ: Mapping[str, str]) -> bool:
    """Colour for a terminal only: not when piped, nor with NO_COLOR set (no-color.org), nor TERM=dumb."""
    return stream.isatty() and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


_ANSI = {DELETE: ("\x1b[9;31m", "\x1b[0m"), INSERT: ("\x1b[4;32m", "\x1b[0m"), EQUAL: ("", "")}
_PLAIN = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}"), EQUAL: ("", "")}


def render_text(redline: Redline, *, color: bool, lang: str | None = None) -> str:
    """For a terminal (ANSI colour plus strike/underline) or a pipe (git's [-deleted-]{+inserted+})."""
    t = labels(lang or redline.lang)
    marks = _ANSI if color else _PLAIN
    bold, reset = ("\x1b[1m", "\x1b[0m") if color else ("", "")

    def words(ops: tuple[Op, ...]) -> str:
        return "".join(f"{marks[tag][0]}{core}{marks[tag][1]}{tail}" for tag, core, tail in segments(ops))

    lines = [f"{bold}{_title_line(redline, t)}{reset}", _counts_line(redline, t)]
    if note := _notes_line(redline, t):
        lines.append(note)
    if not redline.changed:
        lines.append(t["no_change"])
    for section in redline.sections:
        if not section.shown:
            continue
        lines += ["", f"{bold}{_heading(section, t)}{reset} ({_status(section, t)})"]
        if section.title_ops and section.kind not in ("added", "removed"):
            lines.append("  " + words(section.title_ops))
        skipped = False
        for block in section.blocks:
            if block.kind == "unchanged":
                if not skipped and section.changed:
                    lines.append("  …")
                skipped = True
                continue
            skipped = False
            indent = "  " + "  " * block.depth + ("- " if block.block_kind == "item" else "")
            if block.ops:
                lines.append(indent + words(block.ops))
            if block.link_ops:
                lines.append(f"{indent}{t['links']} {words(block.link_ops)}")
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|~#!])", r"\\\1", text)


def _md_code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def render_markdown(redline: Redline, *, lang: str | None = None, old_url: str = "", new_url: str = "",
                    max_chars: int = 60000) -> str:
    """A pull request comment: summary list (linking into both versions if given), then <del>/<ins> words."""
    t = labels(lang or redline.lang)
    tag_of = {DELETE: ("<del>", "</del>"), INSERT: ("<ins>", "</ins>"), EQUAL: ("", "")}

    def words(ops: tuple[Op, ...]) -> str:
        return "".join(f"{tag_of[tag][0]}{_md_escape(core)}{tag_of[tag][1]}{tail}" for tag, core, tail in segments(ops))

    def targets(ops: tuple[Op, ...]) -> str:
        # code spans: GitHub would otherwise autolink a URL together with its closing ⟩
        return "".join(f"{tag_of[tag][0]}{' '.join(_md_code(w) for w in core.split())}{tag_of[tag][1]}{tail}"
                       for tag, core, tail in segments(ops))

    def links(s: SectionChange) -> str:
        found = [f"[{t[key]}]({url}#{anchor})" for key, url, anchor in
                 (("in_old", old_url, s.old_anchor), ("in_new", new_url, s.new_anchor)) if url and anchor]
        return t["colon"] + " · ".join(found) if found else ""

    head = [f"### {_md_escape(_title_line(redline, t))}", "", f"**{_counts_line(redline, t)}**", ""]
    shown = [s for s in redline.sections if s.shown]
    head += [f"- {_md_escape(_heading(s, t))} ({_status(s, t)}){links(s)}" for s in shown]
    if shown:
        head.append("")
    note = _notes_line(redline, t)
    head.append(f"<sub>{t['legend']}{t['colon']}<del>{t['example_deleted']}</del> · "
                f"<ins>{t['example_inserted']}</ins>.{' ' + note if note else ''}</sub>")
    if not redline.changed:
        head += ["", t["no_change"]]
    chunks: list[str] = []
    for section in shown:
        lines = ["", f"#### {_md_escape(_heading(section, t))} ({_status(section, t)})", ""]
        if section.title_ops and section.kind not in ("added", "removed"):
            lines += [words(section.title_ops), ""]
        skipped = False
        for block in section.blocks:
            if block.kind == "unchanged":
                if not skipped and section.changed:
                    lines += ["…", ""]
                skipped = True
                continue
            skipped = False
            prefix = "  " * block.depth + "- " if block.block_kind == "item" else ""
            if block.ops:
                text = words(block.ops)
                if not prefix and re.match(r"\d+[.)]|[-+]\s", text):
                    text = "\\" + text
                lines += [prefix + text, ""]
            if block.link_ops:
                lines += [f"{'  ' * block.depth}{t['links']} {targets(block.link_ops)}", ""]
        chunks.append("\n".join(lines).rstrip("\n"))
    out = "\n".join(head)
    for k, chunk in enumerate(chunks):
        if len(out) + len(chunk) + 200 > max_chars:
            out += "\n\n" + t["truncated"].format(count=len(chunks) - k)
            break
        out += "\n" + chunk
    return out + "\n"


def to_json(redline: Redline) -> dict:
    """The redline as plain data: shown sections and their changed blocks, with source lines."""
    summary = redline.summary

    def number(s: SectionChange) -> str:
        return s.number

    def block(b: BlockChange) -> dict:
        return {"kind": b.kind, "block": b.block_kind, "depth": b.depth,
                "old_line": b.old.line if b.old else None, "new_line": b.new.line if b.new else None,
                "ops": [list(op) for op in b.ops], "link_ops": [list(op) for op in b.link_ops]}

    return {
        "lang": redline.lang,
        "old_date": redline.old_date.isoformat() if redline.old_date else None,
        "new_date": redline.new_date.isoformat() if redline.new_date else None,
        "old_edited": redline.old_edited,  # that side is the text being edited, not a dated version
        "new_edited": redline.new_edited,
        "summary": {
            "counts": summary.counts,
            "changed": [number(s) for s in summary.changed],
            "added": [number(s) for s in summary.added],
            "removed": [number(s) for s in summary.removed],
            "renumbered": [{"old": s.old_number, "new": s.new_number} for s in summary.renumbered],
            "moved": [{"old": s.old_number, "new": s.new_number} for s in summary.moved],
        },
        "notes": {"whitespace": redline.notes.whitespace, "formatting": redline.notes.formatting},
        "sections": [
            {"kind": s.kind, "changed": s.changed, "old_number": s.old_number, "new_number": s.new_number,
             "old_anchor": s.old_anchor, "new_anchor": s.new_anchor, "old_title": s.old_title,
             "new_title": s.new_title, "old_line": s.old_line, "new_line": s.new_line,
             "title_ops": [list(op) for op in s.title_ops],
             "blocks": [block(b) for b in s.blocks if b.kind != "unchanged"]}
            for s in redline.sections if s.shown
        ],
    }


def render_html(redline: Redline, *, env: Environment, lang: str, old_url: str = "", new_url: str = "") -> str:
    """The redline as HTML through overrides/partials/redline.html, with links into both versions."""
    from policysite.strings import long_date

    t = labels(lang)
    dates = None
    if redline.heading_key != "heading_undated":
        old, new = redline.old_date, redline.new_date
        assert old is not None and new is not None  # dated headings are for dated sides
        dates = {"old": (old.isoformat(), long_date(old, lang)), "new": (new.isoformat(), long_date(new, lang))}
    context = {"redline": redline, "summary": redline.summary, "t": t, "lang": lang, "dates": dates,
               "heading_line": t[redline.heading_key],
               "old_url": old_url, "new_url": new_url, "segments": segments,
               "heading": lambda s: _heading(s, t), "status": lambda s: _status(s, t),
               "counts": _counts_line(redline, t), "notes": _notes_line(redline, t)}
    return env.get_template("partials/redline.html").render(context)
