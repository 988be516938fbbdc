"""Does a translation still say what the authoritative text says? Compared section by section."""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from num2words import num2words

from policysite import durations
from policysite.characters import as_seen
from policysite.document import Block, Policy, Section, titled
from policysite.findings import WARNING, Finding
from policysite.heading_numbers import (
    INSERTED_WORDS,
    SECTION_NUMBER,
    han_number,
    heading_number,
    inserted_at,
    roman_number,
)
from policysite.inline import Mark
from policysite.month_spellings import other_months, spellings
from policysite.recorded_pairs import recorded_pairs
from policysite.staleness import fingerprint
from policysite.strings import ezafe

MONTHS = {
    # French and English month names, read in every language (a text quotes the other language's dates); each
    # language adds its own from Babel's data (language_months): a date is the same date in every language.
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"], 1)},
}
NUMERIC_DATES = (
    # 17/02/2021, 17.02.2021, and with hyphens as Dutch, Danish and Portuguese write it, 17-02-2021 (adoption hunt 29)
    re.compile(r"\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
    # with a space after each dot, as Czech and Slovak write it, 1. 3. 2023 (adoption hunt 32)
    re.compile(r"\b(?P<d>\d{1,2})\.[ \u00a0](?P<m>\d{1,2})\.[ \u00a0](?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))"),  # and an ISO time after it (T10:00:00Z)
    re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),  # 2024年3月1日
    # Japan's era years (令和7年1月1日 is 2025-01-01; 元年 its first year), and the Republic of China's, as Taiwan
    # dates its texts (中華民國112年3月1日, 民國112年 is 2023: adoption hunt 34)
    re.compile(r"(?P<era>令和|平成|昭和|(?:中華)?民[國国])\s*(?P<ey>\d{1,3}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*"
               r"(?P<d>\d{1,2})\s*日"),
    # Year first, with the same dot or slash between all three (Hungarian 2025.01.01., Korean 2025. 1. 1., Japanese
    # and Chinese 2025/01/01): a four-digit year first is never read the other way (_swapped).
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[/.])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<d>\d{1,2})(?!\d)"),
    # Vietnamese, in words (ngày 1 tháng 3 năm 2024) and as CLDR writes a long date, the site's pages too (1 tháng 3,
    # 2024: company18, a translation dated so was read as dating nothing)
    re.compile(r"(?<![\w.])(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:,?\s+năm)?,?\s+(?P<y>\d{4})(?!\d)",
               re.I),
)
# A month and its year in digits (`Stand: 01/2025`, `Stand: 01.2025`, 2025年1月, 2025년 1월): a date line's month, and
# in any text its year alone, as a month written by its name is (`Januar 2025`, "January 2025"): 01 is no number.
NUMERIC_MONTHS = (
    re.compile(r"(?<![\w./-])(?P<m>(?:0?[1-9]|1[0-2])(?=/)|(?:0[1-9]|1[0-2])(?=\.))[/.](?P<y>(?:19|20)\d{2})"
               r"(?![\w/]|[.,]\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*[年년]\s*(?P<m>0?[1-9]|1[0-2])\s*[月월](?!\s*\d)"),
)
ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926,  # the Gregorian year of each era's first (元年)
        "民國": 1912, "民国": 1912, "中華民國": 1912, "中華民国": 1912}
# The month names of Syria, Lebanon, Jordan, Palestine and Iraq (كانون الثاني: January), beside Egypt's and the Gulf's
# (يناير) that Babel gives for Arabic.
LEVANTINE_MONTHS = {name: number for number, names in enumerate(
    (("كانون الثاني",), ("شباط",), ("آذار", "اذار"), ("نيسان",), ("أيار", "ايار"), ("حزيران",), ("تموز",),
     ("آب", "اب"), ("أيلول", "ايلول"), ("تشرين الأول", "تشرين الاول"), ("تشرين الثاني",),
     ("كانون الأول", "كانون الاول")), 1) for name in names}
BUDDHIST_ERA = 543  # Thai dates count the Buddhist Era: 2568 BE is 2025
# The months of the Solar Hijri calendar, Iran's and Afghanistan's own (`۱۲ اسفند ۱۴۰۱` is 3 March 2023), as Persian
# writes them, and of the Hijri calendar, as Arabic writes them (`١١ شعبان ١٤٤٤هـ`, Saudi Arabia's official
# calendar): a date of their years (1300 to 1599, no Gregorian year of a policy's) is read in them (gregorian).
SOLAR_HIJRI_MONTHS = {name: number for number, names in enumerate(
    (("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",), ("مهر",), ("آبان",),
     ("آذر",), ("دی",), ("بهمن",), ("اسفند",)), 1) for name in names}
HIJRI_MONTHS = {name: number for number, names in enumerate(
    (("محرم",), ("صفر",), ("ربيع الأول", "ربيع الاول"), ("ربيع الآخر", "ربيع الثاني", "ربيع الاخر"),
     ("جمادى الأولى", "جمادى الاولى"), ("جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة"), ("رجب",), ("شعبان",),
     ("رمضان",), ("شوال",), ("ذو القعدة",), ("ذو الحجة",)), 1) for name in names}
SOLAR_HIJRI = ("fa", "ps")  # the languages whose dates of those years are of the Solar Hijri calendar
HIJRI = ("ar", "ur")  # and of the Hijri calendar


@functools.cache
def language_months(lang: str) -> dict[str, int]:
    """The month names a text in `lang` writes dates with: Babel's wide and abbreviated names, as a date
    writes them and standing alone (`März`, `marca` in a Polish date, `mars`), lower case, with French's and
    English's."""
    from babel import Locale, UnknownLocaleError

    months = dict(MONTHS)
    try:
        locale = Locale.parse(lang.replace("-", "_")) if lang else None
    except (ValueError, UnknownLocaleError):
        locale = None
    if lang.split("-")[0] == "ar":
        months.update(LEVANTINE_MONTHS)
    if lang.split("-")[0] in SOLAR_HIJRI:
        months.update(SOLAR_HIJRI_MONTHS)
    if lang.split("-")[0] in HIJRI:
        months.update(HIJRI_MONTHS)
    if locale is not None:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months.get(context, {}).get(width, {}).items():
                    name = unicodedata.normalize("NFC", name.lower().rstrip("."))
                    if len(name) >= 3 and not any(c.isdigit() for c in name):
                        months.setdefault(name, number)
                        months.setdefault(ezafe(name, lang), number)  # Persian's `فوریهٔ ۲۰۲۱`, as browsers write it
                        if "’" in name:  # Catalan's `d’abril`, as a keyboard writes it too: `d'abril`
                            months.setdefault(name.replace("’", "'"), number)
                        if lang.split("-")[0] == "lv" and width == "wide":
                            months.update(dict.fromkeys(_latvian_cases(name), number))
                        if (genitive := GENITIVE_AFTER_DAY.get(lang.split("-")[0])) and width == "wide":
                            months.setdefault(genitive(name), number)
                        for spelt in spellings(name):  # Hindi's `फरवरी`, `सितम्बर` (adopt48)
                            months.setdefault(spelt, number)
    for name, number in other_months(lang).items():  # Vietnamese `tháng Hai` (adopt48)
        months.setdefault(name, number)
    return months | _shortened(months)


def _worded_days(text: str, lang: str) -> str:
    """`text` with each day of a date written as an ordinal in words in digits, before its month's name (`le premier
    janvier 2024`, `el primero de enero`, `the fifteenth of March`) or after it (`March fifteenth, 2024`), so that the
    date is the one its translation writes in digits (adopt51: `le premier janvier 2024` against `1 January 2024` was
    no date)."""
    pattern = _worded_day_pattern(lang)
    if pattern is None:
        return text
    words = _day_words(lang)
    return pattern.sub(lambda match: (match["month"] or "") + str(words[(match["before"] or match["after"]).lower()]),
                       text)


@functools.cache
def _day_words(lang: str) -> dict[str, int]:
    """The days of a month, 1 to 31, as ordinals in words in `lang` (num2words'), lower case, and in the case a date
    gives them where the ordinal ends in `e` (German `am ersten Januar`); a cardinal before a month is mostly a count
    (`two May releases`)."""
    days: dict[str, int] = {}
    for number in range(1, 32):
        for word in _ordinal_words(lang).get(str(number), ()):
            days.update(dict.fromkeys((word, word + "n") if word.endswith("e") else (word,), number))
    return days


@functools.cache
def _worded_day_pattern(lang: str) -> re.Pattern | None:
    words = "|".join(re.escape(word) for word in sorted(_day_words(lang), key=len, reverse=True))
    if not words:
        return None
    months = "|".join(re.escape(name) for name in sorted(language_months(lang), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<before>{words})(?=\s+(?:de\s+|(?:day\s+)?of\s+)?(?:{months})\.?(?!\w))|"
                      rf"(?P<month>(?<!\w)(?:{months})\.?\s+)(?P<after>{words})(?=,?\s+\d{{4}}(?!\d))", re.I)


def _shortened(months: dict[str, int]) -> dict[str, int]:
    """Each month's name cut short, as a text abbreviates it where CLDR writes another abbreviation (English `Sept.`,
    CLDR's `Sep`; German `Febr.`): its first letters, three at least, that begin no other month's name (adopt51:
    `Sept. 1, 2024` against `1er septembre 2024` was no date)."""
    cut: dict[str, int] = {}
    for name, number in months.items():
        if len(name) < 5 or not name.isalpha():
            continue
        for end in range(3, len(name)):
            prefix = name[:end]
            if prefix not in months and prefix not in cut and \
                    {other for word, other in months.items() if word.startswith(prefix)} == {number}:
                cut[prefix] = number
    return cut


def _serbian_genitive(name: str) -> str:
    """A Serbian month's genitive, as a date writes it: `mart` → `marta`, `septembar` → `septembra`, `јануар` →
    `јануара`."""
    for nominative, genitive in (("bar", "bra"), ("бар", "бра")):
        if name.endswith(nominative):
            return name[:-len(nominative)] + genitive
    return name + ("а" if "\u0400" <= name[-1:] <= "\u04ff" else "a")


def _slovenian_genitive(name: str) -> str:
    """A Slovenian month's genitive, as a date writes it: `marec` → `marca`, `januar` → `januarja`, `september` →
    `septembra`, `junij` → `junija`."""
    for nominative, genitive in (("ec", "ca"), ("ber", "bra"), ("ar", "arja")):
        if name.endswith(nominative):
            return name[:-len(nominative)] + genitive
    return name + "a"


# Languages whose dates put the month after its day in the genitive, where CLDR names it in the nominative: Serbian
# (and Bosnian, Montenegrin) `1. marta 2024. godine`, `1. септембра`, beside CLDR's `1. mart 2024.`; Slovenian
# `1. marca 2024` beside CLDR's `marec` (company18: a translation dated so was read as dating nothing, and its dates
# compared with the original's as missing).
GENITIVE_AFTER_DAY = {"sr": _serbian_genitive, "bs": _serbian_genitive, "cnr": _serbian_genitive,
                      "sl": _slovenian_genitive}


def _latvian_cases(name: str) -> tuple[str, ...]:
    """A Latvian month's locative and genitive, which a date writes (`1. janvārī`, `1. marta`); Babel gives only the
    nominative (`janvāris`, `marts`)."""
    stem = name.removesuffix("is") if name.endswith("is") else name.removesuffix("s")
    return (stem + ("ī" if name.endswith("is") else "ā"), stem + "a")


