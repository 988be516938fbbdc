"""Periods of time a text writes (`15 jours`, `two weeks`, `12 Monate`, `a year`), each as the hours it may last: a
translation writes a period in another unit than its source as often as in the same (adopt51: `sous 15 jours` against
`within two weeks`, `7 jours` against `a week`, `12 mois` against `one year` were sync.numbers)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping

# The hours a period of one unit may last: a month as 30 days, a year as 365 days or as twelve months.
UNITS = {"hour": (1,), "day": (24,), "week": (168,), "month": (720,), "year": (8760, 8640)}
# Where the language counts a week as eight days and two as fifteen (French `huit jours`, `quinze jours`; Spanish
# `quince días`, Italian `quindici giorni`, Portuguese `quinze dias`): those counts of days are also that many weeks.
COUNTED_WEEKS = frozenset({"fr", "es", "it", "pt", "ca", "ro", "gl"})
WEEKS_OF_DAYS = {8: 1, 15: 2}
# Words for a period CLDR's unit patterns lack (French `année`, English `fortnight`), with the units they last; the
# Latin languages' fortnight is fifteen days, which they also count as two weeks (`une quinzaine`, `15 days`).
OTHER_WORDS = {"fr": {"année": ("year", 1), "années": ("year", 1), "quinzaine": ("day", 15)},
               "en": {"fortnight": ("week", 2), "fortnights": ("week", 2)},
               # (and Spanish's and Portuguese's fortnight, Dutch's and Polish's day of 24 hours: adopt52)
               "es": {"quincena": ("day", 15), "quincenas": ("day", 15)},
               "pt": {"quinzena": ("day", 15), "quinzenas": ("day", 15)},
               "nl": {"etmaal": ("day", 1), "etmalen": ("day", 1)},
               "pl": {"doba": ("day", 1), "doby": ("day", 1), "dobę": ("day", 1), "dób": ("day", 1)}}
# A unit's one in the cases a period without a count takes, which CLDR's patterns (a count's) do not give: German's
# genitive (`innerhalb eines Tages`, `binnen eines Monats`, `eines Jahres`), Polish's (`w ciągu miesiąca`, `roku`)
# (adopt52: such a period was none, and its translation's `within 30 days` sync.numbers).
SINGULAR_CASES: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {"day": ("tages", "tags"), "month": ("monats", "monates"), "year": ("jahres", "jahrs")},
    "pl": {"hour": ("godziny",), "day": ("dnia",), "week": ("tygodnia",), "month": ("miesiąca",), "year": ("roku",)}}

# Days counted as working days (`15 jours ouvrés`, `10 días hábiles`): no period of a fixed length, never read as one.
WORKING = r"(?!\s+(?:ouvr[ée]s|ouvrables|francs|h[áa]biles|laborables|lavorativi|[úu]teis|lucr[ăa]toare|h[àa]bils))"

Reading = frozenset[int]


@functools.cache
def unit_words(lang: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each unit's words in `lang` (CLDR's long unit patterns): (the words after a count, the words that say one
    without a count, as `week` in `a week`); none for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = Locale.parse(lang.replace("-", "_"))._data["unit_patterns"]
    except (ValueError, TypeError, KeyError, UnknownLocaleError):
        return {}
    words: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for unit in UNITS:
        forms = patterns.get(f"duration-{unit}", {}).get("long", {})
        counted = {form.replace("{0}", "").replace("\u00a0", " ").strip().lower()
                   for plural, form in forms.items() if plural != "per" and "{0}" in form}
        alone = {form.replace("{0}", "").replace("\u00a0", " ").strip().lower()
                 for plural, form in forms.items() if plural == "one"}
        words[unit] = (tuple(sorted(w for w in counted if w)), tuple(sorted(w for w in alone if w)))
    return words


def readings(unit: str, count: int, lang: str) -> Reading:
    """The hours `count` of `unit` may last in `lang`."""
    hours = {count * each for each in UNITS[unit]}
    if unit == "day" and lang.replace("_", "-").split("-")[0].lower() in COUNTED_WEEKS and count in WEEKS_OF_DAYS:
        hours.add(WEEKS_OF_DAYS[count] * UNITS["week"][0])
    return frozenset(hours)


def periods(text: str, lang: str, number_words: Mapping[str, tuple[str, ...]]) -> tuple[list[Reading], Counter]:
    """The periods `text` writes (each as its readings in hours) and the counts written in digits they took."""
    words = unit_words(lang)
    if not words:
        return [], Counter()
    text = text.replace("\u00a0", " ").replace("\u202f", " ").lower()
    base = lang.replace("_", "-").split("-")[0].lower()
    by_word = {w: int(digits) for digits, forms in number_words.items() for w in forms}
    spelled = "|".join(re.escape(w) for w in sorted(by_word, key=len, reverse=True))
    count = rf"(?P<n>\d+|{spelled})" if spelled else r"(?P<n>\d+)"
    found: list[Reading] = []
    digits: Counter = Counter()
    for unit, (counted, _) in words.items():
        if not counted:
            continue
        names = "|".join(re.escape(w) + (r"\w{0,2}" if len(w) >= 3 else "") for w in sorted(counted, key=len,
                                                                                              reverse=True))
        pattern = re.compile(rf"(?<![\w.,]){count}[ -]?(?:{names})(?!\w){WORKING}")
        for match in pattern.finditer(text):
            number = match["n"]
            if number.isdigit():
                digits[number] += 1
            found.append(readings(unit, int(number) if number.isdigit() else by_word[number], lang))
        text = pattern.sub(" ", text)
    for word, (unit, many) in OTHER_WORDS.get(base, {}).items():
        pattern = re.compile(rf"(?<![\w.,])(?:(?P<n>\d+)\s?)?{re.escape(word)}(?!\w)")
        for match in pattern.finditer(text):
            if match["n"]:
                digits[match["n"]] += 1
            found.append(readings(unit, many * int(match["n"] or 1), lang))
        text = pattern.sub(" ", text)
    for unit, (_, alone) in words.items():
        for word in (*alone, *SINGULAR_CASES.get(base, {}).get(unit, ())):
            found.extend(readings(unit, 1, lang) for _ in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    return found, digits


def same(one: list[Reading], other: list[Reading]) -> bool:
    """Whether each period of `one` may last as long as one of `other`, one for one."""
    if len(one) != len(other):
        return False
    left = list(other)
    for reading in sorted(one, key=len):
        match = next((i for i, candidate in enumerate(left) if candidate & reading), None)
        if match is None:
            return False
        del left[match]
    return True
