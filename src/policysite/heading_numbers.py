"""A heading's number as its policy writes it: `7.3 Title`, `Article 3 – Title`, `第3条`, `III. Title`, `ثالثا - …`."""
from __future__ import annotations

import functools
import re
import unicodedata

NUMBERED_TITLE = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")


# The same with no space after the number's dot (`1.Who we are`: typed so, or the number and the title in two
# elements side by side), a word right after it (`2.b` is a letter: lettered.py; adoption hunt 34).
_UNSPACED_TITLE = re.compile(r"^(\d+(?:\.\d+)*)\.(?=[^\W\d_]{2})(\S.*)$")


# A heading numbered as legal texts number them: "Article 2 – Title", "Art. 2. Title", "Section III: Title",
# "Chapitre 3 - Titre", "Clause 4 – Title", "2) Title", "2 – Title". The word and the separator are not part of the
# title; a roman numeral counts with a word before it only ("I agree" is no section I).
SECTION_WORDS = (
    r"article|art\.?|section|sect?\.|§|chapter|chapitre|chap\.|clause|cl[áa]usula|artikel|abschnitt|"
    r"kapitel|"
    r"articolo|sezione|capitolo|capo|art[íi]culo|secci[óo]n|cap[íi]tulo|artigo|sec[çc][ãa]o|hoofdstuk|sectie|"
    # parts and titles grouping sections, `Part 1 – General` over `Section 1.1`, `Titre II – …`, `Teil 1 – …`
    r"part|partie|parte|teil|titre|t[íi]tulo|titolo|"
    # the article, section and chapter words of other languages' legal texts (adoption hunt 13: vi, pl, cs, tr, el,
    # ru, uk, id, sv, da, no, fi, hu, ro)
    r"điều|chương|mục|artykuł|rozdział|článek|článok|oddíl|kapitola|madde|bölüm|άρθρο|κεφάλαιο|статья|раздел|"
    r"глава|стаття|розділ|pasal|bab|avsnitt|afsnit|kapittel|luku|cikk|fejezet|articolul|capitolul|"
    # Czech and Slovak `Čl. 1` (článek), Croatian `Članak 1.`, Serbian `Član 1`, Slovenian `Člen 1` (adoption hunt 32)
    r"čl\.|članak|član|člen|"
    # and in Cyrillic: Bulgarian and Macedonian `Член 1.`, Serbian `Члан 1.`, Belarusian `Артыкул 1.` (hunt 41)
    r"член|члан|чл\.|артыкул|"
    # Hindi's section, article and clause words, `धारा 1.`, `अनुच्छेद 2 –`, `खंड 3` (hunt 41), its chapter and part,
    # `अध्याय 2 – …`, `भाग 1: …` (company20)
    r"धारा|अनुच्छेद|खंड|अध्याय|भाग|"
    # Arabic's article, clause and chapter words, Hebrew's section and chapter, Thai's clause and chapter, German's
    # Ziffer (adoption hunt 34)
    r"المادة|مادة|البند|بند|الفصل|القسم|סעיף|פרק|ข้อ|หมวด|ziffer|ziff\.|"
    # Persian's article, chapter and section words, `ماده ۱ – تعاریف`, `فصل ۲`, `بخش ۳`, Urdu's section, `دفعہ 4`
    # (adopt48: unnumbered)
    r"ماده|فصل|بخش|دفعہ|"
    # Malay's and Indonesian's section, part and clause words (`Seksyen 1:`, `Bahagian 2`, `Fasal 3`), Swahili's
    # (`Kifungu 1:`, `Sehemu 2`) and Filipino's (`Seksyon 1.`, `Artikulo 2`) (adopt48: unnumbered)
    r"seksyen|bahagian|fasal|bagian|kifungu|sehemu|seksyon|artikulo")
_WORDED_TITLE = re.compile(
    r"^(?:(?P<word>" + SECTION_WORDS + r")\s*)?"
    # the number may carry its ordinal's mark: French `1er`, `1re`, `Ier` (Chapitre Ier), `2e`, `2ème` (and Dutch `2e`),
    # Spanish and Portuguese `1º`,
    # `1ª`, `5.º`, and the degree sign written for it, `3°`
    # (Greek writes its ordinal's ending, `Άρθρο 2ο`), and stand in brackets after the word (Arabic `المادة (1)`)
    r"(?P<open>\()?(?P<number>\d+(?:\.\d+)*|[IVXLC]+)(?(open)\))(?:\.?[ºª°]|(?:er|re|ère|ο|η|(?<=\d)e|(?<=\d)ème)(?![^\W\d_]))?"
    r"(?![^\W\d_])\.?\s*(?:[-–—:)|·•]\s*)?"
    r"(?P<title>\S.*)$", re.I)


