"""The parts of a year a text's date line may name instead of a day ("Effective: Q1 2023", "Spring 2023", "mid-2023",
"1er trimestre 2023", "Stand: Frühjahr 2023"): the import asks for the day they do not give, never guesses one."""
from __future__ import annotations

import functools
import re

# Seasons, halves and "early / mid / end of" a year, by language (CLDR names no season; Babel gives the quarters).
_WORDS = {
    "en": ("spring", "summer", "autumn", "fall", "winter", "early", "mid", "middle of", "late", "end of",
           "beginning of", "start of", "first half of", "second half of", "first quarter of", "second quarter of",
           "third quarter of", "fourth quarter of"),
    "fr": ("printemps", "été", "automne", "hiver", "début", "mi", "milieu", "fin", "courant", "premier semestre",
           "second semestre", "deuxième semestre", "1er semestre", "2e semestre", "premier trimestre",
           "deuxième trimestre", "troisième trimestre", "quatrième trimestre"),
    "de": ("frühjahr", "frühling", "sommer", "herbst", "winter", "anfang", "mitte", "ende", "erstes halbjahr",
           "zweites halbjahr", "1. halbjahr", "2. halbjahr", "erstes quartal", "zweites quartal", "drittes quartal",
           "viertes quartal"),
    "es": ("primavera", "verano", "otoño", "invierno", "principios", "inicios", "mediados", "finales", "fines",
           "primer semestre", "segundo semestre", "primer trimestre", "segundo trimestre", "tercer trimestre",
           "cuarto trimestre"),
    "it": ("primavera", "estate", "autunno", "inverno", "inizio", "metà", "fine", "primo semestre",
           "secondo semestre", "primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre"),
    "pt": ("primavera", "verão", "outono", "inverno", "início", "meados", "final", "fim", "primeiro semestre",
           "segundo semestre", "primeiro trimestre", "segundo trimestre", "terceiro trimestre", "quarto trimestre"),
    "nl": ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter", "begin", "medio", "midden", "eind", "einde",
           "eerste helft", "tweede helft", "eerste kwartaal", "tweede kwartaal", "derde kwartaal", "vierde kwartaal"),
}
# What may stand between such a word and its year: `end of 2023`, `fin de l'année 2023`, `finales de 2023`.
_BETWEEN = r"(?:\s*-\s*|\s+)(?:(?:of|the|year|de|del|d'|d’|du|l'|l’|année|an|des|jahres|di|van|het|jaar)\s*){0,3}"
_YEAR = r"(?:19|20)\d{2}(?![\d/.-]\d)"
# `Q1 2023`, `Q1/2023`, `T1-2023` (French, Spanish: trimestre), `K1` (Dutch), `H1 2023`, `S2 2023` (semestre),
# `2023 Q1`, `2023-Q1`, in any language.
_CODES = re.compile(r"(?<!\w)(?:[QTK][1-4]|[HS][12])\s*[-/]?\s*(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}\s*[-/]?\s*"
                    r"(?:[QTK][1-4]|[HS][12])(?!\w)")

# A year alone after a label, `Last updated: 2023`, `Stand: 2023`, `Versión: 2023.`
_LABELLED_YEAR = re.compile(r"[:：]\s*(?:19|20)\d{2}\.?\s*$")


@functools.cache
def _pattern(lang: str) -> re.Pattern:
    """The parts of a year a text in `lang` names with a year (its words, English's, and Babel's quarters)."""
    from babel import Locale, UnknownLocaleError

    base = lang.split("-")[0].lower()
    words = set(_WORDS.get(base, ())) | set(_WORDS["en"])
    try:
        locale = Locale.parse(lang.replace("-", "_")) if lang else None
    except (ValueError, UnknownLocaleError):
        locale = None
    quarters = {name.lower() for name in (locale.quarters.get("format", {}).get("wide", {}).values()
                                          if locale is not None else ())}
    names = "|".join(re.escape(word) for word in sorted(words | quarters, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names}){_BETWEEN}{_YEAR}|(?<!\d){_YEAR}\s*年?\s*(?:{names})", re.I)


def names_part(text: str, lang: str) -> bool:
    """Whether `text` names a part of a year with its year (`Q1 2023`, `Spring 2023`, `mid-2023`) in `lang`, or a
    year alone after a label (`Last updated: 2023`)."""
    return bool(_CODES.search(text) or _LABELLED_YEAR.search(text) or _pattern(lang).search(text))


def stated_parts(text: str, lang: str) -> list[str]:
    """The short sentences of a block under a text's title that date it by a part of a year, as `sync.stated_dates`
    reads a "Last updated" line (a long sentence citing a law's year is not one)."""
    from policysite.sync import STATED_WORDS, split_sentences

    found = split_sentences(text)
    if len(text.split()) > STATED_WORDS:
        found = found[:1]
    return [sentence for sentence in found if len(sentence.split()) <= STATED_WORDS and names_part(sentence, lang)]
