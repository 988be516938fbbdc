"""company18: an Italian company's policy ends "Scrivici: dpo@…", "Contattaci": pronouns written onto an imperative
(and a gerund: "inviandoci") were spelling findings that refused its versions, pyspellchecker's list and simplemma's
holding no such forms (only an infinitive's, "contattarci", was read). The form before them is looked up where it is
a verb's; a noun with a pronoun's letters after it is still a finding."""
from __future__ import annotations

from policysite import spelling


def test_pronouns_written_onto_an_imperative_or_a_gerund_are_read_off_it():
    forms = {"Scrivici", "scrivici", "contattaci", "Contattaci", "inviaci", "comunicaci", "contattateci",
             "scriveteci", "Scrivetevi", "chiedendoci", "inviandoci", "Comunicatecelo"}
    assert spelling._in_dictionary("it", frozenset(forms)) == forms


def test_a_word_that_is_no_verb_s_form_with_a_pronoun_s_letters_is_still_unknown():
    assert spelling._in_dictionary("it", frozenset({"casaci", "datici", "moduloci", "trattamentoci", "xyzaci",
                                                    "scrivcii"})) == set()


def test_an_italian_policy_ending_scrivici_passes_the_check():
    text = ("---\ndate: 2024-03-01\n---\n\n# Informativa sulla privacy\n\n## 1. Chi siamo\n\nTrattiamo i tuoi dati "
            "personali.\n\n## 2. Contatti\n\nScrivici: dpo@esempio.example. Contattaci per ogni domanda.\n")
    from policysite import document

    found = spelling.check(document.parse(text, path="docs/it/index.md", lang="it"), words=frozenset())
    assert found == []
    typo = spelling.check(document.parse(text.replace("Contattaci", "Contatatci"), path="docs/it/index.md",
                                         lang="it"), words=frozenset())
    assert [f.rule for f in typo] == [spelling.RULE] and "Contatatci" in typo[0].message
