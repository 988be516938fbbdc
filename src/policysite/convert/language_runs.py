"""A text written in two languages one after the other on one page, its parts unmarked (a Canadian, Belgian or Swiss
site's `English` sections, then `Français` ones, numbered again from 1), imported as one language: the run of sections
in that language only, the other left out and said (adoption hunt 26: both were imported as each language's text)."""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from policysite.messages import Said

if TYPE_CHECKING:
    from policysite.document import Policy

GAP = 0.3  # how much more of one run's words the language's dictionary must know than of the other's
_LANGUAGES = ("en", "fr", "de", "nl", "it", "es", "pt", "pl", "cs", "sk", "hu", "ro", "bg", "el", "sv", "da", "nb",
              "fi", "et", "lv", "lt", "sl", "hr", "sr", "uk", "ru", "tr", "ar", "he", "fa", "zh", "ja", "ko", "th",
              "vi", "id", "ms", "ca", "eu", "gl", "lb", "rm", "ga", "mt", "is", "cy")
_VERSION = re.compile(r"\b(?:version|versión|versione|versão|fassung|versie|wersja|verzió|verze|versiune|текст|"
                      r"text|texte|testo|texto|tekst)\b|[()\[\]:.,–—-]", re.IGNORECASE)
_LINKS_ONLY = re.compile(r"(?:\s*\[[^\]\n]+\]\(#[^)\s]*\)\s*[|/·•,–—-]?)+\s*")


@functools.cache
def _language_names() -> frozenset[str]:
    """The names of the common languages, each in its own language and in English, casefolded (`français`)."""
    names = set()
    english = Locale("en")
    for code in _LANGUAGES:
        try:
            names.update({(Locale.parse(code).get_display_name(code) or "").casefold(),
                          (english.languages.get(code) or "").casefold()})
        except (UnknownLocaleError, ValueError):
            continue
    return frozenset(name for name in names if name)


def names_a_language(title: str) -> bool:
    """`title` is a language's name, perhaps with "version" (`English`, `Version française`, `Deutsche Fassung`)."""
    words = " ".join(_VERSION.sub(" ", unicodedata.normalize("NFC", title)).split()).casefold()
    names = _language_names()
    return bool(words) and (words in names or any(words.startswith(name[:5]) and len(name) >= 5 and
                                                  len(words) <= len(name) + 3 for name in names))