@functools.cache
def date_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """Dates as a text in `lang` writes them: numeric, then with a month's name, day first (`1er mars 2024`,
    `1. März 2024`, `1 de marzo de 2024`, `1° marzo 2024`, `1 marca 2024 r.`, Russian's legal `«1» января 2025 г.`),
    month first (`March 1, 2024`) or year first, a dot or `m.` after the year (Hungarian `2025. január 1.`,
    Lithuanian `2025 m. sausio 1 d.`, Latvian `2025. gada 1. janvārī` with the day before the month; the month in
    small letters, as these languages write it: `in 2024. March 1 was` is two sentences)."""
    names = "|".join(re.escape(name) for name in sorted(language_months(lang), key=len, reverse=True))
    return (*NUMERIC_DATES,
            re.compile(rf"(?<!\w)[«\"“„]?(?P<d>\d{{1,2}})[»\"”“]?(?:er|st|nd|rd|th|η|º|°|\.)?\s+(?:de\s+|(?:day\s+)?of\s+|ב-?)?"
                       rf"(?P<mn>{names})\.?,?\s+(?:de\s+|del\s+|năm\s+|[พค]\.ศ\.\s*)?"
                       # (`1st of March, 2023`: adoption hunt 34; a deed's `the 1st day of March, 2022`: adoption hunt
                       # 44); Arabic marks a Gregorian year with م (ميلادي), `1 مارس 2022م` (adoption hunt 43); Thai
                       # names the year's era before it, `17 กุมภาพันธ์ พ.ศ. 2564` (adopt48)
                       rf"(?P<y>\d{{4}})(?:م)?(?!\w)", re.I),
            # a day, a month's name and a year joined by hyphens, `1-Mar-2022`, `01-MAR-2022`, as spreadsheets and
            # databases write them (adoption hunt 44)
            re.compile(rf"(?<![\w-])(?P<d>\d{{1,2}})-(?P<mn>{names})-(?P<y>\d{{4}})(?![\w-])", re.I),
            re.compile(rf"(?<!\w)(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
            re.compile(rf"(?<![\w.])(?P<y>\d{{4}})(?:\.|\s+m\.)\s*(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?!\d)"),
            re.compile(rf"(?<![\w.])(?P<y>\d{{4}})\.\s*gada\s+(?P<d>\d{{1,2}})\.\s*(?P<mn>{names})(?!\w)"))


# Ideographs, kana and hangul, which Chinese, Japanese and Korean write against an address or a link, no space between
# (`详见https://example.com/privacy。`, `https://example.com/privacy에서`), and their full-width punctuation: what ends
# one (adopt48: `详见https://…` was no link, `https://…/privacy，了解更多` one holding the sentence, and the
# translation's the same link said to differ). In a link's path, after `/`, `=`, `#` …, they are its own
# (`https://zh.wikipedia.org/wiki/隐私`).
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_FULL_WIDTH = "，。；：！？、（）「」『』【】《》〈〉"
_LETTER = rf"[^\W{_CJK}]"
_PATH_SIGN = rf"[/=#?&_%~{_CJK}-]"
_IN_PATH = rf"(?<={_PATH_SIGN})[{_CJK}]"
_IN_ADDRESS = rf"[^\s<>()«»{_FULL_WIDTH}{_CJK}]"
_ADDRESS_END = rf"[^\s<>()«».,;:!?{_FULL_WIDTH}{_CJK}]"


# (URL and EMAIL are compiled when first asked for, not at import: their letter classes, `[^\W…]` over every code
# point, took ~70 ms of every command's start, the many that compare no texts included: perf21)
@functools.cache
def url_pattern() -> re.Pattern[str]:
    """A web address written in a text (`https://…`, `www.…`, in any case), up to its last character that is no
    punctuation. (Only its scheme is read ignoring case: each of its classes matches the same characters either way,
    a proof over every code point in test_perf21_lazy_patterns, and compiling them ignoring case took 59 ms, not 17.)"""
    return re.compile(rf"(?<!{_LETTER})(?i:https?://|www\.)(?:{_IN_ADDRESS}|{_IN_PATH})*(?:{_ADDRESS_END}|{_IN_PATH})")


# (its letters none of the ideographs, kana and hangul Chinese, Japanese and Korean write against it, no space between:
# `请发邮件至privacy@example.com联系我们`, Korean's particle `privacy@example.com으로`, adopt48: each language's address
# was read with its words, and the translation said to hold another)
@functools.cache
def email_pattern() -> re.Pattern[str]:
    """An e-mail address written in a text, its letters none of the ideographs, kana and hangul around it."""
    return re.compile(rf"(?<!{_LETTER}){_LETTER}(?:{_LETTER}|[.+-])*@(?:{_LETTER}|-)+"
                      rf"(?:\.(?:{_LETTER}|-)*{_LETTER})+(?!{_LETTER})")


PHONE = re.compile(r"(?<![\w/])(?:\+\d{1,3}[ .]?)?(?:\(0\)[ .]?)?\d(?:[ .-]?\d{2}){4}(?![\w/])")
# An international number in any grouping (`+49 (0)30 1234567-0`); its `(0)` is the trunk prefix a caller from
# abroad leaves out, which one language writes and another not: never part of the number compared.
PHONE_INTERNATIONAL = re.compile(r"(?<![\w/+])\+\d{1,3}(?:[ .]?\(0\))?(?:(?: ?/ ?|[ .\-])?\d{1,8}){2,6}(?![\w/])")
TRUNK = re.compile(r"\(0\)")
# "Round the clock" as French writes it, a count over its unit over the count again (`24 h/24`, `7 j/7`, `24h/24`):
# the count once, as the English `24/7` has it (adopt49: 24 and 7 twice against once, sync.numbers).
ROUND_THE_CLOCK = re.compile(r"(?<![\w/])(?P<n>\d{1,3})\s?[^\W\d_]{1,3}\.?\s?/\s?(?P=n)(?![\w/])")
# A number as its country dials it, its trunk prefix 0 first, grouped (`04 78 12 34 56`, `0161 496 0000`,
# `030 1234567`), of 9 to 11 digits: the number the other language writes from abroad (`+33 4 78 12 34 56`), its digits
# otherwise five numbers against none (adopt49: a French page's `04 78 12 34 56` translated `+33 4 78 12 34 56`,
# sync.numbers and sync.phones). France's free and special numbers set their 0 apart (`0 800 123 456`).
PHONE_NATIONAL = re.compile(r"(?<![\w/+.,])0 ?\d{1,4}(?:(?: ?/ ?|[ .\-])?\d{2,4}){1,4}(?:-\d{1,4})?(?![\w/])")
# A number of 9 to 11 digits in groups of two to four that no grouping of thousands writes (Spain's `91 123 45 67`,
# `912 34 56 78`, Belgium's `2 123 45 67`, two digits after three): a phone number, dialled as it is written or from
# abroad (adopt51: Spain's `91 123 45 67` against `+34 91 123 45 67` was 45, 67 and 91123 against none).
PHONE_GROUPS = re.compile(r"(?<![\w/+.,])\d{1,4}(?:[ .\-]\d{2,4}){2,4}(?![\w/]|[.,]\d)")
# An identifier a country's letters begin, its digits grouped or not as each text writes it: a VAT number (`FR 12
# 123456789`, `FR12123456789`, `ATU12345678`, `CHE-123.456.789`), an IBAN (`FR76 3000 6000 0112 …`): one number, its
# digits (adopt51: `FR 12 123456789` against `FR12123456789` was a phone and 12 against 12123456789).
IDENTIFIER = re.compile(r"(?<![\w-])(?-i:[A-Z]{2}U?|CHE)[ \-]?\d{2,}(?:[ .\-]?\d{2,}){0,7}(?![\w-])")
# A reference to an article of a law (`article 6`, `Art. 6 Abs. 1 lit. f`, `§ 26`, `artículos 13 y 14`): its
# article numbers are compared; what points inside an article (`(1)(f)`, `Abs. 1`, `6.1.f`, `al. 2`) is the
# same reference written the way each language writes it, and is read as neither article nor number. A part's
# number or letter may be in brackets or quotes (`alin. (1)`, `točka (b)`, Bulgarian `буква „б“`), and a number
# may take the ordinal dot Croatian, Hungarian and Latvian write (`članak 6. stavak 1.`), and English's "item" is
# the part Chinese and Japanese laws write 项 and 号 (`Article 27, paragraph 1, item 2`: 第二十七条第一項第二号).
_PART_VALUE = r"[(„“\"«]?\w{1,4}\b[΄ʹ']?[)“”\"»]?"
_INSIDE = (r"(?:\.?[ºª°]|\s*\([^)]*\)|(?:,|\s+and|\s+or)\s*\(\w{1,4}\)|\.\d+|\.[a-z]\b|/\d+(?:-[^\W\d_]\b)?|"
           r"\.?,?\s+(?:abs\.|absatz|uabs\.|unterabs\.|s\.|satz|sentence|sent\.|subpara\.|no\.|nr\.|"
           r"lit\.|buchst\.|buchstabe|al\.|alinéa|alínea|alinea|alineatul|alin\.|paragraphe|para\.|paragraph|subparagraph|item|"
           r"paragrafo|par\.|point|punt|lettre|letter|letra|litera|inciso|apartado|párrafo|comma|lettera|lett\.|lid|"
           r"onder|sub|ust\.|pkt|punkt|n\.?\s?º|stk\.|stykke|litra|bokstav|ledd|mom\.|momentet|kohta|odst\.|ods\.|"
           r"odsek\w*|písm\.|písmeno|bekezdés|pont|stavak|stavka|st\.|točk[aeiu]|toč\.|lõi(?:ge|ke|kes)|lg\.?|"
           r"ayat|huruf|angka|khoản|điểm|παρ\.|παράγραφος|στοιχ\.|στοιχείο|εδ\.|εδάφιο|ч\.|часть|п\.|пункт|пп\.|"
           rf"подпункт|пар\.|параграф\w*|ал\.|алинея|буква|т\.|точка)\s*{_PART_VALUE}(?:\.?[ºª°])?)")
# Parts some languages write before the article (Slovenian `točka (b) člena 6(1)`, Vietnamese `điểm b khoản 1
# Điều 11`): read with it, never as numbers.
_PARTS_BEFORE = rf"(?:(?:točk[aeiu]|odstav\w*|khoản|điểm)\s*{_PART_VALUE}\.?,?\s+)*"
# The words between two articles cited together, or the first and last of a range (`15 to 22`, `15 tot en met 22`).
# Words other languages also write for other things (French "en 2018", Spanish "a"), only before an article's number
# of three digits at most, never before a year.
_BETWEEN = r"(?:ou|et|or|and|und|y|e|o|bis|to|à|tot en met|t/m|(?:a|tot|en|till|och|til|og)(?=\s+\d{1,3}(?!\d)))"
# An article inserted after another, cited: `article 2 bis`, `Art. 2-ter`, `Article 2a`, `§ 26a`, Arabic
# `المادة 2 مكرر` (never before a number: German `Art. 15 bis 22` is a range), read as its heading's number is
# (heading_numbers: `2bis`).
_INSERTED = (rf"(?:[ \t]?-?[ \t]?(?:{'|'.join(INSERTED_WORDS)}|nonies|مكررة|مكرر)(?![^\W\d_])(?!\s*\d)|"
             r"[a-z](?![^\W\d_]))")
# An article numbered in Roman numerals, as treaties, constitutions and statutes number theirs (`Article IV`, `l'article
# III`, `Article IV bis`): its number, as a heading `Article IV – …` is §4. Capitals only, and never French codes'
# `article L. 34-5` (a legislative article, not article 50).
_ROMAN_CITED = r"(?!L\.?\s*\d)(?-i:(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![^\W_])"
_ROMAN_ARTICLE = re.compile(rf"(?i:art|§)\S*\s*{_ROMAN_CITED}")  # a text without digits citing one
ARTICLES = re.compile(
    rf"(?<!\w){_PARTS_BEFORE}(?:articles?|(?:artt|arts)\.|art\.?º?|artikelen|artikeln|artiklarna|artiklar|artiklerne|artiklene|artikel|artikkel|artikla|artiklan|artikli|artículos?|articolo|"
    r"articoli|artigos?|artykuł[u]?|článek|článku|článok|čl\.|članak|članka|članku|člen(?:a|u|om|i)?|"
    r"cikk(?:e|ének)?|articolul|airteagal|artikolu|pasal|điều|§§?)\s*"
    rf"((?:(?:\d+|{_ROMAN_CITED}){_INSERTED}?{_INSIDE}*(?:\s*,\s*|\s*[-–]\s*(?=\d)|\s+{_BETWEEN}\s+)?)+)", re.I)
INSIDE = re.compile(_INSIDE, re.I)
# The number first, then the word for an article, and after it each part number first too: Hungarian (`6. cikk
# (1) bekezdés b) pontja`), Finnish (`6 artiklan 1 kohdan b alakohta`), Lithuanian (`6 straipsnio 1 dalies b
# punktas`, `6 str. 1 d.`), Latvian (`6. panta 1. punkta b) apakšpunkts`) and Slovenian (`6. člena`). Read before
# the word-first forms, which would take Finnish's paragraph (`artiklan 1`) for the article.
_PART_AFTER_NUMBER = (r"(?:bekezdés\w*|alpont\w*|pont\w*|kohda\w*|kohta|alakoh\w*|momenti?\w*|dal(?:is|ies|yje|į)|"
                      r"d\.|punkt\w*|p\.|apakšpunkt\w*|daļ\w*|odstav\w*|točk\w*)")
ARTICLES_NUMBER_FIRST = re.compile(
    r"(?<![\w.,])(\d+)\.?\s*(?:cikk\w*|artikla\w*|straipsn\w*|str\.|pant(?:s|a|ā|u|am|i)\b|člen\w*)"
    rf"(?:\s*,?\s*{_PART_VALUE}\.?\s*{_PART_AFTER_NUMBER})*", re.I)
# The same in the languages whose word for an article is not a Latin one: Arabic (المادة, للمادة, two: المادتين),
# Hebrew (סעיף, לסעיף), Greek (άρθρο), Russian, Ukrainian and Bulgarian (статья, статті, член), and, number first,
# Turkish (`30. maddesi`; word first, as Turkish lawyers abbreviate it, `madde 9`, `md. 9`, `KVKK m. 9`, `m.5/2-c`:
# article 5, paragraph 2, item c) and Chinese, Japanese and Korean (`第30条`, `第三十条`, `제30조`).
ARTICLES_OTHER = re.compile(
    r"(?<!\w)(?:[وفب]?(?:ال|لل)?(?:مادة|مادتين|مادتي|مواد|ماده)|[ולבהמש]{0,2}-?סעיפים|[ולבהמש]{0,2}-?סעיף|άρθρ[οαου]+|αρθρ\.|"
    r"(?<!\d\.\s)madde|md\.|mad\.|(?<=(?-i:[A-ZÇĞİÖŞÜ]) )m\.|"
    r"(?:(?:пп?|ч)\.\s*\d+\s*)*(?:стат(?:ья|ьи|ье|ью|ьей|ьям|ьях|ті|тя|тю|тей)|ст\.)|член(?:а|у)?|чл\.)\s*"
    rf"((?:\d+{_INSERTED}?{_INSIDE}*(?:\s*,\s*|\s+(?:و|ו|και|и|та)\s*)?)+)", re.I)
ARTICLES_BEFORE = re.compile(r"(?<!\w)(\d+)\.?\s*madde(?:si|sinin|sine|sinde|ler|leri)?\b"
                             r"(?:\s+\d+\.?\s*fıkra\w*)?(?:\s*\(\w{1,3}\)\s*bend\w*)?|"  # 2. fıkrasının (c) bendi
                             r"第\s*(\d+|[〇零一二三四五六七八九十百千]+)\s*[条條](?P<cjk>\s*[の之]\s*(?:\d+|[〇一二三四五六七八九十]+))?"
                             r"(?:\s*第\s*(?:\d+|[〇零一二三四五六七八九十百千]+)\s*[項项号號款])*|"  # 第1項第2号
                             # 제15조제1항제4호; 第10条の2, 제2조의2, 第十条之一 (inserted articles)
                             r"제\s*(\d+)\s*조(?P<ko>\s*의\s*\d+)?(?:\s*제\s*\d+\s*[항호목])*", re.I)
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# "Section 26(1) BDSG", English for "§ 26 Abs. 1 BDSG", and "section 5" of the policy itself: either an article or a
# number, whichever the other language has (compare).
SECTIONS = re.compile(rf"(?<!\w)(?:sections?|sec\.|secs\.)\s*"
                      rf"((?:\d+{_INSERTED}?{_INSIDE}*(?:\s*,\s*|\s+(?:or|and|to)\s+)?)+)", re.I)
# A number written with groups of three digits (50 000, 50 000, 50.000, 50,000, 50'000, 1.234,56): one number,
# whatever the language's separators.
GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})((?:([ \u00a0\u202f.,'’])\d{3})(?:\3\d{3})*)(?:([.,])(\d{1,2}))?(?![\d])")
# A number grouped as India writes it, in lakhs and crores (1,00,000 is 100,000; 1,50,00,000 is 15,000,000): pairs of
# digits, then three; read as one number, its decimals kept (a lakh was read as 1.00 and 000).
INDIAN_GROUPED = re.compile(r"(?<![\d.,])(\d{1,2})((?:,\d{2})+,\d{3})(?=(?:\.\d{1,2})?(?![\d,]))")
# A time of day on the 12-hour clock, as English writes it (`5 p.m.`, `5:30 PM`), or Japanese, Korean and Chinese
# (`午後6時`, `오후 6시`, `下午6点`), read as the 24-hour clock every other language writes (`17 Uhr`, `17 h 30`,
# `18時`, `18h`); and a time written with a dot before `Uhr` or `h` (`9.00–17.30 Uhr`), read as written with a colon.
TWELVE_HOUR = re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})(?::(?P<min>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?", re.I)
TWELVE_HOUR_BEFORE = re.compile(r"(?P<half>午前|午後|오전|오후|上午|下午)\s*(?P<h>\d{1,2})(?!\d)")
DOTTED_TIME = re.compile(r"(?<![\d.,])([01]?\d|2[0-4])\.([0-5]\d)(?=(?:\s*(?:–|—|-|bis)\s*\d{1,2}[.:][0-5]\d)?\s*"
                         r"(?:Uhr|h)\b)")
# A time as French writes it, its minutes after `h` (`9 h 00`, `17h30`): the hour and minutes the other language writes
# `9:00`, `5:30 p.m.` (adopt49: `de 9 h 00 à 12 h 30` against `from 9:00 to 12:30` was 0 against none, sync.numbers).
H_TIME = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])\s?h\s?([0-5]\d)(?![\w:])")
WHOLE_HOUR = re.compile(r"(?<![\d:])(\d{1,2}):00(?![\d:])")  # 09:00 is 9, as `9 Uhr`, `9 a.m.` and `9時` write it
# An amount with a word for its size: Chinese, Japanese and Korean count in myriads (5000万, 2,000万ユーロ, 2천만 유로,
# 五千万元, 1.5億), the European languages in millions and milliards (50 million, 20 Mio., 1,5 Mrd., 20 mln zł).
# Read as its value in a second reading of a text's numbers, which the other language's may match instead (compare):
# "RMB 50 million" is 5000万元. English's billion is 10⁹, another language's may be 10¹²: only English's is read.
# What a myriad leaves over is part of its amount (2万5千円, 2만 5천 원, 1万2000人, 一万五千: 25000, 12000, 15000),
# but a myriad in it is an amount of its own (1億2000万).
MAGNITUDES = {"万": 10**4, "萬": 10**4, "만": 10**4, "千万": 10**7, "千萬": 10**7, "천만": 10**7, "백만": 10**6,
              "亿": 10**8, "億": 10**8, "억": 10**8}
_MILLION = (r"mill(?:ion|ió|ón|one)\w*|milion\w*|milión\w*|milione|milioni|milh(?:ão|ões)|miljo(?:en|n|ona|na)\w*|"
            r"milij(?:on|un)\w*|milyon|mio\.|mln\.?|миллион\w*|мільйон\w*|милион\w*|млн\.?|εκατομμύρι\w*")
_MILLIARD = r"milliard\w*|miliard\w*|miljard\w*|mrd\.|mld\.?|млрд\.?|δισεκατομμύρι\w*"
MAGNITUDE = re.compile(r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?|[〇零一二三四五六七八九十百千]+)\s*"
                       rf"(?:(?P<myriad>{'|'.join(sorted(MAGNITUDES, key=len, reverse=True))})"
                       r"(?P<rest>\s?\d+\s?[千천](?![万萬만])|\d+(?![\d.,千천万萬만])|"
                       r"[〇零一二三四五六七八九十百千]+(?![〇零一二三四五六七八九十百千万萬亿億]))?|"
                       rf"(?P<million>{_MILLION})(?!\w)|(?P<milliard>{_MILLIARD})(?!\w)|(?P<billion>billion|bn)\b)",
                       re.I)
# A quantity in Han numerals, as Chinese and Japanese legal texts write it (不满十四周岁 under 14, 十五个工作日 15
# working days, 二十四小时, 三十日, 三年, 三か月): a run of numerals before a counter, read as its number, as 14周岁
# would be.
# Words with a numeral in them are not quantities: a counter must follow (一般, 一部, 十分, 一切, 二次 have none), the
# run may not continue another number or follow 万 (万一, 一万五千: MAGNITUDE's), nor a month (三月三十日 is a day),
# and a lone 一 is read as none, since it is mostly "a" (一个人 a person; 唯一, 同一个, 之一). After 第 the run is an
# ordinal (第三方 third party, 第二年 the second year), read only for the parts of a text or a law that the other
# language numbers (第二项 item 2, 第三章 Chapter 3); 第十三条第一款第二项 is an article (ARTICLES_BEFORE).
_HAN_NUMERALS = "〇零一二三四五六七八九十百千两兩"
_HAN_COUNTERS = ("周岁|週歲|岁|歲|歳|个|個|か月|ヶ月|カ月|ケ月|ヵ月|箇月|年|日|天|周|週|小时|小時|時間|分钟|分鐘|"
                 "分間|秒|工作日|営業日|人|名|位|件|回|倍|项|項|号|號|款|条|條|种|種|类|類|份")
HAN_QUANTITY = re.compile(rf"(?<![{_HAN_NUMERALS}万萬亿億月第\d.,])(?P<n>[{_HAN_NUMERALS}]+)(?=(?:{_HAN_COUNTERS}))|"
                          rf"(?<=第)(?P<part>[{_HAN_NUMERALS}]+)(?=[项項号號款章节節])|"
                          rf"百分之(?P<percent>[{_HAN_NUMERALS}]+)")  # 百分之五: 5 %
# A share of a hundred as Korean and Japanese laws write it (PIPA's 100분의 3, 100分の3: 3 %): the share is the number,
# as the other language's percentage writes it; the hundred is none.
_HAN_DIGITS = frozenset(_HAN_NUMERALS)  # HAN_QUANTITY matches no text without one of them: not searched
PER_HUNDRED = re.compile(r"(?<![\d.,])100\s*(?:분의|分の|分之)\s*(?=\d)")
# "A third party" in Korean and Chinese/Japanese written with a digit (제3자, 第3者: PIPA's own term, in every Korean
# policy): a word, which translations write as words ("third parties", 第三者, "tredje part"), not a quantity.
THIRD_PARTY = re.compile(r"제\s*\d+\s*자|第\s*\d+\s*者")


@dataclass(frozen=True)
class Invariants:
    """What must be identical in every language, extracted from a block or section."""

    urls: Counter
    emails: Counter
    phones: Counter
    dates: Counter
    articles: Counter
    numbers: Counter
    month_first: Counter = dataclasses.field(default_factory=Counter)  # dates, `03/01/2024` read as March 1
    sections: Counter = dataclasses.field(default_factory=Counter)  # "section 26": an article or a number (SECTIONS)
    amounts: Counter = dataclasses.field(default_factory=Counter)  # the numbers, `50 million` read 50000000 (MAGNITUDE)
    named_days: Counter = dataclasses.field(default_factory=Counter)  # `15 mars`, `March 15`: a day of no year, MM-DD
    numeric_days: Counter = dataclasses.field(default_factory=Counter)  # `15/03`, `15.03.`: as written (_days_read)


def invariants(blocks: list[Block], lang: str = "") -> Invariants:
    """Links, e-mails, phones, dates, article references and other numbers of some blocks (`lang`: the text's
    language, whose month names its dates use). Digits of any script are read as the digits they are."""
    fields: list[Counter] = [Counter() for _ in range(11)]
    for block in blocks:
        # as the page shows the block: inline HTML left out (`3<span>0</span>` is the 30 its reader sees, not a 3 and
        # a 0 matching a translation's "3 days, 0 fees"; security hunt 30), a paragraph showing nothing too (an anchor
        # alone, `<span id="ref-2019"></span>`: its id's digits were numbers, adoption hunt 38); code has no `shown`
        seen = block.text if block.kind == "code" else noted_apart(block.shown, block.marks)
        for total, found in zip(fields, _block_invariants(seen, tuple(block.links), lang)):
            total.update(found)
    urls, emails, phones, dates, articles, numbers, swapped, sections, amounts, named_days, numeric_days = fields
    return Invariants(+urls, +emails, +phones, +dates, +articles, +numbers, +swapped, +sections, +amounts,
                      +named_days, +numeric_days)


# The spaces and hyphens that keep a number on one line (French typography's no-break spaces in `+33 1 23 45 67 89`,
# Word's non-breaking hyphen in `0800‑123‑456`): to a reader, the space and the hyphen they stand for.
_UNBROKEN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u2011": "-", "\u2010": "-"})


# Numbers written enclosed, as Korean, Japanese and Chinese texts number their paragraphs and items (① ② of a 제N조,
# ⑴, ⒈, ❶, ㉑, and the ideographs' ㈠ ㊀): each is its number, as a translation writes it (`(1)`, `1.`); they were
# no number at all, a correct translation's "(1) … (2)" a sync.numbers finding (adoption hunt 29).
_ENCLOSED = {code: f" {int(unicodedata.numeric(chr(code)))} " for first, last in (
    (0x2460, 0x249B), (0x24EA, 0x24FF), (0x2776, 0x2793), (0x3220, 0x3229), (0x3251, 0x325F), (0x3280, 0x3289),
    (0x32B1, 0x32BF)) for code in range(first, last + 1)}


# A raised note mark or exponent written in digit characters (`2018²`, `10¹²`, `10⁻⁶`), and those digits as digits
_RAISED_AFTER = re.compile(r"(\d+)(\u207b?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)")
_RAISED_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b", "0123456789-")


def noted_apart(shown: str, marks: tuple[Mark, ...]) -> str:
    """`shown` with a year's note mark and a power of ten's exponent (editorial.noted_number: `2018<sup>2</sup>`,
    `10<sup>9</sup>`, `10¹²`) read apart from the number they are raised after, as its reader reads them: the checks
    let them stand (safety98), so a translation's `10<sup>9</sup>` (a billion) must not read as the French `109`, nor
    its `2018<sup>2</sup> €` as `20182 €`, nor `10¹²` as the French `10⁹` (safety99)."""
    from policysite.editorial import noted_number

    for start, end, kind, _target in sorted(marks, reverse=True):
        if kind == "sup" and (lead := re.search(r"\d+$", shown[:start])) and noted_number(
                shown[:lead.start()], lead.group(), shown[start:end]):
            shown = f"{shown[:start]} {shown[start:]}"
    return _RAISED_AFTER.sub(lambda raised: f"{raised[1]} {raised[2].translate(_RAISED_DIGITS)}" if noted_number(
        raised.string[:raised.start()], raised[1], raised[2]) else raised[0], shown)


@functools.lru_cache(maxsize=4096)
def _block_invariants(text: str, links: tuple[str, ...], lang: str) -> tuple[Counter, ...]:
    """One block's: (urls, emails, phones, dates, articles, numbers, dates read the other way). Cached: the
    versions of a history share most of their blocks (read only: the callers add them up)."""
    urls: Counter = Counter()
    emails: Counter = Counter()
    phones: Counter = Counter()
    dates: Counter = Counter()
    swapped: Counter = Counter()  # the dates with each numeric one that may be read both ways read the other way
    articles: Counter = Counter()
    numbers: Counter = Counter()
    sections: Counter = Counter()
    amounts: Counter = Counter()
    named_days: Counter = Counter()
    numeric_days: Counter = Counter()
    done = (urls, emails, phones, dates, articles, numbers, swapped, sections, amounts, named_days, numeric_days)
    text = text if text.isascii() else \
        _hebrew_years(_ascii_digits(_han_dates(text))).translate(_UNBROKEN).translate(_ENCLOSED)
    visible = [m.lower() for m in email_pattern().findall(text)]
    emails.update(visible)
    for link in links:
        if link.startswith("mailto:"):
            address = link.removeprefix("mailto:").lower()
            if address not in visible:
                emails[address] += 1  # a link whose target differs from its visible address
        elif not link.startswith("#"):
            urls[link.rstrip("/")] += 1
    text = email_pattern().sub(" ", url_pattern().sub(" ", text))
    if not any(c.isdigit() for c in text) and "第" not in text and not MAGNITUDE.search(text) \
            and (_HAN_DIGITS.isdisjoint(text) or not HAN_QUANTITY.search(text)) and not _ROMAN_ARTICLE.search(text):
        # dates, articles, phones and numbers have digits (or are 第三十条, 五千万, 十五个, article IV): most have none
        return done
    text = re.sub(r"\b[\w-]+\.(?:com|fr|eu|org|net)\b", " ", text)  # bare domains are links' text
    text = _worded_days(text, lang)
    for pattern in date_patterns(lang):
        for match in pattern.finditer(text):
            date = _date(match, lang) or _swapped(match, lang)  # 12/31/2023: only month first is a date
            if date:
                dates[date] += 1
                other = _swapped(match, lang)
                swapped[other if other and other != date else date] += 1
        text = pattern.sub(" ", text)
    for pattern in NUMERIC_MONTHS:
        text = pattern.sub(r" \g<y> ", text)
    for pattern in _day_patterns(lang):
        named_days.update(f"{month:02d}-{int(match['d']):02d}" for match in pattern.finditer(text)
                          if (month := language_months(lang).get(match["mn"].lower())) and 1 <= int(match["d"]) <= 31)
    numeric_days.update(match.group(0) for match in NUMERIC_DAY.finditer(text))
    for pattern in (ARTICLES_NUMBER_FIRST, ARTICLES, ARTICLES_OTHER):
        for match in pattern.finditer(text):
            refs = INSIDE.sub(" ", match.group(1))
            articles.update(re.findall(r"\d+", refs) if pattern is ARTICLES_NUMBER_FIRST else _cited(refs, joined=True))
        text = pattern.sub(" ", text)
    for match in ARTICLES_BEFORE.finditer(text):
        number = str(han_number(match[1] or match[2] or match[4]))
        # 第10条の2, 제2조의2 (the second article 10, `bis`), 第十条之一 (the first after it): an inserted article
        tail = re.sub(r"^\s*[の之의]\s*", "", match["cjk"] or match["ko"] or "")
        place = (han_number(tail) + ("之" in (match["cjk"] or ""))) if tail else 0
        place = 2 if place == 1 else place  # `第10条の1`: no statute's (の2 is its first), a company text's first
        articles[f"{number} {inserted_at(place)}" if inserted_at(place) else number] += 1
    text = ARTICLES_BEFORE.sub(" ", text)
    for match in SECTIONS.finditer(text):
        sections.update(_cited(INSIDE.sub(" ", match.group(1))))
    text = SECTIONS.sub(" ", text)
    text = IDENTIFIER.sub(_identifier, text)
    for pattern in (PHONE_INTERNATIONAL, PHONE_NATIONAL, PHONE, PHONE_GROUPS):
        text = pattern.sub(functools.partial(_phone, phones=phones, national=pattern in (PHONE_NATIONAL, PHONE_GROUPS),
                                             counts=pattern is PHONE_GROUPS), text)
    text = PER_HUNDRED.sub(" ", ROUND_THE_CLOCK.sub(r" \g<n> ", text))
    if not _HAN_DIGITS.isdisjoint(text):
        text = HAN_QUANTITY.sub(_han_quantity, text)
    text = THIRD_PARTY.sub(" ", GROUPED.sub(_one_number, INDIAN_GROUPED.sub(_indian, _clock_times(text))))
    numbers.update(_unpadded(match.group(0).replace(",", ".")) for match in NUMBER.finditer(text))
    sized = MAGNITUDE.sub(functools.partial(_amount, lang=lang), text)
    amounts.update(_unpadded(match.group(0).replace(",", ".")) for match in NUMBER.finditer(sized))
    return done


def _phone(match: re.Match[str], *, phones: Counter, national: bool, counts: bool = False) -> str:
    """A phone number counted in `phones` by its digits (a `(0)` left out), and removed from the text; a number
    written as its country dials it, of fewer than 9 or more than 11 digits, is no phone number and stays."""
    digits = re.sub(r"\D", "", TRUNK.sub("", match.group(0)))
    if national and not 9 <= len(digits) <= 11 or counts and GROUPED.fullmatch(match.group(0)):
        return match.group(0)  # (`912 345 678` may be a count: a phone where the other text dials it, _phones_read)
    phones[digits] += 1
    return " "


def _identifier(match: re.Match[str]) -> str:
    """An identifier of at least 8 digits (IDENTIFIER) as its digits, one number; a shorter one as it was."""
    digits = re.sub(r"\D", "", match.group(0))
    return f" {digits} " if len(digits) >= 8 else match.group(0)


def _unpadded(number: str) -> str:
    """A count of one digit written with a zero before it, as Vietnamese legal texts write them (`05 năm`, `03
    ngày`: 5 years, 3 days), is that digit (adoption hunt 32: a correct "5 years" was sync.numbers)."""
    return number[1] if len(number) == 2 and number[0] == "0" else number


def dates_in(text: str, lang: str) -> set[str]:
    """The dates `text` (in `lang`) may write, as YYYY-MM-DD: `03/01/2024` is both 3 January and, as the United
    States write it, March 1 (the translation checks read it day first, the same way in both languages)."""
    text = text if text.isascii() else _CALENDAR_MARK.sub(r"\1 \2", _ascii_digits(_han_dates(as_seen(text))))
    found = set()
    for pattern in date_patterns(lang):
        for match in pattern.finditer(text):
            found |= {date for date in (_date(match, lang), _swapped(match, lang)) if date}
    return found


def day_first(text: str, lang: str) -> set[str]:
    """The dates `text` writes, a date in digits read day first only (`01/03/2023`: 1 March), as YYYY-MM-DD: what
    a reader of a language whose own short dates put the day first (`writes_day_first`) reads."""
    text = text if text.isascii() else _CALENDAR_MARK.sub(r"\1 \2", _ascii_digits(_han_dates(text)))
    return {date for pattern in date_patterns(lang) for match in pattern.finditer(text) if (date := _date(match, lang))}


@functools.cache
def writes_day_first(lang: str) -> bool:
    """Whether `lang`'s readers write a date in digits day first and only so (French `dd/MM/y`, German `dd.MM.yy`,
    British English), as the Unicode CLDR's short date says; not English alone (the United States write the month
    first), nor a language writing the year first (Japanese `y/MM/dd`)."""
    from babel import UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=lang.replace("-", "_")).pattern
    except (UnknownLocaleError, ValueError):
        return False
    day, month, year = (pattern.find(letter) for letter in "dMy")
    return -1 < day < month and year > month