# A number before the word a section is called by, as Hungarian legal texts number (`3. cikk – Title`, `2. § Title`,
# `III. fejezet Title`, `4. pont Title`): the word is no part of the title, as a word before the number is not. So do
# Swedish and Finnish `1 § Allmänt`, Lithuanian `1 straipsnis. …` (`skyrius`, `skirsnis`: chapter, part), Latvian
# `1. pants. …` (`nodaļa`: chapter), Icelandic `1. gr. …` and German `1. Abschnitt: …` (`Kapitel`, `Teil`), their dot
# after the number or not (adopt48: the word was the title's first, `§ Allmänt`, `straipsnis. Bendrosios nuostatos`).
SECTION_WORDS_AFTER = r"cikk|§|pont|fejezet|szakasz|straipsnis|skyrius|skirsnis|pants|nodaļa|gr\.|grein|abschnitt|" \
    r"kapitel|teil"
_WORD_AFTER_TITLE = re.compile(r"^(?P<number>\d+(?:\.\d+)*|(?-i:[IVXLC]+))(?:\.\s*|\s+)"
                               r"(?P<word>" + SECTION_WORDS_AFTER +
                               r")(?![^\W\d_])\.?\s*(?:[-–—:|·•]\s*)?(?P<title>\S.*)$", re.I)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_number(numeral: str) -> int:
    """The value of a Roman numeral in capitals (`IV` 4, `XIV` 14), as headings and citations write an article's."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))


def roman_label(n: int, kind: str) -> str:
    """`n` in Roman numerals, lower case (`kind` i) or upper case (I)."""
    numerals = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
                ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
    roman = ""
    for numeral, value in numerals:
        while n >= value:
            roman, n = roman + numeral, n - value
    return roman.upper() if kind == "I" else roman


_STATUTE_TITLE = re.compile(r"^(?:第\s*(\d+|[〇零一二三四五六七八九十百千]+)\s*"
                            r"(?:[条條](?:\s*の\s*(?P<no>\d+|[〇一二三四五六七八九十]+)|"
                            r"\s*之\s*(?P<zhi>\d+|[〇一二三四五六七八九十]+))?|章)|"
                            r"제\s*(?=\d)(\d+)\s*조(?:\s*의\s*(?P<ui>\d+))?)"
                            r"\s*(?P<title>\S.*)$")


# The enumerations of Chinese and Japanese documents: "一、标题" (a numeral and the ideographic comma), "１．标题" and
# "1、标题" (digits, often full-width, and a full-width full stop or the comma, no space after).
_ENUMERATED_TITLE = re.compile(r"^(?:([〇零一二三四五六七八九十百千]+)、|(\d+(?:[.．]\d+)*)[．、])\s*(\S.*)$")


_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}


_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}


def han_number(text: str) -> int:
    """A number in Chinese numerals (三十 30, 二十一 21, 十五 15, 一百零五 105, 两 2), or in digits; a year is written
    digit by digit, without units (二〇二五 2025)."""
    if text.isdigit():
        return int(text)
    if len(text) > 1 and not any(char in _HAN_UNITS for char in text):
        return int("".join(str(_HAN_DIGITS.get(char, 0)) for char in text))
    total, digit = 0, 0
    for char in text:
        if char in _HAN_UNITS:
            total += (digit or 1) * _HAN_UNITS[char]
            digit = 0
        else:
            digit = _HAN_DIGITS.get(char, 0)
    return total + digit


# An article inserted after another without renumbering the text: French, Italian, Spanish `Article 2 bis`, `2 ter`,
# `Art. 2-quater`; English and German `Article 2a`, `Section 5A`, `§ 2a`, `5.1a`; Japanese `第10条の2`, Korean
# `제2조의2`, Chinese `第十条之一`. Its identity, the same in every language, is its number and the Latin word of its
# place (`2bis`: the Latin words count from 2, "twice"; a letter from a, the first inserted, `2a` is `2bis`; `の2`,
# `의2` count as Latin does; Chinese `之一` counts from 1, the first inserted), read `§2 bis`, anchored `#s2-bis`.
INSERTED_WORDS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies", "undecies",
                  "duodecies", "terdecies", "quaterdecies", "quinquiesdecies", "sexiesdecies", "septiesdecies",
                  "octiesdecies", "noviesdecies", "vicies")
_INSERTED_WORD = {word: n for n, word in enumerate(INSERTED_WORDS, 2)} | {"nonies": 9, "quindecies": 15,
                                                                         "sexdecies": 16, "sedecies": 16}
SECTION_NUMBER = re.compile(rf"(\d+(?:\.\d+)*)({'|'.join(INSERTED_WORDS)})?")


def inserted_at(index: int) -> str:
    """The Latin word of an inserted article's place (2 `bis`, 3 `ter`), "" beyond the words legal texts use."""
    return INSERTED_WORDS[index - 2] if 2 <= index < len(INSERTED_WORDS) + 2 else ""


