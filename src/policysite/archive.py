"""The archive's own pages: each version's changes, the history of versions, the compare page.

A version's changes page compares it with the version before through the one differ
(`redline.diff`) and is built with the version, inside its folder: it never changes afterwards.
What grows with each publication (the history page, the feed) lives outside the versions' folders
and is rebuilt on each publication from what each version's manifest recorded when it was
published (`summary`): nothing is diffed again. The compare page lists no version: its script
reads mike's versions.json, so the page is the same file at every publication.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment, nodes as jinja_nodes
from markupsafe import Markup

from policysite import (
    anchors,
    document,
    heading_numbers,
    keptfiles,
    messages,
    pdf as pdf_file,
    periods,
    redline,
    sidebyside,
)
from policysite.document import anchor_for, label_of, named
from policysite.manifest import KINDS, Notes
from policysite.messages import Said
from policysite.redline import docx
from policysite.redline.replaced import replaced
from policysite.settings import Release
from policysite.strings import (
    aside,
    aside_marks,
    base_language,
    blank,
    counted,
    counted_quoting,
    date_marked,
    digits,
    direction,
    html_format,
    in_language,
    long_date,
    marks,
    number_format,
    plural_rule,
    spoken,
    strings,
)

# The pages, by `policy_page` in their front matter; a translation's version also has its side-by-side page.
CHANGES, HISTORY, COMPARE, AT, SIDE = "changes", "history", "compare", "at", "side-by-side"
PAGES = {CHANGES: "changes.md", HISTORY: "history.md", COMPARE: "compare.md", AT: "at.md",
         SIDE: "side-by-side.md"}  # generated sources
GROUPS = KINDS  # the kinds of a section's change, in the order the pages group them


@dataclass(frozen=True)
class Entry:
    """A published version in one language as the history, compare page and feed show it."""

    version: str
    changes: dict | None  # `summary()` as recorded when it was published; None if published before changes pages
    until: str | None = None  # the last day it is in force (the day before the next version), None for the last
    upcoming: bool = False    # published ahead of its date, which is after the day the pages are built
    pdf: str = ""  # its PDF's name in its folder, "" if published before PDFs existed
    published: str = ""  # the company's day it was published (its manifest's `published`), "" where not recorded
    notes: Notes = ()  # how it came to be, as its publication said it (its manifest's `notes`)
    imported: bool = False  # its text public before the site (its manifest's `imported`): `published` added it here
    # its section ids and those of the version before (`previous`) as their manifests record them, in this language
    # (empty where they do not): what the history links their sections by (a summary's `at`, histories20)
    ids: tuple[str, ...] = ()
    previous_ids: tuple[str, ...] = ()
    # published without its PDF: why, as its manifest records it (`no_pdf`: pdf.UNDRAWN, FAILED), "" with its PDF or
    # where the manifest does not say (published before PDFs, or before it was recorded)
    pdf_none: str = ""

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.version)

    @property
    def note(self) -> str:
        """What changed in the legal team's words (`summary:` of its front matter), or ""."""
        return str((self.changes or {}).get("note", ""))

    @property
    def change(self) -> str:
        """`material` or `editorial` (a version recorded before the class existed is material)."""
        return str((self.changes or {}).get("change", "material"))

    @property
    def announced(self) -> str | None:
        value = (self.changes or {}).get("announced")
        return str(value) if value else None

    @property
    def previous(self) -> str | None:
        return (self.changes or {}).get("previous")

    @property
    def pdf_missing(self) -> str:
        """The key of the words its history row says where its PDF's link would be, "" where it has its PDF or none is
        known to be missing (reader34: the link was left out without a word)."""
        return "" if self.pdf or not self.pdf_none else pdf_missing(self.pdf_none)

    @property
    def has_pages(self) -> bool:
        """Whether it has a changes page and a JSON export (every version published since they exist)."""
        return self.changes is not None


def pdf_missing(why: str) -> str:
    """The key of the words the history and the changes page say where a version's PDF's link would be, by why it
    has none (pdf.UNDRAWN: some of its characters cannot be printed; pdf.FAILED: the print engine failed on it)."""
    return "pdf_missing_failed" if why == pdf_file.FAILED else "pdf_missing"


# --- what changed, recorded once per version -------------------------------------------------

def changes_of(source: str, *, previous_text: str | None, lang: str,
               source_text: str | None = None) -> redline.Redline | None:
    """The redline of a version's page against the version before's, both Markdown; None for the first. For a
    translation, `source_text` is the authoritative page, whose `announced:` and `change:` are the version's, as
    notice_of reads them (document.notice_page): its redline says it is not in force before its date
    (redline.Redline.announced) and its class (redline.Redline.editorial), whatever the translation's own say.

    Cached: publishing records its summary right after the build's hook rendered it, in the same process
    (one key whatever the order of the arguments and the line ends: the page as read, the bytes decoded).
    """
    if not previous_text:
        return None
    return _changes(document.normalise(source), document.normalise(previous_text), lang,
                    document.normalise(source_text) if source_text else None)


@functools.lru_cache(maxsize=4)
def _changes(source: str, previous_text: str, lang: str, authoritative: str | None = None) -> redline.Redline:
    change = redline.diff(document.parse(previous_text, path=f"{lang}/previous", lang=lang),
                          document.parse(source, path=f"{lang}/new", lang=lang),
                          source=_front(authoritative, lang) if authoritative is not None else None)
    origin = hashlib.sha256(lang.encode("utf-8", "surrogatepass") + b"\0")
    for text in (previous_text, source):
        origin.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    if authoritative is not None:  # (what its .docx says: kept apart)
        origin.update(f"announced {change.announced} editorial {change.editorial}".encode())
    change.origin = origin.hexdigest()
    return change


def notice_of(text: str, *, lang: str, source_text: str | None = None) -> dict:
    """What a version's front matter says of its change: its note (`summary:`, in the page's language), and
    its class and announcement day (the authoritative page's, `source_text`, for a translation)."""
    page, source = _front(text, lang), _front(source_text, lang) if source_text else None
    counts = document.notice_page(page, source)
    return {"change": counts.change, **({"note": page.summary} if page.summary else {}),
            **({"announced": counts.announced.isoformat()} if counts.announced else {})}


