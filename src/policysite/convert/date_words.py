"""The words a language writes a date with besides its numbers and its month's name, as a file name may carry them:
Spanish `15 de enero de 2021`, Lithuanian `2021 m. vasario 17 d.`, Latvian `2021. gada 17. februāris`, Vietnamese
`ngày 17 tháng 2 năm 2021` (whose months are numbered words, `tháng 2`), each as a file name writes it, its spaces
hyphens or underscores (`ngay-17-thang-02-nam-2021`), its accents left out or not."""
from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale, UnknownLocaleError

# The words of a date in legal prose that CLDR's patterns do not write: Vietnamese's `ngày` (day) and `năm` (year),
# CLDR's `d MMMM, y` being `17 tháng 2, 2021`; Thai's Buddhist Era, `พ.ศ. 2564` (CLDR's Gregorian dates name `ค.ศ.`).
# By language code.
UNPATTERNED = {"vi": ("ngày", "năm"), "th": ("พ.ศ.",)}
# Read in every language, as the site read them before (`15 de enero de 2021`, `15 de janeiro de 2021`)
_ALWAYS = ("de", "del")
_APART = r"[-_ .,–]"  # what stands between a date's parts in a file name


@functools.lru_cache(maxsize=32)
def words(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The words `languages` write a date with besides its numbers and month (the literal words of CLDR's long and full
    date patterns, and UNPATTERNED's), casefolded, with their forms without accents, longest first."""
    found: set[str] = set(_ALWAYS)
    for code in languages:
        try:
            locale = Locale.parse(code, sep="-")
        except (ValueError, UnknownLocaleError):
            continue
        patterns = [locale.date_formats[width].pattern for width in ("long", "full")]
        said = [literal for pattern in patterns for literal in re.findall(r"'([^']+)'", pattern)]
        # and the era a pattern names (`G`: Thai `ค.ศ.`)
        era = str(locale.eras["abbreviated"].get(1, "")) if any("G" in re.sub(r"'[^']*'", "", pattern)
                                                                 for pattern in patterns) else ""
        for said_so in [*said, era, *UNPATTERNED.get(code.split("-")[0].lower(), ())]:
            # each word of an abbreviation apart (`ค.ศ.` as a file name writes it, `ค-ศ`)
            for word in re.split(r"[.\s]+", unicodedata.normalize("NFC", said_so).casefold()):
                if word and all(char.isalpha() or unicodedata.category(char).startswith("M") for char in word):
                    found.update({word, bare(word)})
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def bare(word: str) -> str:
    """`word` without its accents, as page builders and exports make a file name (`năm` nam, `tháng` thang); a word of
    another script than Latin, Greek or Cyrillic as it is (its marks are its vowels)."""
    decomposed = unicodedata.normalize("NFD", word)  # (Vietnamese `ngày`, `mười`: letters of Latin Extended Additional)
    if not all(char < "\u0530" for char in decomposed):
        return word
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def separator(languages: tuple[str, ...]) -> str:
    """A pattern for what stands between a date's day, month and year in a file name: spaces, hyphens, underscores,
    points, commas, and the date's own words in `languages` (words)."""
    said = "|".join(re.escape(word) for word in words(languages))
    return rf"(?:{_APART}|(?<![^\W_])(?:{said})(?![^\W_]))*"


def month_pattern(name: str) -> str:
    """A pattern for a month's name (casefolded) as a file name writes it: its spaces as any of a date's separators,
    a number in it with a leading zero or not (Vietnamese `tháng 2`: `thang-02`, `tháng_2`)."""
    parts = re.split(r"(\s+|\d+)", name)
    return "".join(rf"{_APART}+" if part.isspace() else rf"0?{part}(?!\d)" if part.isdigit() else re.escape(part)
                   for part in parts if part)


def month_key(written: str) -> str:
    """The name a month pattern matched, as its month's name is written (month_pattern's inverse): `thang-02`
    `thang 2`."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", re.sub(rf"{_APART}+", " ", written))
