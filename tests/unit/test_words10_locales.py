"""What a translation review can check mechanically in every language of policysite.locales: the keys and
placeholders of English's, nothing left in English, the language's own quotation marks and apostrophe, no French
spacing outside French, no doubled space, balanced brackets, and one word for one thing within a language."""
from __future__ import annotations

import importlib
import pkgutil
import re
import string

import pytest

import policysite.locales
from policysite.strings import PLURAL, REDLINE_STRINGS, STRINGS, counted, redline_labels, strings

MODULES = sorted(info.name for info in pkgutil.iter_modules(policysite.locales.__path__))


def code(module: str) -> str:
    """The language code a module of policysite.locales registers (pt_br: pt-BR, zh_hant: zh-Hant)."""
    language, _, region = module.partition("_")
    return f"{language}-{region.upper() if len(region) == 2 else region.title()}" if region else language


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def said(module: str) -> dict[str, str]:
    """Every string a reader of the language reads (pages and redline, over the languages beneath), by key."""
    lang = code(module)
    return {**{f"pages:{key}": text for key, text in strings(lang).items()},
            **{f"redline:{key}": text for key, text in redline_labels(lang).items()}}


def own(module: str) -> dict[str, str]:
    """The strings the module itself writes, by key (pages and redline)."""
    found = importlib.import_module(f"policysite.locales.{module}")
    return {**{f"pages:{key}": text for key, text in found.STRINGS.items()},
            **{f"redline:{key}": text for key, text in found.REDLINE.items()}}


def english(key: str) -> str:
    table, _, name = key.partition(":")
    return (STRINGS if table == "pages" else REDLINE_STRINGS)["en"][name.partition(PLURAL)[0]]


