"""Spanish, Italian, Brazilian Portuguese and Russian words in their inflected forms, which pyspellchecker's lists lack (they
hold a word's dictionary form: Spanish "dato", "tratar"), are known through simplemma's lists of forms: a correct
translation is checked word by word instead of being judged against a dictionary unfit for it, and its typos are
found (company3: a German company's Spanish translation had its spelling never checked)."""
from __future__ import annotations

import pytest

from policysite import document, spelling

HEADINGS = {"es": ("Privacidad", "Datos"), "it": ("Informativa", "Dati"), "pt-BR": ("Privacidade", "Dados"),
            "ru": ("Конфиденциальность", "Данные")}


def page(body: str, lang: str) -> document.Policy:
    title, heading = HEADINGS[lang]
    return document.parse(f"---\ndate: 2024-09-01\n---\n\n# {title}\n\n## 1. {heading}\n\n{body}\n",
                          path=f"docs/{lang}/index.md", lang=lang)


CORRECT = {
    "es": "Tratamos sus datos personales para ejecutar el contrato y, cuando usted lo haya consentido, para enviarle "
          "nuestro boletín. Conservamos los datos durante los plazos que exigen las obligaciones legales. Puede "
          "oponerse al tratamiento y ejercer sus derechos de acceso, rectificación y supresión.",
    "it": "Trattiamo i suoi dati personali per eseguire il contratto e, con il suo consenso, per inviarle le nostre "
          "comunicazioni. Conserviamo i dati per i periodi richiesti dagli obblighi legali e può contattarci per "
          "esercitare i suoi diritti.",
    "pt-BR": "Tratamos os seus dados pessoais para executar o contrato e conservamos os dados durante os prazos exigidos "
          "pelas obrigações legais. Pode exercer os seus direitos de acesso e retificação.",
    "ru": "Мы обрабатываем ваши персональные данные для исполнения договора и храним их столько, сколько требуется "
          "по закону. Вы можете потребовать доступ к своим данным.",
}
TYPO = {"es": ("datos personales", "datos persnoales", "persnoales"),
        "it": ("dati personali", "dati persoanli", "persoanli"),
        "pt-BR": ("dados pessoais", "dados pesoais", "pesoais"),
        "ru": ("персональные данные", "персональные даные", "даные")}


@pytest.mark.parametrize("lang", sorted(CORRECT))
def test_a_correct_text_in_inflected_forms_has_no_finding(lang):
    assert spelling.check(page(CORRECT[lang], lang), words=frozenset()) == []


@pytest.mark.parametrize("lang", sorted(CORRECT))
def test_a_typo_among_inflected_forms_is_found_by_its_word(lang):
    right, wrong, word = TYPO[lang]
    found = spelling.check(page(CORRECT[lang].replace(right, wrong, 1), lang), words=frozenset())
    assert [(f.rule, f.line) for f in found] == [(spelling.RULE, 9)] and f"“{word}”" in found[0].message, found


def test_pronouns_written_onto_an_infinitive_are_read_off_it_and_a_typo_in_it_is_not():
    assert spelling._in_dictionary("es", frozenset({"enviarle", "oponerse", "facilitárnoslo"})) == {
        "enviarle", "oponerse", "facilitárnoslo"}
    assert spelling._in_dictionary("it", frozenset({"inviarle", "contattarci", "comunicarglielo"})) == {
        "inviarle", "contattarci", "comunicarglielo"}
    assert spelling._in_dictionary("es", frozenset({"enivarle", "tratamietnos"})) == set()


def test_a_word_list_entry_the_forms_know_is_not_said_to_be_known_already(tmp_path):
    """A site whose word list holds forms pyspellchecker lacks (listed by hand, or by an import): those entries stay
    as they were, none said to be in the dictionary already; a word of pyspellchecker's own still is."""
    words = tmp_path / ".words.txt"
    words.write_text("datos  # plural\ndato  # singular\n", encoding="utf-8")
    assert [(f.rule, f.line) for f in spelling.lint_words(words, lang="es")] == [("spelling.word-list", 2)]


def test_an_imperative_or_gerund_with_its_pronouns_is_read_by_its_accent_and_one_without_it_is_a_typo():
    """“¿Tiene alguna duda? ¡Contáctenos!”: the pronouns written onto a form call for its accent."""
    assert spelling._in_dictionary("es", frozenset({"contáctenos", "indíquenos", "enviándole", "díganos"})) == {
        "contáctenos", "indíquenos", "enviándole", "díganos"}
    assert spelling._in_dictionary("es", frozenset({"contactenos", "datosle"})) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sie erreichen uns Mo.–Fr. von 9–17 Uhr, Di. und Do. auch abends, Mi. nur vormittags."),
    ("es", "Escríbanos, p. ej., a la Avda. de América, núm. 5, 1.º izda., o a la calle Mayor 3, 2.º dcha."),
])
def test_abbreviations_of_days_and_addresses_are_no_typos(lang, text):
    heading = {"de": ("Datenschutz", "Kontakt"), "es": ("Privacidad", "Contacto")}[lang]
    policy = document.parse(f"---\ndate: 2024-09-01\n---\n\n# {heading[0]}\n\n## 1. {heading[1]}\n\n{text}\n",
                            path=f"docs/{lang}/index.md", lang=lang)
    assert spelling.check(policy, words=frozenset()) == []
