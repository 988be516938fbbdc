"""The site's own notice sentences written into a text: a reader told another status or date than the archive's.

The site writes beside each version what it is ("Archived version of {date}: this text is no longer in force.",
"Last updated: {date}", "In force since {start}."), from each language's strings. A text that writes such a sentence
itself, in any section, tells its reader a status the archive does not give it (the version in force saying it is no
longer in force, or an archived one saying it is in force since a day) or a date other than the version's ("Last
updated: 1 March 2001" in §7 of the version of 2001-02-01): the reader cannot tell the text's words from the site's.
A sentence saying the version's own date is the text's date line (checks.stated_date judges the ones above the
first section); a sentence quoting part of a notice among words of its own is none.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from policysite import sync
from policysite.characters import as_seen
from policysite.strings import strings

# The strings of the site's notices (strings.py), whose fields are days: those that say a version's date, which the
# text may say too where it is the version's own day; and those that say its status, which the archive alone gives
# (in force, archived, upcoming: the same text is each in turn)
DATED = ("updated", "updated_other", "version")
STATUS = ("archived", "newer_versions", "as_published", "upcoming_self", "announced_version", "period", "period_open",
          "period_upcoming", "period_upcoming_plain", "period_upcoming_to", "period_upcoming_plain_to")
_DAYS = frozenset({"date", "start", "until", "announced"})
_FIELD = re.compile(r"\{(\w+)\}")
_WORDS = 3  # (a piece of fewer words, `in force`, is any text's)
_DAY_WORDS = 4  # (`1er mars 2001`, `March 1, 2001`, `1. März 2001`)


def _plain(text: str) -> str:
    """`text` as compared: as seen (characters.as_seen: a word joiner in `in force\u2060` hid the sentence), NFKC, in
    small letters, typographic apostrophes and spaces as plain ones, no space before a colon or after a guillemet
    (French typography)."""
    text = unicodedata.normalize("NFKC", as_seen(text)).casefold().replace("\u2019", "'")
    text = " ".join(text.split())
    return re.sub(r"\s+(?=[:;!?»])|(?<=«)\s+", "", text).strip()


@functools.cache
def _pieces(lang: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Each sentence of the notices of `lang` as a pattern of a whole sentence, its days any words, and whether it is
    a date's that the version's own day makes true."""
    said = strings(lang)
    found = []
    for key in (*DATED, *STATUS):
        for sentence in sync.split_sentences(said.get(key, "")):
            fields = set(_FIELD.findall(sentence))
            if not fields <= _DAYS or len(_FIELD.sub("x", sentence).split()) < _WORDS:
                continue
            parts = _FIELD.split(_plain(sentence))  # (literal, field, literal, …)
            pattern = "".join(re.escape(part) if n % 2 == 0 else "(.{1,40}?)" for n, part in enumerate(parts))
            found.append((re.compile(pattern.rstrip("\\.:") + r"[.:]?"), bool(fields) and key in DATED))
    return tuple(found)


def written(text: str, *, langs: tuple[str, ...], date: dt.date | None) -> tuple[str, bool] | None:
    """The sentence of `text` (a block's words) that is one of the site's notices in one of `langs`, telling a status
    (whatever the page's: the archive gives it) or another day than `date` (the version's), and whether it is a
    date's (a date line: stated_date judges those above the first section); None where none is."""
    for sentence in sync.split_sentences(text):
        plain = _plain(sentence)
        for lang in langs:
            for pattern, dated in _pieces(lang):
                if (match := pattern.fullmatch(plain)) is None or not all(
                        sync.dates_in(group, lang) and len(group.split()) <= _DAY_WORDS for group in match.groups()):
                    continue  # (its days any words but a day's: `In force since 2018, the GDPR applies.` is none)
                days = {day for group in match.groups() for day in sync.dates_in(group, lang)}
                if not dated or date is None or not sync.states(days, date):
                    return " ".join(sentence.split()), dated
    return None
