"""Adopt49: a French policy and its English translation as a company writes them, imported (tests/data/adoption49/
velocite/): a phone number written as the country dials it (`04 78 12 34 56`) and as a caller from abroad dials it
(`+33 4 78 12 34 56`) was five numbers against none (sync.numbers) and no phone against one (sync.phones)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import document, sync
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption49" / "velocite"


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def _imported(name: str, lang: str) -> document.Policy:
    markdown = convert(DATA / name, lang=lang).markdown
    return document.parse(f"---\ndate: 2024-02-05\n---\n{markdown}", path=f"docs/{lang}/index.md", lang=lang)


def test_the_imported_translation_s_phone_number_is_the_french_text_s():
    french = _imported("politique-de-confidentialite-2024-02-05.html", "fr")
    english = _imported("privacy-policy-2024-02-05.html", "en")
    found = sync.compare(french, english)
    assert [f for f in found if f.rule in ("sync.phones", "sync.emails")] == [], found
    assert [f for f in found if f.rule == "sync.numbers"] == [], found  # (`7 jours`, `a week`: the same period, adopt51)


@pytest.mark.parametrize(("lang", "source", "translation"), [
    ("fr", "Téléphone : 04 78 12 34 56.", "Phone: +33 4 78 12 34 56."),
    ("fr", "Tél. 01.23.45.67.89 ou 0800 123 456.", "Phone +33 1 23 45 67 89 or +33 800 123 456."),
    ("de", "Telefon: 030 1234567.", "Phone: +49 30 1234567."),
    ("it", "Telefono: 06 1234 5678.", "Phone: +39 06 1234 5678."),  # (Italy keeps its 0 after +39)
    ("fr", "Téléphone : +33 4 78 12 34 56.", "Phone: 04 78 12 34 56."),
    ("fr", "Téléphone : 04 78 12 34 56.", "Phone: 04 78 12 34 56."),
    # German numbers' ` / ` between the area code and the number, and the extension after a hyphen
    ("de", "Tel.: +49 (0) 89 / 123 456-0", "Phone: +49 89 123456-0"),
    ("de", "Telefon: 089 / 123456-0, Fax: 089 123456-99", "Phone: +49 89 123456-0, fax: +49 89 123456-99"),
    # a country without a trunk prefix (Spain): the number as written at home, its country code before it abroad
    ("es", "Teléfono: 912 34 56 78", "Phone: +34 912 345 678"),
    # France's free and special numbers, their 0 set apart
    ("fr", "Numéro vert : 0 800 123 456.", "Freephone: +33 800 123 456."),
    ("fr", "Numéro vert : 0 800 123 456.", "Freephone: 0800 123 456."),
])
def test_a_number_dialled_in_its_country_and_from_abroad_is_the_same_phone(lang, source, translation):
    findings = sync.compare(page(source, lang), page(translation, "en"))
    assert [f for f in findings if f.rule in ("sync.phones", "sync.numbers")] == [], findings


@pytest.mark.parametrize(("lang", "source", "translation"), [
    ("fr", "Téléphone : 04 78 12 34 56.", "Phone: +33 4 78 12 34 57."),
    ("fr", "Téléphone : 04 78 12 34 56.", "Phone: +32 4 78 12 34 56 or +33 4 78 12 34 56."),
    ("de", "Telefon: 030 1234567.", "Phone: +49 40 1234567."),
    ("de", "Telefon: 089 / 123456-0", "Phone: +49 89 123456-1"),
    ("es", "Teléfono: 912 34 56 78", "Phone: +34 912 345 679"),
    ("fr", "Numéro vert : 0 800 123 456.", "Freephone: +33 800 123 457."),
])
def test_another_number_is_still_said(lang, source, translation):
    findings = sync.compare(page(source, lang), page(translation, "en"))
    assert [f.rule for f in findings if f.rule == "sync.phones"] == ["sync.phones"], findings


@pytest.mark.parametrize("numbers", ["Capital de 912 345 678 00012 €.", "Taux de 0,25 % puis 0,5 %.",
                                     "Le 01/02/2024 à 10 h, pendant 013 jours."])
def test_other_numbers_starting_with_zero_are_no_phone(numbers):
    assert sync.invariants(page(numbers, "fr").sections[0].blocks, "fr").phones == {}
