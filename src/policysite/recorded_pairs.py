"""Which source section each section of a translation renders, as the translation's record tells it: the record
(`.translated-from.yml`) keeps, under each translation section's number, the fingerprint of the source section it was
last in line with, so a source section that kept its words under another number is found again after the source split,
inserted, removed or merged others in one change (legal25: a split plus a removal left the count as it was, and every
section between them was compared with the one under its number, a cascade of false findings)."""
from __future__ import annotations

import difflib
from collections.abc import Mapping

from policysite.document import Policy, Section
from policysite.staleness import fingerprint


def recorded_pairs(source: Policy, translation: Policy, record: Mapping[str, str] | None) -> dict[int, int] | None:
    """Source section index -> translation section index: the runs of sections whose current fingerprint is the one
    the record holds for a translation section, in order (difflib's matching blocks), in the gaps between them the
    sections under the same number (a source section changed since: its fingerprint changed with it), else one left on
    each side, and a section left out by its fingerprint wherever it stands (moved across others). The record's keys are
    the source's numbers when it was marked: the translation's sections are read in the order of their numbers, the
    source's order then, whatever order the translation puts them in. None where the record tells nothing the numbers
    do not: no record, texts without numbers, or no section found under another number than its own."""
    if not record or not (source.numbered and translation.numbered):
        return None
    mine = [fingerprint(section) for section in source.sections]
    # a translation section the record does not name matches nothing (its own token, never a fingerprint)
    # a translation putting §4 before §3 (its numbers kept) renders them as the source read when marked: matched in
    # its own order, the one section moved took the other's place, and a source section changed since was said
    # missing, its translation extra (legal31)
    order = _by_number(translation)
    theirs = [record.get(translation.sections[j].number) or f"\0{j}" for j in order]
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    at = {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    if not any(source.sections[i].number != translation.sections[order[b]].number for i, b in at.items()):
        return None
    edges = [(-1, -1), *sorted(at.items()), (len(source.sections), len(translation.sections))]
    for (i0, b0), (i1, b1) in zip(edges, edges[1:]):
        numbered = {translation.sections[order[b]].number: b for b in range(b0 + 1, b1)}
        left = []
        for i in range(i0 + 1, i1):
            b = numbered.pop(source.sections[i].number, None)
            if b is None:
                left.append(i)
            else:
                at[i] = b
        if len(left) == len(numbered) == 1:  # one source section changed since, one translation section: the same
            at[left[0]] = next(iter(numbered.values()))
    pairs = {i: order[b] for i, b in at.items()}
    # a section moved across others (two swapped in the source alone): the matching blocks keep one order, and the
    # one left out is found by its fingerprint wherever the translation has it (said out of order, then renumbered)
    taken = set(pairs.values())
    for i in (i for i in range(len(source.sections)) if i not in pairs):
        j = next((order[b] for b, print_ in enumerate(theirs) if print_ == mine[i] and order[b] not in taken), None)
        if j is not None:
            pairs[i] = j
            taken.add(j)
    return dict(sorted(pairs.items()))


def _by_number(translation: Policy) -> list[int]:
    """The translation's section indexes, its numbered sections in the order of their numbers (2 before 2.1 before 3),
    each taking a place one of them has; the others (an annex, a heading without a number) where they stand."""
    slots = [j for j, section in enumerate(translation.sections) if section.parts]
    ranked = sorted(slots, key=lambda j: _rank(translation.sections[j]))
    order = list(range(len(translation.sections)))
    for slot, j in zip(slots, ranked):
        order[slot] = j
    return order


def _rank(section: Section) -> tuple[tuple[int, int], ...]:
    """A numbered section's place in the order of numbers: 2, 2.1, 2bis, 3 (as the record lists them)."""
    parts = section.parts
    return (*((p, 0) for p in parts[:-1]), (parts[-1], section.inserted))
