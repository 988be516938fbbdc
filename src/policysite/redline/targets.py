"""Link addresses a redline changes under the same words (`Voir la CNIL`, its link moved from `https://www.cnil.fr/fr`
to `https://www.cnil.fr/fr/plaintes`; a `mailto:` another mailbox): said in plain words beside the redline's line
of link targets, where `policy diff`'s counts said "1 changed" and the words showed none (legal28: where a reader
complains, writes or opts out is what a DPO checks)."""
from __future__ import annotations

from collections.abc import Iterator

from policysite.redline.model import DELETE, INSERT, WHOLE, Op, Redline, SectionChange, changed_runs


def changed(redline: Redline) -> list[tuple[str, str, str]]:
    """(section number, the old address, the new one) of each link of a block changed in place whose address another
    replaces, in reading order: each address deleted paired with the one inserted in its place (as many of each in a
    run; a link added or removed is none)."""
    return [(section.new_number or section.old_number or "", old, new) for section, old, new in in_sections(redline)]


def in_sections(redline: Redline) -> list[tuple[SectionChange, str, str]]:
    """changed(), each address with the section it is in: the Word and PDF redlines name it by its heading."""
    found: list[tuple[SectionChange, str, str]] = []
    for section in redline.sections:
        if section.kind in WHOLE:
            continue
        for block in section.blocks:
            if block.kind == "changed" and not block.moved:
                found += [(section, old, new) for old, new in _replaced(block.link_ops)]
    return found


def _replaced(ops: tuple[Op, ...]) -> Iterator[tuple[str, str]]:
    for start, end in changed_runs(ops):
        sides: dict[str, list[str]] = {DELETE: [], INSERT: []}
        for tag, text in ops[start:end]:
            sides[tag] += _addresses(text)
        if len(sides[DELETE]) == len(sides[INSERT]):
            yield from ((old, new) for old, new in zip(sides[DELETE], sides[INSERT]) if old != new)


def _addresses(text: str) -> list[str]:
    """The addresses of a run of link-target ops, each written `⟨address⟩` (engine: link tokens)."""
    return [part.split("⟩", 1)[0] for part in text.split("⟨")[1:]]