def one_language(markdown: str, lang: str) -> tuple[str, str, list[str]]:
    """(`markdown` as its `lang` run of sections, the title kept, notes), where it sets one text in two languages one
    after the other: two runs of top-level sections, the dictionary of `lang` knowing far more of one's words, which
    either number their sections again (`1.` in both) or open on a heading naming a language. Else as it is."""
    from policysite import document
    from policysite.heading_numbers import heading_number

    if (labelled := _labelled_parts(markdown, lang)) is not None:
        return labelled
    read = document.parse(markdown, path="text.md", lang="und")
    if not read.sections:
        return markdown, read.title, []
    lines = markdown.split("\n")
    titled = [n for n, section in enumerate(read.sections) if section.level == 1]
    if len(titled) == 1 and read.title:  # a title of its own over each language's text (`# Datenschutzerklärung` …
        return _titled_parts(read, lines, titled[0], lang)  # `# Déclaration de protection des données` …)
    top = min(section.level for section in read.sections)
    starts = [n for n, section in enumerate(read.sections) if section.level == top]
    if len(starts) < 4:
        return markdown, read.title, []
    groups = []  # (first line index, end line index, title, numbers, text) of each top-level section and those under it
    for index, first in enumerate(starts):
        under = read.sections[first:starts[index + 1] if index + 1 < len(starts) else len(read.sections)]
        begin = under[0].line - 1
        end = read.sections[starts[index + 1]].line - 1 if index + 1 < len(starts) else len(lines)
        text = " ".join([s.title for s in under] + [b.text for s in under for b in s.blocks])
        numbers = {found[0] for s in under if (found := heading_number(s.written or s.title))}
        groups.append((begin, end, under[0].title, numbers, text))
    def shares(texts: Iterable[str]) -> list[float | None]:
        return _shares(list(texts), lang)

    best: tuple[float, range, range] | None = None
    for cut in range(2, len(groups) - 1):  # two runs of two sections or more, the second opening on a language's
        # name (`## Français`) or numbered again (`## 1.` after `## 3.`)
        before = {number for n in range(cut) for number in groups[n][3]}
        if not names_a_language(groups[cut][2]) and not (groups[cut][3] & before and groups[cut + 1][3] & before):
            continue
        runs = (range(0, cut), range(cut, len(groups)))
        sizes = [sum(len(groups[n][4].split()) for n in run) for run in runs]
        if not 0.5 <= sizes[0] / max(sizes[1], 1) <= 2:
            continue  # a translation is about as long as its text: not an annex in another language, quoted
        one, two = shares(" ".join(groups[n][4] for n in run) for run in runs)
        if one is None or two is None or abs(one - two) < GAP:
            continue
        start = cut  # (the second part's own title over its sections numbered again, `## Privacy Policy`: its own)
        while start > 1 and not groups[start - 1][3] and groups[0][3] == set() and (
                share := shares([groups[start - 1][4]])[0]) is not None and abs(share - two) < abs(share - one):
            start -= 1
        runs = (range(0, start), range(start, len(groups)))
        if best is None or abs(one - two) > best[0]:
            best = (abs(one - two), *(runs if one > two else runs[::-1]))
    if best is None:
        return markdown, read.title, []
    _gap, mine, other = best
    notes: list[str] = []
    head = lines[:groups[0][0]]
    if [line for line in head if _LINKS_ONLY.fullmatch(line)]:
        notes.append(Said("convert.language-links"))
        head = [line for line in head if not _LINKS_ONLY.fullmatch(line)]
    title = read.title
    if (half := title_half(title, lang)) is not None:
        head = [f"# {half}" if line.startswith("# ") and title in line else line for line in head]
        title = half
        notes.append(Said("convert.bilingual-title", title=read.title, kept=title))
    body = lines[groups[mine[0]][0]:groups[mine[-1]][1]]
    if names_a_language(groups[mine[0]][2]):  # `## English`: the part's name, not a section of the text
        notes.append(Said("convert.language-heading", heading=groups[mine[0]][2]))
        body = body[1:]
    elif not groups[mine[0]][3] and _letters(groups[mine[0]][2]) == _letters(title):  # the title kept, again
        notes.append(Said("convert.language-part-title", heading=groups[mine[0]][2]))
        body = body[1:]
    left = " ".join(groups[other[0]][4].split())
    notes.insert(0, Said("convert.language-runs", count=len(mine), lang=lang, first=groups[mine[0]][2][:40],
                         others=len(other), left=left[:60]))
    while body and re.fullmatch(r"\s*(?:[-*_]\s*){3,}|\s*", body[-1]):  # the rule that parted the languages
        body.pop()
    text = re.sub(r"\n{3,}", "\n\n", "\n".join([*head, "", *body]).strip("\n"))
    return text + "\n", title, notes


def _letters(title: str) -> str:
    return "".join(letter for letter in title.casefold() if letter.isalnum())


def title_half(title: str, lang: str) -> str | None:
    """Of a title written in two languages (`Privacy Policy / Politique de confidentialité`), the half in `lang`,
    where the dictionary tells them apart; else None."""
    halves = re.split(r"\s+[/|–—]\s+", title)
    if len(halves) != 2:
        return None
    on_left, on_right = _shares(halves, lang)
    if on_left is None or on_right is None or abs(on_left - on_right) < GAP:
        return None
    return halves[0] if on_left > on_right else halves[1]


# A line standing alone that names a language, as a page without headings parts its languages (`Deutsch:` …
# `Englisch:`), bold or not.
_LABEL = re.compile(r"(?:\*\*|__)?(?P<name>[^\W\d_][^\n*_:]{1,38}?)\s*:?\s*(?:\*\*|__)?\s*:?")