def _front(text: str, lang: str) -> document.Policy:
    """A page's front matter only, read by the one parser."""
    return document.front(text, path=f"{lang}/notice", lang=lang)


def summary(change: redline.Redline | None, *, previous: str | None, notice: dict | None = None) -> dict:
    """What a version's manifest keeps of its changes: enough for the history page and the feed, with
    `notice_of()` its front matter's note, class and announcement day."""
    if change is None:
        return {"previous": None, **(notice or {})}
    preamble = next((s for s in change.sections if not s.number), None)
    at = _places(change)
    return {
        **(notice or {}),
        "previous": previous,
        "counts": change.summary.counts,
        "preamble": bool(preamble and preamble.changed),
        # terms written otherwise everywhere (a defined term renamed), said once by the history and the feed
        **({"replaced": [{"old": r.old, "new": r.new, "count": r.count} for r in found]}
           if (found := replaced(change)) else {}),
        "sections": [{"kind": s.kind, "old": s.old_number, "new": s.new_number, "title": s.title,
                      "changed": s.changed, **_marks(s), **_partner(s), **at(s)} for s in change.sections
                     if s.number and s.shown],
    }


def _places(change: redline.Redline) -> Callable[[redline.SectionChange], dict[str, int]]:
    """Each section's place (`at`) among the sections of the version the history links it in (the version before for
    a removed one, the section holding its text for a merged one, else its own version): what its manifest's recorded
    ids (`ids`) name it by there, whatever id today's rules derive from its number (histories20)."""
    sections = [s for s in change.sections if s.number]  # (each section of either version once, by its lines' order)
    olds = sorted((s for s in sections if s.old_number is not None), key=lambda s: s.old_line)
    news = sorted((s for s in sections if s.new_number is not None), key=lambda s: s.new_line)
    old = {s.old_number: n for n, s in enumerate(olds)}
    new = {s.new_number: n for n, s in enumerate(news)}

    def at(s: redline.SectionChange) -> dict[str, int]:
        found = new.get(s.partner[0]) if s.kind == "merged" and s.partner else \
            old.get(s.old_number or "") if s.kind == "removed" else new.get(s.new_number or "")
        return {"at": found} if found is not None else {}
    return at


def _partner(section: redline.SectionChange) -> dict[str, dict[str, str]]:
    """A merged section's: the section holding its text; a split one's: the section it was cut from (in the new
    version), which the history names."""
    if section.partner is None:
        return {}
    number, title, mark = section.partner
    return {"partner": {"number": number, "title": title, "mark": mark}}


def _marks(section: redline.SectionChange) -> dict[str, str]:
    """The marks of a section's numbers as its headings write them (`§2a`, `第３条`), only where it has one: the
    summary of a version whose headings have none stays as it was."""
    return {key: mark for key, mark in (("old_mark", section.old_mark), ("new_mark", section.new_mark)) if mark}


def describe(change: redline.Redline) -> list[str]:
    """The parts that differ, for messages: `title`, `introduction`, `§3`, `§7.2 (new)`, `§9 (removed)`; each a
    `Said` where words name it (`(new)` is `(nouvelle)` on a French site), a section's label as it is; one whose heading
    shows neither number nor title (`## &nbsp;`) by its line, as the checks name it (it read "", " (new)")."""
    out: list[str] = []
    for s in change.sections:
        line = s.new_line if s.new_number is not None else s.old_line
        if not s.number:
            out += [Said("archive.part/title")] if s.title_ops else []
            out += [Said("archive.part/introduction")] if any(b.kind != "unchanged" for b in s.blocks) else []
        elif s.kind in ("added", "removed"):
            out.append(Said(f"archive.part/{s.kind}", section=_part(s.number, s.title, s.mark, line)))
        elif s.kind in ("merged", "split") and s.partner:
            out.append(Said(f"archive.part/{s.kind}", section=_part(s.number, s.title, s.mark, line),
                            other=_partner_said(*s.partner, into=s.kind == "merged")))
        elif s.kind in ("renumbered", "moved"):
            # (each as its heading writes its number: §۲ → §۳ in a Persian text, as the redline names them)
            where = f"{named(s.old_number, '', s.old_mark)} → {named(s.new_number, '', s.new_mark)}" \
                if label_of(s.new_number) else _part(s.number, s.title, s.mark, line)
            out.append(Said(f"archive.part/{s.kind}{'-changed' if s.changed else ''}", section=where))
        elif s.shown:
            out.append(_part(s.number, s.title, s.mark, line))
    return out


def _part(number: str | None, title: str, mark: str, line: int) -> str:
    """A section as `describe` names it: its number's label, else its title, else (a heading that shows nothing) the
    untitled section of its line, or an untitled section where its line is not known (a merged one's partner)."""
    label = named(number, "", mark) or title
    if not blank(label):
        return label
    return Said("section.untitled", line=line) if line else Said("section.untitled/unplaced")


def _partner_said(number: str, title: str, mark: str, *, into: bool) -> Said:
    """The section a merged one went into (`into`) or a split one came off, said with the words its language puts
    before a number, a title or neither ("fusionnée avec le §3", "détachée de la section « Cookies »": the French
    said "avec le Cookies", "du la section sans titre")."""
    label = named(number, "", mark)
    kind = "numbered" if label else "untitled" if blank(title) else "titled"
    return Said(f"archive.partner/{'into' if into else 'off'}-{kind}", section=label, title=title)


# --- how a summary reads ---------------------------------------------------------------------

class Link(NamedTuple):
    """A section named in a version's summary: its label, its link, and the date, in words, of the version it opens
    (the version's own, or the one before for a removed section)."""

    label: str
    href: str
    date: str


