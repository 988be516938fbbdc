"""Adopt51: a number one text writes as an ordinal in words or in Roman numerals and the other in digits (`au XIVe
siècle` / `in the 14th century`, `Chapitre XIV` / `Chapter 14`, `en 2e position` / `in second position`, `zum dritten
Mal` / `for the 3rd time`) was sync.numbers: only cardinals in words were read. Ordinals in words (num2words', in the
forms a language gives them) and Roman numerals in capitals are now the number; another number is still said, and
English's pronoun `I` is no 1."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def numbers(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation)) if f.rule == "sync.numbers"]


@pytest.mark.parametrize(("source", "translation"), [
    (("Au XIVe siècle.", "fr"), ("In the 14th century.", "en")),
    (("Chapitre XIV.", "fr"), ("Chapter 14.", "en")),
    (("Titre II, chapitre Ier.", "fr"), ("Title 2, chapter 1.", "en")),
    (("Il XXI secolo.", "it"), ("The 21st century.", "en")),
    (("En 2e position.", "fr"), ("In second position.", "en")),
    (("En deuxième position.", "fr"), ("In 2nd position.", "en")),
    (("La 1re fois.", "fr"), ("The first time.", "en")),
    (("Zum dritten Mal.", "de"), ("For the 3rd time.", "en")),
    (("Por tercera vez.", "es"), ("For the 3rd time.", "en")),
    (("В третий раз.", "ru"), ("For the 3rd time.", "en")),
    (("Po raz trzeci.", "pl"), ("For the 3rd time.", "en")),
])
def test_an_ordinal_in_words_or_roman_numerals_is_its_number(source, translation):
    assert numbers(source, translation) == []


@pytest.mark.parametrize(("source", "translation"), [
    (("Au XIVe siècle.", "fr"), ("In the 15th century.", "en")),
    (("En 2e position.", "fr"), ("In third position.", "en")),
    (("Zum dritten Mal.", "de"), ("For the 4th time.", "en")),
    (("I agree.", "en"), ("J'accepte 1 fois.", "fr")),
])
def test_another_number_is_still_said(source, translation):
    assert numbers(source, translation) == ["sync.numbers"]


def test_roman_values():
    assert [sync.roman_value(n) for n in ("I", "IV", "XIV", "XL", "XCIX", "MCMXCIV")] == [1, 4, 14, 40, 99, 1994]
