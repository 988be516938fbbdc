"""Adopt51: numbers a policy and its translation write alike but group otherwise. Spain groups its phone numbers
`91 123 45 67` (two digits, three, two, two) and `912 345 678`, which a translation dials from abroad `+34 91 123 45
67`: 45, 67 and 91123 were numbers against none (sync.numbers) and no phone against one (sync.phones). A VAT number or
an IBAN written with spaces in one text and without in the other (`FR 12 123456789`, `FR12123456789`) was a phone and
12 against 12123456789. Each is now the one number it is; another number is still said."""
from __future__ import annotations

import pytest

from policysite import document, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def rules(source: tuple[str, str], translation: tuple[str, str]) -> list[str]:
    return [f.rule for f in sync.compare(page(*source), page(*translation))]


@pytest.mark.parametrize(("source", "translation"), [
    (("Llámenos al 91 123 45 67.", "es"), ("Call us on +34 91 123 45 67.", "en")),
    (("Llámenos al 912 345 678.", "es"), ("Call us on +34 912 345 678.", "en")),
    (("Llámenos al +34 912 345 678.", "es"), ("Call us on 912 345 678.", "en")),
    (("Llámenos al 91 123 45 67 o al 93.123.45.67.", "es"), ("Call +34 91 123 45 67 or +34 93 123 45 67.", "en")),
    (("Bel ons op 02 123 45 67.", "nl"), ("Call us on +32 2 123 45 67.", "en")),
    (("Numéro de TVA : FR 12 123456789.", "fr"), ("VAT number: FR12123456789.", "en")),
    (("UID: ATU 1234 5678, CHE-123.456.789 MWST.", "de"), ("VAT: ATU12345678, CHE123456789 VAT.", "en")),
    (("IBAN : FR76 3000 6000 0112 3456 7890 189.", "fr"), ("IBAN: FR7630006000011234567890189.", "en")),
])
def test_the_same_number_grouped_otherwise_is_no_finding(source, translation):
    assert rules(source, translation) == []


@pytest.mark.parametrize(("source", "translation", "expected"), [
    (("Llámenos al 91 123 45 67.", "es"), ("Call us on +34 91 123 45 68.", "en"), ["sync.phones"]),
    (("Llámenos al 912 345 678.", "es"), ("Call us on +34 912 345 679.", "en"), ["sync.numbers", "sync.phones"]),
    (("Numéro de TVA : FR 12 123456789.", "fr"), ("VAT number: FR12123456788.", "en"), ["sync.numbers"]),
    (("Un plafond de 912 345 678 euros.", "fr"), ("A cap of 912,345,679 euros.", "en"), ["sync.numbers"]),
])
def test_another_number_is_still_said(source, translation, expected):
    assert rules(source, translation) == expected


def test_a_count_grouped_in_thousands_is_a_count():
    assert rules(("Un plafond de 912 345 678 euros.", "fr"), ("A cap of 912,345,678 euros.", "en")) == []
    found = sync.invariants(page("Un plafond de 912 345 678 euros et 100 200 300 lignes.", "fr").sections[0].blocks,
                            "fr")
    assert (found.phones, found.numbers) == ({}, {"912345678": 1, "100200300": 1})
