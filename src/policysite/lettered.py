"""Headings lettered under a numbered section, as contracts letter them: `## 2. What we collect`, then
`### (a) Data you give us`, `### (b) …` (or `a)`, `A.`, `(i)`, `(ii)` in Roman numerals, and `2(a)`, `2.a` with the
section's number; in Chinese and Japanese texts `（一）`, `（二）` or `（１）`, `（２）`).

Each such heading is numbered by its place under its section, the way the text counts it: 2(a) is §2.1, its anchor
`#s2-1`, in every language whatever letters the translation uses. The text is published as written. Only where the
headings of one level under one numbered section are all lettered, and count from a (or i) in order."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policysite.document import Section

# `(a)`, `a)`, `a.`, and with the section's own number before it, as contracts cite it: `2(a)`, `2.a`, `2.a)`, `2a.`
_LABEL = re.compile(r"^(?:(?P<of>\d+(?:\.\d+)*)\.?(?=[a-zA-Z(]))?"
                    r"(?:\((?P<paren>[a-zA-Z]{1,5})\)|(?P<closed>[a-zA-Z]{1,5})\)|(?P<dotted>[a-zA-Z]{1,5})\.|"
                    r"(?<=\d\.)(?P<bare>[a-zA-Z]{1,5}))\s+(?P<title>\S.*)$")
# The label alone, its title on the line under it or none (`### (b)`, `### ii.`, `### B.`): one letter or a Roman
# numeral only, read as the others of its level are (a letter or a numeral by the series: `i.` after `h.` a letter)
_BARE_LABEL = re.compile(r"^(?:(?P<of>\d+(?:\.\d+)*)\.?(?=[a-zA-Z(]))?"
                         r"(?:\((?P<paren>[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})\)|"
                         r"(?P<closed>[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})\)|(?P<dotted>[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})\.|"
                         r"(?<=\d\.)(?P<bare>[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5}))(?P<title>)$")
# Chinese and Japanese documents count their subsections in parentheses, full-width or not, in numerals or
# digits: `（一）注册账号`, `(二) 客户服务`, `（１）利用目的`, `(2) Title`, no space needed after the label;
# and in circled digits, as Korean and Japanese texts count an article's paragraphs, `① 수집 항목` (adopt48)
_COUNTED = re.compile(r"^(?:[（(](?P<counted>[〇一二三四五六七八九十]+|[0-9０-９]{1,3})[)）]|"
                      r"(?P<circled>[\u2460-\u2473]))\s*(?P<title>\S.*)$")
# Greek and Cyrillic texts letter them in their alphabets: `α)`, `β)`, `(γ)`, `α΄.` (with the keraia Greek numerals
# take); Greek counts στ (ϛ) for 6, Russian and Bulgarian skip ё and й (adoption hunt 29)
_LETTER = "(?:هـ|[α-ωΑ-Ωϛϲа-яА-ЯёЁґєіїҐЄІЇ가-힣ァ-ヺא-תء-ي])"
_FOREIGN = re.compile(rf"^(?:[(（](?P<paren>{_LETTER}{{1,2}})[΄ʹ']?[)）]|(?P<closed>{_LETTER}{{1,2}})[΄ʹ']?[)）]|"
                      rf"(?P<dotted>{_LETTER}{{1,2}})(?:[΄ʹ']\.?|[.．、]))\s*(?P<title>\S.*)$")
KOREAN_LETTERS = "가나다라마바사아자차카타파하"  # (가, 나, 다: Korean's letters of a series)
_ALPHABETS = (["α", "β", "γ", "δ", "ε", "στ", "ζ", "η", "θ", "ι", "ια", "ιβ", "ιγ", "ιδ", "ιε"],
              list("абвгдежзиклмнопрстуфхцчшщэюя"), list("абвгдежзиклмнопрстуфхцчшщъьюя"),
              list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
              # and Korean (가, 나, 다), Japanese (ア, イ, ウ, and イ, ロ, ハ), Hebrew (א, ב, ג), Arabic (أ, ب, ج in the
              # abjad order, or أ, ب, ت in the alphabet's)
              list(KOREAN_LETTERS), list("アイウエオカキクケコサシスセソタチツテト"),
              list("イロハニホヘトチリヌルヲワカヨタレソツネナラム"), list("אבגדהוזחטיכלמנסעפצקרשת"),
              ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"], list("أبتثجحخدذرزسشصضطظعغفقكلمنهوي"))
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
          "xvii", "xviii", "xix", "xx"]


def _counts(labels: list[str]) -> bool:
    """True where `labels` are a, b, c… (A, B, C…) or i, ii, iii… from the first, in order (or 1, 2, 3…, in
    digits or Chinese numerals, for labels in parentheses)."""
    if all(label[0] in "〇一二三四五六七八九十" or label[0].isdigit() for label in labels):
        from policysite.heading_numbers import han_number

        return [han_number(unicodedata.normalize("NFKC", label)) for label in labels] == list(range(1, len(labels) + 1))
    if not all(label.isascii() for label in labels):
        lowered = [label.lower().replace("ϛ", "στ").replace("ς", "στ").replace("ا", "أ") for label in labels]
        return (all(label == label.lower() for label in labels) or all(label == label.upper() for label in labels)) \
            and any(lowered == alphabet[:len(lowered)] for alphabet in _ALPHABETS)
    if not (all(label.islower() for label in labels) or all(label.isupper() for label in labels)):
        return False
    lowered = [label.lower() for label in labels]
    if lowered == [chr(ord("a") + n) for n in range(len(labels))]:
        return True
    # i, ii, iii, and in capitals, I, II, III (a section's subsections `### I.`, `### II.` under `## 1.`)
    return lowered == _ROMAN[:len(labels)]


def number_lettered(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Give each lettered heading under a numbered section its number there (`2.1` for 2(a)) and its title without
    the letter; returns the headings still without a number."""
    labels = {id(section): match for section, heading in unnumbered
              if (match := _LABEL.match(heading) or _BARE_LABEL.match(heading) or _COUNTED.match(heading)
                            or _FOREIGN.match(heading))}
    if not labels:
        return unnumbered
    under: dict[int, list[int]] = {}  # the index of each section -> those at the level below it, in order
    for at, section in enumerate(sections):
        parent = next((n for n in range(at - 1, -1, -1) if sections[n].level < section.level), None)
        if parent is not None:
            under.setdefault(parent, []).append(at)
    done: set[int] = set()
    for parent in sorted(under):  # in order: a lettered section is numbered before the letters under it
        if not sections[parent].numeral or sections[parent].inserted:
            continue  # (no subsection under an inserted article, `2 bis`: its numbering has none)
        children = under[parent]
        level = min(sections[n].level for n in children)
        level_children = [sections[n] for n in children if sections[n].level == level]
        if not all(id(child) in labels for child in level_children):
            continue  # numbered, or plain headings among them: not a lettering of its own
        found = [labels[id(child)] for child in level_children]
        if any(m.re in (_LABEL, _BARE_LABEL) and m.group("of") not in (None, sections[parent].numeral) for m in found):
            continue  # `3(a)` under §2: not this section's letters
        if not _counts([(m.group("counted") or m.group("circled")) if m.re is _COUNTED else
                        m.group("paren") or m.group("closed") or m.group("dotted") or m.group("bare") for m in found]):
            continue
        for n, (child, match) in enumerate(zip(level_children, found), 1):
            child.numeral, child.title = f"{sections[parent].numeral}.{n}", match.group("title").strip()
            done.add(id(child))
    return [(section, heading) for section, heading in unnumbered if id(section) not in done]


