"""A site of several documents: its home page per language (`<lang>/`, every document with the version in
force and its last change) and its feed (`<lang>/updates.xml`, every document's versions).

Both are among the first document's archive pages, rebuilt from the manifests of every document when any
of them is published, like the history page: what changed is read from what each version recorded.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup, escape

from policysite import archive, feed, periods, redline
from policysite.strings import in_language, long_date, marks, strings

PAGE = "index.md"  # generated: the language's root, <lang>/
FEED = "updates.xml"


@dataclass(frozen=True)
class Listed:
    """One document of the site in one language, as its home page lists it."""

    id: str
    title: str
    folder: str  # relative to the language's root: "" for the first document, "cookies/" for another
    entries: tuple[archive.Entry, ...]  # its versions in the language, oldest first

    @property
    def in_force(self) -> archive.Entry | None:
        shown = [e for e in self.entries if not e.upcoming]
        return shown[-1] if shown else None

    @property
    def upcoming(self) -> archive.Entry | None:
        ahead = [e for e in self.entries if e.upcoming]
        return ahead[0] if ahead else None


def listed(title: str, *, doc_id: str, folder: str, versions: Mapping[str, dict | None],
           today: dt.date) -> Listed:
    """A document's line on the home page from its versions (version -> the changes its manifest recorded)."""
    spans = {p.version: p for p in periods.periods(list(versions))}
    entries = tuple(archive.Entry(v, versions[v], until=_day(spans[v].until), upcoming=spans[v].start > today)
                    for v in sorted(versions))
    return Listed(doc_id, title, folder, entries)


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def to_extra(documents: list[Listed]) -> list[dict]:
    """The home page's documents as the archive build passes them (extra.policy.archive.documents)."""
    return [{"id": d.id, "title": d.title, "folder": d.folder,
             "entries": [{"version": e.version, "changes": e.changes, "until": e.until, "upcoming": e.upcoming}
                         for e in d.entries]} for d in documents]


def from_extra(extra: Mapping) -> list[Listed] | None:
    """The documents an archive build lists on the home page, or None (a site of one document)."""
    policy = extra.get("policy") if hasattr(extra, "get") else None
    listing = policy.get("archive") if isinstance(policy, dict) else None
    documents = listing.get("documents") if isinstance(listing, dict) else None
    if not isinstance(documents, list):
        return None
    return [Listed(str(d["id"]), str(d["title"]), str(d["folder"]), tuple(
        archive.Entry(str(e["version"]), e.get("changes"), until=e.get("until"), upcoming=bool(e.get("upcoming")))
        for e in d["entries"])) for d in documents]


def page_source(*, lang: str, site_name: str) -> str:
    """The home page's Markdown: its kind and title (the site's name); the hooks add the list."""
    return f"---\npolicy_page: home\nsearch:\n  exclude: true\n---\n\n# {site_name}\n"


def _version_date(doc: Listed, entry: archive.Entry, lang: str) -> Markup:
    """The date of `doc`'s version `entry` in words, a link to it, its machine date the <time>'s: "En vigueur depuis le
    1er mars 2022 (2022-03-01)" said the date twice (reader audit 35)."""
    return Markup('<a href="{}"><time datetime="{}">{}</time></a>').format(
        f"{doc.folder}{entry.version}/", entry.version, in_language(long_date(entry.date, lang), lang))


def _change(entry: archive.Entry, lang: str) -> Markup:
    """What `entry` changed, as the history says it (archive.summary_text's words): the legal team's note and the
    sections' titles marked as the page's language where the site's words are another's (a Hungarian note read in
    English was one run of the English words' mark: WCAG 3.1.2), as the history marks them."""
    t, preamble = strings(lang), redline.labels(lang)["preamble"]
    named = [Markup("{}{}{}{}").format(heading, t["colon"], escape(t["comma"]).join(
        escape(link.label) if link.label == preamble else in_language(link.label, lang) for link in items),
        t["full_stop"]) for heading, items in archive.groups(entry, lang=lang, base="")]
    said = escape(t["sentence_space"]).join(named) or escape(archive.counts_line(entry, lang=lang))
    return escape(" ").join(p for p in (in_language(entry.note, lang) if entry.note else "", said) if p)


def page(html: str, *, env: Environment, lang: str, documents: list[Listed]) -> str:
    """The home page as built: its title (`html`, from page_source) marked as the site's words where it has none in
    `lang` (a Hungarian home page's "Példa Kft legal documents" was marked Hungarian: archive.marked_title, as every
    other page the site makes), then its body."""
    return archive.marked_title(html, lang=lang) + page_body(env=env, lang=lang, documents=documents)


def page_body(*, env: Environment, lang: str, documents: list[Listed]) -> str:
    """The home page's body: each document, the version in force since when, its last change, the next one."""
    t = strings(lang)
    rows = []
    for doc in documents:
        current, ahead = doc.in_force, doc.upcoming
        rows.append({"doc": doc, "current": current, "upcoming": ahead,
                     "since": escape(t["home_in_force"]).format(date=_version_date(doc, current, lang))
                     if current else "",
                     "change": _change(current, lang) if current else "",
                     "ahead": escape(t["home_upcoming"]).format(date=in_language(long_date(ahead.date, lang), lang))
                     if ahead else ""})
    ui, in_lang = marks(lang)  # English words on a page of a language the site has none for, marked as such
    return env.get_template("partials/policy-home.html").render({"t": t, "lang": lang, "rows": rows, "ui": ui,
                                                                 "in_lang": in_lang})


def atom(documents: list[Listed], *, lang: str, site_name: str, base_url: str, author: str,
         time_zone: str = "") -> bytes:
    """The site's feed in `lang`: every document's announcements and versions taking effect, newest first,
    each titled with its document; `base_url` is the language's public root (`https://…/fr/`); its days begin
    in `time_zone` (the company's, UTC when empty)."""
    t = strings(lang)
    found = [(day, kind, entry, doc) for doc in documents for day, kind, entry in feed.items(list(doc.entries))]
    shown = sorted(found, key=lambda item: (item[0], item[1] == "in-force", item[3].folder, item[2].version),
                   reverse=True)[:feed.MAX_ENTRIES]
    root = ET.Element("feed", {"xmlns": feed.ATOM, feed.XML_LANG: lang})
    _text(root, "id", f"{base_url}{FEED}")
    _text(root, "title", t["feed_title"].format(site=site_name), **feed.site_words(lang))
    _text(root, "updated", feed.stamp(shown[0][0], time_zone=time_zone) if shown else "1970-01-01T00:00:00Z")
    ET.SubElement(root, "link", {"rel": "self", "type": "application/atom+xml", "href": f"{base_url}{FEED}"})
    ET.SubElement(root, "link", {"rel": "alternate", "type": "text/html", "href": base_url})
    _text(ET.SubElement(root, "author"), "name", author)
    for day, kind, entry, doc in shown:
        feed.add_entry(root, day, kind, entry, lang=lang, version_url=f"{base_url}{doc.folder}{entry.version}/",
                       document=doc.title, time_zone=time_zone)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ET.Element, name: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, name, attrs)
    element.text = text
    return element
