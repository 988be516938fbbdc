"""Links that land: each section's id on the published page, and the other ids that still lead to it.

A section's id is its anchor (`s7-3`, an explicit `{#id}`, or a slug of its title). A translation
whose headings have no numbers takes the ids of the authoritative text, heading for heading, so a
link survives a change of language. Aliases are the other ids a reader may arrive with: the
fragments the text's own links use (a table of contents written for another site's ids), and the
anchors a section had in the version before when it was renumbered or renamed, or those of a section merged into
it; and, where its id changed, that id dated with the version that gave it (`2023-05-10.s2`): where another
section now has the old id (renamed and renumbered at once), it is the only name the version selector can find the
section by (policy.js).
"""
from __future__ import annotations

import difflib
import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from markdown.extensions.toc import slugify_unicode

from policysite.document import Policy, Section, anchor_for, linked_inline, title_slug
from policysite.findings import WARNING, Finding

RULE_DEAD = "links.dead"
# Fragments a browser honours with no element: the top of the page.
TOP = frozenset({"", "top"})
# A slug's leading section number (`2-the-data-we-collect`, `section-2-…`): the rest is the title's.
_NUMBER_PREFIX = re.compile(r"^(?:section|art(?:icle)?)?[-_]?[\d.\-_]+", re.I)
_REPEAT = re.compile(r"(.*[^\d-])-(\d+)")
_RAW_ID = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)