STATED_WORDS = 12  # a sentence this short with a date in it, under the title, says the text's date ("Last updated: …")
_SENTENCE_END = re.compile(r"[.!?;]\s+|[。！？]\s*|\n+")


def stated_dates(text: str, lang: str, *, every: bool = False) -> list[tuple[str, set[str]]]:
    """The sentences of a block under a text's title that may say the text's date ("Last updated: …", "Stand:
    Januar 2024"), each with the dates it writes (YYYY-MM-DD, or YYYY-MM for a month and year): every short
    sentence of a short block, and the first sentence of a longer one, when it is short itself (`every`: each short
    sentence of any block, for words all of which the site shows beside the date). A long sentence citing a law's
    date is not one."""
    sentences = split_sentences(text)
    if len(text.split()) > STATED_WORDS and not every:
        sentences = sentences[:1]
    found = []
    for sentence in sentences:
        if short_enough(sentence) and (dates := dates_in(sentence, lang) or _months_in(sentence, lang)):
            found.append((sentence, dates))
    return found


def date_blocks(policy: Policy) -> list[Block]:
    """The blocks of `policy` that may be its date line (`stated_dates`): the first three between its title and its
    first section, and of the first three under the heading opening the text, each one short sentence standing alone:
    the text's first section where nothing is written above it, or a section of its first three, before any numbered
    one, whose heading names the text as its title does (`restates`). Adoption 27: a docs site's page titled in its
    front matter opens with a heading over its date (GitHub's privacy statement, `## GitHub Privacy Statement` over
    `Effective date: February 1, 2024`; its terms, an introduction and a table of contents above `## The GitHub Terms
    of Service` over its date; a German generator's `## Einleitung`, two paragraphs, then `Stand: 6. Oktober 2022`):
    that day was not read, its versions were dated by their commits, and the page showed a second date."""
    found = policy.preamble[:3]
    for n, section in enumerate(policy.sections[:3]):
        if section.numeral:
            break
        if (n == 0 and not policy.preamble) or restates(section.title, policy.shown_title):
            found = [*found, *(block for block in section.blocks[:3] if block.kind in ("paragraph", "item", "html")
                               and one_short_sentence(block.text))]
            break
    return found


