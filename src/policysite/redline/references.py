"""Cross-references that follow a renumbering: a section inserted before others renumbers them, and the legal team
writes each "see section 4" anew as "see section 5". Those edits are the renumbering said again, not a change of what
the policy says; said as "text changed" in every section after the insertion, they drowned the one real change
(redline21). A section whose only edits are such references is said so, and a run of them is said once (render.shifted).
The compare page decides alike (compare.js: referencesOnly)."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policysite.heading_numbers import SECTION_WORDS, SECTION_WORDS_AFTER
from policysite.redline.model import DELETE, EQUAL, INSERT, BlockChange, Op, SectionChange

# the word a reference names a section by (heading_numbers' words, their plural too: "sections 4"), or `§`, before
# the number: "within 2 months" become "within 3 months" is no reference, whatever a section's number became
REFERENCE_WORD = re.compile(f"(?:{SECTION_WORDS})s?", re.I)
# or after it, as Hungarian writes a reference, its case ending on the word: "a 4. pontban", "a 4. cikk"
REFERENCE_AFTER = re.compile(f"\\.\\s*(?:{SECTION_WORDS_AFTER})", re.I)
_KEPT_AFTER = re.compile(f"(?<![\\d.])(\\d+(?:\\.\\d+)*)\\.\\s*(?:{SECTION_WORDS_AFTER})", re.I)


def renumbering(sections: Sequence[SectionChange]) -> dict[str, str]:
    """Each section's number in the old version -> its number in the new, where it changed."""
    return {s.old_number: s.new_number for s in sections
            if s.old_number and s.new_number and s.old_number != s.new_number}


def references_only(section: SectionChange, renumbered: Mapping[str, str]) -> bool:
    """A section renumbered whose title is the same and whose every edit is a reference to a section renumbered
    written with that section's new number ("section 4" become "section 5", section 4 now 5)."""
    if section.kind != "renumbered" or section.title_ops or section.link_ops or section.numbering_ops:
        return False
    edited = [b for b in section.blocks if b.kind != "unchanged"]
    return bool(edited) and all(_references(b, renumbered) for b in edited)


def _references(block: BlockChange, renumbered: Mapping[str, str]) -> bool:
    """Every change of a paragraph's words a number deleted and its section's new number inserted, after a section's
    word ("section", "Article", "§")."""
    if block.kind != "changed" or block.table or block.moved or block.moved_within or block.joined or block.link_ops \
            or block.tip_ops or block.images:
        return False
    ops: Sequence[Op] = block.ops
    k, found = 0, False
    while k < len(ops):
        if ops[k][0] == EQUAL:
            k += 1
            continue
        if not (ops[k][0] == DELETE and k + 1 < len(ops) and ops[k + 1][0] == INSERT
                and (k + 2 == len(ops) or ops[k + 2][0] == EQUAL)):
            return False
        before = ops[k - 1][1].split()[-1:] if k and ops[k - 1][0] == EQUAL else []
        after = ops[k + 2][1] if k + 2 < len(ops) else ""
        if not (before and REFERENCE_WORD.fullmatch(before[0]) or REFERENCE_AFTER.match(after)) \
                or renumbered.get(ops[k][1].strip()) != ops[k + 1][1].strip():
            return False
        found, k = True, k + 2
    return found and not _stale(ops, renumbered)


def _stale(ops: Sequence[Op], renumbered: Mapping[str, str]) -> bool:
    """A reference its words keep to a section renumbered ("section 4" unchanged, section 4 now 5): it named the old
    section 4 and names another now, which no update of references leaves."""
    joined = " \0 ".join(text if tag == EQUAL else "" for tag, text in ops)
    kept = joined.split()
    return any(REFERENCE_WORD.fullmatch(word) and after.rstrip(".,;:)") in renumbered
               for word, after in zip(kept, kept[1:], strict=False)) \
        or any(found.group(1) in renumbered for found in _KEPT_AFTER.finditer(joined))
