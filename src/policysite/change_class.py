"""`change: editorial` judged against the version before: a change that tells readers something new is material.

An editorial change needs no notice (`announced:`); a material one does. The class is the legal team's word, and a
`change: editorial` left in the front matter from the last correction made the next material change skip its notice
without a word (session 49's leftover). What a correction of wording never does, this names: a section, a paragraph,
an item or a table row added or removed, a number (a duration, an amount, a percentage, an article) or an address (an
e-mail, a link) changed. A warning at the `change:` line, each place named by its line: the class stays the team's
call (a mistyped number corrected is editorial), but they decide it knowing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from policysite import sync
from policysite.document import Block, Policy
from policysite.findings import WARNING, Finding
from policysite.messages import Said
from policysite.redline import BlockChange, SectionChange, diff
from policysite.redline.model import WHOLE

RULE = "frontmatter.editorial-material"
SHOWN = 3  # places named in the finding; the others counted
_QUOTED_WORDS = 8
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://[^\s<>()\[\]]+", re.IGNORECASE)


def check(before: Policy, policy: Policy, *, version: str, notice_days: int) -> list[Finding]:
    """The finding of a page marked `change: editorial` whose text, against the version before (`before`, dated
    `version`), changes more than its wording; none otherwise."""
    if policy.change != "editorial":
        return []
    places = list(_material(before, policy))
    if not places:
        return []
    more, carried = len(places) - SHOWN, before.change == policy.change  # (the field left from its correction?)
    return [Finding.of(policy.path, policy.meta_lines.get("change", 1), RULE + ("/carried" if carried else ""),
                       WARNING, before=version,
                       places=places[:SHOWN], more=Said("change.more", count=more) if more > 0 else "",
                       notice_days=notice_days)]


def _material(before: Policy, policy: Policy) -> Iterator[Said]:
    """Each change of `policy` from `before` that no correction of wording makes, in the order of the new text."""
    days = (before.date, policy.date)
    for section in diff(before, policy).sections:
        if section.kind in WHOLE and not section.partner:
            yield _whole(section)
            continue
        removed = [block.old for block in section.blocks if _removed(block) and block.old is not None]
        for block in section.blocks:
            if _removed(block):  # (said once for the section, where its first text removed was)
                if block.old is removed[0]:
                    yield _removed_from(section, removed)
                continue
            yield from _block(block, section, days, policy.lang)


def _removed(block: BlockChange) -> bool:
    return block.kind == "removed" and not block.moved and block.old is not None


def _removed_from(section: SectionChange, removed: list[Block]) -> Said:
    """The texts removed from `section` (paragraphs, items, a table's rows), said once with the section's line and
    the first SHOWN of them quoted, the others counted (legal19: a line per row repeated the section's line)."""
    more = len(removed) - SHOWN
    return Said("change.text-removed", line=_line(section), count=len(removed),
                removed=[Said("change.quoted", words=_quoted(block)) for block in removed[:SHOWN]],
                more=Said("change.more", count=more) if more > 0 else "")


def _whole(section: SectionChange) -> Said:
    if section.new_number is not None:
        return Said("change.section-added", line=section.new_line, section=_named(section))
    return Said("change.section-removed", section=_named(section))


def _named(section: SectionChange) -> str | Said:
    number = section.number
    return f"§{number} {section.title}".strip() if number else Said("change.quoted", words=section.title)


def _block(block: BlockChange, section: SectionChange, days: tuple[dt.date | None, dt.date | None],
           lang: str) -> Iterator[Said]:
    if block.moved or block.kind == "unchanged":  # (a paragraph moved tells nothing new)
        return
    if block.kind == "added" and block.new is not None:
        yield Said("change.text-added", line=block.new.line, words=_quoted(block.new))
        return
    if block.old is None or block.new is None:
        return
    old, new = _text(block.old), _text(block.new)
    was, now = _differing(_numbers(old, days[0], lang), _numbers(new, days[1], lang))
    if was or now:
        yield Said("change.number" + _variant(was, now), line=block.new.line, was=_quoted_each(was),
                   now=_quoted_each(now))
    was, now = _differing(_addresses(block.old, old), _addresses(block.new, new))
    if was or now:
        yield Said("change.address" + _variant(was, now), line=block.new.line, was=_quoted_each(was),
                   now=_quoted_each(now))


def _numbers(text: str, day: dt.date | None, lang: str) -> list[str]:
    """The numbers `text` writes, but for those writing its version's own day (a "Last updated: 1 March 2025" line
    brought to the new version's date changes nothing readers are told)."""
    found = _NUMBER.findall(text)
    if day is None or day.isoformat() not in sync.dates_in(text, lang):
        return found
    for part in (str(day.year), str(day.month), f"{day.month:02d}", str(day.day), f"{day.day:02d}"):
        if part in found:
            found.remove(part)
    return found


def _line(section: SectionChange) -> int:
    return section.new_line or section.old_line


def _text(block: Block) -> str:
    return block.shown or block.text


def _addresses(block: Block, text: str) -> list[str]:
    """The e-mail addresses and links a block writes or links to, each once; not a link to a place in the page
    (`#s3`, `#your-rights`), a cross-reference whose id follows its heading: a heading renamed or renumbered, and the
    link brought to its new id, told readers nothing new (legal17: "the address “#your-rights” became
    “#your-rights-and-choices”: such a change is material, announce it 30 days ahead"). The number the text shows
    for it is a number, judged as one."""
    found = [*_EMAIL.findall(text), *_URL.findall(text), *(link for link in block.links if not link.startswith("#"))]
    return list(dict.fromkeys(address.removeprefix("mailto:").rstrip(".,;:") for address in found))


def _differing(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """What `old` has that `new` lacks and the reverse, counted (a number written once more is a change too)."""
    gone, came = Counter(old) - Counter(new), Counter(new) - Counter(old)
    return list(gone.elements()), list(came.elements())


def _variant(was: list[str], now: list[str]) -> str:
    return "" if was and now else "/added" if now else "/removed"


def _quoted_each(values: list[str]) -> list[Said]:
    return [Said("change.quoted", words=value) for value in dict.fromkeys(values)]


def _quoted(block: Block) -> str:
    words = " ".join(_text(block).split()).split(" ")
    return " ".join(words[:_QUOTED_WORDS]) + ("…" if len(words) > _QUOTED_WORDS else "")