# A section lettered at the top of the text, as some policies letter theirs instead of numbering them: `## A. Scope`,
# `## B) Rights`, `## C – Contact` (one capital, a separator, the title). `Section A –`, `Annex A –` name themselves by
# their word and stay as written (document._letters_not_numerals).
# Hebrew, Arabic, Greek, Cyrillic and Korean texts letter them in their alphabets (`## א. כללי`, `## ב׳. איסוף
# מידע`, `## أ. من نحن`, `## Α. Πεδίο`, `## Б) Права`, `## 가. 수집`), counted as _ALPHABETS count them (ב is §2, as B
# is).
_TOP_LETTER = re.compile(rf"^(?P<letter>[A-Z]|[Α-Ω]|[А-ЯЁҐЄІЇ]|[א-ת]|هـ|[ء-ي]|[{KOREAN_LETTERS}])[׳'΄]?"
                         r"\s*[-–—:.)](?:\s*(?P<title>\S.*))?$")


def letter_values(letters: list[str]) -> list[int]:
    """The places of `letters` in the alphabet that counts them all (A 1, B 2; ב 2; Arabic's ج 3 in the abjad order,
    ت 3 in the alphabet's), [] where none does."""
    if all("A" <= letter <= "Z" for letter in letters):
        return [ord(letter) - ord("A") + 1 for letter in letters]
    lowered = [letter.lower().replace("ا", "أ") for letter in letters]
    for alphabet in _ALPHABETS:
        if all(letter in alphabet for letter in lowered):
            values = [alphabet.index(letter) + 1 for letter in lowered]
            if values[0] == 1 and all(b > a for a, b in zip(values, values[1:])):
                return values
    return []