def split_number(number: str) -> tuple[tuple[int, ...], int]:
    """A section number's parts and its place among the articles inserted after them (0 for none, 2 for `bis`):
    `7.3` -> ((7, 3), 0), `2bis` -> ((2,), 2); ((), 0) for what is no number."""
    match = SECTION_NUMBER.fullmatch(number)
    if not match:
        return (), 0
    return tuple(int(p) for p in match.group(1).split(".")), _INSERTED_WORD.get(match.group(2) or "", 0)


# Arabic texts write an inserted article `المادة 2 مكرر` ("repeated"), as French ones `Article 2 bis`.
_ARABIC_INSERTED = {"مكرر": 2, "مكررة": 2}


# The insertion written after the number: a Latin word (`2 bis`, `2bis`, `2-ter`), or one letter right after it (`2a`,
# `5.1a`, with an article's word `Section 5A`; a capital after a bare number is a word, `3D Secure`, `1 Bis wann`),
# never before a number (German `3 bis 5 Jahre` is a range).
_INSERTION = re.compile(r"^(?P<head>(?P<word>[^\d\n]{0,30}?)(?<![\w.])(?:\d+(?:\.\d+)*|(?P<roman>[IVXLC]+)))"
                        rf"(?:[ \t]?-?[ \t]?(?P<latin>(?i:{'|'.join(_INSERTED_WORD | _ARABIC_INSERTED)}))|"
                        r"(?P<letter>[a-zA-Z]))"
                        r"(?![^\W\d_])(?!\s*\d)(?P<rest>\s*[-–—:.)|·•]?\s.*|[.)]\S.*)$")


def _inserted(heading: str) -> tuple[str, str] | None:
    """(number, title) of an inserted article's heading (`Article 2 bis – Title` is ("2bis", "Title")), or None."""
    match = _INSERTION.match(heading)
    if not match:
        return None
    letter = match.group("letter")
    latin, bare = match.group("latin"), not match.group("word").strip()
    if bare and (letter and (letter.isupper() or match.group("rest")[:1] in ".)") or latin and latin.isascii()
                 and not latin.islower()):
        return None  # `3D Secure`, German `1 Bis wann …` are words; `2a)`, `2a.` letter §2's subsections (lettered.py)
    if match.group("roman") and letter:
        return None  # `Article IVa`: a Roman numeral's insertion is its Latin word (`Article IV bis`, `IV bis –`)
    if letter == "e" and not match.group("roman"):
        return None  # `Article 2e –`: the French and Dutch ordinal (deuxième, tweede), as Word numbers an article in
        # those languages (adopt38); an article inserted that far after another is written `2 sexies`
    index = (_INSERTED_WORD.get(latin.lower()) or _ARABIC_INSERTED[latin]) if latin else \
        ord(letter.lower()) - ord("a") + 2
    found = _heading_number(match.group("head") + match.group("rest"))
    if found is None or not NUMBER.fullmatch(found[0]) or not inserted_at(index):
        return None
    return found[0] + inserted_at(index), found[1]


_LATIN = "|".join(sorted(_INSERTED_WORD, key=len, reverse=True))
# An article inserted after an inserted one: `Article 2 bis A`, `2 bis-1`, `Article 12-1 a`, `Article 12-1-1` (French
# bills and codes): two marks of insertion after the number, the first a Latin word, or any after an article's word.
_NESTED = re.compile(rf"^(?:(?P<word>[^\W\d_]+\.?|§)\s*)?\d+(?:\.\d+)*"
                     rf"(?P<first>[ \t]?-?[ \t]?(?i:{_LATIN})(?![^\W\d_])|-\d+)"
                     rf"(?:[ \t]?-?[ \t]?(?i:{_LATIN})(?![^\W\d_])|[ \t]?[A-Za-z](?![^\W\d_])|-\d+)+"
                     r"(?![\w-])\s*(?:[-–—:.)]\s*\S|$)")  # a separator before its title (`Article 2 bis a pour…`)


def nested_insertion(heading: str) -> bool:
    """Whether a heading numbers an article inserted after an inserted one (`Article 2 bis A – …`, `Article 12-1-1 –
    …`), which no section number can name (one insertion after an article: `2 bis`): its heading is its identity, as
    an unnumbered heading's, rather than a second `2 bis` (texts 27: structure.number-repeated, publishing refused)."""
    match = _NESTED.match(heading.strip())
    if not match:
        return False
    word = (match["word"] or "").lower()
    return bool(word and _ARTICLE_WORDS.fullmatch(word)) or not word and not match["first"].startswith("-")


