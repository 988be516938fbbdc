"""Which source section each section of a translation renders, as the translation's record tells it: the record
(`.translated-from.yml`) keeps, under each translation section's number, the fingerprint of the source section it was
last in line with, so a source section that kept its words under another number is found again after the source split,
inserted, removed or merged others in one change (legal25: a split plus a removal left the count as it was, and every
section between them was compared with the one under its number, a cascade of false findings)."""
from __future__ import annotations

import difflib
from collections.abc import Mapping

from policysite.document import Policy
from policysite.staleness import fingerprint


def recorded_pairs(source: Policy, translation: Policy, record: Mapping[str, str] | None) -> dict[int, int] | None:
    """Source section index -> translation section index: the runs of sections whose current fingerprint is the one
    the record holds for a translation section, in order (difflib's matching blocks), in the gaps between them the
    sections under the same number (a source section changed since: its fingerprint changed with it), and a section
    left out by its fingerprint wherever it stands (moved across others). None where the
    record tells nothing the numbers do not: no record, texts without numbers, or no section found under another
    number than its own."""
    if not record or not (source.numbered and translation.numbered):
        return None
    mine = [fingerprint(section) for section in source.sections]
    # a translation section the record does not name matches nothing (its own token, never a fingerprint)
    theirs = [record.get(section.number) or f"\0{j}" for j, section in enumerate(translation.sections)]
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    pairs = {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    if not any(source.sections[i].number != translation.sections[j].number for i, j in pairs.items()):
        return None
    edges = [(-1, -1), *sorted(pairs.items()), (len(source.sections), len(translation.sections))]
    for (i0, j0), (i1, j1) in zip(edges, edges[1:]):
        numbered = {translation.sections[j].number: j for j in range(j0 + 1, j1)}
        for i in range(i0 + 1, i1):
            j = numbered.pop(source.sections[i].number, None)
            if j is not None:
                pairs[i] = j
    # a section moved across others (two swapped in the source alone): the matching blocks keep one order, and the
    # one left out is found by its fingerprint wherever the translation has it (said out of order, then renumbered)
    taken = set(pairs.values())
    for i in (i for i in range(len(source.sections)) if i not in pairs):
        j = next((j for j, print_ in enumerate(theirs) if print_ == mine[i] and j not in taken), None)
        if j is not None:
            pairs[i] = j
            taken.add(j)
    return dict(sorted(pairs.items()))
