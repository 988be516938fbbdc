"""Words10's audit of what a legal editor meets in `policy check`, `diff`, `publish` and `import`: each finding names
where, and says what to do in plain words, in French as French typography wants."""
from __future__ import annotations

from policysite import document, messages, sync

NB, NNB = "\u00a0", "\u202f"


def _parse(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


def _french(findings, rule: str) -> list[str]:
    return [finding.in_language("fr").message for finding in findings if finding.rule == rule]


def test_a_section_number_repeated_names_the_line_of_the_first_and_what_to_do():
    """"§2 reprend un numéro de section déjà employé plus haut": which one, of some forty, and then what?"""
    policy = _parse("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nTexte.\n\n## 2. Données\n\nTexte.\n\n"
                    "## 2. Durée\n\nTexte.\n", "fr")
    assert _french(policy.problems, "structure.number-repeated") == [
        f"§2 «{NB}Durée{NB}» reprend le numéro de la section de la ligne 10{NB}: renumérotez l'une des deux (chaque "
        "numéro est l'adresse de sa section, #s…)"]


def test_a_section_the_translation_lacks_or_adds_says_what_to_do_with_it():
    french = _parse("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nTexte.\n\n## 2. Données\n\nTexte.\n",
                    "fr")
    english = _parse("---\ndate: 2021-02-17\n---\n# Policy\n\n## 1. Purpose\n\nText.\n\n## 3. Rights\n\nText.\n", "en")
    found = sync.compare(french, english)
    assert _french(found, "sync.section-missing") == [
        f"§2 «{NB}Données{NB}» figure dans le texte en français mais manque dans celui en anglais{NB}: traduisez-la ici"]
    assert _french(found, "sync.section-extra") == [
        f"§3 figure dans le texte en anglais mais pas dans celui en français{NB}: supprimez-la, ou "
        "ajoutez-la d'abord au texte en français (le texte qui fait foi)"]
    assert messages.english("sync.section-extra", {"section": "§3", "source": "fr", "translation": "en"}) == \
        "§3 is in English but not in French: remove it, or add it to the French text first (the text that prevails)"