def number_as_written(heading: str) -> str:
    """How a numbered heading names its number before its title where `§` and the number (document.label_of) would
    not say it as the page does: `§2a` for `Article 2a – …` (the article inserted after 2, `2bis` in every language),
    `§2 مكرر`, `第３条` for `第３条（保存期間）`, `제3조의2`, `第十条之一`, an enumeration's `一、`, `１．`, `2、` (no
    article: the reader's word for one, `第1條`, would call it so); "" for the others (`§7.3`, `§2 bis`;
    a Roman numeral, `Article IV`, is named `§IV` by document._roman_mark)."""
    typed = _HALF_WIDTH_DOTS.sub(".", heading).translate(_HALF_WIDTH)
    if _untitled(typed):  # `Article 2a`, `第10条の2` with no title: read as with one
        typed = _TRAILING_MARKS.sub("", typed.strip()) + f" – {_NO_TITLE}"
    inserted = _INSERTION.match(typed)
    if inserted and _inserted(typed) and not inserted.group("roman"):
        digits = re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)),
                        inserted.group("head")[len(inserted.group("word")):])
        latin = inserted.group("latin")
        if inserted.group("letter"):
            return f"§{digits}{inserted.group('letter')}"
        return f"§{digits} {latin}" if latin and not latin.isascii() else ""
    statute = _STATUTE_TITLE.match(typed)
    if statute and heading_number(heading):
        return heading[:statute.start("title")].rstrip()
    worded = _WORDED_TITLE.match(typed)
    if worded and worded["number"][0].isdigit() and (joined := _JOINED.match(typed, worded.end("number"))) and \
            (found := heading_number(heading)) and found[0] != worded["number"]:  # `Article 12-1`, `3-1.`: §12-1
        return f"§{worded['number']}{joined['parts']}"
    after = _WORD_AFTER_TITLE.match(typed)
    if after and heading_number(heading):  # `3. cikk`, as the page names its section
        return heading[:after.start("title")].rstrip(" -–—:|·•")
    return _enumeration(heading, typed)


def _enumeration(heading: str, typed: str) -> str:
    """The numbering of a heading numbered as Chinese and Japanese documents enumerate (`一、總則`: `一、`), as written,
    where that is what numbers it; else ""."""
    listed = _ENUMERATED_TITLE.match(typed)
    found = heading_number(heading) if listed else None
    if not listed or not found or len(found[1]) != len(listed.group(3)) or not heading.endswith(found[1]):
        return ""
    return heading[:len(heading) - len(found[1])].rstrip()


# The zeros of the runs of ten digits a heading may number itself in besides 0-9 (the numbering systems the site
# writes dates in: strings.DIGITS), and those of 0-9's own full-width forms (`３.`, read as 0-9, as a date is).
_LATIN_ZEROS = frozenset({"0", "\uff10"})


def own_digits(heading: str) -> str:
    """The ten digits a numbered heading writes its number in where they are not 0-9 (`۲. …` of a Persian text:
    ۰۱۲۳۴۵۶۷۸۹, `٣.`: Arabic-Indic), "" for 0-9: its label says the number so (`§۲`), its id stays `s2`."""
    first = next((c for c in heading.lstrip()[:40] if unicodedata.decimal(c, None) is not None), "")
    zero = chr(ord(first) - unicodedata.decimal(first)) if first else "0"
    return "" if zero in _LATIN_ZEROS else "".join(chr(ord(zero) + n) for n in range(10))


def heading_number(heading: str) -> tuple[str, str] | None:
    """(number, title) of a numbered heading (`7.3`, and a roman numeral as digits; `١.` of an Arabic text is
    1, as in its translation; `2.0`, as many corporate documents number a section above its `2.1`, is 2), or
    None."""
    typed = _HALF_WIDTH_DOTS.sub(".", heading).translate(_HALF_WIDTH)
    typed = _KEYCAP.sub(lambda m: "10" if m.group() == "\U0001F51F" else m[1], _PICTURES.sub("", typed))
    found = _untitled(typed) or _inserted(typed) or _heading_number(typed)
    if found is None:
        return None
    number, title = found
    if typed != heading and typed.endswith(title):  # the title as written: `（目的）` stays full-width
        title = heading[len(heading) - len(title):]
    if not number.isascii():
        number = re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)), number)
    return _LEADING_ZEROS.sub("", _ZERO_TAIL.sub("", number)), title


# A heading that is only a number and its mark, `## 2.`, `## 2)`, `## (2)`, `## 3.1`, `## ２．`, `## ١.` (each part at
# most three digits: `## 2024` is a year): `## 2.` was a section titled "2.", `## 2)` §2 titled ")".
_BARE_NUMBER = re.compile(r"^(?P<open>\()?(?P<number>\d{1,3}(?:\.\d{1,3})*)(?(open)\))\s*[-–—.:)|·•、]?$")


def section_heading_number(heading: str) -> tuple[str, str] | None:
    """(number, title) of a Markdown heading (heading_number), a heading that is only a number and its mark being that
    number, untitled (`## 2.`, `## 2)`: §2). Only a heading's: a bold `1.` line of an imported page is a list's
    number, heading_number's None."""
    found = heading_number(heading)
    if found is not None:
        return found
    bare = _BARE_NUMBER.match(_HALF_WIDTH_DOTS.sub(".", heading.strip()).translate(_HALF_WIDTH).replace("．", "."))
    if not bare:
        return None
    number = re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)), bare["number"])
    return _LEADING_ZEROS.sub("", _ZERO_TAIL.sub("", number)), ""