def letter_sections(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Top-level sections lettered A, B, C … in place of numbers: each is numbered by its letter (B is §2, `#s2`, in
    every language and whatever its title becomes), said as the page writes it (`§B`), and held to the numbering
    rules (a letter skipped, `A.`, `B.`, `D.`, is said: §C is missing). Decided by the sequence, never by one heading:
    only where no heading of the page carries a number, at least two top-level headings are lettered in order from A
    fewer letters are missing than follow the first, and every top-level
    heading from the first lettered one on is one of them ("A. Smith's role" among plain headings stays a title).
    Returns the headings still without a number."""
    if any(section.numeral for section in sections):
        return unnumbered  # parts over numbered sections, chapters over articles: read where they are
    top: list[Section] = []  # the headings no earlier one is above (in one pass: a crafted text has thousands)
    highest = 99
    for section in sections:
        if section.level <= highest:
            top.append(section)
            highest = section.level
    matches = {id(section): match for section, heading in unnumbered if (match := _TOP_LETTER.match(heading))}
    first = next((n for n, section in enumerate(top) if id(section) in matches), None)
    if first is None:
        return unnumbered
    series = top[first:]
    found = [matches.get(id(section)) for section in series]
    if len(series) < 2 or any(match is None for match in found) or len({s.level for s in series}) != 1:
        return unnumbered
    letters = [match["letter"] for match in found if match]
    values = letter_values(letters)
    if not values or values[0] != 1 or any(b <= a for a, b in zip(values, values[1:])) \
            or values[-1] - len(values) >= len(values) - 1:
        return unnumbered
    for section, match, value in zip(series, found, values):
        assert match is not None
        section.numeral, section.title, section.letter = str(value), (match["title"] or "").strip(), match["letter"]
    lettered = {id(section) for section in series}
    return [(section, heading) for section, heading in unnumbered if id(section) not in lettered]


def under_letters(sections: list[Section]) -> set[int]:
    """The sections without a number under a lettered one (letter_sections): its own headings, which a policy
    lettering its sections writes without letters; neither counted against its numbering nor said to lack a number."""
    found: set[int] = set()
    lettered: Section | None = None
    for section in sections:
        if section.letter:
            lettered = section
        elif lettered is not None and section.level <= lettered.level:
            lettered = None
        elif lettered is not None and not section.numeral:
            found.add(id(section))
    return found
