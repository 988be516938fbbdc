"""Abbreviations a German or Spanish policy writes were said unknown words (company8, a German and a Spanish site
adopted): "Hr. Dr. Max Mustermann", "Sra. Dña. María López" (an abbreviation before a name), "1.º izq., es",
"de lun. a vie., de 9.00" (a period before a comma ends no sentence). A word before a period that ends its sentence is
still judged."""
from __future__ import annotations

import pytest

from policysite import document, spelling


def _said(lang: str, body: str) -> list[str]:
    title = {"de": "# Datenschutz\n\n## 1. Kontakt", "es": "# Privacidad\n\n## 1. Contacto"}[lang]
    page = document.parse(f"---\ndate: 2030-01-15\n---\n\n{title}\n\n{body}\n", path=f"docs/{lang}/index.md", lang=lang)
    return [f.message for f in spelling.check(page, words=frozenset())]


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Ansprechpartner ist Hr. Dr. Max Mustermann."),
    ("de", "Schreiben Sie an Hrn. Müller oder an Fr. Schmidt."),
    ("es", "La Sra. Dña. María López atenderá sus consultas."),
    ("es", "Nuestra oficina está en el 1.º izq., en Madrid."),
    ("es", "Atendemos de lun. a vie., de 9.00 a 17.00 h."),
    ("es", "Los Sres. López y la Srta. Gómez responden."),
])
def test_an_abbreviation_before_a_name_or_a_comma_is_no_unknown_word(lang, body):
    assert _said(lang, body) == []


@pytest.mark.parametrize(("lang", "body", "word"), [
    ("de", "Wir speichern Ihre Datenn, sofern nötig.", "Datenn"),
    ("es", "Conservamos sus datoss; después los borramos.", "datoss"),  # (a semicolon: not a period)
    ("es", "Conservamos sus datos en el servidorr. Después los borramos.", "servidorr"),  # a sentence's end: judged
])
def test_a_typo_is_still_said(lang, body, word):
    (said,) = _said(lang, body)
    assert f"“{word}”" in said
