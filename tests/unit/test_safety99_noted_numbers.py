"""safety99: safety98 let a year's note mark and a power of ten's exponent stand (`2018<sup>2</sup>`, `10<sup>9</sup>`,
`10¹²`: editorial.noted_number) while the sync still read the raised digits glued to the number before them, as the
model's `shown` holds them (`20182`, `109`) or left a digit character out (`10¹²` read `10`). A translation's
`10<sup>9</sup> bytes` (a billion to its reader) then matched the French `109 octets`, `2018<sup>2</sup> €` (2018 €
and a note) the French `20182 €`, `2099<sup>1</sup> days` the French `20991 jours`, and `10¹²` (a trillion) the French
`10⁹`: all passed policy check and were published. The sync now reads such a mark apart, as its reader does; the same
mark written in both languages, as markup or as digit characters, still matches."""
from __future__ import annotations

import pytest

from policysite import document, sync


def _page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n",
                          path=f"docs/{lang}/index.md", lang=lang)


def _numbers(french: str, english: str) -> list[str]:
    return [str(f) for f in sync.compare(_page(french, "fr"), _page(english, "en")) if f.rule == "sync.numbers"]


@pytest.mark.parametrize(("french", "english"), [
    ("Nous conservons jusqu'à 109 octets.", "We keep up to 10<sup>9</sup> bytes."),
    ("Nous conservons jusqu'à 1012 octets.", "We keep up to 10¹² bytes."),
    ("Nous conservons jusqu'à 10⁹ octets.", "We keep up to 10¹² bytes."),
    ("Nous conservons jusqu'à 10<sup>9</sup> octets.", "We keep up to 10<sup>12</sup> bytes."),
    ("Les frais sont de 20182 € par an.", "The fee is 2018<sup>2</sup> € a year."),
    ("Les frais sont de 20182 € par an.", "The fee is 2018² € a year."),
    ("Nous conservons les données 20991 jours.", "We keep the data 2099<sup>1</sup> days."),
    ("| Cookie | Durée |\n| --- | --- |\n| a | 109 octets |", "| Cookie | Duration |\n| --- | --- |\n| a | 10<sup>9</sup> bytes |"),
])
def test_a_raised_mark_the_checks_let_stand_is_no_digit_of_the_number_before_it(french, english) -> None:
    assert len(_numbers(french, english)) == 1


@pytest.mark.parametrize(("french", "english"), [
    ("Modifiée en 2018<sup>2</sup>.", "Amended in 2018<sup>2</sup>."),
    ("Modifiée en 2018<sup>2</sup>.", "Amended in 2018²."),
    ("Jusqu'à 10<sup>12</sup> octets.", "Up to 10¹² bytes."),
    ("Jusqu'à 10<sup>-6</sup> près.", "To within 10⁻⁶."),
    ("Loi du 6 janvier 1978<sup>1, 2</sup>.", "Act of 6 January 1978<sup>1, 2</sup>."),
    ("Nous conservons les données 30 jours.", "We keep the data 30 days."),
])
def test_the_same_mark_in_both_languages_still_matches(french, english) -> None:
    assert _numbers(french, english) == []
