"""Interface strings the policy site adds to the theme's, per language (English as fallback)."""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "updated": "Dernière mise à jour : {date}",
        "version": "Version du {date}.",
        "versions": "Versions datées de ce document :",
        "permalink": "Lien permanent vers cette section",
        "archived": "Version archivée du {date} : ce texte n’est plus en vigueur.",
        "archived_link": "Lire la version en vigueur",
        "current_version": "cette version",
    },
    "en": {
        "updated": "Last updated: {date}",
        "version": "Version of {date}.",
        "versions": "Dated versions of this document:",
        "permalink": "Permanent link to this section",
        "archived": "Archived version of {date}: this text is no longer in force.",
        "archived_link": "Read the version in force",
        "current_version": "this version",
    },
}


def strings(lang: str) -> dict[str, str]:
    """The strings of `lang`, falling back to English for any missing key."""
    return {**STRINGS["en"], **STRINGS.get(lang, {})}


def long_date(date: dt.date, lang: str) -> str:
    """`2021-02-17` as the language writes it in prose: 17 février 2021, February 17, 2021."""
    return format_date(date, format="long", locale=lang)
