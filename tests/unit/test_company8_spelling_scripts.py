"""A word in another script than its page's is judged by the dictionary of its own script, or not at all where none is
shipped (company8): "Berlin" in an Arabic text, a Greek word in a French one, a Latin brand name in a Russian one were
each said unknown to the page's dictionary, a finding the legal team could not fix (the word is right)."""
from __future__ import annotations

import pytest

from policysite import document, spelling

PAGES = {
    "ar": ("# سياسة الخصوصية\n\n## 1. البيانات\n\n", "نحن نحفظ البيانات في {word} ونحميها."),
    "fr": ("# Politique de confidentialité\n\n## 1. Données\n\n", "Nous conservons les données à {word} et les protégeons."),
    "ru": ("# Политика конфиденциальности\n\n## 1. Данные\n\n", "Мы храним данные в {word} и защищаем их."),
    "en": ("# Privacy policy\n\n## 1. Data\n\n", "We keep the data in {word} and protect it."),
}


def _page(lang: str, word: str) -> document.Policy:
    head, sentence = PAGES[lang]
    return document.parse(f"---\ndate: 2030-01-15\n---\n\n{head}{sentence.format(word=word)}\n",
                          path=f"docs/{lang}/index.md", lang=lang)


def _unknown(lang: str, word: str) -> list[str]:
    return [f.message for f in spelling.check(_page(lang, word), words=frozenset())]


@pytest.mark.parametrize(("lang", "word"), [
    ("ar", "Berlin"), ("ar", "Zapnito"), ("ar", "GmbH-Tochter"),  # Latin in Arabic: no Latin dictionary is its own
    ("ar", "GDPR"),  # an acronym in another script: no dictionary of it, not judged either
    ("fr", "Θεσσαλονίκη"), ("fr", "אילת"), ("fr", "الرياض"),  # Greek, Hebrew: none shipped; Arabic script: two
    ("ru", "Zapnito"), ("ru", "Berlin"),  # a Latin brand name in a Russian text
    ("en", "東京"),
])
def test_a_word_in_a_script_no_shipped_dictionary_judges_alone_is_not_judged(lang, word):
    assert _unknown(lang, word) == []


def test_a_cyrillic_word_in_a_french_text_is_judged_by_the_russian_dictionary():
    assert _unknown("fr", "Москве") == []  # a Russian word the Russian dictionary knows
    (said,) = _unknown("fr", "Москвве")  # a typo of it
    assert "“Москвве”" in said and "Russian dictionary" in said, said


@pytest.mark.parametrize(("lang", "word"), [("fr", "Gооgle"), ("ar", "Gооgle"), ("en", "Pаris")])
def test_a_word_mixing_scripts_is_still_judged_by_the_pages_dictionary(lang, word):
    """A Latin word with Cyrillic letters in it (о, а: a homoglyph) is a typo the team can fix: still said."""
    (said,) = _unknown(lang, word)
    assert f"“{word}”" in said


def test_the_pages_own_typos_are_still_said():
    assert len(_unknown("ar", "البيانتتت")) == 1 and len(_unknown("fr", "donnéees")) == 1


def test_an_arabic_text_full_of_latin_names_is_judged_word_by_word_not_called_unfit():
    """Latin names are no words the Arabic dictionary lacks: they do not make the page look judged by a dictionary
    unfit for it (which said spelling was not checked at all)."""
    names = " ".join(["Berlin", "Google", "Zapnito", "Stripe", "Mailchimp", "Hetzner", "Frankfurt", "Amsterdam"])
    findings = spelling.check(_page("ar", names + " البيانتتت"), words=frozenset())
    assert [f.rule for f in findings] == [spelling.RULE], [str(f) for f in findings]


def test_the_import_lists_no_word_of_another_script_for_the_word_list():
    assert spelling.unknown_words(_page("ar", "Berlin البيانتتت"), words=frozenset()) == ["البيانتتت"]


def test_a_listed_word_of_another_script_is_said_needless_and_pruned(tmp_path):
    """The import listed the Latin words of an Arabic text (Berlin, SDAIA) that its dictionary lacked; the check no
    longer judges them: each entry is a warning, and `policy words --prune` removes it, the list's other words kept."""
    listing = tmp_path / spelling.WORDS_FILE
    listing.write_text("Berlin  # the city\nSDAIA  # the authority\nالبيانتتت  # a word of the text\n",
                       encoding="utf-8")
    page = _page("ar", "Berlin SDAIA البيانتتت")
    found = spelling.lint_words(listing, lang="ar", policy=page)
    assert [(f.line, f.rule, f.severity) for f in found] == [(1, spelling.RULE_WORD_UNUSED, "warning"),
                                                             (2, spelling.RULE_WORD_UNUSED, "warning")]
    assert "another script than the Arabic text" in found[0].message
    assert "autre écriture que le texte arabe" in found[0].said("fr")
    assert spelling.prune(listing, policy=page) == ["Berlin", "SDAIA"]
    assert listing.read_text(encoding="utf-8") == "البيانتتت  # a word of the text\n"


def test_a_listed_phrase_or_a_word_of_the_pages_script_is_kept(tmp_path):
    listing = tmp_path / spelling.WORDS_FILE
    listing.write_text('"Hetzner Online"  # the host\nДанныеее  # a word of the text\n', encoding="utf-8")
    page = _page("ru", "Hetzner Online Данныеее")
    assert spelling.lint_words(listing, lang="ru", policy=page) == []
    assert spelling.prune(listing, policy=page) == []
