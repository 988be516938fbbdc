"""Words 11: what a review of every shipped language checks mechanically beyond test_words10_locales, so that a string
added later cannot bring back what the review of session 42's strings found: a reader addressed in a form that
presumes their gender, a counter that holds only for small numbers, the script's own punctuation, French spacing
written without a space at all."""
from __future__ import annotations

import re

import pytest

from policysite.strings import (
    _LOWER_FIRST_IN_SENTENCE,
    _LOWER_IN_SENTENCE,
    STRINGS,
    language_in_sentence,
    language_name_in,
    redline_labels,
    strings,
)

ALL = sorted(STRINGS)


def said(lang: str) -> dict[str, str]:
    """Every string a reader of `lang` reads (pages and redline), placeholders and code spans left out."""
    return {f"{table}:{key}": re.sub(r"`[^`]*`|\{\w+\}", "", text)
            for table, words in (("pages", strings(lang)), ("redline", redline_labels(lang)))
            for key, text in words.items()}


# Constructions whose form agrees with the reader's gender (a participle after the pronoun that names them: "vous a
# mené", "le ha llevado", "o trouxe") or that a language's interface does not write (Polish's capitalised Cię of a
# letter): a reader is told what a link does, not what it did to him.
ADDRESSED: dict[str, str] = {
    "fr": r"\bvous (?:a|ont|avez|êtes|sera|serez) (?:\w+ )?\w+(?:é|i|u|is|it|ert)e?s?\b",
    "es": r"\b(?:le|la|lo)s? (?:ha|han|había) \w+(?:ado|ido|cho|sto)\b",
    "it": r"\b(?:l’|la |lo |ti |vi )(?:ha|hanno|aveva) \w+(?:at|ut|it|ss|tt)[oaie]\b",
    "pt": r"\b[oa]s? (?:trouxe|levou|enviou|deixou|conduziu|redirecionou)\b",
    "pt-BR": r"\b[oa]s? (?:trouxe|levou|enviou|deixou|conduziu|redirecionou)\b",
    "ca": r"\b(?:l’|la |el )ha \w+(?:at|ut|it)(?:da)?\b",
    "pl": r"(?<=\w )(?:Cię|Ci|Tobie|Twój|Twoj\w+)\b",
}


@pytest.mark.parametrize("lang", sorted(ADDRESSED))
def test_the_reader_is_addressed_without_a_gender_and_as_an_interface_does(lang):
    assert {key: text for key, text in said(lang).items() if re.search(ADDRESSED[lang], text)} == {}


def test_a_japanese_count_takes_a_counter_that_holds_for_every_number():
    """つ counts one to nine only (十 is とお, 10つ is no word): "{n}つの段落" read "12つの段落" for twelve."""
    counted = {f"{table}:{key}": text for table, words in (("pages", strings("ja")), ("redline", redline_labels("ja")))
               for key, text in words.items()}
    assert {key: text for key, text in counted.items() if re.search(r"\{(?:n|count)\}つ", text)} == {}


# The punctuation a script writes where Latin writes , ; : ? ! ( ): Chinese and Japanese their full-width marks,
# Arabic and Persian their comma, semicolon and question mark; Hebrew the Latin ones, never Arabic's.
FOREIGN_PUNCTUATION: dict[str, str] = {"ja": r"[,:;?!()]", "zh": r"[,:;?!()]", "zh-Hant": r"[,:;?!()]",
                                       "ar": r"[,;?]", "fa": r"[,;?]", "he": r"[،؛؟]"}


@pytest.mark.parametrize("lang", sorted(FOREIGN_PUNCTUATION))
def test_punctuation_is_the_scripts_own(lang):
    assert {key: text for key, text in said(lang).items() if re.search(FOREIGN_PUNCTUATION[lang], text)} == {}


@pytest.mark.parametrize("lang", ALL)
def test_an_ellipsis_is_one_character(lang):
    assert {key: text for key, text in said(lang).items() if "..." in text} == {}


@pytest.mark.parametrize("lang", ["fr", "fr-CA"])
def test_french_puts_a_no_break_space_before_its_high_marks_and_inside_its_quotes(lang):
    """SPACING turns an ordinary space into a no-break one; a mark written against its word ("section:", "«titre»")
    has none to turn and was left as written."""
    wrong = {key: text for key, text in said(lang).items()
             if re.search(r"[^\s\u00a0\u202f][:;!?»]|«[^\u00a0\u202f]", text)}
    assert wrong == {}


# The shipped languages whose CLDR names of languages Babel gives with a capital (a script without case has none)
# and that keep it in the middle of a sentence, with why; the others lower it there (strings._LOWER_IN_SENTENCE).
CAPITAL_IN_A_SENTENCE = {"en": "a proper adjective (only the French text)", "de": "a noun (nur der französische Text; auf Französisch)",
                         "nl": "a people's adjective (alleen de Franse tekst; in het Frans)",
                         "tr": "a proper noun (yalnızca Fransızca metin)",
                         "id": "a proper noun (hanya teks dalam bahasa Prancis)"}


def test_every_language_naming_languages_with_a_capital_says_whether_a_sentence_keeps_it():
    """Greek's στα Γαλλικά was lowered by a table of one language; a language shipped later whose names Babel gives
    capitalised is placed on one side or the other, not left to read as its stand-alone form by default."""
    capitalised = {lang.split("-")[0] for lang in ALL if language_name_in("fr", lang)[:1].isupper()}
    lowered = set(_LOWER_IN_SENTENCE) | set(_LOWER_FIRST_IN_SENTENCE)
    assert capitalised == lowered | set(CAPITAL_IN_A_SENTENCE)
    assert not lowered & set(CAPITAL_IN_A_SENTENCE) and not set(_LOWER_IN_SENTENCE) & set(_LOWER_FIRST_IN_SENTENCE)
    for lang in ALL:
        name, mid = language_name_in("fr", lang), language_in_sentence("fr", lang)
        base = lang.split("-")[0]
        assert mid == (name.lower() if base in _LOWER_IN_SENTENCE else name[:1].lower() + name[1:]
                       if base in _LOWER_FIRST_IN_SENTENCE else name), lang
    assert language_in_sentence("fr", "vi") == "tiếng Pháp"