def restates(heading: str, title: str) -> bool:
    """Whether `heading` names the text as its `title` does: the words of one are among the other's, two at least, and
    one more at most (`The GitHub Terms of Service` under the title `GitHub Terms of Service`; not `Changes to this
    Privacy Policy` under `Privacy Policy`, a section of its own)."""
    # (their words as seen: `Pri\u00advacy Policy` was read "pri vacy", its date line under it read by no check)
    one, other = (set(re.findall(r"\w+", as_seen(text).casefold())) for text in (heading, title))
    return min(len(one), len(other)) >= 2 and (one <= other or other <= one) and len(one ^ other) <= 1


# The words of a date line saying the day a text takes effect, not the day it was written or last updated
# ("Effective date: March 1, 2021" beside "Last updated: February 15, 2021"), in the languages the import reads.
_EFFECTIVE = re.compile(
    r"(?i)\beffective\b|\bin effect\b|\btakes? effect\b|\bin force\b|\bvalid (?:from|as of)\b|\bapplies from\b"
    r"|\ben vigueur\b|\bprend effet\b|\bapplicable (?:à compter|au|à partir)\b|\bentrée en vigueur\b"
    r"|\bgültig (?:ab|seit)\b|\bin kraft\b|\bwirksam\b|\bvigente\b|\ben vigor\b|\bentrada en vigor\b"
    r"|\bin vigore\b|\bvalid[ao] dal\b|\bdecorrenza\b|\bvan kracht\b|\bgeldig vanaf\b|\bingangsdatum\b"
    r"|\bem vigor\b|\bvigência\b|\bobowiązuje od\b|\bplatí od\b|\bvoimassa\b|\bgäller från\b"
    r"|施行|発効|生效|시행"
    # and as more languages say it (adopt48): Korean's "applies from" (`…부터 적용됩니다`), Vietnamese, Thai, Arabic,
    # Hebrew, Hindi, Indonesian and Malay, Turkish, Russian, Ukrainian, Greek, Czech and Slovak, the Nordic
    # languages, Hungarian, Romanian
    r"|적용|\bcó hiệu lực\b|\bhiệu lực\b|มีผล|บังคับใช้|يسري|سريان|سارية|نفاذ|בתוקף|תחילת תוקף|प्रभावी|लागू"
    r"|\bberlaku\b|\bkuat kuasa\b|\byürürlü|\bвступа\w* в силу\b|\bдейству\w* с\b|\bнабира\w* чинності\b"
    r"|\bчинн\w* з\b|\bισχύ\w*\b|\búčinn\w*\b|\bgældende fra\b|\bgjelder fra\b|\bträder i kraft\b"
    r"|\btræder i kraft\b|\btrer i kraft\b|\bhatály\w*\b|\bîn vigoare\b|\bintră în vigoare\b")


def effective(sentence: str) -> bool:
    """Whether a date line says the day its text takes effect ("Effective date: …", "En vigueur au …", "Gültig ab
    …"): where a text says two days, the day it took effect is that one (adopt31: "Last updated: February 15" over
    "Effective date: March 1" was dated 15 February)."""
    return bool(_EFFECTIVE.search(sentence))


def one_short_sentence(text: str) -> bool:
    """Whether `text` is one sentence short enough to be a date line (`short_enough`)."""
    return len(split_sentences(text)) == 1 and short_enough(text)


def short_enough(sentence: str) -> bool:
    """Whether `sentence` is short enough to be a date line: `STATED_WORDS` words at most, or more where it says its
    own text's last change in so many words (datelines.long_line: "La présente politique de confidentialité a été
    mise à jour pour la dernière fois le 17 février 2021.", 18 words, was read by no check, legal22)."""
    if len(sentence.split()) <= STATED_WORDS:
        return True
    from policysite import datelines

    return datelines.long_line(sentence)


def states(dates: set[str], date: dt.date) -> bool:
    """Whether a sentence's dates (`stated_dates`) say `date`: the day, or its month when only a month is written."""
    return date.isoformat() in dates or date.isoformat()[:7] in dates