def groups(entry: Entry, *, lang: str, base: str) -> list[tuple[str, list[Link]]]:
    """(heading, [Link]) for each kind of change of `entry`, links under `base` (the language's root)."""
    data = entry.changes or {}
    if not data.get("previous"):
        return []
    t, words = strings(lang), redline.labels(lang)
    new, old = f"{base}{entry.version}/", f"{base}{data['previous']}/"
    new_date, old_date = _date(entry.version, lang)[1], _date(data["previous"], lang)[1]
    found: dict[str, list[Link]] = {kind: [] for kind in GROUPS}
    if data.get("preamble"):
        found["changed"].append(Link(words["preamble"], new, new_date))
    for s in data.get("sections", []):
        shifted = s["old"] != s["new"]
        old_mark, new_mark = s.get("old_mark", ""), s.get("new_mark", "")  # (a summary recorded before: none)
        word = words["section"]  # (the reader's language's: 第2条, סעיף 2)
        label = f"{label_of(s['old'], old_mark, word=word)} → {named(s['new'], s['title'], new_mark, word=word)}" \
            if shifted and label_of(s["old"]) and label_of(s["new"]) else \
            named(s["new"] or s["old"], s["title"], new_mark if s["new"] else old_mark, word=word)
        # the section now holding its text, where the reader finds it; a removed one in the version before; by the id
        # the version's page has it by (its record's at the section's place), else the one its number gives
        number = s["partner"]["number"] if s["kind"] == "merged" else s["old"] if s["kind"] == "removed" else s["new"]
        where = f"{old if s['kind'] == 'removed' else new}#" + \
            _page_id(entry.previous_ids if s["kind"] == "removed" else entry.ids, s.get("at"), number)
        opens = old_date if s["kind"] == "removed" else new_date
        if s["kind"] in ("merged", "split"):  # "§4 Cookies (merged into §3)"
            partner = s["partner"]
            other = label_of(partner["number"], partner.get("mark", ""), word=word) or partner["title"]
            label += aside(words[s["kind"]].format(section=other), lang)
        if s["kind"] in ("renumbered", "moved") and s["changed"]:
            # named once, among the changed, its arrow saying its new number (a moved one also says it moved): it
            # was listed under both headings, the same section twice in one summary (legal24)
            if s["kind"] == "moved":
                label += aside(words["moved"], lang)
            found["changed"].append(Link(label, where, opens))
        else:
            found[s["kind"]].append(Link(label, where, opens))
    return [(t[f"group_{kind}"], found[kind]) for kind in GROUPS if found[kind]]


def _page_id(ids: Sequence[str], at: object, number: str) -> str:
    """A section's id on its version's page: its recorded id at its place (`at`, of a summary recorded since places
    were), else the id its number gives (anchor_for)."""
    if isinstance(at, int) and not isinstance(at, bool) and 0 <= at < len(ids):
        return ids[at]
    return anchor_for(number)


def counts_line(entry: Entry, *, lang: str) -> str:
    """One sentence where no section is named: the first version, no change of text, or no summary recorded;
    "" when sections changed (`groups` names them)."""
    t = strings(lang)
    if entry.changes is None:
        return t["no_summary"]
    if not entry.previous:
        return t["first_version"]
    if not any(entry.changes.get("counts", {}).values()) and not entry.changes.get("preamble"):
        return redline.labels(lang)["no_change"]
    return ""


def description(entry: Entry, *, lang: str) -> str:
    """What changed in words: the legal team's note, else the sections that changed, named."""
    return entry.note or sections_text(entry, lang=lang)


def sections_text(entry: Entry, *, lang: str) -> str:
    """The sections that changed, named by kind (`Sections changed: §2 Data, §3 Rights.`), or the sentence
    saying why none is named; then each term replaced everywhere (replaced_lines)."""
    t = strings(lang)
    named_groups = [f"{heading}{t['colon']}{t['comma'].join(link.label for link in items)}{t['full_stop']}"
                    for heading, items in groups(entry, lang=lang, base="")]
    return t["sentence_space"].join([*named_groups, *replaced_lines(entry, lang=lang)]) or counts_line(entry, lang=lang)


def replaced_lines(entry: Entry, *, lang: str) -> list[str]:
    """Each term the version wrote otherwise everywhere, as its summary recorded it (summary(): "“User” becomes
    “Customer” throughout (30 times)."): thirty replacements, said once."""
    t = redline.labels(lang)
    return [counted(t, "term_replaced", r["count"], lang, old=r["old"], new=r["new"], count=r["count"])
            for r in (entry.changes or {}).get("replaced", [])]


def replaced_html(entry: Entry, *, lang: str) -> list[Markup]:
    """replaced_lines as the history page writes them, the terms quoted marked as the text's language where the site's
    words around them are another's (strings.counted_quoting; reader34)."""
    t = redline.labels(lang)
    return [counted_quoting(t, "term_replaced", r["count"], lang, old=r["old"], new=r["new"])
            for r in (entry.changes or {}).get("replaced", [])]


def period_text(entry: Entry, *, lang: str) -> Markup:
    """`In force from March 1, 2022 until May 9, 2023.`, or since, or when an upcoming version takes effect: HTML, each
    date marked as `lang` where the site's words are in another language (strings.marks)."""
    key, days = _period(entry)
    return html_format(strings(lang)[key], **{name: in_language(long_date(dt.date.fromisoformat(day), lang), lang)
                                              for name, day in days.items()})


def _period(entry: Entry) -> tuple[str, dict[str, str]]:
    """Which of the strings' periods says when `entry` is in force, and its days."""
    start = entry.date.isoformat()
    if entry.upcoming:
        # two announced at once: the first's last day, as versions.json, the at page and `policy at` say it (it read
        # as if in force for good, histories17)
        announced = entry.announced
        if entry.until:
            return ("period_upcoming_to", {"start": start, "until": entry.until, "announced": announced}) if announced \
                else ("period_upcoming_plain_to", {"start": start, "until": entry.until})
        return ("period_upcoming", {"start": start, "announced": announced}) if announced else \
            ("period_upcoming_plain", {"start": start})
    if entry.until:
        return "period", {"start": start, "until": entry.until}
    return "period_open", {"start": start}


def summary_text(entry: Entry, *, lang: str, announcement: bool = False) -> str:
    """The summary as plain text (the feed), the same whenever it is built: when the version takes effect
    (for its announcement), the legal team's note, the sections that changed."""
    when = ""
    if announcement:
        t, start = strings(lang), long_date(entry.date, lang)
        when = t["period_upcoming"].format(start=start, announced=long_date(
            dt.date.fromisoformat(entry.announced), lang)) if entry.announced else ""
    return " ".join(p for p in (when, entry.note, sections_text(entry, lang=lang)) if p)


# --- the pages -------------------------------------------------------------------------------