# Pictures a designer puts before a heading's number, `🔒 1. Security`, `✅ Article 2 – …` (with their variation
# selectors, joiners and skin tones), and keycap digits, `1️⃣ Who we are`, `🔟`: the number is the text's (texts 27:
# such headings were unnumbered, "2 🔒 2. Security" advised). Emoji only: `© 2024 …`, `® …`, `™` are no picture here.
_PICTURES = re.compile(r"^(?:[\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001F51E\U0001F520-\U0001FAFF]"
                       r"[\ufe0f\u200d\U0001F3FB-\U0001F3FF]*\s*)+(?=\S)")
_KEYCAP = re.compile(r"^(?:(\d)\ufe0f?\u20e3|\U0001F51F)")


# What stands in for a title to read a heading that has none with the patterns that read a title after the number.
_NO_TITLE = "\ue000"
_TRAILING_MARKS = re.compile(r"[^\w)）]+$")  # `Article 1.`, `Article 1 –`: the marks after a number with no title


def _untitled(typed: str) -> tuple[str, str] | None:
    """(number, "") of a legal heading with nothing after its number, `## Article 1`, `## Article 1.`, `## § 1`,
    `## 第1条`, `## Article 2 bis` (statute-like texts caption their articles so, or not at all): `Article 1.` was §1
    titled ".", `Article 2 bis` §2 titled "bis" (a second §2), `第10条の2` §10 titled "の2", `Article 1` no number.
    None for a bare number (`1.`: a list's) and for a heading with a title."""
    bare = _TRAILING_MARKS.sub("", typed.strip())
    if not bare or bare[0].isdigit() or re.fullmatch(r"[IVXLC]+", bare):
        return None  # `1.`, `C`: a list's number, a letter
    for candidate in (f"{bare} – {_NO_TITLE}", f"{bare}{_NO_TITLE}"):
        worded = _WORDED_TITLE.match(candidate)
        if not (worded and worded["word"] or _ORDINAL_TITLE.match(bare) or _STATUTE_TITLE.match(candidate)):
            continue  # an ordinal alone, `## Premier`, `## First`, is a title: only a legal word numbers nothing else
        found = _inserted(candidate) or _heading_number(candidate)
        if found and found[1] == _NO_TITLE:
            return found[0], ""
    return None


# Chinese, Japanese and Korean texts type a number's marks full-width, `１．１　定義`, `１）目的`, `１：目的`: read as
# their ASCII forms, one character for one (a full stop after the number stays: `１．定義` is an enumeration).
_HALF_WIDTH = str.maketrans("（）：－｜", "():-|")
_HALF_WIDTH_DOTS = re.compile(r"(?<=\d)．(?=\d)")


_ZERO_TAIL = re.compile(r"(?<=\d)(?:\.0)+$")  # `2.0`, `3.0.0`: the section itself, not a first subsection
# `01.`, `02.` as designers pad them: the numbers 1 and 2, those of a translation writing `1.`, `2.` (each was a
# section of its own, `#s01`, paired with none); `2.01` stays itself, not 2.1 (test_sections: a zero below)
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


# A legal heading numbered by an ordinal word, as French, Spanish, Portuguese and Italian texts number articles and
# clauses: `Article premier`, `Artículo primero`, `CLÁUSULA PRIMEIRA – DO OBJETO`, `Cláusula décima primeira`,
# `Articolo primo` (adoption hunt 29: unnumbered, their numbered translations' every section missing and extra).
_ORDINAL_TITLE = re.compile(r"^(?:article|art[íi]culo|artigo|articolo|clause|cl[áa]usula|clausola|section|secci[óo]n|"
                            r"se[çc][ãa]o|sezione|chapitre|cap[íi]tulo|capitolo|"
                            # and the parts and chapters grouping them, `Part One – General`, `Chapter Two: Rights`
                            r"chapter|part|partie|parte)\s+(?P<rest>.+)$", re.I)


@functools.cache
def _ordinals() -> dict[str, int]:
    """Ordinal words (masculine and feminine, without accents, lower case) of French, Spanish, Portuguese, Italian and
    English, 1 to 40, as num2words writes them, with the forms legal texts use beside them (`undécimo`, `décimo
    primero`)."""
    from num2words import num2words

    found: dict[str, int] = {}
    for lang in ("fr", "es", "pt_BR", "it", "en"):  # (English's `Article First`, as Word numbers in words: hunt 34)
        for n in range(1, 41):
            word = _unaccented(num2words(n, lang=lang, to="ordinal"))
            forms = {word, word.replace("decimo", "decimo ").replace("  ", " ").strip()}
            if lang != "fr":
                forms |= {" ".join(part[:-1] + "a" if part.endswith("o") else part for part in form.split())
                          for form in set(forms)}
            for form in forms:
                found.setdefault(form, n)
    found.update({"premiere": 1, "undecimo": 11, "undecima": 11, "duodecimo": 12, "duodecima": 12})
    return found