def split_sentences(text: str) -> list[str]:
    """`text` cut into sentences: after `.`, `!`, `?` or `;` and a space unless a digit or a small letter follows (`15
    janv. 2019`, `Jan. 15`) or the dot is a day's (`1. März 2023`), after `。`, and at each line break."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        after = text[match.end():match.end() + 1]
        if "\n" not in match.group() and match.group()[0] in ".!?;" and (after.isdigit() or after.islower()):
            continue
        if match.group()[0] == "." and "\n" not in match.group() and re.search(r"(?<![\d.])\d{1,2}$",
                                                                              text[:match.start()]):
            continue  # a day's ordinal dot, `1. März 2023`, `1. marts 2023`: the date goes on
        out.append(text[start:match.end()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [sentence for sentence in out if sentence]


@functools.cache
def _month_year(lang: str) -> re.Pattern:
    names = "|".join(re.escape(name) for name in sorted(language_months(lang), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<mn>{names})\.?\s+(?:de\s+|del\s+|năm\s+)?(?P<y>\d{{4}})\b", re.I)


def _months_in(text: str, lang: str) -> set[str]:
    """The months a text writes with their year alone (`janvier 2019`, `Stand: März 2024`, `Stand: 01/2025`), as
    YYYY-MM."""
    text = text if text.isascii() else _ascii_digits(_han_dates(as_seen(text)))
    months = language_months(lang)
    numeric = {f"{gregorian_year(int(match['y']), lang)}-{int(match['m']):02d}"
               for pattern in NUMERIC_MONTHS for match in pattern.finditer(text)}
    return numeric | {f"{gregorian_year(int(match['y']), lang)}-{months[match['mn'].lower()]:02d}"
                      for match in _month_year(lang).finditer(text) if match["mn"].lower() in months}


# A year of the Hebrew calendar in letters, as Israeli laws are named (חוק הגנת הפרטיות, התשמ"א-1981; in English
# "5741-1981"): ה (the five thousands, often left out), then ת and its hundreds, tens and units, gershayim before the
# last letter.
HEBREW_YEAR = re.compile(r"(?<![\u05d0-\u05ea])ה?(ת[\u05d0-\u05ea]{0,2}[\"\u05f4][\u05d0-\u05ea])(?![\u05d0-\u05ea])")
_GEMATRIA = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                     (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, 100, 200, 300,
                      400)))


def _hebrew_years(text: str) -> str:
    """`text` with each Hebrew year in letters in digits; a text without ת (HEBREW_YEAR's first letter) is not
    searched (nearly all: the search tried each character, some 30 ms of every check of the policy's two pages)."""
    return HEBREW_YEAR.sub(_hebrew_year, text) if "ת" in text else text


def _hebrew_year(match: re.Match) -> str:
    """The year in digits (התשמ"א: 5741), spaced apart from what it is written against."""
    return f" {5000 + sum(_GEMATRIA.get(c, 0) for c in match.group(1))} "


def day_first_form(written: str) -> bool:
    """Whether a date in digits written year last (`01.04.2024`, `1. 4. 2024`) is day first by its form alone, in any
    language: with dots, as every language writing dates so writes them (German's `Stand: 01.04.2024`, French's, Russian
    and Polish short dates; the Unicode CLDR has no short date month first with dots, `M.d.y`). A slash or a hyphen
    may be either (`04/01/2024`, month first in the United States)."""
    return "." in written and not {"/", "-"} & set(written)


def _swapped(match: re.Match, lang: str = "") -> str | None:
    """A numeric date read month first (`03/01/2024`: March 1), where its day could be a month; none written year
    first (`2025/01/02`). With dots (day_first_form), only where day first is no day, in a language whose readers do
    not write dates day first only: an American text's `Last Updated: 03.15.2023` is March 15 (history 26: it was no
    date), a German `03.15.2023` none; `01.04.2024` is 1 April in any language, the line's language being another than
    the site's or not (adopt56: `Stand: 01.04.2024` on an English site was asked as 4 January or 1 April)."""
    groups = match.groupdict()
    if not groups.get("m") or not {"/", "-", "."} & set(match.group(0)) or match.start("y") < match.start("m") \
            or day_first_form(match.group(0)) and (_date(match, lang) or not lang or writes_day_first(lang)):
        return None
    try:
        return gregorian(gregorian_year(int(groups["y"]), lang), int(groups["d"]), int(groups["m"]), lang).isoformat()
    except (ValueError, OverflowError):
        return None


# The calendar's mark Arabic and Persian write against a year (`١٤٤٤هـ`, Hijri; `۱۴۰۱ه.ش`, Solar Hijri), set apart from
# its digits so that the year ends where a date's patterns read it.
# (and the Gregorian calendar's mark, `17/02/2021م`: adopt48)
_CALENDAR_MARK = re.compile(r"(\d)(هـ|ه\.\s?ش|ه\.\s?ق|ه(?!\w)|م(?!\w))")
# A date in Han numerals, as formal Chinese and Japanese texts write them (`二〇二一年二月十七日`, `令和三年二月十七日`,
# `中華民國一一〇年二月十七日`, a month of a year `二〇二一年二月`), each of its numbers read as its digits (adopt48);
# never a count (`三年`, three years) nor a month alone (`三月`, which a translation writes March, no number).
_HAN_DATE = re.compile(r"(?:(?:令和|平成|昭和|(?:中華)?民[國国])\s*[元〇零一二三四五六七八九十百]+"
                       r"|[〇零一二三四五六七八九]{4})"
                       r"\s*年\s*[一二三四五六七八九十]{1,3}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?")
_HAN_DATE_PART = re.compile(r"[〇零一二三四五六七八九十百]+(?=\s*[年月日])")


def _han_dates(text: str) -> str:
    """`text` in Unicode's composed form (a Hindi month typed with Devanagari's precomposed `फ़`, U+095E, is the
    name CLDR writes `फ़`: adopt48), its dates in Han numerals in digits (`二〇二一年二月十七日` 2021年2月17日)."""
    text = unicodedata.normalize("NFC", text)
    if "年" not in text:
        return text
    return _HAN_DATE.sub(lambda date: _HAN_DATE_PART.sub(lambda part: str(han_number(part.group())), date.group()),
                         text)


def _ascii_digits(text: str) -> str:
    """`text` with each decimal digit of another script (٢٠٢٤, ２０２４, २०२४) as the ASCII digit it is."""
    return re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)), text)


def gregorian_year(year: int, lang: str) -> int:
    """A year as the Gregorian calendar counts it: a Thai year past 2400 is of the Buddhist Era (2568 is 2025)."""
    return year - BUDDHIST_ERA if year >= 2400 and lang.split("-")[0] == "th" else year


def _date(match: re.Match, lang: str = "") -> str | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else language_months(lang).get(groups["mn"].lower())
    if month is None:
        return None
    year = ERAS[groups["era"]] + (0 if groups["ey"] == "元" else int(groups["ey"]) - 1) if groups.get("era") \
        else gregorian_year(int(groups["y"]), lang)
    try:
        return gregorian(year, month, int(groups["d"]), lang).isoformat()
    except (ValueError, OverflowError):
        return None


def gregorian(year: int, month: int, day: int, lang: str) -> dt.date:
    """The day of `year`, `month` and `day`, read in the Solar Hijri calendar in Persian and in the Hijri calendar in
    Arabic and Urdu where the year is one of theirs (1300 to 1599: no Gregorian year of a policy's), else in the
    Gregorian (adopt31: `آخرین به‌روزرسانی: ۱۴۰۱/۱۲/۱۲`, 3 March 2023, was 12 December of the year 1401); ValueError or
    OverflowError where it is no day."""
    primary = lang.split("-")[0]
    if 1300 <= year < 1600 and primary in SOLAR_HIJRI:
        import jdatetime

        return jdatetime.date(year, month, day).togregorian()
    if 1300 <= year < 1600 and primary in HIJRI:
        from hijridate import Hijri

        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    return dt.date(year, month, day)


def compare(source: Policy, translation: Policy, *, definitions: str | None = None,
            record: Mapping[str, str] | None = None) -> list[Finding]:
    """Every way `translation` departs from `source`: tree, counts, invariants, dates.

    `definitions` is the identity of the section whose bold terms are the defined terms, if any; `record` the
    translation's record (`.translated-from.yml`: each of its sections' number, the fingerprint of the source section
    it was last in line with), which tells a section the translation lacks from its neighbour.
    """
    names = (source.lang, translation.lang)  # (the catalogues say their names: messages)
    pairs = pair_sections(source, translation)
    extra = None if not (source.numbered or translation.numbered) else _extra_shifted(source, translation, pairs)
    aligned = _recorded(source, translation, pairs, record) if extra is None else None
    if aligned is not None:
        findings = _compare_tree_found(source, translation, aligned, names, False) + _renumbered(
            source, translation, aligned, names)
        pairs = aligned
    else:
        findings = _compare_tree(source, translation, pairs if extra is None else extra[1], names, record)
    if aligned is None and extra is None and (source.numbered or translation.numbered):
        # a section the translation lacks, its later sections numbered one less: each compared with the section
        # its contents answer, as said (legal23: "§3 is French §4, and so on", then "§4: French has 1 paragraph,
        # English has 0", "§5: table rows", "§6: e-mail addresses" of sections compared number for number)
        pairs = _missing_shifted(source, translation, pairs, record)
    if extra is not None:  # (the section the authoritative text removed, said as such, and the others compared)
        pairs, kept = extra[1], translation.sections[extra[0]]
        after = next(j for j in sorted(pairs.values()) if j > extra[0])
        findings = [Finding.of(translation.path, kept.line, "sync.section-extra/shifted", source=names[0],
                               translation=names[1], section=titled(kept.label, kept.title),
                               after=translation.sections[after].label,
                               there=source.sections[next(i for i, j in pairs.items() if j == after)].label)
                    if f.rule == "sync.section-extra" and f.line == kept.line else f for f in findings]
    for i, j in pairs.items():
        findings.extend(_compare_section(source.sections[i], translation.sections[j], translation.path, names,
                                         langs=(source.lang, translation.lang)))
    if definitions:
        findings.extend(_compare_defined_terms(source, translation, pairs, names, definitions))
    if source.date and translation.date and source.date != translation.date:
        # what to do, on the line of its `date:` (words 25: the finding named line 2 and left the fix to guess)
        findings.append(Finding.of(translation.path, translation.meta_lines.get("date", 2), "sync.date",
                                   source=names[0], translation=names[1], source_date=source.date.isoformat(),
                                   translation_date=translation.date.isoformat()))
    return sorted(findings)


def pair_sections(source: Policy, translation: Policy) -> dict[int, int]:
    """Which translation section renders each source section (indexes): by id or number where the
    texts number their headings, else by position, heading for heading."""
    if not (source.numbered or translation.numbered):
        return _pair_in_order(source, translation)
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for key in ("number", "numeral"):
        free: dict[str, int] = {}
        for j, section in enumerate(translation.sections):
            if j not in taken and getattr(section, key):
                free.setdefault(getattr(section, key), j)
        for i, section in enumerate(source.sections):
            found = free.get(getattr(section, key)) if getattr(section, key) else None
            if i not in pairs and found is not None and found not in taken:
                pairs[i] = found
                taken.add(found)
    _pair_unnumbered_between(source, translation, pairs)
    return pairs