@dataclass
class Anchors:
    """The ids of one page: each section's id (by index) and the aliases that land on it."""

    ids: list[str]
    aliases: dict[int, list[str]] = field(default_factory=dict)
    others: set[str] = field(default_factory=set)  # ids of the title and of raw HTML in the text
    # the dated ids of the sections removed before this version (`2021-02-17.s5`: §5 of that version, the last to have
    # it, is in none after it), so that a link naming one names no later section that took its id (dated_target)
    removed: list[str] = field(default_factory=list)
    # the sections split off each section here (by index) since the version before (split_off, set by the build): part
    # of its text is theirs now, which a link to it says (with_aliases: data-policy-split-off; policy.js, reader25)
    split: dict[int, list[int]] = field(default_factory=dict)
    # the date of the version each split was made in, by (section, section split off it), where known (a record
    # written before session 56 has none): a link naming the section by an id dated from then on was written after the
    # split, and names the section as it is since (policy.js says nothing to it, reader28)
    split_on: dict[tuple[int, int], str] = field(default_factory=dict)
    # every id above, kept as aliases are added (rebuilt at each alias, 3,000 sections took 1.1 s)
    _known: set[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._known = set(self.ids) | {a for values in self.aliases.values() for a in values} | self.others | \
            set(self.removed)

    def all(self) -> set[str]:
        return set(self._known)

    def __contains__(self, name: object) -> bool:
        return name in self._known

    def copy(self) -> Anchors:
        """Another Anchors of the same ids, whose aliases can be added to apart."""
        return Anchors(list(self.ids), {index: list(values) for index, values in self.aliases.items()},
                       set(self.others), list(self.removed),
                       {index: list(values) for index, values in self.split.items()}, dict(self.split_on))

    def add_alias(self, index: int, alias: str) -> None:
        """`alias` lands on section `index` too, unless something on the page has that id already, or
        no HTML id can be it (a space) or the output check keeps it for the theme (`__`)."""
        if alias and len(alias) <= 200 and not re.search(r"\s", alias) and not alias.startswith("__") \
                and alias not in self._known and alias.lower() not in TOP:  # (`#top` is the page's top)
            self.aliases.setdefault(index, []).append(alias)
            self._known.add(alias)

    def add_split(self, index: int, cut: int, *, on: str = "") -> None:
        """Section `cut` was split off section `index` (neither the other), in the version of date `on` where known."""
        if index != cut and cut not in self.split.get(index, []):
            self.split.setdefault(index, []).append(cut)
        if index != cut and DATED_DAY.fullmatch(on) and not self.split_on.get((index, cut)):
            self.split_on[index, cut] = on

    def add_removed(self, dated: str) -> None:
        """`dated` (a dated id) names a section removed before this version, unless something on the page has it."""
        if DATED.fullmatch(dated) and dated not in self._known and len(dated) <= 200 and not re.search(r"\s", dated):
            self.removed.append(dated)
            self._known.add(dated)


def page_anchors(policy: Policy, *, source: Policy | None = None, previous: Policy | None = None,
                 previous_aliases: Mapping[str, Sequence[str]] | None = None,
                 previous_source: Policy | None = None, previous_version: str = "",
                 own: Anchors | None = None, before: Anchors | None = None, version: str = "") -> Anchors:
    """The ids of `policy`'s page. `source` is the authoritative text when `policy` is a translation;
    `previous` the version published before it in the same language, whose anchors keep landing, and
    `previous_aliases` the aliases that version carried (by section id), which keep landing too;
    `previous_source` the authoritative text of that version, which gave a translation's page its ids;
    `previous_version` its date, with which a section whose id changed keeps the id it had (`2023-05-10.s2`).
    `own` and `before`: `own_anchors` of `policy` and of `previous`, where the caller has them (read, not changed).
    `version`: `policy`'s date, which dates the sections split off one since `previous` (Anchors.split_on)."""
    anchors = own.copy() if own is not None else own_anchors(policy, source=source)
    if previous is not None:
        from policysite.redline.engine import joined, match_sections

        # the ids that version's page was published with: a translation's, its authoritative text's (reader hunt 42:
        # read as its own slugs, "#vos-droits" on the English page stopped landing once the section was renamed)
        before = before if before is not None else own_anchors(previous, source=previous_source)
        carried = previous_aliases or {}
        pairs = match_sections(previous.sections, policy.sections)
        # a section merged into another lands on the one holding its text, after the sections kept (which keep theirs)
        merged = sorted(joined(previous.sections, policy.sections, pairs)[0].items(), key=lambda p: p[1])
        for i, j in sorted(pairs.items(), key=lambda p: p[1]) + merged:
            # (that version's record names its sections by the ids it was published with: an id title_slug
            # writes anew is among its aliases)
            kept = [a for key in (before.ids[i], *before.aliases.get(i, [])) for a in carried.get(key, ())]
            for alias in [before.ids[i], *before.aliases.get(i, []), *kept]:
                anchors.add_alias(j, alias)
            # Its id there, dated: the one differ's match (by its words when both its title and number changed, as
            # the changes page shows it) where another section has that id now. Every id change is dated, so that
            # the first date from a version on names the section that had the id in it (policy.js).
            if previous_version and before.ids[i] != anchors.ids[j]:
                anchors.add_alias(j, f"{previous_version}.{before.ids[i]}")
        # The sections split off a section since the version before (the one differ's), and those split off one before
        # it that both are still here, carried from that version's record (SPLIT): a link to it written before the split
        # named their text too, in any version after (reader27: only the version of the split said so).
        for j, i in sorted(joined(previous.sections, policy.sections, pairs)[1].items()):
            if i in pairs:
                anchors.add_split(pairs[i], j, on=version)
        at = {name: index for index, name in enumerate(before.ids)}
        for entry in carried.get(SPLIT, ()):
            whole, cut, on = split_entry(entry)
            if at.get(whole) in pairs and at.get(cut) in pairs:
                anchors.add_split(pairs[at[whole]], pairs[at[cut]], on=on)
        if previous_version:
            # The sections the one differ matches with none here (removed: not kept, moved, renumbered nor merged),
            # each id dated with the last version that had it, and those removed before: a link copied while one was
            # there names no section that took its id since, renumbered or added later (reader19: `#2021-02-17.s5`
            # landed on a later §5). Not the id of a section rewritten under its number (a section of that id here
            # the differ matches with none: every word changed), whose links the number keeps, as the version
            # selector keeps it (tests/e2e/test_versions.py, the synthetic versions to the real text).
            matched = set(pairs) | {i for i, _ in merged}
            rewritten = set(anchors.ids) - {anchors.ids[j] for j in (*pairs.values(), *(j for _, j in merged))}
            for dated in carried.get(REMOVED, ()):
                anchors.add_removed(dated)
            for i in range(len(previous.sections)):
                if i not in matched:
                    last = [] if before.ids[i] in rewritten else [f"{previous_version}.{before.ids[i]}"]
                    for dated in (*last, *before.aliases.get(i, []), *carried.get(before.ids[i], ())):
                        anchors.add_removed(dated)
    return anchors


def split_off(previous_text: str, policy: Policy, *, lang: str) -> dict[int, list[int]]:
    """The sections of `policy` split off a section of the version before (`previous_text`, its page in `lang` as
    published), by the index of the section that kept its place (the one differ's match): a link to it written before
    named their text too (Anchors.split)."""
    from policysite.redline.engine import joined, match_sections

    previous = _parsed(previous_text, lang)
    pairs = match_sections(previous.sections, policy.sections)
    found: dict[int, list[int]] = {}
    for j, i in sorted(joined(previous.sections, policy.sections, pairs)[1].items()):
        if i in pairs:
            found.setdefault(pairs[i], []).append(j)
    return found


def own_anchors(policy: Policy, *, source: Policy | None = None) -> Anchors:
    """The ids of `policy`'s page from its own text (and `source`'s, the authoritative text of a translation), without
    those of a version before (page_anchors)."""
    ids = [s.anchor for s in policy.sections]
    own: list[str] = []
    if source is not None and not (source.numbered or policy.numbered) and source.sections:
        from policysite.sync import pair_sections

        own, taken = ids, set()
        ids = []
        paired = {j: i for i, j in pair_sections(source, policy).items()}  # (in order, by content where counts differ)
        for index, section in enumerate(policy.sections):
            wanted = source.sections[paired[index]].anchor if index in paired else section.anchor
            ids.append(wanted if wanted not in taken else section.anchor)
            taken.add(ids[-1])
    elif source is not None and source.sections:
        found = _titled_as_source(policy, source, ids)
        if found != ids:
            own, ids = ids, found
    anchors = Anchors(ids, others=_other_ids(policy))
    for index, anchor in enumerate(own):
        anchors.add_alias(index, anchor)
    for index, section in enumerate(policy.sections):
        # the id Python-Markdown's slug gave it before title_slug did: its own title's, or (a translation's page taking
        # the authoritative text's ids) its source section's
        titled = [(section.title, ids[index]), *([(section.title, own[index])] if own else [])]
        if own and source is not None and index < len(source.sections):
            titled.append((source.sections[index].title, ids[index]))
        for title, slug in titled:
            if slug == title_slug(title):
                anchors.add_alias(index, slugify_unicode(title, "-"))
    for index, section in enumerate(policy.sections):
        for former in section.former:  # the ids a build before its number was read gave it (document._former_ids)
            anchors.add_alias(index, former)
    names = SectionNames(policy)
    for fragment, _line, text in in_page_links(policy):
        if fragment.lower() in TOP or fragment in anchors:
            continue
        target = resolve(fragment, text, policy, index=names)
        if target is not None:
            anchors.add_alias(target, fragment)
    return anchors


def changed_ids(old: Policy, new: Policy, *, version: str) -> list[Finding]:
    """The sections of `old` (the version before, `version`) whose id `new` changes because the text changed from
    numbering its headings to not (fewer than half numbered: ids become slugs) or back: one finding, at the first such
    section, naming how many and what to do (texts 29: plain headings added to a numbered text changed every id
    silently; the page keeps the old ids as aliases, but links into the text elsewhere and its readers' bookmarks
    name the ids it was published with)."""
    if old.numbered == new.numbered or not old.sections or not new.sections:
        return []
    from policysite.redline.engine import match_sections

    pairs = sorted((j, i) for i, j in match_sections(old.sections, new.sections).items()
                   if old.sections[i].anchor != new.sections[j].anchor)
    if not pairs:
        return []
    j, i = pairs[0]
    section = new.sections[j]
    plain = next((s for s in new.sections if not s.numeral), section)
    return [Finding.of(new.path, section.line, "structure.ids-changed" + ("" if old.numbered else "/numbered"),
                       count=len(pairs), version=version, old=old.sections[i].anchor, new=section.anchor,
                       numbered=sum(bool(s.numeral) for s in new.sections), total=len(new.sections),
                       example=f"{'#' * plain.level} N. {plain.title}",
                       heading=f"{'#' * section.level} {section.written or section.title}")]


def links_renumbered(old: Policy, new: Policy, *, version: str,
                     dead: Collection[tuple[int, str]] = ()) -> list[Finding]:
    """Each link into the page that the version before (`old`, `version`) had, with its words, to a section the text
    now gives another id (renumbered: a section inserted or removed before it), while another section has taken that
    id: the link lands there, and no link is dead (texts 30: "voir [la durée de conservation](#s7)" led to §7 Vos
    droits once a split moved the retention period to §8). Said with the id the section has now; so is a link of
    `dead` (its line and fragment: `places`) whose id no section has any more (legal17: two sections removed at once,
    §5 became §3 and its link to #s5 was only "dead", with the page's first ids to choose from), and, as a warning, one
    to the former id of a heading without a number renamed, which the built page keeps as an alias."""
    from policysite.redline.engine import match_sections

    had = {(fragment, text) for fragment, _line, text in in_page_links(old)}
    index = {section.anchor: i for i, section in enumerate(old.sections)}
    now = {section.anchor: section for section in new.sections}
    pairs = match_sections(old.sections, new.sections)
    found = []
    for fragment, line, text in in_page_links(new):
        i = index.get(fragment)
        if i is None or i not in pairs or new.sections[pairs[i]].anchor == fragment:
            continue
        moved, was = new.sections[pairs[i]], old.sections[i]
        if fragment not in now and not (was.numeral and moved.numeral):
            # A heading without a number renamed: the built page keeps its former id as an alias (page_anchors), so
            # the link lands, whenever it was written; said with the id to link, not as dead (legal18).
            if (line, fragment) in dead:
                found.append(Finding.of(new.path, line, "links.renamed", WARNING, text=text or "#" + fragment,
                                        fragment=fragment, version=version, was=was.title, now=moved.title,
                                        anchor=moved.anchor))
            continue
        if (fragment, text) not in had or fragment not in now and (line, fragment) not in dead:
            continue
        taken = {"now": f"{now[fragment].label} {now[fragment].title}".strip()} if fragment in now else {}
        found.append(Finding.of(new.path, line, "links.renumbered" if taken else "links.renumbered/gone",
                                text=text or "#" + fragment, fragment=fragment, **taken, version=version,
                                was=f"{was.label} {was.title}".strip(), moved=moved.label, anchor=moved.anchor))
    return found


def places(findings: Iterable[Finding]) -> set[tuple[int, str]]:
    """The line and fragment of each link finding (links.dead, links.renumbered) among `findings`."""
    return {(f.line, str(dict(f.fields)["fragment"])) for f in findings if "fragment" in dict(f.fields)}


def at_the_edge(old: Policy, new: Policy) -> list[Finding]:
    """A warning when this change brings the text to where one more heading would change its sections' ids: exactly
    half its headings numbered (one more without a number makes every id its title's slug), or one short of half (one
    more with a number makes the numbers ids), while the version before (`old`), on the same side, was not there
    (texts 30: `changed_ids` said it only once crossed). At the first heading added that brought it there."""
    from policysite.document import heading_counts
    from policysite.redline.engine import match_sections

    if old.numbered != new.numbered or not old.sections or not new.sections or _at_edge(old) or not _at_edge(new):
        return []
    matched = set(match_sections(old.sections, new.sections).values())
    added = [s for j, s in enumerate(new.sections) if j not in matched and bool(s.numeral) != new.numbered]
    section = added[0] if added else new.sections[0]
    with_number, counted = heading_counts(new.sections)
    shifted = [s for s in new.sections if s.numeral and s.anchor != title_slug(s.title)] if new.numbered else \
        [s for s in new.sections if s.numeral and s.anchor != anchor_for(s.numeral)]
    if not shifted:
        return []
    first = shifted[0]
    heading = f"{'#' * section.level} N. {section.title}" if new.numbered else \
        f"{'#' * first.level} {first.written or first.title}"
    return [Finding.of(new.path, section.line, "structure.ids-edge" + ("" if new.numbered else "/plain"), WARNING,
                       numbered=with_number, total=counted, count=len(shifted), old=first.anchor,
                       new=title_slug(first.title) if new.numbered else anchor_for(first.numeral or ""),
                       example=heading)]


def _at_edge(policy: Policy) -> bool:
    """One heading more, with a number or without, would change whether `policy` counts as numbered."""
    from policysite.document import heading_counts

    with_number, counted = heading_counts(policy.sections)
    return counted > 0 and (with_number * 2 == counted or (with_number > 0 and with_number * 2 + 1 == counted))


def _titled_as_source(policy: Policy, source: Policy, ids: list[str]) -> list[str]:
    """A numbered translation's ids, its headings without a number (a chapter over its articles, `## II. Rights`, a
    contents, an annex, a notice after the last section) taking the id of the source's heading they render (paired by
    their place between the same numbered sections, as sync pairs them): `#droits` on the English page too, as in a
    text without numbers (their own slugs, `#rights`, differ by language: the language menu from the French
    chapter landed at the English page's top, saying it had no such section)."""
    from policysite.sync import pair_sections

    found = list(ids)
    taken = set(ids)
    for i, j in sorted(pair_sections(source, policy).items(), key=lambda pair: pair[1]):
        mine, theirs = policy.sections[j], source.sections[i]
        if _slugged(mine) and _slugged(theirs) and theirs.anchor != mine.anchor and theirs.anchor not in taken:
            taken.add(theirs.anchor)
            found[j] = theirs.anchor
    return found


def _slugged(section: Section) -> bool:
    """Its id is a slug of its title: no number, no id of its own (`{#retention}`)."""
    return not section.numeral and section.anchor == section.number and not re.search(r"(?:^|\s)#", section.attributes)


# Where a version's record (its manifest's aliases) keeps the dated ids of the sections removed before it
# (Anchors.removed): under no section's id. Its page carries them as span.policy-alias outside any heading, in this
# attribute (with_aliases), which provenance reads as the aliases of no section, this key.
REMOVED = ""
REMOVED_ATTRIBUTE = "data-policy-removed"
# Where it keeps the sections split off another (Anchors.split), each as the two sections' ids on its page, the one
# split and the one split off it, a space between (no id holds one): under no section's id either. Its page carries
# them as the heading's data-policy-split-off (with_aliases), no alias: provenance leaves them out of the aliases.
SPLIT = " split"


def split_entry(entry: str) -> tuple[str, str, str]:
    """A SPLIT entry read: the section split, the one split off it, and the date of the version of the split (a
    third word since session 56; "" in an older record)."""
    whole, _, rest = entry.partition(" ")
    cut, _, on = rest.partition(" ")
    return whole, cut, on


def alias_map(anchors: Anchors) -> dict[str, list[str]]:
    """Each section id with aliases -> its aliases, REMOVED -> the dated ids of the sections removed before it, and
    SPLIT -> the sections split off another: what a version records for the next one."""
    split = [" ".join(filter(None, (anchors.ids[i], anchors.ids[j], anchors.split_on.get((i, j)))))
             for i, cuts in sorted(anchors.split.items()) for j in cuts]
    return {anchors.ids[i]: list(values) for i, values in sorted(anchors.aliases.items()) if values} | \
        ({REMOVED: list(anchors.removed)} if anchors.removed else {}) | ({SPLIT: split} if split else {})


def in_page_links(policy: Policy) -> list[tuple[str, int, str]]:
    """(fragment, line, link text) of each link to a place in the page itself (`#…`)."""
    found = []
    blocks = list(policy.preamble) + [b for s in policy.sections for b in s.blocks]
    for block in blocks:
        seen: dict[str, int] = {}
        for target in block.links:
            if target.startswith("#"):
                nth = seen[target] = seen.get(target, -1) + 1  # (its own words: "voir [la durée](#s3) et le [§3](#s3)")
                found.append((unquote(target[1:]), block.line_of(target), _link_text(block.markdown, target, nth)))
    return found


def dead_links(policy: Policy, anchors: Anchors) -> list[Finding]:
    """A link to a place in the page that no heading or alias has (a link whose words or fragment name a section is
    one of its aliases: page_anchors), and what to link instead: the page's sections (words 25: "link a section's
    anchor (#s3, …)" was said of a dead #s3)."""
    known = anchors.all()
    some = ", ".join(f"#{anchor}" for anchor in anchors.ids[:4]) + (", …" if len(anchors.ids) > 4 else "")
    return [Finding.of(policy.path, line, RULE_DEAD + ("" if anchors.ids else "/no-section"),
                       text=text or "#" + fragment, fragment=fragment, **({"some": some} if anchors.ids else {}))
            for fragment, line, text in in_page_links(policy) if fragment.lower() not in TOP and fragment not in known]


# A link whose fragment names no section is matched against the titles by similarity (a typo in the source's own
# link) for this many links of a page at most: difflib compares it with every title (a page of 3,000 sections and
# as many such links held `policy check` for minutes).
NEAR_MISSES = 50


class SectionNames:
    """Each section's names (its title, number, anchor, as every site's slugs write them), indexed once a page."""

    def __init__(self, policy: Policy) -> None:
        self.by_name: dict[str, list[int]] = {}
        for index, section in enumerate(policy.sections):
            for name in _names(section):
                self.by_name.setdefault(name, []).append(index)
        self.titles = [_norm(s.title) for s in policy.sections]
        self.near_misses = NEAR_MISSES

    def named(self, name: str) -> list[int]:
        return self.by_name.get(name, []) if name else []


def resolve(fragment: str, text: str, policy: Policy, *, index: SectionNames | None = None) -> int | None:
    """The section a fragment written for another site's ids means, if exactly one fits: by the
    fragment read as a slug of its heading (with or without its number; GitHub's, kramdown's or
    Python-Markdown's, repeats numbered `-1`, `-2`), a near miss of one, else by the link's text."""
    index = index or SectionNames(policy)
    matches: list[int] = []
    for wanted in (_norm(fragment), _norm(_NUMBER_PREFIX.sub("", fragment))):
        matches = index.named(wanted)
        if matches:
            break
    repeat = _REPEAT.fullmatch(fragment)
    if not matches and repeat:  # GitHub's and kramdown's ids of a repeated title: `notes`, `notes-1`, `notes-2`
        same = index.named(_norm(repeat.group(1)))
        matches = [same[int(repeat.group(2))]] if int(repeat.group(2)) < len(same) else []
    wanted = _norm(fragment)
    if not matches and len(wanted) >= 12 and index.near_misses > 0:  # a near miss: a typo, long enough to tell
        index.near_misses -= 1
        close = difflib.get_close_matches(wanted, index.titles, n=2, cutoff=0.9)
        matches = [index.titles.index(close[0])] if len(close) == 1 and index.titles.count(close[0]) == 1 else []
    if len(matches) != 1 and text:
        matches = index.named(_norm(text))
    return matches[0] if len(matches) == 1 else None


def _names(section: Section) -> set[str]:
    full = f"{section.numeral} {section.title}".strip()
    # (and the heading as written: `#article-2-bis--collecte`, another site's slug of `Article 2 bis – Collecte`)
    names = {_norm(section.title), _norm(full), _norm(section.anchor), _norm(section.written)} - {""}
    if section.numeral:
        names |= {_norm(f"{word} {section.numeral}") for word in ("section", "article", "art", "clause")} \
            | {_norm(section.numeral)}
        # and its number as its heading writes it, `Article IV`, `第3条`, `Article 2a` (a cross-reference's words in a
        # Word document, `see [Article IV](#_Ref123)`: "links.dead" where `Article 4` landed)
        if section.title and section.written.endswith(section.title):
            names.add(_norm(section.written[:len(section.written) - len(section.title)]))
    return names - {""}


@functools.lru_cache(maxsize=16384)
def _norm(value: str) -> str:
    """A form in which every site's heading slugs of the same title agree: letters and digits only (kept for the
    process: a history names the same sections version after version)."""
    value = unicodedata.normalize("NFKD", unquote(value)).casefold()
    return "".join(c for c in slugify_unicode(value, "-") if c.isalnum())


def _other_ids(policy: Policy) -> set[str]:
    """Ids the page has besides its sections': its title's, and those raw HTML in the text sets."""
    ids = set()
    if policy.title:
        ids.add(title_slug(policy.title))
    for block in list(policy.preamble) + [b for s in policy.sections for b in s.blocks]:
        ids.update(_RAW_ID.findall(block.markdown))
    return ids


# A Markdown link's text and opening, and what may follow its target: two patterns compiled once (one built around
# each target was compiled anew for every link past re's cache of 512: 4.6 s of a page of 3,000 links)
_LINK_OPENING = re.compile(r"\[([^\]]*)\]\(\s*")
_LINK_CLOSING = re.compile(r">?(?:\s+[\"'(][^)]*)?\)")


def _link_text(markdown: str, target: str, nth: int = 0) -> str:
    """The text of the `nth` Markdown link to `target` in `markdown` (the first), without markup."""
    texts = [opening.group(1) for opening in _LINK_OPENING.finditer(markdown)
             if markdown.startswith(target, start := opening.end() + markdown.startswith("<", opening.end()))
             and _LINK_CLOSING.match(markdown, start + len(target))] or _read_link_texts(markdown, target)
    return re.sub(r"[*_`]", "", texts[min(nth, len(texts) - 1)]).strip() if texts else ""


def _read_link_texts(markdown: str, target: str) -> list[str]:
    """The words of each link to `target` in `markdown` as the document model reads them, where it is written
    otherwise than its address reads (`[Your rights](#%ZZ)`, read `#%25ZZ`; `(#données)`, read `#donn%C3%A9es`): the
    words were missed and the link unlinked, not led to the section they name (session 42's leftover)."""
    texts: list[str] = []
    words: list[str] | None = None
    for token in linked_inline(markdown, {}):
        if token.type == "link_open" and words is None and token.attrs.get("href") == target:
            words = []
        elif token.type == "link_close" and words is not None:
            texts.append("".join(words))
            words = None
        elif words is not None:
            words.append(token.content)
    return texts


def of_texts(text: str, *, lang: str, source_text: str | None = None, previous_text: str | None = None,
             previous_aliases: Mapping[str, Sequence[str]] | None = None,
             previous_source_text: str | None = None, previous_version: str = "",
             previous_ids: Sequence[str] = (), ids: Sequence[str] = (), version: str = "") -> Anchors:
    """The anchors of a page's text (Markdown, with or without its front matter). `previous_ids` and `ids`: the section
    ids the manifests record the version before and this one were first published with (histories18), where they do:
    the record wins over the ids today's rules work out (recorded). `version`: the text's date (page_anchors)."""
    before = recorded(_own_of(previous_text, previous_source_text, lang), previous_ids) if previous_text else None
    anchors = page_anchors(_parsed(text, lang), source=_parsed(source_text, lang) if source_text else None,
                           previous=_parsed(previous_text, lang) if previous_text else None,
                           previous_aliases=previous_aliases,
                           previous_source=_parsed(previous_source_text, lang) if previous_source_text else None,
                           previous_version=previous_version, own=_own_of(text, source_text, lang), before=before,
                           version=version)
    if len(ids) == len(anchors.ids):  # its page first published with other ids (another rule): they keep landing
        for index, published in enumerate(ids):
            if published != anchors.ids[index]:
                anchors.add_alias(index, published)
    return anchors


def recorded(derived: Anchors, ids: Sequence[str]) -> Anchors:
    """A published version's anchors (`derived`: its own ids as today's rules work them out) with the section ids its
    manifest records it was first published with (`ids`, histories18), where the record names every section: what its
    page had, and what links and bookmarks name, whatever rule gives its sections other ids today. An older manifest
    (no record) or one of another count of sections: `derived`, as before."""
    if len(ids) != len(derived.ids) or list(ids) == derived.ids:
        return derived
    anchors = Anchors(list(ids), others=set(derived.others), removed=list(derived.removed))
    for index, values in sorted(derived.aliases.items()):
        for alias in values:
            anchors.add_alias(index, alias)
    for index, today in enumerate(derived.ids):  # (its page rebuilt since gives it this id, the record's an alias)
        anchors.add_alias(index, today)
    return anchors


def _own_of(text: str, source_text: str | None, lang: str) -> Anchors:
    """`own_anchors` of a text (read-only), kept by its readings too (_own_read)."""
    policy, source = _parsed(text, lang), _parsed(source_text, lang) if source_text else None
    own = _own_of_texts(text, source_text, lang)
    key = (id(policy.sections), id(source.sections) if source else 0)
    with _read_lock:
        _read[key] = (policy.sections, source.sections if source else None, own)
        _read.move_to_end(key)
        while len(_read) > KEPT_OWN:
            _read.popitem(last=False)
    return own


# The texts whose own ids are kept: publishing works out every version's anchors (building.aliases_of) before it builds
# the first, whose hook (for_page) and changes page (translated_ids) read them again; with 8 kept, a history of more
# than four bilingual versions worked each text's out twice (3 ms a version), now one of up to 32. Not more: an entry
# holds its texts (the cache's key, some 76 kB each for a page of 39,000 characters) and its readings' sections (some
# 250 kB, _read) alive, up to some 25 MB at 64 where document.RECENT no longer holds them (a history of hundreds).
KEPT_OWN = 64


@functools.lru_cache(maxsize=KEPT_OWN)
def _own_of_texts(text: str, source_text: str | None, lang: str) -> Anchors:
    """`own_anchors` of a text (read-only): publishing works the anchors out version after version, each text's own
    ids then read again as the next version's ids before (their third of the anchors' time)."""
    return own_anchors(_parsed(text, lang), source=_parsed(source_text, lang) if source_text else None)


# The own ids _own_of worked out, by the readings they are of: their sections, which every reading of the same
# text shares (document.parse keeps each text's reading; its Policy under another path or language shares its
# parts), held while kept so that their ids name no other list. The build's hook reads a page from its whole text
# (rendering.read_page) and finds the page's own ids here.
_read: OrderedDict[tuple[int, int], tuple[list[Section], list[Section] | None, Anchors]] = OrderedDict()
_read_lock = threading.Lock()


def _own_read(policy: Policy, source: Policy | None) -> Anchors | None:
    """The own ids `_own_of` worked out for these readings of a text and of its source, if it did."""
    with _read_lock:
        found = _read.get((id(policy.sections), id(source.sections) if source else 0))
    if found is None or found[0] is not policy.sections or found[1] is not (source.sections if source else None):
        return None
    return found[2]


@functools.lru_cache(maxsize=64)
def _parsed(text: str, lang: str) -> Policy:
    """A text parsed once while publishing works out version after version (each page is the next one's
    previous text, and a translation's source): read-only, never changed by the functions here."""
    from policysite import document

    return document.parse(document.normalise(text), path="page", lang=lang)


def translated_ids(text: str, *, lang: str, source_text: str) -> dict[str, str]:
    """A translation's sections known by their own anchor in the redline (`your-rights`, a slug of its title) -> the
    id its page gives them (the authoritative text's, `vos-droits`), where they differ: the changes page names its
    sections as the policy page does, so that the language menu keeps the reader's place on it."""
    return page_ids(text, lang=lang, source_text=source_text)


def page_ids(text: str, *, lang: str, source_text: str | None = None, ids: Sequence[str] = ()) -> dict[str, str]:
    """A version's sections known by their anchor in the redline and its summary (`s3`, anchor_for of their number) ->
    the id its page has them by, where they differ: the section ids its manifest records it was first published with
    (`ids`, recorded: `article-3` of an older rule), else those its text gives (a translation's, `source_text`'s)."""
    from policysite.document import anchor_for

    policy = _parsed(text, lang)
    found = recorded(_own_of(text, source_text, lang), ids).ids
    return {anchor_for(s.number): found[i] for i, s in enumerate(policy.sections) if anchor_for(s.number) != found[i]}


def for_page(markdown: str, *, lang: str, source_text: str | None = None,
             aliases: Mapping[str, Sequence[str]] | None = None,
             reading: tuple[Policy, int] | None = None) -> tuple[str, Anchors]:
    """The page body as the build renders it (each heading with its id) and its anchors: from the
    authoritative text (for a translation), and with `aliases` (section id -> aliases), which
    publishing works out from the versions before. `reading`: the body's reading where the caller has it
    (rendering.read_page: the policy, and how many lines its lines run ahead of the body's): where it is the reading
    of a whole text publishing worked the ids out for (`of_texts`), the page's own ids are taken, not worked out
    again (1.4 ms a page and language, for every version a history builds)."""
    from policysite import document

    policy, ahead = reading or (document.parse(markdown, path="page", lang=lang), 0)
    source = document.parse(source_text, path="source", lang=lang) if source_text else None
    anchors = page_anchors(policy, source=source, own=_own_read(policy, source))
    for section_id, values in (aliases or {}).items():
        if section_id in anchors.ids:
            for alias in values:
                anchors.add_alias(anchors.ids.index(section_id), alias)
    for dated in (aliases or {}).get(REMOVED, ()):
        anchors.add_removed(dated)
    at = {name: index for index, name in enumerate(anchors.ids)}
    for entry in (aliases or {}).get(SPLIT, ()):
        whole, cut, on = split_entry(entry)
        if whole in at and cut in at:
            anchors.add_split(at[whole], at[cut], on=on)
    return with_ids(markdown, policy, anchors, offset=ahead), anchors


# --- writing the ids into the page ---------------------------------------------------------------

# An ATX heading as CommonMark (the document model) reads it: up to three spaces before its hashes. Python-Markdown
# reads a heading only from the line's first column: `with_ids` writes each one there.
_ATX = re.compile(r"^ {0,3}#{1,6}(\s|$)")


def with_ids(markdown: str, policy: Policy, anchors: Anchors, *, offset: int = 0) -> str:
    """`markdown` (the page body, `offset` lines after the file's start) with each section heading
    given its id as Python-Markdown's attr_list reads it (`## Title {#s3}`), and each ATX heading
    (the title's too) moved to the line's first column, where Python-Markdown reads it."""
    lines = markdown.split("\n")
    title = policy.title_line - 1 - offset
    if policy.title_line and 0 <= title < len(lines) and _ATX.match(lines[title]):
        lines[title] = lines[title].lstrip(" ")
    for section, anchor in zip(policy.sections, anchors.ids):
        index = section.line - 1 - offset
        if not 0 <= index < len(lines):
            continue
        line = lines[index]
        if _ATX.match(line):  # ATX: the id goes before any closing hashes
            body = re.sub(r"(\s+#+)?\s*$", "", line).lstrip(" ")
            body = re.sub(r"[ ]+\{:?[^}\n]*\}$", "", body)
            lines[index] = _with_id(body, anchor)
        else:  # setext: the text line above the underline
            body = re.sub(r"[ ]+\{:?[^}\n]*\}[ ]*$", "", line.rstrip())
            lines[index] = _with_id(body, anchor)
    return "\n".join(lines)


# attr_list's list at a heading's end (markdown.extensions.attr_list's HEADER_RE): it searches from the first ` {` of
# the line, and where the words from there are no attribute list (`Informes de error {: #crash-reporter }:`, a `{: …}`
# its old site showed as text, or `Hello {name}`) it assigns none, and the heading had no id (adoption 28).
_HEADER_ATTRS = re.compile(r"[ ]+\{:?[ ]*([^}\n ][^\n]*)\}[ ]*$")
_CODE = re.compile(r"(`+).+?\1")


def _with_id(body: str, anchor: str) -> str:
    """A heading's line `body` with the attribute list `{#anchor}` at its end, its text's own ` {` escaped (outside
    code spans: the page shows it as written) where attr_list would read from there instead."""
    line = f"{body} {{#{anchor}}}"
    found = _HEADER_ATTRS.search(line)
    if found is None or found.start() == len(body):
        return line
    code = [m.span() for m in _CODE.finditer(body)]
    escaped = re.sub(r"(?<= )\{", lambda m: m.group() if any(a <= m.start() < b for a, b in code) else "\\{", body)
    return f"{escaped} {{#{anchor}}}"


def unbuilt(html: str, anchors: Anchors) -> list[str]:
    """The section ids that no heading of the built page (`html`) carries: a heading the document model
    reads and the renderer did not (its section would have no link target)."""
    built = set(re.findall(r'<h[1-6] id="([^"]*)"', html))
    return [anchor for anchor in anchors.ids if _attr(anchor) not in built]


# A dated id (`2023-05-10.s2`): the id a section had in the version of that date.
DATED = re.compile(r"(\d{4}-\d{2}-\d{2})\.(.+)")
DATED_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def dated_entries(anchors: Anchors) -> list[tuple[str, str, int]]:
    """The dated ids of a page (page_anchors: each id a section had on a date, the last before it changed), as
    (date, id, index of the section that had it), oldest first; a section removed since (Anchors.removed), index -1."""
    return sorted([(m[1], m[2], index) for index, aliases in anchors.aliases.items()
                   for m in (DATED.fullmatch(a) for a in aliases) if m] +
                  [(m[1], m[2], -1) for m in map(DATED.fullmatch, anchors.removed) if m])


def dated_target(asked: str, anchors: Anchors, *, here: str = "",
                 entries: list[tuple[str, str, int]] | None = None, until: str = "",
                 versions: Sequence[str] = ()) -> int | None:
    """The section a dated id (`2021-02-17.s3`, the id `s3` as it was in the version of 2021-02-17) names on the page
    of the version of `here` (None where the date is after it, or it is no dated id): the section whose dated id names
    that id first from that date on (the one that had it then, and changed it since; None where that one was removed
    since: no later section that took its id), else the one of that id now.
    policy.js resolves an address by the same rule (datedTarget; tests/data/dated_links.json holds both to it).
    `entries`: dated_entries(anchors), where the caller has them. `until`: the last day the version of `here` is known
    to be in force (`policy at`'s answer): a dated id of a day after `here`, up to it, names the id the page has
    (histories17: `policy at 2021-06-01 2021-06-01.s3`, the version of 2021-02-17 in force, said it had no such
    section). `versions`: the dates of the versions published in the page's language, where the caller has them: a
    day that is no version's date names the id as it was in the version in force that day (the last one on or before
    it: `2021-06-01.s3`, between the versions of 2021-02-17 and 2022-03-01, is §3 of 2021-02-17, where it named the
    section that had the id in the first version from that day on, today's §3 where the id changed in 2022-03-01); a
    day of a version after `here`'s names nothing, `until` or not. Without them, the day is read as a version's date.
    """
    found = DATED.fullmatch(asked)
    if found is None:
        return None
    day = found[1]
    then = max((v for v in (*versions, here) if v and v <= day), default="") if versions else ""
    if here and day > here and ((then > here) if then else not day <= until):
        return None
    since = min(then or day, here) if here else then or day
    entries = dated_entries(anchors) if entries is None else entries
    moved = next((index for date, name, index in entries if date >= since and name == found[2]), None)
    if moved is not None:
        return moved if moved >= 0 else None
    return next((index for index, name in enumerate(anchors.ids) if name == found[2]),
                next((index for index, names in anchors.aliases.items() if found[2] in names), None))


def since_ids(anchors: Anchors, versions: Sequence[str]) -> dict[int, list[str]]:
    """The dated ids a section's links name it by for good: for each stretch of an id's history (from the first of
    `versions`, else from the version after a section changed it, dated_entries) that id, dated with the stretch's
    first version (`2022-03-01.s3`), on the section that had it through the stretch. A dated id names the same
    section from any version of a stretch, and a browser lands only on an id the page has: with these, a reader
    without JavaScript lands on the section a link names by them (policy.js gives them as the "¶" at latest/, where
    a link copied from would otherwise name a section by whatever §3 is the day it is opened)."""
    ordered = sorted(versions)
    entries = dated_entries(anchors)
    held: dict[str, list[tuple[str, int]]] = {}
    for date, name, index in entries:
        held.setdefault(name, []).append((date, index))
    for index, name in enumerate(anchors.ids):
        held.setdefault(name, []).append(("", index))  # its last stretch, to this version
    since: dict[int, list[str]] = {}
    for name, stretches in held.items():
        after: str | None = None
        for date, holder in sorted(stretches, key=lambda s: s[0] or "9999"):
            begin = ordered[0] if after is None and ordered else next((v for v in ordered if after and v > after), "")
            wanted = f"{begin}.{name}"
            if begin and wanted not in anchors and wanted not in since.get(holder, []) \
                    and dated_target(wanted, anchors, entries=entries, versions=ordered) == holder:
                since.setdefault(holder, []).append(wanted)
            after = date
    # A section part of whose text was split off another: from the version of the split on, a link to it names less
    # text; its id dated with that version names it for good as it is since (policy.js: the "¶" at latest/ gives the
    # last, and a link by it gets no note of the split, reader28).
    for (index, _cut), on in sorted(anchors.split_on.items()):
        wanted = f"{on}.{anchors.ids[index]}"
        if on in ordered and wanted not in anchors and wanted not in since.get(index, []) \
                and dated_target(wanted, anchors, entries=entries, versions=ordered) == index:
            since.setdefault(index, []).append(wanted)
    return {index: sorted(values, key=lambda dated: dated[:10]) for index, values in since.items()}


def with_aliases(html: str, anchors: Anchors, *, versions: Sequence[str] = ()) -> str:
    """The built page with an empty element for each alias at the start of its section's heading, and one for each
    dated id a link names it by for good (since_ids, with the versions known: `versions`; span.policy-since, not one of
    the former ids policy.js and provenance read by span.policy-alias); those of the sections removed before it
    (Anchors.removed) after its title, in no heading, not as ids (REMOVED_ATTRIBUTE): policy.js reads them as the dated
    ids of no section, and a browser without JavaScript finds no element of that id and shows the page's top, under
    the note that says the version lacks the section."""
    since = since_ids(anchors, versions)
    indices = sorted(set(anchors.aliases) | set(since) | set(anchors.split))
    headings = [(m.start(), m.group(), m.group(1)) for m in _HEADING.finditer(html)] if indices else []
    if any("<h" in tag[1:] for _, tag, _ in headings):  # (a heading's tag may start inside another's: never built)
        html = _marked_one_by_one(html, anchors, since, indices)
    elif indices:
        html = _marked(html, anchors, since, indices, headings)
    if anchors.removed:  # below the title, in no heading, and no element's id (nothing a browser lands on)
        title = html.find("</h1>")
        at = title + len("</h1>") if title >= 0 else 0
        spans = "".join(f'<span class="policy-alias" {REMOVED_ATTRIBUTE}="{_attr(a)}"></span>' for a in anchors.removed)
        html = html[:at] + spans + html[at:]
    return html


# A heading's start tag and its id. Found one after another, a tag starting inside one found is passed over: where a
# found tag holds `<h` after its start, with_aliases marks the page one section at a time, as it did.
_HEADING = re.compile(r'<h[1-6] id="([^"]*)"[^>]*>')


def _opened(tag: str, anchors: Anchors, index: int) -> str:
    """A section's heading tag (`tag`) with the ids of the sections split off it (data-policy-split-off: policy.js
    links each) and the date of the version of each split, in the same order ("-" where its record has none)."""
    cuts = anchors.split.get(index, [])
    split = " ".join(_attr(anchors.ids[j]) for j in cuts)
    on = " ".join(anchors.split_on.get((index, j)) or "-" for j in cuts)
    return tag[:-1] + (f' data-policy-split-off="{split}"' if split else "") + \
        (f' data-policy-split-on="{on}"' if split and on.strip("- ") else "") + ">"


def _spans(anchors: Anchors, since: Mapping[int, list[str]], index: int) -> str:
    return "".join(f'<span class="policy-alias" id="{_attr(a)}"></span>' for a in anchors.aliases.get(index, [])) + \
        "".join(f'<span class="policy-since" id="{_attr(a)}"></span>' for a in since.get(index, []))


def _marked(html: str, anchors: Anchors, since: Mapping[int, list[str]], indices: list[int],
            headings: list[tuple[int, str, str]]) -> str:
    """with_aliases's headings marked in one pass over the page (`headings`: each heading's start, tag and id, none
    starting inside another's), as _marked_one_by_one marks them: each section on the first heading of its id, a
    second section of the same id on that heading again (its spans before the first's). The page was searched and
    copied once a section: 4.7 ms a language of a version at 48 sections, now 1.2 (perf20)."""
    first: dict[str, tuple[int, str]] = {}
    for start, tag, name in headings:
        first.setdefault(name, (start, tag))
    edits: dict[int, tuple[int, str, str]] = {}  # a heading's start -> (its tag's length, the tag as opened, spans)
    for index in indices:
        found = first.get(_attr(anchors.ids[index]))
        if found is not None:
            start, tag = found
            length, opened, spans = edits.get(start, (len(tag), tag, ""))
            edits[start] = (length, _opened(opened, anchors, index), _spans(anchors, since, index) + spans)
    out, last = [], 0
    for start, (length, opened, spans) in sorted(edits.items()):
        out += [html[last:start], opened, spans]
        last = start + length
    out.append(html[last:])
    return "".join(out)


def _marked_one_by_one(html: str, anchors: Anchors, since: Mapping[int, list[str]], indices: list[int]) -> str:
    """with_aliases's headings marked a section at a time, the page searched again after each."""
    for index in indices:
        heading = re.compile(rf'<h[1-6] id="{re.escape(_attr(anchors.ids[index]))}"[^>]*>')
        match = heading.search(html)
        if match:
            html = html[:match.start()] + _opened(match.group(), anchors, index) + _spans(anchors, since, index) + \
                html[match.end():]
    return html


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