def page_source(kind: str, *, lang: str, version: str | None = None) -> str:
    """The generated Markdown of a page: its kind in the front matter and its title; hooks add the rest."""
    t = strings(lang)
    if kind in (CHANGES, SIDE):
        if version is None:
            raise ValueError(Said("archive.needs-version", kind=kind))
        key = "changes_title" if kind == CHANGES else "sides_title"
        title = t[key].format(date=long_date(dt.date.fromisoformat(version), lang))
    else:
        title = t[f"{kind}_title"]
    # A changes or side-by-side page repeats words of the policy (the version's search finds them in the
    # policy only); the at page carries no text and lands elsewhere: the search leaves them out.
    search = "search:\n  exclude: true\n" if kind in (CHANGES, AT, SIDE) else ""
    return f"---\npolicy_page: {kind}\n{search}---\n\n# {title}\n"


_H1 = re.compile(r"<h1\b([^>]*)>(.*?)</h1>", re.S)


def marked_title(html: str, *, lang: str, version: str | None = None) -> str:
    """A generated page's built title (its `# title`, page_source) marked as the site's words where it has none in
    `lang` (English, `lang="en" dir="ltr"`: a Persian history page's "Version history" heading was marked Persian,
    right to left, and read so), the version's date in it marked as `lang`; as it is where the site speaks `lang`."""
    ui = marks(lang)[0]
    found = _H1.search(html)
    if not ui or found is None:
        return html
    title = found.group(2)
    if version:
        title = date_marked(title, lang=lang, version=version)
    return f"{html[:found.start()]}<h1{found.group(1)}{ui}>{title}</h1>{html[found.end():]}"


def section_ids(text: str, *, lang: str, release: Release) -> dict[str, str] | None:
    """A translation's sections by the ids its policy page gives them, the authoritative text's (the same in every
    language where the translation numbers no heading: reader hunt 43), for its changes page and its Word redline."""
    return anchors.translated_ids(text, lang=lang, source_text=release.source_text) if release.source_text else None


def page_body(kind: str, *, env: Environment, lang: str, docs_page: Path, release: Release | None,
              entries: list[Entry] | None, source_lang: str = "", earlier: Earlier | None = None,
              doc_id: str = "", late: Sequence[Mapping[str, str]] = ()) -> str:
    """What the hooks add under a generated page's title: the changes of the version `release` whose
    page is `docs_page`, or its text beside the authoritative one (`source_lang`'s), or the history or
    compare page of `entries`."""
    if kind == SIDE:
        if release is None or not release.source_text:
            raise ValueError(Said("archive.needs-translation"))
        return sidebyside.page_body(env=env, lang=lang, source_lang=source_lang, source_text=release.source_text,
                                    text=docs_page.read_text(encoding="utf-8"), version=release.version,
                                    doc_id=doc_id, aliases=release.aliases)
    if kind == CHANGES:
        if release is None:
            raise ValueError(Said("archive.needs-release"))
        text = docs_page.read_text(encoding="utf-8")
        change = changes_of(text, lang=lang, previous_text=release.previous_text if release.previous else None,
                            source_text=release.source_text)
        return changes_page(env=env, lang=lang, version=release.version, previous=release.previous, change=change,
                            note=notice_of(text, lang=lang).get("note", ""), pdf=release.pdf,
                            pdf_none=release.pdf_none,
                            ids=section_ids(text, lang=lang, release=release),
                            aliases=release.aliases,
                            old_ids=anchors.page_ids(release.previous_text, lang=lang, ids=release.previous_ids)
                            if change is not None else None)
    if kind == HISTORY:
        return history_page(env=env, lang=lang, entries=entries or [], earlier=earlier)
    if kind == AT:
        return at_page(env=env, lang=lang, earlier=earlier, late=late)
    return compare_page(env=env, lang=lang)


def changes_page(*, env: Environment, lang: str, version: str, previous: str | None,
                 change: redline.Redline | None, note: str = "", pdf: bool = True, pdf_none: str = "",
                 ids: Mapping[str, str] | None = None, aliases: Mapping[str, Sequence[str]] | None = None,
                 old_ids: Mapping[str, str] | None = None) -> str:
    """The changes page's body, at <lang>/<version>/changes/: links, the legal team's note, then the redline
    against `previous`, each section keeping the ids it keeps on the version's policy page (`aliases`), linked into
    `previous`'s page by the ids it has there (`old_ids`: anchors.page_ids). Without `pdf`, why (`pdf_none`), said
    where its link would be."""
    context = {"t": strings(lang), "lang": lang, "version": version, "previous": previous, "note": note,
               "ui": marks(lang)[0], "in_lang": marks(lang)[1],
               "date": _date(version, lang), "previous_date": _date(previous, lang) if previous else None,
               "redline": redline.render_html(change, env=env, lang=lang, old_url=f"../../{previous}/",
                                              new_url="../", ids=ids, aliases=aliases, old_ids=old_ids)
               if change is not None else "",
               "history": "../../history/", "compare": f"../../compare/#{previous}..{version}" if previous else "",
               "docx": docx.file_name(lang=lang, old=previous, new=version) if previous and change else "",
               "pdf": "../" + pdf_file.file_name(lang=lang, version=version) if pdf else "",
               "pdf_missing": "" if pdf else pdf_missing(pdf_none)}
    return env.get_template(CHANGES_TEMPLATE).render(context)


CHANGES_TEMPLATE = "partials/policy-changes.html"  # a version's changes page
HISTORY_TEMPLATE = "partials/policy-history.html"


def history_page(*, env: Environment, lang: str, entries: list[Entry], earlier: Earlier | None = None) -> str:
    """The history page's body, at <lang>/history/: every version, newest first, with its summary and links;
    a translation that starts later links the authoritative language's history for the versions before.

    Its rows are kept between commands where a folder is given (`rows_kept_in`): see `_kept_rows`."""
    shown = sorted(entries, key=lambda e: e.version, reverse=True)
    t = strings(lang)
    in_force = [e.version for e in shown if not e.upcoming]
    ui, in_lang = marks(lang)  # English words on a page of a language the site has none for, marked as such
    context: dict[str, Any] = {"t": t, "lang": lang, "rows": [], "colon": t["colon"], "ui": ui, "in_lang": in_lang,
                               "aside": aside_marks(lang),
                               "preamble": redline.labels(lang)["preamble"],
                               "latest": in_force[0] if in_force else None,
                               "earlier": _earlier(earlier, lang, "history/")}
    template = env.get_template(HISTORY_TEMPLATE)
    apart = _rows_apart(env, _source_of(env, HISTORY_TEMPLATE)) if _ROWS.folder is not None else None
    page = _kept_rows(apart, context, shown, lang=lang, t=t) if apart is not None else None
    if page is None:
        context["rows"] = [_history_row(e, lang=lang, t=t) for e in shown]
        return template.render(context)
    return page