def _pair_in_order(source: Policy, translation: Policy) -> dict[int, int]:
    """Texts without numbers: heading for heading where they have as many; else (a translation lacking a section, or
    holding one more) by what each section keeps whatever its words (its level, its blocks' kinds, links, e-mails,
    phones and numbers), in order, and heading for heading between sections so paired where as many stand at the same
    levels. Heading for heading, every section after the one lacking took its neighbour's id (adoption 28: Mozilla's
    Arabic notice, a section short, sent a reader switching language to its "Footnote"); one left unpaired has its
    own id, and a reader landing there is told the section is not in that language."""
    count = min(len(source.sections), len(translation.sections))
    if len(source.sections) == len(translation.sections):
        return {i: i for i in range(count)}
    signs = [[repr((s.level, _signature(s, policy.lang))) for s in policy.sections] for policy in (source, translation)]
    matcher = difflib.SequenceMatcher(None, signs[0], signs[1], autojunk=False)
    pairs = {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    _pair_unnumbered_between(source, translation, pairs)
    return pairs


def _pair_unnumbered_between(source: Policy, translation: Policy, pairs: dict[int, int]) -> None:
    """Headings without numbers of a numbered policy (a table of contents above §1, an annex after the last), whose
    slugs differ by language (`inhaltsverzeichnis`, `table-of-contents`): paired in order where they stand between
    the same paired sections, as many in each text, at the same levels."""
    bounds = sorted(pairs.items())
    if any(b[1] <= a[1] for a, b in zip(bounds, bounds[1:])):
        return  # sections out of order: no gap is the same in both texts
    edges = [(-1, -1), *bounds, (len(source.sections), len(translation.sections))]
    taken = set(pairs.values())
    for (i0, j0), (i1, j1) in zip(edges, edges[1:]):
        left = [i for i in range(i0 + 1, i1) if i not in pairs]
        right = [j for j in range(j0 + 1, j1) if j not in taken]
        if left and len(left) == len(right) and all(
                not source.sections[i].numeral and not translation.sections[j].numeral
                and source.sections[i].level == translation.sections[j].level for i, j in zip(left, right)):
            pairs.update(zip(left, right))


def _compare_tree(source: Policy, translation: Policy, pairs: dict[int, int],
                  names: tuple[str, str], record: Mapping[str, str] | None = None) -> list[Finding]:
    if source.numbered != translation.numbered and not any(
            s.numeral for s in (translation if source.numbered else source).sections):
        return [_numbering(source, translation, names)]
    positional = not (source.numbered or translation.numbered)
    found = _compare_tree_found(source, translation, pairs, names, positional)
    shifted = None if positional else _shifted(source, translation, pairs, record)
    if shifted is None:
        return found
    lacking, after, there = source.sections[shifted[0]], source.sections[shifted[1]], translation.sections[shifted[2]]
    said = Finding.of(translation.path, there.line, "sync.section-missing/shifted", source=names[0],
                      translation=names[1], section=titled(lacking.label, lacking.title), there=there.label,
                      after=after.label)
    return [said] + [f for f in found if f.rule != "sync.section-missing"]


def _shifted(source: Policy, translation: Policy, pairs: dict[int, int],
             record: Mapping[str, str] | None = None) -> tuple[int, int, int] | None:
    """Where a translation lacks one section of a run of numbered siblings and numbers the later ones one less (French
    §1 to §5, English §1 to §4 without French §3), if the sections' contents (their blocks' kinds, links, e-mails,
    phones and numbers) match so better than number for number: the indexes of the source section it lacks, of the
    source's next one and of the translation's numbered as it is; else None. Pairing by number, the last one was said
    missing (“§5 Contact is in French, missing in English”): the one a reader looks for, and finds."""
    missing = [i for i in range(len(source.sections)) if i not in pairs]
    if len(missing) != 1 or len(pairs) != len(translation.sections):
        return None
    last = source.sections[missing[0]]
    if not last.parts or last.inserted:
        return None

    def siblings(policy: Policy) -> list[int]:
        return [n for n, s in enumerate(policy.sections) if s.level == last.level and len(s.parts) == len(last.parts)
                and s.parts[:-1] == last.parts[:-1] and not s.inserted]
    mine, theirs = siblings(source), siblings(translation)
    if len(mine) != len(theirs) + 1 or mine[-1] != missing[0] or len(theirs) < 2:
        return None
    signs = ({n: _signature(source.sections[n], source.lang) for n in mine},
             {n: _signature(translation.sections[n], translation.lang) for n in theirs})

    # where the translation's record is at hand, a section it was last in line with under its number counts too: a
    # section inserted beside one of the same shape (two paragraphs of prose) was as likely either (legal23)
    prints = {n: fingerprint(source.sections[n]) for n in mine} if record else {}

    def score(lacking: int) -> int:
        kept = mine[:lacking] + mine[lacking + 1:]
        return sum(signs[0][i] == signs[1][j] for i, j in zip(kept, theirs)) + sum(
            bool(record) and record.get(translation.sections[j].number) == prints[i]  # type: ignore[union-attr]
            for i, j in zip(kept, theirs))
    scores = [score(m) for m in range(len(mine))]
    best = max(scores)
    if scores.count(best) != 1 or scores[-1] >= best or scores.index(best) == len(mine) - 1:
        return None
    lacking = scores.index(best)
    return mine[lacking], mine[lacking + 1], theirs[lacking]


def _missing_shifted(source: Policy, translation: Policy, pairs: dict[int, int],
                     record: Mapping[str, str] | None = None) -> dict[int, int]:
    """`pairs` with the sections after one the translation lacks (`_shifted`) paired by their contents: the source's
    next sibling with the translation's section numbered as the lacking one is, and so on, their subsections by their
    place under them; the lacking section and what it holds paired with none. `pairs` where no section is lacking."""
    found = _shifted(source, translation, pairs, record)
    if found is None:
        return pairs
    lacking = source.sections[found[0]]
    mine = [n for n, s in enumerate(source.sections) if s.level == lacking.level and len(s.parts) == len(lacking.parts)
            and s.parts[:-1] == lacking.parts[:-1] and not s.inserted]
    theirs = [n for n, s in enumerate(translation.sections) if s.level == lacking.level
              and len(s.parts) == len(lacking.parts) and s.parts[:-1] == lacking.parts[:-1] and not s.inserted]
    at = mine.index(found[0])
    moved = dict(zip(mine[at + 1:], theirs[at:]))
    by_parts = {s.parts: n for n, s in enumerate(translation.sections) if s.parts and not s.inserted}
    out = {i: j for i, j in pairs.items() if not _under(source.sections[i], lacking) and i not in moved}
    for i, j in moved.items():
        head, there = source.sections[i].parts, translation.sections[j].parts
        for k, section in enumerate(source.sections):
            if section.parts[:len(head)] == head and not section.inserted and k not in out:
                found_j = j if k == i else by_parts.get(there + section.parts[len(head):])
                if found_j is not None:
                    out[k] = found_j
    kept: dict[int, int] = {}
    for i, j in sorted(out.items()):
        if j not in kept.values():
            kept[i] = j
    return kept


def _under(section: Section, head: Section) -> bool:
    """Whether `section` is `head` or one of its numbered subsections."""
    return bool(head.parts) and section.parts[:len(head.parts)] == head.parts and not section.inserted


def shifted_sections(source: Policy, translation: Policy, record: Mapping[str, str] | None = None) -> set[int]:
    """The translation's sections (indexes) its contents pair with another source section than its number's: after
    one it lacks, or one the source removed (`compare` says so once, then compares each with its own); marking one
    in line (`policy sync-mark`), by its number, would record it in line with another section's text."""
    if not (source.numbered or translation.numbered):
        return set()
    pairs = pair_sections(source, translation)
    extra = _extra_shifted(source, translation, pairs)
    aligned = _recorded(source, translation, pairs, record) if extra is None else None
    shifted = extra[1] if extra is not None else aligned if aligned is not None else _missing_shifted(
        source, translation, pairs, record)
    return {j for i, j in shifted.items() if pairs.get(i) != j}


def _recorded(source: Policy, translation: Policy, pairs: dict[int, int],
              record: Mapping[str, str] | None) -> dict[int, int] | None:
    """The sections paired as the translation's record tells (recorded_pairs), where neither a section lacking nor
    one removed (`_shifted`, `_extra_shifted`, said in their own words) explains the texts: a source section split and
    another removed in one change, the count unchanged, each later section under another number than its
    translation's (legal25); else None."""
    if not record or _shifted(source, translation, pairs, record) is not None:
        return None
    found = recorded_pairs(source, translation, record)
    # the record is keyed by the translation's numbers, and tells nothing of a translation edited since: a section it
    # pairs under another number keeps what its translation keeps (blocks' kinds, links, e-mails, numbers), or the
    # numbers tell better (legal25: sections swapped in both texts, the record of the order before, paired each
    # translation section with the source section it no longer renders)
    if found is None or any(
            source.sections[i].number != translation.sections[j].number
            and _signature(source.sections[i], source.lang) != _signature(translation.sections[j], translation.lang)
            for i, j in found.items()):
        return None
    return found


def _renumbered(source: Policy, translation: Policy, pairs: dict[int, int], names: tuple[str, str]) -> list[Finding]:
    """A translation section that renders a source section numbered otherwise (the record says so): said once, with
    the number to give it, its contents compared with that section's, not with the one under its number."""
    return [Finding.of(translation.path, translation.sections[j].line, "sync.section-renumbered", source=names[0],
                       translation=names[1], there=translation.sections[j].label,
                       section=titled(source.sections[i].label, source.sections[i].title),
                       number=source.sections[i].label)
            for i, j in sorted(pairs.items(), key=lambda pair: pair[1])
            if source.sections[i].numeral and source.sections[i].number != translation.sections[j].number]


def _extra_shifted(source: Policy, translation: Policy, pairs: dict[int, int]) -> tuple[int, dict[int, int]] | None:
    """Where the authoritative text removed a section the translation still has, and numbers the later ones one less
    (French §1 to §3 without its old §3, English §1 to §4): the index of the translation's section its text lacks,
    and the sections paired by their contents past it (English §4 with French §3), as `_shifted` finds the mirror
    case; else None. Paired by number, the translation's last section was said to be removed ("§4 Contact is in
    English but not in French: remove it"), and each section after the removed one compared with the wrong one."""
    found = _shifted(translation, source, {j: i for i, j in pairs.items()})
    if found is None:
        return None
    extra, _next, _there = found
    siblings = sorted(j for j in pairs.values() if translation.sections[j].level == translation.sections[extra].level
                      and translation.sections[j].parts[:-1] == translation.sections[extra].parts[:-1]
                      and not translation.sections[j].inserted)
    later = [j for j in [*siblings, *(j for j in range(len(translation.sections)) if j not in pairs.values())]
             if translation.sections[j].level == translation.sections[extra].level
             and translation.sections[j].parts[:-1] == translation.sections[extra].parts[:-1]]
    later = sorted(set(later))
    moved = {i: later[later.index(j) + 1] for i, j in pairs.items() if j in later and j >= extra
             and later.index(j) + 1 < len(later)}
    return extra, {**pairs, **moved}


def _signature(section: Section, lang: str) -> tuple:
    """What a section's translation keeps of it whatever its words: its blocks' kinds, links, e-mails, phones and
    numbers."""
    found = invariants(section.blocks, lang)
    return tuple(b.kind for b in section.blocks), found.urls, found.emails, found.phones, found.numbers


def _compare_tree_found(source: Policy, translation: Policy, pairs: dict[int, int], names: tuple[str, str],
                        positional: bool) -> list[Finding]:
    findings: list[Finding] = []
    taken = set(pairs.values())
    for index, section in enumerate(source.sections):
        if index not in pairs:
            line = _line_where(translation, pairs, index)
            said = {"position": index + 1, "title": section.title, "source_count": len(source.sections),
                    "translation_count": len(translation.sections)} if positional else {
                "section": titled(section.label, section.title) if section.numeral else section.label}
            findings.append(Finding.of(translation.path, line, "sync.section-missing" + ("/nth" if positional else ""),
                                       source=names[0], translation=names[1], **said))
    for index, section in enumerate(translation.sections):
        if index not in taken:
            said = {"position": index + 1, "title": section.title} if positional else {"section": section.label}
            findings.append(Finding.of(translation.path, section.line, "sync.section-extra" + (
                "/nth" if positional else ""), source=names[0], translation=names[1], **said))
    if positional:
        for i, j in pairs.items():
            a, b = source.sections[i], translation.sections[j]
            if a.level != b.level:
                findings.append(Finding.of(translation.path, b.line, "sync.section-level", position=j + 1,
                                           title=b.title, level=b.level, translation=names[1], counterpart=a.title,
                                           counterpart_level=a.level, source=names[0]))
        return findings
    in_translation = sorted((j, i) for i, j in pairs.items())  # in the translation's order
    for (before, i_before), (after, i_after) in zip(in_translation, in_translation[1:]):
        if i_after < i_before:
            moved = translation.sections[after]
            findings.append(Finding.of(translation.path, moved.line, "sync.section-order", section=moved.label,
                                       before=translation.sections[before].label, translation=names[1],
                                       source=names[0]))
    return findings


def _numbering(source: Policy, translation: Policy, names: tuple[str, str]) -> Finding:
    """One text numbers its headings, the other not: one finding saying so, where each section was said missing and
    extra (“Données” is in French, missing in English; §1 is in English but not in French), being there under a
    number."""
    numbered, plain = (translation, names[1]), (source, names[0])
    if source.numbered:
        numbered, plain = (source, names[0]), (translation, names[1])
    first = next(s for s in numbered[0].sections if s.numeral)
    line = next((s.line for s in translation.sections if s.numeral), 0) if translation.numbered else \
        translation.sections[0].line if translation.sections else translation.title_line or 1
    return Finding.of(translation.path, line or 1, "sync.numbering", numbered=numbered[1], plain=plain[1],
                      first=titled(first.label, first.title), anchor=first.anchor)


def _line_where(policy: Policy, pairs: dict[int, int], index: int) -> int:
    """Where the source's section `index`, missing in the translation `policy` (`pairs`: source section to the
    translation's), belongs, the line its "translate it here" names: the heading of the translation of the next source
    section it has (the missing one goes just before it), else the translation's last line of text (it goes at the
    end). The previous section's heading, said before, put it above that section's text."""
    after = [i for i in pairs if i > index]
    if after:
        return policy.sections[pairs[min(after)]].line
    if not policy.sections:
        return max((block.line for block in policy.preamble), default=policy.title_line or 1) or 1
    last = policy.sections[-1]
    return max((block.line for block in last.blocks), default=last.line) or 1


def _where(src: Section, dst: Section) -> str:
    """How a finding in the translation names a section and its translation: by its number as the translation writes
    it (`§2a` for the French `Article 2 bis`: Section.label), else by the source's title (a pair without numbers)."""
    return dst.label if src.numeral and dst.numeral else src.label


def _compare_section(src: Section, dst: Section, path: str, names: tuple[str, str], *,
                     langs: tuple[str, str] = ("", "")) -> list[Finding]:
    findings: list[Finding] = []
    where = _where(src, dst)

    def add(line: int, key: str, **fields: object) -> None:
        findings.append(Finding.of(path, line, key, where=where, source=names[0], translation=names[1], **fields))

    for kind, rule in (("paragraph", "sync.paragraphs"), ("item", "sync.list-items"), ("row", "sync.table-rows")):
        a = [b for b in src.blocks if b.kind == kind]
        b = [b for b in dst.blocks if b.kind == kind]
        if len(a) != len(b):
            line = _first_difference_line(a, b, dst)
            # "3 list items", "1 list item": the legal team's most frequent findings, not "item(s)" (words 25)
            add(line, rule, source_count=len(a), translation_count=len(b))
        elif kind == "item" and [x.depth for x in a] != [x.depth for x in b]:
            index = next(i for i, (x, y) in enumerate(zip(a, b)) if x.depth != y.depth)
            add(b[index].line, "sync.list-nesting", item=index + 1, source_level=a[index].depth + 1,
                translation_level=b[index].depth + 1)
        elif kind == "row":
            for x, y in zip(a, b):
                if len(x.cells) != len(y.cells):
                    add(y.line, "sync.table-cells", source_cells=len(x.cells), translation_cells=len(y.cells))
    # Block by block when the shapes agree; the whole section at once when they do not.
    pairs: list[tuple[list[Block], list[Block]]] = (
        [([a], [b]) for a, b in zip(src.blocks, dst.blocks)] if len(src.blocks) == len(dst.blocks)
        else [(src.blocks, dst.blocks)])
    for a_list, b_list in pairs:
        line = b_list[0].line if b_list else dst.line
        a_inv, b_inv = _days_read(*_phones_read(*_sections_read(invariants(a_list, langs[0]),
                                                                 invariants(b_list, langs[1]))))
        for field, rule in (("urls", "sync.links"), ("emails", "sync.emails"), ("phones", "sync.phones"),
                            ("dates", "sync.dates"), ("articles", "sync.articles"), ("numbers", "sync.numbers")):
            x, y = getattr(a_inv, field), getattr(b_inv, field)
            if field == "dates" and x != y and (b_inv.month_first == x or a_inv.month_first == y):
                continue  # one language writes numeric dates month first (the United States), the other day first
            if field == "numbers" and x != y and a_inv.amounts == b_inv.amounts:
                continue  # “5000万元” translated “RMB 50 million”: the same amount in another language's units
            if field == "numbers" and x != y and written_out(x - y, b_list, langs[1]) \
                    and written_out(y - x, a_list, langs[0]):
                continue  # “3 Jahre” translated “three years”: the number in words
            if field == "numbers" and x != y and _periods_alike(a_list, b_list, langs, x, y):
                continue  # “sous 15 jours” translated “within two weeks”: the same period in another unit
            if field == "phones" and x != y and _dialled(x, y) == _dialled(y, x):
                continue  # `04 78 12 34 56` translated `+33 4 78 12 34 56`: the number as dialled from abroad
            if field == "urls" and x != y and _unnamed(_localised(x, langs[0])) == _unnamed(_localised(y, langs[1])):
                continue  # the same page in each reader's language (`?hl=de`, `/en/`, `de-de.facebook.com`, `/`)
            if x != y:
                add(line, rule, source_values=_show(x), translation_values=_show(y))
    return findings


def _dialled(phones: Counter, other: Counter) -> Counter:
    """`phones` with each number written as its country dials it (its trunk prefix 0 first, or none, as Spain's `912
    34 56 78`) that one of `other` dials from abroad (a country code of 1 to 3 digits before it, the 0 left out, or
    kept as Italy keeps it) written as `other` writes it."""
    out: Counter = Counter()
    for number, count in phones.items():
        locals_ = (number[1:], number) if number.startswith("0") else (number,)
        same = [full for full in other if full not in phones and not full.startswith("0") and any(
            full.endswith(local) and 1 <= len(full) - len(local) <= 3 for local in locals_)]
        out[same[0] if number not in other and len(same) == 1 else number] += count
    return out


# Where an address names the language of the page it opens: a path segment or the host's first label (`/de/`,
# `/en-us/`, `de-de.facebook.com`, eur-lex's `/DE/`), or a query parameter's value (`?hl=de`, `?lang=en`).
_LANGUAGE_PARAMETERS = frozenset({"hl", "lang", "language", "locale", "lng", "lc", "setlang", "ui_locales", "ln"})


def _localised(urls: Counter, lang: str) -> Counter:
    """`urls` with each mention of `lang` (its base language, any region) as `{lang}`: the same page linked in the
    reader's language by each text (adoption hunt 29: `policies.google.com/privacy?hl=de` translated `?hl=en`, the
    Swiss FDPIC's `/edoeb/de/home.html` as `/edoeb/en/home.html`, were sync.links findings)."""
    base = lang.split("-")[0].lower()
    if not base:
        return urls
    token = re.compile(rf"{re.escape(base)}(?:[-_][a-z]{{2,4}})?", re.I)

    def marked(url: str) -> str:
        head, sep, query = url.partition("?")
        scheme, slashes, rest = head.partition("://")
        if slashes:
            host, _, path = rest.partition("/")
            labels = host.split(".")
            if len(labels) > 2 and token.fullmatch(labels[0]):
                labels[0] = "{lang}"
            head = f"{scheme}://{'.'.join(labels)}" + ("/" + "/".join(
                "{lang}" if token.fullmatch(part) else part for part in path.split("/")) if path or "/" in rest else "")
        if sep:
            query = "&".join(f"{key}={{lang}}" if key.lower() in _LANGUAGE_PARAMETERS and token.fullmatch(value)
                             else f"{key}{eq}{value}"
                             for key, eq, value in (part.partition("=") for part in query.split("&")))
        return head + sep + query

    return Counter({marked(url): count for url, count in urls.items()})


def _unnamed(urls: Counter) -> Counter:
    """`urls` (of `_localised`) without the path segments and query parameters naming the reader's language: a site
    serving its own language at its root and the others under theirs, `https://www.cnil.fr/` translated
    `https://www.cnil.fr/en/` (adopt49: sync.links), `policies.google.com/privacy` translated `…?hl=fr`."""
    def unnamed(url: str) -> str:
        head, sep, query = url.partition("?")
        head = re.sub(r"/\{lang\}(?=/|$)", "", head)
        query = "&".join(part for part in query.split("&") if not part.endswith("={lang}"))
        return (head + ("?" + query if sep and query else "")).rstrip("/")
    return Counter({unnamed(url): count for url, count in urls.items()})


def _clock_times(text: str) -> str:
    """`text` with each time of day on the 24-hour clock, its whole hours without minutes (`5:00 p.m.`, `17.00 Uhr`,
    `午後5時`: 17), so that each language's numbers are the same."""
    text = TWELVE_HOUR_BEFORE.sub(_24_hour, TWELVE_HOUR.sub(_24_hour, text))
    return WHOLE_HOUR.sub(lambda match: str(int(match[1])), H_TIME.sub(r"\1:\2", DOTTED_TIME.sub(r"\1:\2", text)))


def _24_hour(match: re.Match) -> str:
    """A time on the 12-hour clock as the 24-hour clock writes it (12 a.m. is 0, 12 p.m. 12, 5:30 p.m. 17:30);
    an hour past 12 (`17 pm`) as written."""
    hour, minutes = int(match["h"]), match.groupdict().get("min")
    if hour <= 12:
        hour = hour % 12 + (12 if match["half"].lower() in ("p", "午後", "오후", "下午") else 0)
    return f" {hour}{f':{minutes}' if minutes else ''} "


def _amount(match: re.Match, *, lang: str) -> str:
    """An amount with a word for its size (MAGNITUDE) as its value in digits (5000万: 50000000, 1,5 Mio.: 1500000);
    a billion as written but in English."""
    if match["billion"] and lang.split("-")[0] != "en":
        return match.group(0)
    number = match["n"]
    value = Decimal(number.replace(",", ".")) if number[0].isdigit() else Decimal(han_number(number))
    value *= MAGNITUDES[match["myriad"]] if match["myriad"] else 10**6 if match["million"] else 10**9
    if rest := (match["rest"] or "").strip():
        value += int(rest[:-1]) * 1000 if rest[-1] in "千천" and rest[0].isdigit() else han_number(rest)
    return f" {int(value) if value == int(value) else value.normalize()} "


def _han_quantity(match: re.Match) -> str:
    """A quantity in Han numerals (HAN_QUANTITY) as its digits, its counter kept; a lone 一 as written."""
    numerals = match["n"] or match["part"] or match["percent"]
    if numerals == "一" and match["n"]:
        return match.group(0)
    return f" {han_number(numerals)} "


def _indian(match: re.Match) -> str:
    """A number grouped in lakhs and crores, as its digits."""
    return match.group(1) + match.group(2).replace(",", "")


def _one_number(match: re.Match) -> str:
    """A number written in groups of three digits, as its digits (and its decimals after a point)."""
    decimals = f".{match.group(5)}" if match.group(5) and match.group(4) != match.group(3) else ""
    rest = match.group(0)[len(match.group(1)) + len(match.group(2)):] if not decimals else ""
    return match.group(1) + re.sub(r"\D", "", match.group(2)) + decimals + rest


def _sections_read(a: Invariants, b: Invariants) -> tuple[Invariants, Invariants]:
    """Each side's "section N" read as an article where the other side has that article (§ 26 BDSG, Section 26 BDSG),
    else as a number (section 5 of the policy, Abschnitt 5)."""
    as_articles_b = (a.articles - b.articles) & b.sections
    as_articles_a = (b.articles - a.articles) & a.sections
    as_numbers_a, as_numbers_b = a.sections - as_articles_a, b.sections - as_articles_b
    return (dataclasses.replace(a, articles=a.articles + as_articles_a, numbers=a.numbers + as_numbers_a,
                                amounts=a.amounts + as_numbers_a),
            dataclasses.replace(b, articles=b.articles + as_articles_b, numbers=b.numbers + as_numbers_b,
                                amounts=b.amounts + as_numbers_b))


# A day and month of no year in digits, day or month first (`15/03`, `03/15`, German's `15.03.`): a date only where the
# other text writes that day with its month's name (`le 15 mars`, _days_read), else its numbers (`1/3`, a third).
NUMERIC_DAY = re.compile(r"(?<![\w/.,:-])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})(?![\w/]|[.,]\d)|\.(?P<c>\d{1,2})\.(?!\w))")


@functools.cache
def _day_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """A day and its month's name, no year after them (`le 15 mars`, `15. März`, `15 de marzo`, `March 15th`), as the
    day of every year a text names (a deadline, a yearly review)."""
    names = "|".join(re.escape(name) for name in sorted(language_months(lang), key=len, reverse=True))
    return (re.compile(rf"(?<![\w.,/])(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|º|°|\.)?\s+(?:de\s+|(?:day\s+)?of\s+)?"
                       rf"(?P<mn>{names})\.?(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\w.,/]\d|\w)", re.I))


def _numeric_day_reads(written: str) -> dict[str, str]:
    """The days a day and month in digits (NUMERIC_DAY) may be, as MM-DD, day first and month first, each with its
    day's number."""
    match = NUMERIC_DAY.fullmatch(written)
    if match is None:
        return {}
    first, second = int(match["a"]), int(match["b"] or match["c"])
    orders = ((second, first), (first, second)) if match["b"] else ((second, first),)  # `15.03.` is day first only
    return {f"{month:02d}-{day:02d}": str(day) for month, day in orders if 1 <= month <= 12 and 1 <= day <= 31}


def _days_read(a: Invariants, b: Invariants) -> tuple[Invariants, Invariants]:
    """Each side's day and month in digits (`On 15/03`) read as the day the other side writes with its month's name
    (`Le 15 mars`): its day's number, as that side's, and no number for its month (adopt52: the 3 of `15/03` was
    sync.numbers against `15 mars`)."""
    def read(one: Invariants, other: Invariants) -> Invariants:
        named = other.named_days - one.named_days
        if not named or not one.numeric_days:
            return one
        written: Counter = Counter()
        meant: Counter = Counter()
        for digits, count in one.numeric_days.items():
            for _ in range(count):
                day = next(((mmdd, number) for mmdd, number in _numeric_day_reads(digits).items() if named[mmdd]),
                           None)
                if day is None:
                    break
                named[day[0]] -= 1
                written.update(_unpadded(n.replace(",", ".")) for n in NUMBER.findall(digits))
                meant[day[1]] += 1
        if not meant:
            return one
        return dataclasses.replace(one, numbers=one.numbers - written + meant, amounts=one.amounts - written + meant)
    return read(a, b), read(b, a)


def _phones_read(a: Invariants, b: Invariants) -> tuple[Invariants, Invariants]:
    """Each side's number of 9 to 11 digits read as a phone number where the other side dials it (`912 345 678`, Spain's
    grouping as well as a count's, translated `+34 912 345 678`), else as the number it is."""
    def read(one: Invariants, other: Invariants) -> Invariants:
        dialled = Counter({number: count for number, count in one.numbers.items()
                           if number.isdigit() and 9 <= len(number) <= 11 and number not in other.numbers
                           and any(phone.endswith(number.removeprefix("0")) and phone not in one.phones
                                   and len(phone) - len(number.removeprefix("0")) <= 3 for phone in other.phones)})
        if not dialled:
            return one
        return dataclasses.replace(one, phones=one.phones + dialled, numbers=one.numbers - dialled,
                                   amounts=one.amounts - dialled)
    return read(a, b), read(b, a)


def _periods_alike(a_list: list[Block], b_list: list[Block], langs: tuple[str, str], x: Counter, y: Counter) -> bool:
    """Whether each side's periods of time may last as long as the other's, one for one (`15 jours`, `two weeks`; `12
    Monate`, `a year`), and the numbers they leave out are the same or written out in the other language."""
    read = [durations.periods(" ".join(b.text if b.kind == "code" else b.shown for b in blocks), lang,
                              _number_words(lang)) for blocks, lang in ((a_list, langs[0]), (b_list, langs[1]))]
    (a_periods, a_counts), (b_periods, b_counts) = read
    if not a_periods or not durations.same(a_periods, b_periods):
        return False
    rest_x, rest_y = x - a_counts, y - b_counts
    return rest_x == rest_y or (written_out(rest_x - rest_y, b_list, langs[1])
                                and written_out(rest_y - rest_x, a_list, langs[0]))


def written_out(numbers: Counter, blocks: list[Block], lang: str) -> bool:
    """Whether each of `numbers` (whole, 0 to 100) is written in words in `blocks` as often (“three years” for the
    source's “3 years”; num2words' forms of the language: “drei”, “trois”, “tres”, “tre”, “twenty-one”)."""
    if not numbers:
        return True
    text = " ".join(b.text for b in blocks).lower()
    inflected = lang.replace("_", "-").split("-")[0].lower() in CASE_LANGUAGES
    for number, count in numbers.items():
        words = _number_words(lang).get(number, ())
        ordinals = _ordinal_words(lang).get(number, ())
        said = (_written(text, words, inflected=inflected) if words else 0) \
            + _ordinals_written(text, ordinals, inflected=inflected) + _romans_written(blocks, number, lang)
        if said < count:
            return False
    return True


def _ordinals_written(text: str, words: tuple[str, ...], *, inflected: bool) -> int:
    """How often `text` (lower case) writes one of an ordinal's `words`, in any gender, number or case its language
    gives it: a word ending in a vowel with that vowel or up to three letters instead (`deuxième`, `deuxièmes`;
    `zweite`, `zweiten`; `primero`, `primera`), a language's cases as for its numbers (`первый`, `первого`)."""
    if not words:
        return 0
    forms = sorted({r"[\s-]+".join(_inflected(part) for part in re.split(r"[\s-]+", w)) if inflected else
                    re.escape(w[:-1]) + r"\w{0,3}" if w[-1] in "aeiouyàèéìòùäöüåæøáíóú" else re.escape(w)
                    for w in words}, key=len, reverse=True)
    return len(re.findall(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", text))


# A number in Roman numerals, as texts number centuries, chapters, titles and a king's name (`XIVe siècle`, `Chapitre
# XIV`, `Titre II`), an ordinal's letters after it (`XIVe`, `Ier`, `IIIrd`): capitals only, read where the other text
# writes the number in digits (adopt51: `au XIVe siècle` translated `in the 14th century` was sync.numbers).
ROMAN = re.compile(r"(?<![^\W\d_])(?=[IVXLCDM])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
                   r"(?P<suffix>e|er|re|ère|ème|è|º|ª|st|nd|rd|th|\.)?(?![^\W\d_])")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral in capitals (ROMAN)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for letter, after in zip(numeral, [*numeral[1:], ""]):
        total += -values[letter] if after and values[after] > values[letter] else values[letter]
    return total


def _romans_written(blocks: list[Block], number: str, lang: str) -> int:
    """How often `blocks` write `number` in Roman numerals; a lone `I` only in a language where it is no word (English's
    pronoun)."""
    if not number.isdigit() or not 0 < int(number) < 4000:
        return 0
    english = lang.replace("_", "-").split("-")[0].lower() == "en"
    return sum(1 for block in blocks for match in ROMAN.finditer(block.text)
               if match.group(1) and roman_value(match.group(1)) == int(number)
               and not (english and match.group(0) == "I"))


# Ordinals a language writes besides num2words' one (French's feminine `première` and `second`, `seconde`).
_ORDINAL_OTHERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"1": ("première", "premiers", "premières"), "2": ("second", "seconde", "secondes")},
    "en": {"2": ("second",)}}


@functools.cache
def _ordinal_words(lang: str) -> dict[str, tuple[str, ...]]:
    """1 to 100 as ordinals in words in `lang` (num2words), by their digits; none where it has no ordinals, or the
    language writes no spaces between words."""
    base = lang.replace("-", "_").split("_")[0].lower()
    if base in ("ja", "zh", "ko", "th", ""):
        return {}
    try:
        forms = {str(n): {num2words(n, lang=base, to="ordinal").lower()} for n in range(1, 101)}
    except (NotImplementedError, OverflowError, KeyError, ValueError, TypeError, AttributeError):
        return {}
    for digits, others in _ORDINAL_OTHERS.get(base, {}).items():
        forms[digits] |= set(others)
    return {digits: tuple({w for word in words for w in (word, word.replace("-", " "))})
            for digits, words in forms.items()}


# Languages whose number words take cases: after "for N years" Polish writes "pięciu lat", Czech "pěti let",
# Russian "пяти лет" (num2words gives the nominative: pięć, pět, пять).
CASE_LANGUAGES = frozenset({"pl", "cs", "sk", "ru", "uk", "be", "bg", "hr", "sr", "bs", "sl", "lt", "lv"})


def _written(text: str, words: tuple[str, ...], *, inflected: bool) -> int:
    """How often `text` (lower case) writes one of a number's `words`; where the language inflects them, each word
    of a number also in any form that keeps all its letters but its last (its last two past four letters; at
    least two: "dwóch" for "dwa", "пяти" for "пять", "dwudziestu czterech" for "dwadzieścia cztery") and ends
    at most three letters after them."""
    if not inflected:
        return sum(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text)) for w in words)
    forms = sorted({r"[\s-]+".join(_inflected(part) for part in re.split(r"[\s-]+", w)) for w in words},
                   key=len, reverse=True)
    return len(re.findall(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", text))


def _inflected(word: str) -> str:
    """A pattern of `word` and its case forms (see _written)."""
    if len(word) < 3:
        return re.escape(word)
    stem = word[:max(2, len(word) - (1 if len(word) <= 4 else 2))]
    return rf"(?:{re.escape(word)}|{re.escape(stem)}\w{{0,{len(word) - len(stem) + 3}}})"


@functools.cache
def _number_words(lang: str) -> dict[str, tuple[str, ...]]:
    """0 to 100 in words in `lang` (num2words), by their digits; none for a language it does not know, or that
    writes no spaces between words (a numeral character would match inside other words)."""
    base = lang.replace("-", "_").split("_")[0].lower()
    if base in ("ja", "zh", "ko", "th"):
        return {}
    if base == "el":
        forms = _greek()
    else:
        try:
            forms = {str(n): num2words(n, lang=base) for n in range(101)}
        except (NotImplementedError, OverflowError, KeyError, ValueError):
            return {}
    found = {digits: {word, word.replace("-", " "), word.replace(" ", "-")} for digits, word in forms.items()}
    for digits, irregular in _IRREGULAR.get(base, {}).items():  # a case form that changes the stem
        found[digits] |= set(irregular)
    for ending, genitive in _GENITIVE_ENDINGS.get(base, ()):
        for forms_of in found.values():
            forms_of |= {re.sub(rf"{ending}\b", genitive, w) for w in forms_of if re.search(rf"{ending}\b", w)}
    return {digits: tuple(words) for digits, words in found.items()}


# Endings whose genitive changes more than the last letters: Polish "dwanaście", "dwunastu"; "pięćdziesiąt",
# "pięćdziesięciu".
_GENITIVE_ENDINGS = {"pl": (("dwanaście", "dwunastu"), ("naście", "nastu"), ("dwadzieścia", "dwudziestu"),
                            ("dzieści", "dziestu"), ("dziesiąt", "dziesięciu"))}


# Case forms whose stem differs from the nominative's (Polish "osiem", "ośmiu"; Russian "восемь", "восьми").
# Polish's genitive of two to ten as a period's count writes it (`w ciągu dwóch tygodni`, `trzech miesięcy`), and
# the feminine of Portuguese's two (`duas semanas`), which a period reads as exactly as written (durations; adopt52).
_IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "pl": {"2": ("dwóch", "dwu"), "3": ("trzech",), "4": ("czterech",), "5": ("pięciu",), "6": ("sześciu",),
           "7": ("siedmiu",), "8": ("ośmiu", "ośmioma"), "9": ("dziewięciu",), "10": ("dziesięciu",)},
    "pt": {"2": ("duas",)},
    "ru": {"8": ("восьми", "восьмью")}, "uk": {"8": ("восьми", "вісьмох")}}
# Greek, which num2words does not write: the units and tens as a contract's "για πέντε έτη" writes them.
_GREEK_UNITS = ("μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ", "εννέα")
_GREEK_TEENS = ("δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεπτά",
                "δεκαοκτώ", "δεκαεννέα")
_GREEK_TENS = ("", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα")


def _greek() -> dict[str, str]:
    forms = {str(n): _GREEK_UNITS[n] for n in range(10)} | {str(10 + n): _GREEK_TEENS[n] for n in range(10)}
    for tens in range(2, 10):
        forms[str(tens * 10)] = _GREEK_TENS[tens]
        forms |= {str(tens * 10 + n): f"{_GREEK_TENS[tens]} {_GREEK_UNITS[n]}" for n in range(1, 10)}
    return forms | {"100": "εκατό"}


def _first_difference_line(a: list[Block], b: list[Block], dst: Section) -> int:
    """Where counts diverge in the translation: the block after the last one both share."""
    if not b:
        return dst.line
    return b[min(len(a), len(b)) - 1].line if len(b) < len(a) else b[len(a)].line


def _cited(refs: str, *, joined: bool = False) -> list[str]:
    """The articles (or sections) a reference cites, an inserted one as `2 bis` whether written `2 bis` or `2a`, one in
    Roman numerals as its number (`Articles III and IV bis`: 3, 4 bis) where the reference starts with one (after an
    article's number, Brazilian `art. 7º, IX` is its item IX, no article 9). `joined`: an article's `12-1`, a number
    below the one before it, is the article inserted after 12 (`12 bis`), as its heading reads (texts 27); `45-47` a
    range."""
    romans = re.compile(_ROMAN_CITED)
    if romans.match(refs.lstrip()):
        refs = romans.sub(lambda m: str(roman_number(m.group())), refs)
    if joined:
        refs = re.sub(r"(?<![\d.])(\d+)-(\d+)(?![\d.])", lambda m: f"{m[1]} {inserted_at(int(m[2]) + 1)}"
                      if int(m[2]) < int(m[1]) and inserted_at(int(m[2]) + 1) else m.group(), refs)
    cited = []
    for number in re.findall(rf"\d+{_INSERTED}?", refs, re.I):
        inserted = heading_number(f"Article {number} –x") if not number.isdigit() else None
        match = SECTION_NUMBER.fullmatch(inserted[0]) if inserted else None
        cited.append(f"{match[1]} {match[2]}" if match and match[2] else re.match(r"\d+", number)[0])  # type: ignore[index]
    return cited


def _show(counter: Counter) -> str:
    """The values of `counter` as a finding lists them ("" for none: the catalogue says it)."""
    return ", ".join((f"{k}" if len(str(k)) <= 40 else f"{str(k)[:40]}…") + (f" (×{v})" if v > 1 else "")
                     for k, v in sorted(counter.items()))


def defined_terms(policy: Policy, *, section: str = "5") -> list[tuple[str, int]]:
    """Terms the definitions section sets in bold, with their line, in order."""
    found = policy.section(section)
    if not found:
        return []
    return [(term, block.line) for block in found.blocks for term in block.strong]


def definitions_empty(source: Policy, *, definitions: str) -> list[Finding]:
    """A warning when the section `definitions` names (`extra.policy.definitions_section`) sets no term in bold in the
    authoritative text: no defined term is compared (texts 30: a section split in two moved the definitions from §5
    to §6, and a translation dropping a defined term passed the checks unsaid)."""
    section = source.section(definitions)
    if section is None or defined_terms(source, section=definitions):
        return []
    return [Finding.of(source.path, section.line, "sync.definitions-empty", WARNING,
                       section=f"{section.label} {section.title}".strip(), number=definitions)]


def _compare_defined_terms(source: Policy, translation: Policy, pairs: dict[int, int], names: tuple[str, str],
                           definitions: str) -> list[Finding]:
    """Each defined term of the source has one in the translation, used in the same sections."""
    findings: list[Finding] = []
    src_terms, dst_terms = defined_terms(source, section=definitions), defined_terms(translation, section=definitions)
    if len(src_terms) != len(dst_terms):
        terms_section = translation.section(definitions)
        line = terms_section.line if terms_section else 1
        where = terms_section.label if terms_section else f"§{definitions}"
        return [Finding.of(translation.path, line, "sync.defined-terms", where=where, source=names[0],
                           source_count=len(src_terms), source_terms=", ".join(t for t, _ in src_terms),
                           translation=names[1], translation_count=len(dst_terms),
                           translation_terms=", ".join(t for t, _ in dst_terms))]
    for (src_term, _), (dst_term, _) in zip(src_terms, dst_terms):
        src_case, dst_case = _capital_kept(source, src_term), _capital_kept(translation, dst_term)
        for i, section in enumerate(source.sections):
            if i not in pairs or section.number == definitions:
                continue
            other = translation.sections[pairs[i]]
            if _uses(section, src_term, capital=src_case) and not _uses(other, dst_term, capital=dst_case):
                findings.append(Finding.of(translation.path, other.line, "sync.defined-term-use",
                                           where=_where(section, other), source=names[0], source_term=src_term,
                                           translation=names[1], translation_term=dst_term))
    return findings


def _uses(section: Section, term: str, *, capital: bool = True) -> bool:
    """Whether `section` writes `term`, each of its words perhaps in its plural (processors, encargados del
    tratamiento, Auftragsverarbeitern, Einwilligungen); `capital=False`: its first letter in either case."""
    first = re.escape(term[:1])
    if not capital and term[:1].lower() != term[:1]:
        first = f"(?:{first}|{re.escape(term[:1].lower())})"
    written = _SPACES.join(re.escape(word) + _PLURAL for word in term[1:].split(" "))
    pattern = re.compile(rf"(?<![\w-]){first}{written}(?![\w-])")
    return bool(pattern.search(section.title)) or any(pattern.search(b.text) for b in section.blocks)


# A plural written onto a word: -s, -es (Spanish, English, French, Portuguese), -n, -en (German: the dative plural
# "Auftragsverarbeitern", "Einwilligungen"); a text writing a defined term only in its plural uses it (company3: the
# Spanish "los encargados del tratamiento" for the defined "Encargado del tratamiento").
_PLURAL = "(?:e?s|e?n)?"
_SPACES = r"[ \u00a0]+"


def _capital_kept(policy: Policy, term: str) -> bool:
    """Whether the capital a defined term starts with is the term's own: the text writes it so inside a sentence
    (“to a User identifiable by”, a defined term's capital, as English contracts write them; every German noun).
    Otherwise it is the definition's sentence's (“**Consent** means …”, “**Datos personales**: …”, then “your
    consent”, “sus datos personales”): the text's lower-case uses are the term's (company3: a German policy's English
    translation was said to never use “Consent” where it wrote “storing your consent”)."""
    if term[:1].lower() == term[:1]:
        return True
    inside = re.compile(rf"(?<=[\w,;)][ \u00a0]){re.escape(term)}s?(?![\w-])")
    return any(inside.search(text) for section in policy.sections
               for text in (section.title, *(b.text for b in section.blocks)))
