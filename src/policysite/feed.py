"""The Atom feed of a language, `<lang>/feed.xml`: one entry per dated version, newest first.

It holds the newest MAX_ENTRIES versions, as feeds do: a reader subscribes to what comes next, and
the history page it links (rel="alternate") lists every version. The feed stays the same size
however long the history grows.

Every date in it is a version's date or the day it was announced (its midnight in the company's
time zone, `extra.policy.time_zone`, else UTC: when the version takes effect), never the clock:
the same versions give the same bytes on the same day. A version announced ahead of its date has
two entries: its announcement, and, from its date on, its taking effect. Entry ids are the
versions' URLs (`#announced` for an announcement), which never change.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from policysite import clock
from policysite.archive import Entry, summary_text
from policysite.strings import long_date, spoken, strings

ATOM = "http://www.w3.org/2005/Atom"
FILE = "feed.xml"
# Each element says the language of its words: the feed is in the page's language (the site's name, the author, the
# legal team's notes), its titles and a summary without a note in English where the site has no words in the page's
# (a Persian feed said "Version of …" marked Persian, hunt 41, finding 11; then a Hungarian feed's notes were marked
# English, reader12). Atom's text cannot mark a part of a sentence (its XHTML would be refused as served XML:
# servedpages._ACTIVE_XML): a summary holding a note is in the note's language, whose words it starts with.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_ENTRIES = 20


def items(entries: list[Entry]) -> list[tuple[str, str, Entry]]:
    """(day, kind, entry), newest first: a version announced ahead has an `announced` item on the day it was
    announced, and its `in-force` item from the day it takes effect (not before: the feed says what happened)."""
    found = []
    for entry in entries:
        if entry.announced and entry.announced < entry.version:
            found.append((entry.announced, "announced", entry))
        if not entry.upcoming:
            found.append((entry.version, "in-force", entry))
    return sorted(found, key=lambda item: (item[0], item[1] == "in-force", item[2].version), reverse=True)


def atom(entries: list[Entry], *, lang: str, site_name: str, base_url: str, author: str, time_zone: str = "") -> bytes:
    """The feed of `entries` in `lang`; `base_url` is the language's public root (`https://…/fr/`); its days begin
    in `time_zone` (the company's, UTC when empty)."""
    t = strings(lang)
    shown = items(entries)[:MAX_ENTRIES]
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    _text(feed, "id", f"{base_url}{FILE}")
    _text(feed, "title", t["feed_title"].format(site=site_name), **site_words(lang))
    _text(feed, "updated", stamp(shown[0][0], time_zone=time_zone) if shown else "1970-01-01T00:00:00Z")
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": f"{base_url}{FILE}"})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": f"{base_url}history/"})
    _text(ET.SubElement(feed, "author"), "name", author)
    for day, kind, entry in shown:
        add_entry(feed, day, kind, entry, lang=lang, version_url=f"{base_url}{entry.version}/", time_zone=time_zone)
    ET.indent(feed, space=" ")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def add_entry(feed: ET.Element, day: str, kind: str, entry: Entry, *, lang: str, version_url: str,
              document: str = "", time_zone: str = "") -> None:
    """One item of `items()` into `feed`: a version taking effect, or its announcement; `document` is the
    title of the document it is a version of, in a feed of several."""
    t = strings(lang)
    item = ET.SubElement(feed, "entry")
    date = long_date(entry.date, lang)
    # Ids never change: the version's URL for the day it takes effect (as before announcements existed).
    _text(item, "id", version_url if kind == "in-force" else f"{version_url}#announced")
    title = t["feed_entry"].format(date=date) if kind == "in-force" else t["feed_announced"].format(date=date)
    _text(item, "title", f"{document}{t['colon']}{title}" if document else title, **site_words(lang))
    _text(item, "published", stamp(day, time_zone=time_zone))
    _text(item, "updated", stamp(day, time_zone=time_zone))
    target = f"{version_url}changes/" if entry.has_pages else version_url
    ET.SubElement(item, "link", {"rel": "alternate", "type": "text/html", "href": target})
    ET.SubElement(item, "link", {"rel": "related", "type": "text/html", "href": version_url})
    _text(item, "summary", summary_text(entry, lang=lang, announcement=kind == "announced"), type="text",
          **({} if entry.note else site_words(lang)))


def site_words(lang: str) -> dict[str, str]:
    """The attribute of an element holding the site's words in a feed in `lang`: English where the site has none in
    `lang` (`xml:lang="en"`), nothing where they are in `lang`, as the feed is."""
    return {} if spoken(lang) == lang else {XML_LANG: spoken(lang)}


def _text(parent: ET.Element, name: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, name, attrs)
    element.text = text
    return element


def stamp(day: str, *, time_zone: str = "") -> str:
    """The instant `day` begins in `time_zone` (an IANA name; UTC when empty), as Atom writes it: a version takes
    effect at 00:00 in the company's zone, and a feed reader shows the instant in its reader's (00:00 UTC was the
    evening before in a company west of UTC: its readers saw the day before its date)."""
    start = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(), clock.zone_named(time_zone))
    return start.isoformat() if start.utcoffset() else f"{day}T00:00:00Z"