# What ends a sentence of the site's words (strings' periods): the full stop, Chinese and Japanese 。, Hindi's danda.
_STOPS = (".", "\u3002", "\u0964")


def period_apart(entry: Entry, *, lang: str) -> tuple[Markup, Markup]:
    """`period_text` without the stop its words end with, and that stop ("" where they end with none, as Thai's, or
    Ukrainian's "Чинна з {start}", whose date's own "р." stays): an aside that follows the period goes before its stop,
    "In force since May 1, 2022 (published on May 3, 2022).", as the periods' own asides do ("Takes effect on …
    (announced on …)."); the history page said "…2022. (published on …)" (reader26)."""
    sentence, words = period_text(entry, lang=lang), strings(lang)[_period(entry)[0]]
    if words.endswith(_STOPS):
        return Markup(sentence[:-1]), Markup(sentence[-1])
    return sentence, Markup("")


def _history_row(e: Entry, *, lang: str, t: Mapping[str, str]) -> dict[str, Any]:
    """What the history template shows of one version (`row`): its period's words and their stop apart, the asides
    between them."""
    period, stop = period_apart(e, lang=lang)
    return {"entry": e, "date": _date(e.version, lang), "counts": counts_line(e, lang=lang),
            "groups": groups(e, lang=lang, base="../"), "period": period, "stop": stop,
            "replaced": replaced_html(e, lang=lang),
            "changes_of": html_format(t["changes_of"], date=in_language(_date(e.previous, lang)[1], lang))
            if e.previous else None,
            # when it went online, for whoever must prove it (histories16): its manifest's record, not its date; a
            # text public before the site was not published that day, but added to the archive (histories18)
            "published": html_format(t["added_on" if e.imported else "published_on"],
                                     date=in_language(_date(e.published, lang)[1], lang))
            if e.published else None,
            # how it came to be (histories17): what its manifest proves, which the page left unsaid
            "record": record_lines(e.notes, lang=lang, t=t)}


# The history page's words for each note a manifest records (VersionManifest.notes, catalogue keys of history.py):
# what a reader needs of it, a text that is no version, why, and its day where it has one (a commit's id says nothing
# to a reader). The commit that holds it is the proof compliance needs: it stays in the version's manifest on the
# archive's branch (`manifest/<version>.json`, its `notes`, written once at its publication), the page's source.
_RECORD = {"history.landed-draft": "record_draft", "history.draft-merged": "record_draft",
           "history.merge-edited": "record_merge_edited", "history.undated": "record_undated",
           "history.tagged-undated": "record_undated", "history.translation-alone": "record_translation_alone",
           **{f"history.no-page/{cause}": "record_no_page" for cause in ("removed", "folder", "link", "submodule",
                                                                          "lfs")}}
_COMMIT = re.compile(r"[0-9a-f]{4,40}")


def record_lines(notes: Notes, *, lang: str, t: Mapping[str, str]) -> list[Markup]:
    """The history page's lines for a version's recorded notes, in `lang`: a note of a kind this generator does not
    know (a later one's), or whose commit or day is not one (a manifest edited on the branch), is left out."""
    lines = []
    for key, fields in notes:
        if (name := _RECORD.get(key)) is None:
            continue
        values = dict(fields)
        if key == "history.translation-alone":
            values["day"] = values.get("date", "")
        # the commits a note names are checked though the page does not say them: a note whose commit was edited into
        # something else on the branch is left out, as before
        said = {field: _recorded(field, values.get(field), lang) for field in ("day", "commit", "merge")
                if "{" + field + "}" in t[name] or field == "commit" or field in values}
        if all(value is not None for value in said.values()):
            lines.append(html_format(t[name], **{field: value for field, value in said.items() if value is not None
                                                 and "{" + field + "}" in t[name]}))
    return list(dict.fromkeys(lines))


def _recorded(field: str, value: object, lang: str) -> str | None:
    """A recorded note's field as the history page says it (a day in `lang`'s words), None if it is not one."""
    if not isinstance(value, str):
        return None
    if field != "day":
        return value if _COMMIT.fullmatch(value) else None
    try:
        return in_language(long_date(dt.date.fromisoformat(value), lang), lang) if re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


# --- the history page's rows, kept between commands -------------------------------------------
#
# Publishing onto an archive of N versions rendered the history page's N rows again in each language (some 57 us a
# row: 0.12 s at 1,000 versions), though all but the newest two are the bytes the last publication rendered. A row's
# HTML is a function of its version's entry (what its manifest recorded, its period, whether it is upcoming), of
# whether it is the version in force, of the rest of the page's context (the language's words) and of the template
# and the code: it is kept under the digest of those, in one file a language (the rows of the page last built), and
# the page is the template's text before its loop, the rows, and its text after, rendered apart. Only a template
# whose loop over `rows` is that simple is rendered so (`_rows_apart`); any other is rendered whole, as before. The
# page is checked as a whole by the output check as before: only its rendering is kept.

ROWS_FOLDER = "history-rows"
_DEFINITIONS = (jinja_nodes.Macro, jinja_nodes.Assign, jinja_nodes.AssignBlock)  # what a row rendered alone keeps
ROWS_FORMAT = 1
ROWS_KEPT = 16  # files: one a language, document, template and code (some 1 MB each at 1,000 versions)
_ROWS = keptfiles.Place()
rows_kept_in = _ROWS.kept_in
_MARK = "\0policysite-history-rows\0"


def rows_folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps the history pages' rows."""
    return Path(common_dir) / "policysite" / ROWS_FOLDER


class _Apart(NamedTuple):
    """A history template split: its text around the loop over `rows` (`_MARK` for the rows), one row alone, and
    whether a row reads `latest` only to ask whether it is its own version (then a row is kept for that answer)."""

    frame: Any
    row: Any
    by_equality: bool
    source: str


