"""legal22: a date line longer than a short sentence's twelve words, saying in so many words its own text's last change
("La présente politique de confidentialité a été mise à jour pour la dernière fois le 17 février 2021.", 18 words),
is read as the text's date line, under the title and further down, in French, German and Spanish as in English (no
check read it: the page showed two dates); a long sentence telling an earlier version's or a law's date is none."""
from __future__ import annotations

import pytest
from test_legal21_date_lines import HEAD, TETE, _later

from policysite import checks, datelines, document, sync

KOPF = ("---\ndate: 2024-01-10\n---\n\n# Datenschutzerklärung\n\n## 1. Wer wir sind\n\nEin Unternehmen.\n\n"
        "## 9. Änderungen\n\n")
CABECERA = ("---\ndate: 2024-01-10\n---\n\n# Política de privacidad\n\n## 1. Quiénes somos\n\nUna empresa.\n\n"
            "## 9. Cambios\n\n")
LONG = {
    "fr": "La présente politique de confidentialité a été mise à jour pour la dernière fois le 17 février 2021.",
    "de": "Diese Datenschutzerklärung wurde zuletzt am 17. Februar 2021 aktualisiert, um neue gesetzliche "
          "Anforderungen zu berücksichtigen.",
    "es": "La presente política de privacidad fue actualizada por última vez el 17 de febrero de 2021 para reflejar "
          "los cambios.",
    "en": "This privacy policy was last updated by our data protection team on 17 February 2021 to describe the new "
          "tools.",
}
THEN = {"fr": "Nous pouvons la modifier.", "de": "Wir können sie ändern.", "es": "Podemos modificarla.",
        "en": "We may change it."}  # (a sentence after it in its paragraph)
HEADS = {"fr": TETE, "de": KOPF, "es": CABECERA, "en": HEAD}


@pytest.mark.parametrize("lang", LONG)
def test_a_long_sentence_saying_the_last_change_is_a_date_line(lang):
    assert len(LONG[lang].split()) > sync.STATED_WORDS
    assert sync.stated_dates(LONG[lang], lang) == [(LONG[lang], {"2021-02-17"})]


@pytest.mark.parametrize("lang", LONG)
def test_it_is_found_further_down_at_its_line(lang):
    found = _later(HEADS[lang] + LONG[lang] + "\n", lang)
    assert [line for line, _ in found] == [13], found
    assert "2024-01-10" in found[0][1]


@pytest.mark.parametrize("lang", LONG)
def test_it_opening_a_longer_paragraph_is_found_too(lang):
    assert [line for line, _ in _later(HEADS[lang] + LONG[lang] + " " + THEN[lang] + "\n", lang)] == [13]


@pytest.mark.parametrize("lang", LONG)
def test_it_under_the_title_is_said_when_it_is_not_the_version_s_day(lang):
    title_end = HEADS[lang].index("\n## 1.")
    text = HEADS[lang][:title_end] + "\n" + LONG[lang] + HEADS[lang][title_end:] + "Text.\n"
    policy = document.parse(text, path=f"docs/{lang}/index.md", lang=lang)
    assert [(f.rule, f.line) for f in checks.stated_date(policy)] == [("structure.date-stated", 7)]
    same = text.replace("date: 2024-01-10", "date: 2021-02-17")
    assert checks.stated_date(document.parse(same, path=f"docs/{lang}/index.md", lang=lang)) == []


@pytest.mark.parametrize("written", [
    # an earlier version's day
    "The previous version of this policy, last updated on 1 March 2020, remains available on our website for anyone.",
    "La version précédente de la présente politique, mise à jour pour la dernière fois le 1er mars 2020, reste "
    "disponible.",
    # a past change, a law's day, a history of versions
    "This policy was amended on 25 May 2018 to comply with the GDPR, which applies to every processor we use.",
    "The GDPR, which was last amended on 3 March 2022, applies to us and to each processor we use in the Union.",
    "- Updated on 1 March 2020 when section 4 about cookies and the tools we use to measure the audience was added.\n"
    "- Updated on 1 May 2023 when section 5 was added.",
    # a transition's paragraph
    "This policy takes effect on 1 March 2020; before that day, the former text applied to every account we held "
    "then.",
    # a whole paragraph in one sentence
    "This policy was last updated on 3 March 2022 " + "and it describes what we collect, why we collect it " * 3 + ".",
])
def test_a_long_sentence_that_is_no_date_line_passes(written):
    assert _later(HEAD + written + "\n") == []


def test_the_longest_date_line_read():
    words = "This policy was last updated on 3 March 2022".split()
    assert datelines.long_line(" ".join(words + ["x"] * (datelines.LONG_WORDS - len(words))) + ".")
    assert not datelines.long_line(" ".join(words + ["x"] * (datelines.LONG_WORDS + 1 - len(words))) + ".")