@functools.cache
def _cardinals() -> dict[str, int]:
    """Cardinal words (lower case, without accents) of English, French, Spanish, Portuguese and Italian, 1 to 40, as
    num2words writes them, with the feminine `une`, `una`, `uma`: what numbers an article after its word in
    contracts and deeds, `ARTICLE ONE – …`, `Article deux – …`, `Section Three: …` (only there: `One more thing`
    is no section)."""
    from num2words import num2words

    found: dict[str, int] = {}
    for lang in ("en", "fr", "es", "pt_BR", "it"):
        for n in range(1, 41):
            found.setdefault(_unaccented(num2words(n, lang=lang)), n)
    found.update({"une": 1, "una": 1, "uma": 1})
    return found


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


# Arabic texts number their sections with ordinal adverbs, `أولاً: التعريفات`, `ثانياً - …` (first, second …), read
# without hamza and tanwin (`اولا`).
_ARABIC_ORDINALS = {word: n for n, word in enumerate(("اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
                                                      "ثامنا", "تاسعا", "عاشرا"), 1)}


_ARABIC_ORDINAL = re.compile(r"^(\S+)\s*[-–—:]\s*(\S.*)$")


def _arabic_ordinal_adjectives() -> dict[str, int]:
    """Arabic's ordinal adjectives, 1 to 30, masculine and feminine, without hamza (`الاول`, `الاولى`, `الحادية عشرة`,
    `الثاني والعشرون`): what numbers an article after its word, `المادة الأولى: التعريفات` (adopt48)."""
    units = (("الاول", "الاولى"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"), ("الرابع", "الرابعة"),
             ("الخامس", "الخامسة"), ("السادس", "السادسة"), ("السابع", "السابعة"), ("الثامن", "الثامنة"),
             ("التاسع", "التاسعة"))
    found = {word: n for n, forms in enumerate(units, 1) for word in forms}
    found.update({"العاشر": 10, "العاشرة": 10, "العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30})
    for n, (masculine, feminine) in enumerate(units, 1):
        first = ("الحادي", "الحادية") if n == 1 else (masculine, feminine)
        found.update({f"{first[0]} عشر": 10 + n, f"{first[1]} عشرة": 10 + n, f"{first[1]} عشر": 10 + n})
        for tens in ("العشرون", "العشرين"):
            found.update({f"{first[0]} و{tens}": 20 + n, f"{first[1]} و{tens}": 20 + n})
    return found


_ARABIC_ORDINAL_ADJECTIVES = _arabic_ordinal_adjectives()
# An Arabic article, clause or chapter numbered by its ordinal adjective: `المادة الأولى: …`, `البند الثاني - …`,
# `الفصل الحادي عشر: …` (adopt48: unnumbered, its translation's `Article 1` paired with nothing)
_ARABIC_WORDED = re.compile(r"^(?:ال)?(?:مادة|بند|فصل|قسم)\s+(?P<ordinal>\S+(?:\s+\S+)?)\s*[-–—:.]\s*(?P<title>\S.*)$")


def _ordinal_number(heading: str) -> tuple[str, str] | None:
    """(number, title) of a heading numbered by an ordinal word after a legal word, or an Arabic ordinal, or None."""
    arabic = _ARABIC_ORDINAL.match(heading)
    if arabic and (n := _ARABIC_ORDINALS.get(re.sub("[أإآ]", "ا", arabic.group(1).replace("\u064b", "")))):
        return str(n), arabic.group(2)
    worded = _ARABIC_WORDED.match(heading)
    if worded and (n := _ARABIC_ORDINAL_ADJECTIVES.get(" ".join(re.sub("[أإآ]", "ا", worded["ordinal"]).split()))):
        return str(n), worded["title"]
    match = _ORDINAL_TITLE.match(heading)
    if not match:
        return _ordinal_alone(heading)
    words = re.findall(r"\S+", match.group("rest"))
    for count in (3, 2, 1):  # the longest ordinal first: `décima primeira` before `décima`
        if len(words) < count:
            continue
        candidate = _unaccented(" ".join(words[:count])).rstrip(".:-–—)")
        # a cardinal with a mark after it only (`Article deux – …`, `Section One: …`): `Article un peu …` is no article
        marked = words[count - 1][-1] in ".:-–—)" or words[count:count + 1] in (["-"], ["–"], ["—"], [".-"], [":"])
        number = _ordinals().get(candidate) or (_cardinals().get(candidate) if marked else None)
        if number:
            title = re.sub(r"^\s*[-–—:.)]\s*", "", " ".join(words[count:])) if words[count:] else ""
            return (str(number), title) if title else None
    return None


def _ordinal_alone(heading: str) -> tuple[str, str] | None:
    """(number, title) of a heading numbered by an ordinal word alone and a mark after it, as Spanish clauses are
    (`PRIMERA.- RESPONSABLE`, `SEGUNDO: Datos`, Italian `Primo – Oggetto`: adoption hunt 34), or None."""
    words = heading.split()
    for count in (3, 2, 1):  # the longest ordinal first: `décima primera` before `décima`
        if len(words) <= count:
            continue
        marked = words[count - 1][-1] in ".:-–—" or words[count] in ("-", "–", "—", ".-", ":")
        number = _ordinals().get(_unaccented(" ".join(words[:count])).rstrip(".:-–—"))
        if marked and number:
            title = re.sub(r"^\s*[-–—:.]+\s*", "", " ".join(words[count:]))
            return (str(number), title) if title else None
    return None


_MARKS_ONLY = re.compile(r"[-–—:.)|·•\s]+")


def _heading_number(heading: str) -> tuple[str, str] | None:
    if ordinal := _ordinal_number(heading):
        return ordinal
    after = _WORD_AFTER_TITLE.match(heading)  # 3. cikk – Title, III. fejezet Title
    if after:
        number = after["number"]
        return (number if number[0].isdigit() else str(roman_number(number))), after["title"]
    match = NUMBERED_TITLE.match(heading) or _UNSPACED_TITLE.match(heading)
    if match and not re.match(r"[-–—:)|·•]", match.group(2)):
        return match.group(1), match.group(2)
    listed = _ENUMERATED_TITLE.match(heading)  # 一、收集, １．定義, 2、使用
    if listed:
        return (str(han_number(listed.group(1))) if listed.group(1) else listed.group(2).replace("．", ".")), \
            listed.group(3)
    match = _WORDED_TITLE.match(heading)
    if not match:
        statute = _STATUTE_TITLE.match(heading)  # 第1条（目的）, 第三条, 제1조: an article of Chinese, Japanese, Korean
        if statute:  # 第10条の2, 제2조의2 (the second article 10, as `bis`), 第十条之一 (the first after article 10)
            inserted = han_number(statute["no"] or statute["ui"]) if statute["no"] or statute["ui"] else \
                han_number(statute["zhi"]) + 1 if statute["zhi"] else 0
            if (statute["no"] or statute["ui"]) and inserted == 1:
                inserted = 2  # `第10条の1`: not a statute's (の2 is its first), a company text's first (statute_place)
            if inserted and not inserted_at(inserted):
                return None  # beyond the places Latin words name
            return str(han_number(statute.group(1) or statute.group(4))) + inserted_at(inserted), statute["title"]
        return None
    number, title, word = match.group("number"), match.group("title"), match.group("word")
    if _MARKS_ONLY.fullmatch(title):
        return None  # `2)`, `2 –`: a number and its mark, no title (section_heading_number), not §2 titled ")"
    joined = _JOINED.match(heading, match.end("number")) if number.isdigit() else None
    article = bool(word) and bool(_ARTICLE_WORDS.fullmatch(word.strip().lower()))
    if joined and not (article and joined["parts"].count("-") > 1):  # `Article 12-1`, `3-1.`: not §12 "1 – …"
        if int(number) > 999 or not joined["title"]:
            return None  # (a date, `2023-05-01 Update`, is no section number)
        parts = [int(part) for part in joined["parts"].split("-")[1:]]
        if article:  # an article inserted after another, as French codes number them (`L. 34-1` follows `L. 34`):
            # the first inserted, `bis`, as `第10条之一` and `12 bis` are (`Article 12-1-1`, inserted after an inserted
            # one, has no identity yet: read as before)
            return (number + inserted_at(parts[0] + 1), joined["title"]) if inserted_at(parts[0] + 1) else None
        return ".".join([number, *map(str, parts)]), joined["title"]  # `3-1` of Korean, Japanese texts: §3.1
    if word and title.startswith(","):  # `Chapter 2, Article 5 – Title`: the article (numbered on across chapters)
        title = title[1:].strip()
        worded = _WORDED_TITLE.match(title)
        inner = _heading_number(title) if worded and worded["word"] else None
        if inner or not title:
            return inner
    # (Spanish `1.- Objeto` too; a designer's `1 | Who we are`, `1 · …`; Portuguese and Spanish `1º Objeto`; a Roman
    # numeral with a dash, Brazilian `I – Disposições gerais`: adoption hunt 34)
    # (and the ordinal's mark before a separator, Italian and Portuguese `1°) Titolare`, `1º - Objeto`: hunt adopt29;
    # or a full stop, Spanish `1º. Responsable`, `2º.- Finalidad`: adopt48)
    if not word and not re.match(r"(?:\d+(?:\.\d+)*\.?\s*[-–—:)|·•]|\d+[ºª°]\.?\s*[-–—:)|·•]?\s|[IVXLC]+\s*[-–—:])",
                                 heading):
        return None  # without a word, a number needs a separator ("2 – Title", "2) Title"): "I agree" is no section
    if not number[0].isdigit():
        if number != number.upper():
            return None
        number = str(roman_number(number))
    return number, title


NUMBER = re.compile(r"\d+(?:\.\d+)*")
# A number joined to the next by a hyphen, `12-1`, `3-1-2` (after the first number `_WORDED_TITLE` read), and the
# title after it; the words that name an article, whose `12-1` is the article inserted after 12 (texts 27: `Article
# 12-1 – Cookies` was §12 titled "1 – Cookies", a second §12 beside Article 12).
_JOINED = re.compile(r"(?P<parts>(?:-\d+)+)(?![\w-])\.?\s*(?:[-–—:)|·•]\s*)?(?P<title>\S.*)?$")
_ARTICLE_WORDS = re.compile(r"article|art\.?|artikel|articolo|art[íi]culo|artigo|artykuł|článek|článok|čl\.|članak|"
                            r"član|člen|член|члан|чл\.|артыкул|madde|άρθρο|статья|стаття|điều|pasal|المادة|مادة|"
                            r"cikk|articolul|अनुच्छेद|§")


def statute_place(heading: str) -> tuple[int, int] | None:
    """(article, n) of a Japanese or Korean inserted article's heading, `第10条の3` (10, 3), `제2조의1` (2, 1), else
    None. Statutes insert from の2 (the second article 10, `bis`); a company text may count from の1, its first
    inserted article, so that a page with `第10条の1` reads its `第10条の2` as `ter` (document.parse)."""
    statute = _STATUTE_TITLE.match(_HALF_WIDTH_DOTS.sub(".", heading).translate(_HALF_WIDTH))
    if not statute or not (statute["no"] or statute["ui"]):
        return None
    return han_number(statute.group(1) or statute.group(4)), han_number(statute["no"] or statute["ui"])


# How a heading, or a reader asking for it, writes its number before its title: a word or `§` (`Article`, `Art.`,
# `Chapitre`, `Section`, `المادة`; not a Roman numeral, `II.1` is one number), then the number, in digits (`3`, `7.3`),
# in Roman numerals (`III`, `ii`, `II.1`) or one letter (`B`), then the end of the number (`.`, `)`, `–`, a space) or
# nothing.
_WRITTEN_NUMBER = re.compile(r"^(?:(?P<word>(?![IVXLC]+\b|[ivxlc]+\b)[^\W\d_]{2,})(?:\.\s*|\s+)|(?P<sign>§)\s*)?"
                             r"(?P<token>(?:\d+|[IVXLC]+|[ivxlc]+)(?:\.(?:\d+|[IVXLC]+|[ivxlc]+))*|[^\W\d_])"
                             r"(?:er|re|[ºª°])?(?:$|(?=\s|[-–—:.)\]|·•]))")
_MARKED = re.compile(r"\s*[-–—:.)|·•]")


def written_number(heading: str, *, marked: bool = False) -> tuple[str, str] | None:
    """(word, number) of how `heading` writes its number before its title, as a reader copies it: `Chapitre II – …`
    ("chapitre", "II"), `III. Rights` ("", "III"), `Section B – Data` ("section", "B"), `Art. 3` ("art", "3"), `§ 4`
    ("§", "4"); the word in lower case without its full stop. None for a heading that starts with no number, and,
    `marked`, for one whose number no mark ends (`I agree to …`, `A Word from us` name no section I or A)."""
    match = _written(heading, marked=marked)
    return ((match["word"] or match["sign"] or "").casefold(), match["token"]) if match else None


def written_label(heading: str) -> str:
    """The word and number a heading starts with, a mark after them, as it writes them (`Section B` of `Section B –
    Data`, `Chapitre II`), "" for a heading that starts with none."""
    match = _written(heading, marked=True)
    return match.group().rstrip(".") if match else ""


def _written(heading: str, *, marked: bool) -> re.Match[str] | None:
    text = " ".join(heading.split())
    match = _WRITTEN_NUMBER.match(text)
    return None if not match or marked and not _MARKED.match(text, match.end()) else match


def number_value(token: str) -> str:
    """A written number as digits, each part of it (`III` 3, `II.1` 2.1, `ii` 2, `7.3` 7.3); "" for a letter that is
    no Roman numeral (`B`), and for what is not a number."""
    parts = []
    for part in token.split("."):
        if part.isdigit():
            parts.append(str(int(part)))
        elif re.fullmatch(r"[IVXLC]+|[ivxlc]+", part):
            parts.append(str(roman_number(part.upper())))
        else:
            return ""
    return ".".join(parts)