def _labelled_parts(markdown: str, lang: str) -> tuple[str, str, list[str]] | None:
    """`one_language` of a text set in two languages or more one after the other, each part under a line standing alone
    naming its language (adoption 8: a page without headings, `Deutsch:` over its German text, `Englisch:` over its
    English one, was imported whole as the German text): the part whose words the dictionary of `lang` knows far more
    of than of any other's, of about their length, without the lines naming the languages; None where the text has no
    such lines, or only one, or words above the first but a title."""
    lines = markdown.split("\n")
    labels = [n for n, line in enumerate(lines)
              if line.strip() and not line.startswith(("#", " ", "\t", "-", "*", ">", "|"))
              and (n == 0 or not lines[n - 1].strip()) and (n + 1 == len(lines) or not lines[n + 1].strip())
              and (found := _LABEL.fullmatch(line.strip())) is not None and names_a_language(found["name"])]
    if len(labels) < 2 or any(line.strip() and not line.startswith("# ") for line in lines[:labels[0]]):
        return None
    parts = [lines[start + 1:end] for start, end in zip(labels, [*labels[1:], len(lines)])]
    texts = [" ".join(" ".join(part).split()) for part in parts]
    sizes = [len(text.split()) for text in texts]
    shares = _shares(texts, lang)
    if any(share is None for share in shares) or not 0.5 <= min(sizes) / max(max(sizes), 1) <= 2:
        return None
    ranked = sorted(range(len(parts)), key=lambda n: shares[n] or 0.0, reverse=True)
    if (shares[ranked[0]] or 0.0) - (shares[ranked[1]] or 0.0) < GAP:
        return None
    mine = parts[ranked[0]]
    while mine and re.fullmatch(r"\s*(?:[-*_]\s*){3,}|\s*", mine[-1]):  # the rule that parted the languages
        mine.pop()
    head = [line for line in lines[:labels[0]] if line.strip()]
    others = ranked[1:]
    note = Said("convert.language-runs/labelled", lang=lang, label=lines[labels[ranked[0]]].strip(),
                other=lines[labels[others[0]]].strip(), left=texts[others[0]][:60],
                more=str(len(others) - 1) if len(others) > 1 else "")
    text = "\n".join([*head, *([""] if head else []), *mine]).strip("\n") + "\n"
    return text, head[0][2:].strip() if head else "", [note]


def _titled_parts(read: Policy, lines: list[str], second: int, lang: str) -> tuple[str, str, list[str]]:
    """`one_language` of a text titled twice, each language's part under its own `#` title: the part whose words the
    dictionary of `lang` knows far more of, of about the other's length; else the text as it is."""

    cut = read.sections[second].line - 1
    words = [" ".join([read.title, *(b.text for b in read.preamble),
                       *(t for s in read.sections[:second] for t in (s.title, *(b.text for b in s.blocks)))]),
             " ".join(t for s in read.sections[second:] for t in (s.title, *(b.text for b in s.blocks)))]
    sizes = [len(text.split()) for text in words]
    shares = _shares(words, lang)
    markdown = "\n".join(lines)
    if shares[0] is None or shares[1] is None or abs(shares[0] - shares[1]) < GAP \
            or not 0.5 <= sizes[0] / max(sizes[1], 1) <= 2:
        return markdown, read.title, []
    mine, other = ((lines[:cut], words[1]) if shares[0] > shares[1] else (lines[cut:], words[0]))
    while mine and re.fullmatch(r"\s*(?:[-*_]\s*){3,}|\s*", mine[-1]):  # the rule that parted the languages
        mine.pop()
    title = read.title if shares[0] > shares[1] else read.sections[second].title
    note = Said("convert.language-runs/titled", lang=lang, title=title[:60], left=" ".join(other.split())[:60])
    return "\n".join(mine).strip("\n") + "\n", title, [note]


# The Unicode scripts (the first word of a letter's name) of the scripts languages are written in (ISO 15924).
_LETTERS = {"Latn": ("LATIN",), "Hebr": ("HEBREW",), "Arab": ("ARABIC",), "Cyrl": ("CYRILLIC",), "Grek": ("GREEK",),
            "Hans": ("CJK",), "Hant": ("CJK",), "Jpan": ("CJK", "HIRAGANA", "KATAKANA"), "Kore": ("HANGUL", "CJK"),
            "Thai": ("THAI",), "Deva": ("DEVANAGARI",), "Armn": ("ARMENIAN",), "Geor": ("GEORGIAN",)}


def _script_share(text: str, lang: str) -> float | None:
    """The share of `text`'s letters written in the script of `lang` (Hebrew's, Arabic's, Chinese's); None where
    that script is not known here, or the text has no letters."""
    from policysite.config_rules import script_of
    from policysite.scriptfonts import script

    names = _LETTERS.get(script(lang) or "")
    letters = [char for char in text if char.isalpha()]
    if not names or not letters:
        return None
    return sum(script_of(ord(char)) in names for char in letters) / len(letters)


def _shares(texts: list[str], lang: str) -> list[float | None]:
    """How much of each text is in `lang`: the share of its letters in the language's script where the texts' scripts
    tell them apart (Hebrew and English: a dictionary is not needed, and pyspellchecker has none for Hebrew, Chinese or
    Japanese), else the share of its words the language's dictionary knows."""
    from policysite import spelling

    scripts = [_script_share(text, lang) for text in texts]
    told = [share for share in scripts if share is not None]
    if len(told) == len(texts) and max(told) - min(told) >= GAP:
        return scripts
    return [spelling.known_share(text, lang) for text in texts]