def _source_of(env: Environment, name: str) -> str:
    if env.loader is None:
        return ""
    try:
        return env.loader.get_source(env, name)[0]
    except Exception:  # noqa: BLE001 (a loader's own error: the page is rendered whole, which says it)
        return ""


@functools.lru_cache(maxsize=8)
def _rows_apart(env: Environment, source: str) -> _Apart | None:
    """`source` (the history template) split for rendering its rows apart, or None where that could render other
    bytes (`_loop_at`). Both parts are compiled once, kept as the theme's templates are (its bytecode cache)."""
    at = _loop_at(source, (env.block_start_string, env.variable_start_string, env.comment_start_string,
                           env.line_statement_prefix, env.line_comment_prefix, tuple(env.extensions)), env)
    if at is None:
        return None
    index, by_equality = at

    def frame() -> Any:
        from jinja2 import nodes

        tree = env.parse(source)
        tree.body[index] = nodes.Output([nodes.TemplateData(_MARK)], lineno=tree.body[index].lineno)
        return tree

    def row() -> Any:
        from jinja2 import nodes

        tree = env.parse(source)
        before = [n for n in tree.body[:index] if isinstance(n, _DEFINITIONS)]
        loop = tree.body[index]
        assert isinstance(loop, nodes.For)  # (_loop_at found it there)
        return nodes.Template([*before, *loop.body], lineno=1)

    return _Apart(_compiled(env, "frame", source, frame), _compiled(env, "row", source, row), by_equality, source)


def _compiled(env: Environment, part: str, source: str, tree: Any) -> Any:
    """The part `part` of the history template `source`, from the environment's bytecode cache where it has it: kept
    under the code's digest too, which splits the template (a part another generator compiled is not run)."""
    from policysite import findingcache

    cache = env.bytecode_cache
    bucket = cache.get_bucket(env, f"{HISTORY_TEMPLATE}#{part}", None,
                              f"{source}\0{ROWS_FORMAT}\0{findingcache.checks_digest()}") if cache else None
    code = bucket.code if bucket is not None else None
    if code is None:
        made = tree()
        made.set_environment(env)
        code = env.compile(made)
        if cache is not None and bucket is not None:
            bucket.code = code
            cache.set_bucket(bucket)
    return env.template_class.from_code(env, code, env.make_globals(None))


@functools.lru_cache(maxsize=8)
def _loop_at(source: str, syntax: tuple, env: Environment) -> tuple[int, bool] | None:
    """Where the loop over `rows` is among the top of the template `source`, and whether its rows read `latest` only
    to ask whether it is their own version (`_compared_to_own`); None where rendering rows apart could render other
    bytes: a loop over `rows` other than one plain `for row in rows` at the top, `rows` read elsewhere, the loop's
    `loop` read in its body, a namespace or expression statement (state carried from row to row), a method called
    (it could change what the next row reads), another template included, imported or extended. (Once a process and
    template text: `syntax`, the environment's delimiters and extensions, tell apart environments that read it
    otherwise.)"""
    from jinja2 import nodes

    if not source:
        return None
    try:
        tree = env.parse(source)
    except Exception:  # noqa: BLE001 (a syntax error: the page is rendered whole, which says it)
        return None
    loops = [n for n in tree.body if isinstance(n, nodes.For)]
    if len(loops) != 1 or any(isinstance(n, (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport,
                                             nodes.Block, nodes.NSRef, nodes.ExprStmt))
                              for n in tree.find_all(nodes.Node)):
        return None
    loop = loops[0]
    if not (isinstance(loop.target, nodes.Name) and loop.target.name == "row" and isinstance(loop.iter, nodes.Name)
            and loop.iter.name == "rows" and not loop.else_ and loop.test is None and not loop.recursive):
        return None
    if sum(1 for n in tree.find_all(nodes.Name) if n.name == "rows") != 1:
        return None
    index = tree.body.index(loop)
    before = [n for n in tree.body[:index] if isinstance(n, _DEFINITIONS)]
    if not _defined_alike(tree, loop, before):
        return None
    body = nodes.Template(loop.body)
    inner = {id(n) for nested in body.find_all(nodes.For) for part in (*nested.body, *nested.else_,
                                                                       *([nested.test] if nested.test else []))
             for n in (part, *part.find_all(nodes.Name))}
    if any(n.name == "loop" and id(n) not in inner for n in body.find_all(nodes.Name)) or \
            any(isinstance(call.node, nodes.Getattr) for call in body.find_all(nodes.Call)):
        return None
    return index, _compared_to_own(body) and not any(n.name == "latest" for d in before
                                                     for n in d.find_all(nodes.Name))


def _defined_alike(tree: Any, loop: Any, before: list[Any]) -> bool:
    """Whether a row rendered alone (the definitions at the top before the loop, then the loop's body, `row` in its
    context) reads the names the whole template's row reads: no name defined elsewhere than at the top before the loop
    or in its body (one set in an `if` before it, or after it, which the whole template's loop reads otherwise), and
    none of those definitions reading `row` but as a macro's own argument (the whole template's is undefined there)."""
    from jinja2 import nodes

    inside = {id(n) for top in (*before, *loop.body) for n in (top, *top.find_all(_DEFINITIONS))}
    if any(id(n) not in inside for n in tree.find_all(_DEFINITIONS)):
        return False
    for definition in before:
        own = {arg.name for arg in definition.args} if isinstance(definition, nodes.Macro) else set()
        if "row" not in own and any(n.name == "row" and n.ctx == "load" for n in definition.find_all(nodes.Name)):
            return False
    return True


def _compared_to_own(body: Any) -> bool:
    """Whether the loop's body reads `latest` only in `v == latest` (or `!=`), `v` its row's version
    (`row.entry.version`, or a name set to it)."""
    from jinja2 import nodes

    def own(node: Any) -> bool:
        return isinstance(node, nodes.Getattr) and node.attr == "version" and isinstance(node.node, nodes.Getattr) \
            and node.node.attr == "entry" and isinstance(node.node.node, nodes.Name) and node.node.node.name == "row"
    names = {n.target.name for n in body.body if isinstance(n, nodes.Assign) and isinstance(n.target, nodes.Name)
             and own(n.node)}
    assigned = [n.name for n in body.find_all(nodes.Name) if n.ctx in ("store", "param")]  # (a loop's, a macro's)
    names = {name for name in names if assigned.count(name) == 1}
    fine = set()
    for compare in body.find_all(nodes.Compare):
        if len(compare.ops) != 1 or compare.ops[0].op not in ("eq", "ne"):
            continue
        left, right = compare.expr, compare.ops[0].expr
        for one, other in ((left, right), (right, left)):
            if isinstance(one, nodes.Name) and one.name == "latest" and \
                    (own(other) or (isinstance(other, nodes.Name) and other.name in names)):
                fine.add(id(one))
    return all(id(n) in fine for n in body.find_all(nodes.Name) if n.name == "latest")