def test_every_module_is_registered_as_a_language_of_the_site():
    assert MODULES and all(code(module) in STRINGS and code(module) in REDLINE_STRINGS for module in MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_the_keys_of_english_with_their_placeholders(module):
    """A language's own keys are English's (a regional layer, pt_br, some of them), each form of a counted string
    (`key|one`) with its key's placeholders: a field renamed or dropped reads as a KeyError or a missing date."""
    mine = own(module)
    keys = {key for key in mine if PLURAL not in key}
    everyone = {f"pages:{key}" for key in STRINGS["en"]} | {f"redline:{key}" for key in REDLINE_STRINGS["en"]}
    if module == "pt_br":
        assert keys <= everyone
    else:
        assert keys == {key for key in everyone if PLURAL not in key}
    assert {key: text for key, text in mine.items() if placeholders(text) != placeholders(english(key))} == {}


# The strings a language may write as English does, with the reason: punctuation and bare fields, and words that
# are the language's own as well ("Online" in German and Dutch; Catalan's "versions"; a date's "Data" in Italian).
SAME_AS_ENGLISH: dict[str, set[str]] = {
    "*": {"pages:colon", "pages:comma", "pages:full_stop", "pages:sentence_space", "redline:colon",
          "redline:comma", "redline:counts",
          # the section sign before a number, no English word: the languages whose legal texts write it (company9)
          "redline:section"},
    # "Online:" before the printed page's address: the word these languages use in print
    "cs": {"pages:pdf_url"}, "da": {"pages:pdf_url"}, "de": {"pages:pdf_url"}, "it": {"pages:pdf_url"},
    "nl": {"pages:pdf_url"}, "pt": {"pages:pdf_url"}, "sv": {"pages:pdf_url"},
    # "versions" is the Catalan plural of "versió"
    "ca": {"pages:feed_title"},
    # the copyright line is written in English on Japanese and Korean sites ("All rights reserved.")
    "ja": {"pages:copyright"}, "ko": {"pages:copyright"},
}
# a note box's title, given an imported one written without (leads46): the word as these languages write it too ("Tip"
# in Czech, Danish and Dutch, "Important" in Catalan and Romanian, "Info" in German)
for _lang, _kind in (("cs", "tip"), ("da", "tip"), ("nl", "tip"), ("ca", "important"), ("ro", "important"),
                     ("de", "info")):
    SAME_AS_ENGLISH[_lang] = SAME_AS_ENGLISH.get(_lang, set()) | {f"pages:callout_{_kind}"}


@pytest.mark.parametrize("module", MODULES)
def test_nothing_is_left_in_english(module):
    allowed = SAME_AS_ENGLISH["*"] | SAME_AS_ENGLISH.get(module, set())
    assert {key: text for key, text in own(module).items()
            if key not in allowed and text == english(key)} == {}


# The quotation marks each language quotes a value or a former title with, opening and closing.
QUOTES: dict[str, tuple[str, str]] = {
    "ar": ("«", "»"), "ca": ("«", "»"), "cs": ("„", "“"), "da": ("»", "«"), "de": ("„", "“"), "el": ("«", "»"),
    "es": ("«", "»"), "fa": ("«", "»"), "fi": ("”", "”"), "he": ("„", "”"), "hi": ("“", "”"), "hu": ("„", "”"),
    "id": ("“", "”"), "it": ("«", "»"), "ja": ("「", "」"), "ko": ("“", "”"), "nl": ("“", "”"), "pl": ("„", "”"),
    "pt": ("«", "»"), "pt_br": ("“", "”"), "ro": ("„", "”"), "ru": ("«", "»"), "sv": ("”", "”"), "th": ("“", "”"),
    "tr": ("“", "”"), "uk": ("«", "»"), "vi": ("“", "”"), "zh": ("“", "”"), "zh_hant": ("「", "」"),
}
QUOTE_MARKS = set("\"«»„“”‚‘「」『』")


def test_every_language_has_its_quotation_marks():
    assert set(QUOTES) == set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_quotes_are_the_languages_own_marks_in_pairs(module):
    """Every quotation mark a reader reads is one of the language's pair (no ASCII `"`, no « » in Brazilian
    Portuguese nor “ ” in European), opened and closed as often."""
    opening, closing = QUOTES[module]
    foreign = {key: text for key, text in said(module).items() if set(text) & (QUOTE_MARKS - {opening, closing})}
    assert foreign == {}
    if opening != closing:
        assert {key: text for key, text in said(module).items() if text.count(opening) != text.count(closing)} == {}
    else:
        assert {key: text for key, text in said(module).items() if text.count(opening) % 2} == {}


@pytest.mark.parametrize("module", MODULES)
def test_an_apostrophe_is_typographic(module):
    assert {key: text for key, text in said(module).items() if "'" in text} == {}


@pytest.mark.parametrize("module", MODULES)
def test_no_french_spacing_outside_french_and_no_doubled_space(module):
    """No space (ordinary or no-break) before a colon, semicolon, exclamation or question mark, as only French writes;
    no two spaces in a row; no space at either end but where English has one (a banner's "…: " before its link)."""
    wrong = {key: text for key, text in said(module).items()
             if re.search(r"[ \u00a0\u202f][:;!?]", text) or re.search(r"\s\s", text)
             or (text != text.strip() and english(key) == english(key).strip())}
    assert wrong == {}


BRACKETS = ("()", "[]", "（）", "「」", "『』")


@pytest.mark.parametrize("module", MODULES)
def test_brackets_are_balanced(module):
    """Each bracket closed as often as opened (the legend's "[− and ]" opens one and closes one in words)."""
    assert {key: text for key, text in said(module).items()
            if any(text.count(pair[0]) != text.count(pair[1]) for pair in BRACKETS)} == {}


# One thing, one word within a language: the word a language chose for a section or a version, and the one it did
# not (a reader who meets both wonders whether they are two things).
NOT_THE_LANGUAGES_WORD: dict[str, tuple[str, ...]] = {
    "de": (r"\bVersion", r"\bSektion"),  # Fassung, Abschnitt
    "nl": (r"\bsectie",),  # onderdeel
    "ko": ("섹션",),  # 조항
    "pt": ("seção", "seções"),  # secção: Brazil's spelling is pt_br's
    "pt_br": ("secção", "secções"),
    "cs": (r"\bsekc",),  # oddíl
    "pl": (r"\bodcin",),  # sekcja
    "es": (r"\bapartado",),  # sección
    "hi": ("अनुभाग",),  # खंड
}


@pytest.mark.parametrize("module", sorted(NOT_THE_LANGUAGES_WORD))
def test_one_word_for_a_section_and_a_version(module):
    assert {key: text for key, text in said(module).items()
            if any(re.search(word, re.sub(r"\{\w+\}", "", text), re.IGNORECASE)
                   for word in NOT_THE_LANGUAGES_WORD[module])} == {}


# The counted notes of edits not shown name what they count in the form their number asks for ("1 Änderung",
# "2 Änderungen"), never a bare "3 nur im Leerraum" whose noun the reader supplies.
@pytest.mark.parametrize(("lang", "one", "two"), [
    ("de", "1 Änderung nur am Leerraum", "2 Änderungen nur am Leerraum"),
    ("nl", "1 wijziging alleen in opmaak", "2 wijzigingen alleen in opmaak"),
    ("ar", "تعديل في المسافات فقط (1)", "تعديلان في المسافات فقط (2)"),
])
def test_a_note_of_edits_not_shown_names_them(lang, one, two):
    labels = redline_labels(lang)
    key = "note_formatting" if lang == "nl" else "note_whitespace"
    assert (counted(labels, key, 1, lang, n=1), counted(labels, key, 2, lang, n=2)) == (one, two)


def test_german_starts_a_whole_sentence_after_a_colon_with_a_capital():
    """German capitalises what follows a colon where it is a sentence of its own ("…: Wählen Sie…"), as its other
    strings do ("Archivierte Fassung vom {date}: Dieser Text…")."""
    assert {key: text for key, text in said("de").items() if re.search(r": [a-zäöüß]\w* Sie\b", text)} == {}


@pytest.mark.parametrize("module", MODULES)
def test_a_version_is_named_alike_wherever_it_is_named_by_its_date(module):
    """A version's title, its sentence, the feed's entry and the name a list gives it are the same words (Swedish's
    title said "Version från" where everything else says "Version daterad")."""
    t = strings(code(module))
    named = (t["version_title"], t["version"].removesuffix(t["full_stop"]), t["feed_entry"])
    assert len(set(named)) == 1 and t["version_of"].casefold() == t["version_title"].casefold()


# The word each language gives a section (its group headings' noun), which a paragraph or a passage of text must not
# be given: "To afsnit slået sammen" read "two sections merged" where two paragraphs were.
SECTION_WORD: dict[str, str] = {"da": r"\bafsnit", "sv": r"\bavsnitt", "fi": r"\bkoh(ta|da)",
                                "tr": r"\bbölüm", "fa": "بخش", "nl": r"\bonderde", "de": r"\bAbschnitt",
                                "cs": r"\boddíl", "pl": r"\bsekcj"}
ABOUT_PARAGRAPHS = ("redline:joined_merged", "redline:joined_split", "redline:moved_within", "redline:skipped")


@pytest.mark.parametrize("module", sorted(SECTION_WORD))
def test_a_paragraph_is_not_called_by_the_word_for_a_section(module):
    assert re.search(SECTION_WORD[module], said(module)["pages:group_moved"], re.IGNORECASE)
    assert {key: said(module)[key] for key in ABOUT_PARAGRAPHS
            if re.search(SECTION_WORD[module], said(module)[key], re.IGNORECASE)} == {}
