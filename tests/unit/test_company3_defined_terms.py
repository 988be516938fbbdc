"""A defined term whose capital is only its definition's sentence's is used in lower case too (company3: a German
company's policy, German authoritative, English and Spanish translations)."""
from __future__ import annotations

import pytest

from policysite import document, sync

GERMAN = """---
date: 2024-09-01
---

# Datenschutzerklärung

## 1. Begriffsbestimmungen

**Verarbeitung** ist jeder Vorgang im Zusammenhang mit personenbezogenen Daten.

**Einwilligung** ist jede freiwillige Willensbekundung der betroffenen Person.

## 2. Cookies

Das Cookie cc speichert Ihre Einwilligung für zwölf Monate.

## 3. Ihre Rechte

Sie haben das Recht auf Einschränkung der Verarbeitung.
"""

TRANSLATIONS = {
    "en": """---
date: 2024-09-01
---

# Privacy policy

## 1. Definitions

**Processing** means any operation performed on personal data.

**Consent** means any freely given indication of the data subject's wishes.

## 2. Cookies

The cookie cc stores your {consent} for twelve months.

## 3. Your rights

You have the right to restriction of {processing}.
""",
    "es": """---
date: 2024-09-01
---

# Política de privacidad

## 1. Definiciones

**Tratamiento**: cualquier operación realizada sobre datos personales.

**Consentimiento**: toda manifestación de voluntad libre del interesado.

## 2. Cookies

La cookie cc conserva su {consent} durante doce meses.

## 3. Sus derechos

Usted tiene derecho a la limitación del {processing}.
""",
}
WORDS = {"en": ("consent", "processing"), "es": ("consentimiento", "tratamiento")}


def parsed(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


def term_findings(lang: str, consent: str, processing: str) -> list[str]:
    translation = parsed(TRANSLATIONS[lang].format(consent=consent, processing=processing), lang)
    return [f.message for f in sync.compare(parsed(GERMAN, "de"), translation, definitions="1")
            if f.rule == "sync.defined-term-use"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_term_capitalised_only_by_its_definitions_sentence_is_used_in_lower_case(lang):
    consent, processing = WORDS[lang]
    assert term_findings(lang, consent, processing) == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_section_without_the_term_in_any_case_is_still_said(lang):
    found = term_findings(lang, "choice", "it" if lang == "en" else "uso")
    assert len(found) == 2 and "Einwilligung" in found[0] and "Verarbeitung" in found[1], found


def test_a_capital_the_text_writes_inside_sentences_is_the_terms_own():
    """As English contracts write a defined term (“to a User identifiable by”): there a lower-case “user” is not the
    term, and a section writing only that is said."""
    source = parsed("---\ndate: 2024-09-01\n---\n\n# Politique\n\n## 1. Définitions\n\n**Utilisateur** : toute "
                    "personne.\n\n## 2. Droits\n\nChaque Utilisateur peut demander l'accès.\n\n## 3. Contact\n\n"
                    "L'Utilisateur nous écrit.\n", "fr")
    text = ("---\ndate: 2024-09-01\n---\n\n# Policy\n\n## 1. Definitions\n\n**User**: any person.\n\n## 2. Rights"
            "\n\nEach {word} may ask for access.\n\n## 3. Contact\n\n{contact}\n")
    found = sync.compare(source, parsed(text.format(word="user", contact="The User writes to us."), "en"),
                         definitions="1")
    assert [(f.rule, f.line) for f in found if f.rule.startswith("sync.defined")] == [("sync.defined-term-use", 11)]
    lower = parsed(text.format(word="user", contact="The user writes to us."), "en")
    assert [f for f in sync.compare(source, lower, definitions="1") if f.rule.startswith("sync.defined")] == []


def test_a_term_written_in_its_plural_is_used_each_word_in_its_plural_too():
    """The German source defines “Auftragsverarbeiter” and writes “Auftragsverarbeitern”; the Spanish translation
    defines “Encargado del tratamiento” and writes “los encargados del tratamiento”."""
    source = parsed("---\ndate: 2024-09-01\n---\n\n# Datenschutz\n\n## 1. Begriffe\n\n**Auftragsverarbeiter** ist eine "
                    "Stelle.\n\n## 2. Empfänger\n\nWir geben Daten nur an Auftragsverarbeitern weiter.\n", "de")
    text = ("---\ndate: 2024-09-01\n---\n\n# Privacidad\n\n## 1. Definiciones\n\n**Encargado del tratamiento**: un "
            "organismo.\n\n## 2. Destinatarios\n\nSolo comunicamos datos a {who}.\n")
    plural = parsed(text.format(who="los encargados del tratamiento"), "es")
    assert [f for f in sync.compare(source, plural, definitions="1") if f.rule.startswith("sync.defined")] == []
    other = parsed(text.format(who="nuestros proveedores"), "es")
    assert [(f.rule, f.line) for f in sync.compare(source, other, definitions="1")
            if f.rule.startswith("sync.defined")] == [("sync.defined-term-use", 11)]