def _kept_rows(apart: _Apart, context: dict[str, Any], shown: list[Entry], *, lang: str,
               t: Mapping[str, str]) -> str | None:
    """The history page from its frame and its rows, each row taken from those kept for the same inputs, the others
    rendered and kept (the rows of this page only); None where its frame cannot be told from its rows."""
    from policysite import findingcache

    latest = context["latest"]
    said = {key: value for key, value in context.items() if key not in ("rows", "latest")}
    name = hashlib.sha256(json.dumps([ROWS_FORMAT, findingcache.checks_digest(), apart.source,
                                      None if apart.by_equality else latest, said], sort_keys=True,
                                     default=str).encode("utf-8", "surrogatepass")).hexdigest()
    found = keptfiles.read(_ROWS.folder, name)
    try:
        kept = json.loads(found) if found is not None else {}
    except ValueError:
        kept = {}
    if not isinstance(kept, dict):
        kept = {}
    rows, now, fresh = [], {}, False
    for e in shown:
        own = e.version if latest == e.version else None
        key = hashlib.blake2b(repr((e.version, e.changes, e.until, e.upcoming, e.pdf, e.pdf_none, e.published, e.notes,
                                    e.imported, e.ids, e.previous_ids, own)).encode(
            "utf-8", "surrogatepass"), digest_size=16).hexdigest()
        row = kept.get(key)
        if not isinstance(row, str):
            row, fresh = apart.row.render({**context, "latest": own if apart.by_equality else latest,
                                           "row": _history_row(e, lang=lang, t=t)}), True
        rows.append(row)
        now[key] = row
    if fresh or len(now) != len(kept):
        keptfiles.write(_ROWS.folder, name, json.dumps(now, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                        most=ROWS_KEPT)
    head, mark, tail = apart.frame.render(context).partition(_MARK)
    if not mark or _MARK in tail:  # (words holding the mark: the page is rendered whole)
        return None
    return head + "".join(rows) + tail


@dataclass(frozen=True)
class Earlier:
    """For a translation that starts with a later version: the authoritative language's folder, relative to
    the translation's (`../fr`), and the translation's first version."""

    base: str
    first: str


def earlier_from_extra(extra: Mapping[str, Any]) -> Earlier | None:
    """The `earlier` of an archive build's listing (building.build_archive), if any."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    found = listing.get("earlier") if isinstance(listing, dict) else None
    return Earlier(str(found["base"]), str(found["first"])) if isinstance(found, dict) else None


def starts_from_extra(extra: Mapping[str, Any]) -> dict[str, str]:
    """The first version of each translation that starts later than the text that prevails (an archive build's
    listing's `starts`, building.build_archive), by language code; {} for another build or none."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    found = listing.get("starts") if isinstance(listing, dict) else None
    return {str(code): str(first) for code, first in found.items()} if isinstance(found, dict) else {}


def _earlier(earlier: Earlier | None, lang: str, page: str) -> dict | None:
    if earlier is None:
        return None
    first = long_date(dt.date.fromisoformat(earlier.first), lang)
    return {"url": f"../{earlier.base}/{page}", "first": first,
            "text": strings(lang)["earlier"].format(first=first)}


def at_page(*, env: Environment, lang: str, earlier: Earlier | None = None,
            late: Sequence[Mapping[str, str]] = ()) -> str:
    """The at page's body, at <lang>/at/: `#2022-05-01` lands on the version in force that day (at.js reads
    each version's period in ../versions.json). It lists no version, so it is the
    same blob at every publication (but for the days a version published after its date had not reached the site,
    `late`: at.late_windows' as JSON, which it says as `policy at` does); without JavaScript it links the history page,
    which gives the periods."""
    t = strings(lang)
    data: dict[str, Any] = {"strings": {key: t[key] for key in ("at_none", "at_invalid", "at_going", "at_earlier",
                                                                "compare_list_error")},
                            "digits": digits(lang)}  # the day asked written as the versions' dates are (at.js)
    before = _earlier(earlier, lang, "at/")
    if before:  # a day before the translation's first version: the authoritative language's at page answers
        data["earlier"] = {"url": before["url"], "first": before["first"]}
    if late:
        data["late"] = late_said(late, lang=lang)
    return env.get_template("partials/policy-at.html").render({"t": t, "lang": lang, "data": data,
                                                               "earlier": before, "ui": marks(lang)[0]})


def late_said(late: Sequence[Mapping[str, str]], *, lang: str) -> dict[str, Any]:
    """What the at page says of a day a version in force by its date had not reached the site (`late`, windows of
    days as at.late_windows gives them): `policy at`'s words (the catalogue's `at.shown`) in `lang` where the catalogue
    has it, else in English, marked as such (WCAG 3.1.2); its dates in words, in the note's language, the `{day}` asked
    written by at.js."""
    said = next((code for code in (lang, base_language(lang)) if code in messages.LANGUAGES), messages.DEFAULT)
    template = messages.said_in(Said("at.shown", version="{version}", published="{published}", day="{day}",
                                     shown="{shown}"), said)  # each field left for at.js
    words = strings(said)
    return {"note": template[:1].upper() + template[1:] + words["full_stop"],
            "lang": spoken(said), "mark": {"lang": spoken(said), "dir": direction(said)}
            if spoken(said) != spoken(lang) else None,
            "windows": [{**window, **{f"{name}_text": long_date(dt.date.fromisoformat(window[name]), said)
                                      for name in ("version", "shown", "published")}} for window in late]}


def late_from_extra(extra: Mapping[str, Any]) -> list[dict[str, str]]:
    """The windows of days a version published after its date had not reached the site (at.late_windows), which a
    build of the archive's pages says on its at page ([] for another build)."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    found = listing.get("late") if isinstance(listing, dict) else None
    return [{str(key): str(value) for key, value in window.items()} for window in found
            if isinstance(window, dict)] if isinstance(found, list) else []


def compare_page(*, env: Environment, lang: str) -> str:
    """The compare page's body, at <lang>/compare/: a form that compare.js fills with ../versions.json.

    It lists no version itself, so it stays the same blob at every publication."""
    words = redline.labels(lang)
    t = strings(lang)
    js: dict[str, object] = {key: words[key] for key in (
                                      "heading", "sr_deleted", "sr_inserted", "summary", "counts", "counts_none",
                                      "comma", "notes",
                                      "no_change", "changed", "added", "removed", "renumbered", "moved", "merged",
                                      "split",
                                      "text_unchanged", "text_changed", "title_changed", "numbering_changed",
                                      "formerly", "formerly_untitled",
                                      "preamble", "untitled_section", "preamble_changed", "counts_preamble",
                                      "skipped", "rows_skipped", "colon",
                                      "links", "hover", "moved_to", "moved_from", "moved_up", "moved_down",
                                      "joined_merged", "joined_split", "moved_within", "moved_to_untitled",
                                      "moved_from_untitled", "merged_untitled", "split_untitled", "column_moved",
                                      "column_moved_untitled", "row_moved_up", "row_moved_down", "list_made_table",
                                      "table_made_list", "announced", "editorial_version",
                                      "figure_changed", "link_changed",
                                      "references_renumbered",
                                      "image_replaced", "image_replaced_untitled", "image_replaced_same",
                                      "image_replaced_same_untitled", "image_added", "image_added_untitled",
                                      "image_removed", "image_removed_untitled", "section")}
    # each count with its forms (count_changed|one…), and the language whose plural rules choose them (Intl.PluralRules)
    js.update({key: text for key, text in words.items()
               if key.startswith(("count_", "note_", "joined_", "term_replaced"))})
    js["plural_lang"] = spoken(lang)
    js["plural_rule"] = plural_rule(lang)  # those rules where the browser has none for it (policy.js: policyPlural)
    # the site's words marked as theirs in the result, which is in the text's language (compare.js: said, labelled)
    ui = marks(lang)[0]
    js["ui"] = {"lang": spoken(lang), "dir": "ltr"} if ui else None
    js["text_lang"] = lang
    js["number"] = number_format(lang)  # its digits grouped as counted groups them (policy.js: policyNumber)
    js["section_words"] = heading_numbers.SECTION_WORDS  # a reference's section words (compare.js: markReferences)
    js["section_words_after"] = heading_numbers.SECTION_WORDS_AFTER  # and those after its number ("4. pontban")
    js.update({key: t[key] for key in ("compare_loading", "compare_done", "compare_error", "compare_same",
                                       "compare_unknown", "compare_one", "compare_list_error", "version_of")})
    # English words on a page of a language the site has none for: marked, left to right; the redline in the text's
    context = {"t": t, "words": words, "lang": lang, "strings": js, "ui": ui,
               "text_dir": f' dir="{direction(lang)}"' if ui else ""}
    return env.get_template("partials/policy-compare.html").render(context)


def languages_from_extra(extra: Mapping[str, Any]) -> tuple[str, ...]:
    """The languages with a published version, which a build of the archive's pages links ((): every language)."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    found = listing.get("languages") if isinstance(listing, dict) else None
    return tuple(str(code) for code in found) if isinstance(found, list) else ()


def entries_from_extra(extra: Mapping[str, Any]) -> list[Entry] | None:
    """The versions a build of the archive's pages shows (extra.policy.archive), or None for another build."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    if not isinstance(listing, dict):
        return None
    raw = listing.get("entries", [])
    key = (raw, len(raw), listing.get("today"))
    if _LAST_READ and all(a is b or a == b for a, b in zip(_LAST_READ[0], key)):
        return list(_LAST_READ[1])  # the same listing, asked again by each hook of each page of its build
    found = [(str(e["version"]), e.get("changes"), str(e.get("pdf") or ""), str(e.get("published") or ""),
              _notes(e.get("notes")), e.get("imported") is True, _names(e.get("ids")), _names(e.get("previous_ids")),
              str(e.get("pdf_none") or "")) for e in raw]
    today = dt.date.fromisoformat(str(listing["today"])) if listing.get("today") else None
    spans = {p.version: p for p in periods.periods([version for version, *_rest in found])}
    entries = []
    for version, changes, pdf_name, published, notes, imported, ids, previous_ids, pdf_none in found:
        until = spans[version].until
        entries.append(Entry(version, changes, until=until.isoformat() if until else None,
                             upcoming=today is not None and spans[version].start > today, pdf=pdf_name,
                             published=published, notes=notes, imported=imported, ids=ids,
                             previous_ids=previous_ids, pdf_none=pdf_none))
    _LAST_READ[:] = [key, entries]
    return list(entries)


_LAST_READ: list = []  # the listing entries_from_extra read last (the very list object), and its entries


def _names(value: object) -> tuple[str, ...]:
    """A listing entry's recorded section ids (a list of texts), () where it has none: the very tuple the entry read
    just before gave where its list is equal and of texts alone (a version records the ids of the one before, so an
    archive's entries mostly hold the same: 4,000 tuples of the same words at 1,000 versions, perf16)."""
    if not isinstance(value, list):
        return ()
    for seen, names in _LAST_NAMES:
        if seen == value:
            return names
    names = tuple(str(name) for name in value)
    if all(isinstance(name, str) for name in value):  # (1 equals 1.0 and True, which str() writes apart)
        _LAST_NAMES.insert(0, (value, names))
        del _LAST_NAMES[2:]
    return names


# The last two lists of texts _names read and their tuples (an entry's ids, then the version before's: where a version
# changed its ids, the next entry's previous ids are the last but one)
_LAST_NAMES: list[tuple[list, tuple[str, ...]]] = []


def _notes(raw: object) -> Notes:
    """A listing entry's `notes` (building.build_archive: each [key, [[field, value], …]]) as a manifest keeps them."""
    if not isinstance(raw, list):
        return ()
    return tuple((str(key), tuple((str(name), value) for name, value in fields)) for key, fields in raw)


def _date(version: str, lang: str) -> tuple[str, str]:
    return version, long_date(dt.date.fromisoformat(version), lang)
