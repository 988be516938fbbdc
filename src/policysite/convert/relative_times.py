"""A time a page's script wrote relative to the moment it was read (`<time datetime="2023-03-12T09:15:00Z">1 year
ago</time>`: GitBook's and Zendesk's "Last updated", a help centre's "Updated 2 months ago"): saved, the page keeps the
words of the day it was saved, which an archive would show as its own (adoption hunt 20). The day its `datetime`
holds is written instead, as digits, and said."""
from __future__ import annotations

import datetime as dt
import re

from selectolax.lexbor import LexborHTMLParser

from policysite.convert.notes import Notes, each_quoted
from policysite.messages import Said

# Words of a time counted from now, in the languages sites are written in.
_RELATIVE = re.compile(
    r"\b(?:ago|yesterday|today|just now|last (?:week|month|year)|il y a|hier|aujourd['’]hui|à l['’]instant|"
    r"la semaine dernière|le mois dernier|l['’]an dernier|vor|gestern|heute|gerade eben|letzte[nrs]? (?:woche|monat|"
    r"jahr)|hace|ayer|hoy|fa|ieri|oggi|poco fa|há|ontem|hoje|geleden|gisteren|vandaag|temu|wczoraj|dzisiaj)\b", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def written(tree: LexborHTMLParser, notes: Notes) -> None:
    """Each `<time>` holding only words of a time counted from now, and a `datetime` of a valid day, shows that day."""
    said: list[str] = []
    day = ""
    for node in tree.css("time[datetime]"):
        words = " ".join(node.text(deep=True).split())
        found = _DAY.match(str(node.attributes.get("datetime") or "").strip())
        if not words or not _RELATIVE.search(words) or len(words.split()) > 5 or found is None:
            continue
        try:
            day = dt.date(*(int(part) for part in found.groups())).isoformat()
        except ValueError:
            continue
        node.replace_with(day)
        said.append(f"{words} → {day}")
    if said:
        notes.add(Said("convert.relative-times", count=len(said), times=each_quoted(said[:3])))
