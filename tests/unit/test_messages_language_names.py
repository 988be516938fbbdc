"""A language is named as the catalogue's language names it ("no French version"), never by its code ("no fr
version"), in English as in French; the code stays where the code itself is meant (`--lang fr`, a folder `fr/`)."""
from __future__ import annotations

import re

from policysite import messages

# Where a field is the code itself: a flag's value, a command's argument, a folder, the code after the name "(fr)"
_CODE_MEANT = re.compile(r"(?:--lang |sync-mark )\{\w+\}|\{\w+\}/|\(\{\w+\}(?=[,)])")


def _named(template: str) -> set[str]:
    return {name for name, spec in re.findall(r"\{(\w+)(:[^{}]*)?\}", template) if spec.startswith(":language")}


def _as_words(template: str) -> set[str]:
    """The fields `template` says bare, outside the places where the code is meant."""
    return set(re.findall(r"\{(\w+)\}", _CODE_MEANT.sub("", template)))


def test_english_names_a_language_wherever_another_catalogue_does():
    english = messages.catalogue("en")
    coded = {}
    for lang in messages.LANGUAGES:
        for key, template in messages.catalogue(lang).items():
            said = _named(template) & _as_words(english[key])
            if said:
                coded[key] = sorted(said)
    assert coded == {}


def test_an_english_message_names_the_language_and_keeps_its_flag():
    assert messages.say("at.none/language", {"lang": "fr", "branch": "gh-pages"}, "en") == \
        "no French version is published on gh-pages"
    said = messages.say("import.other-language/name", {"path": "cgu.fr.md", "lang": "fr"}, "en")
    assert said == "cgu.fr.md: its name says it is the French text: import it with --lang fr (nothing imported)"
    assert messages.say("diff.no-page", {"version": "2021-02-01", "lang": "hu"}, "en") == \
        "version 2021-02-01 has no Hungarian page"


def test_the_imports_messages_name_the_authoritative_language_and_the_texts_language():
    """Session 38 left `{authoritative}` a code in `policy import`'s messages ("after the newest fr version", "import
    the authoritative language (fr) first", "titled “Cookies” (de)"): each names the language, in English and in
    French; a field stays a code only where it is typed (`--lang fr`, `sync-mark fr`, `docs/fr/`)."""
    typed = re.compile(r"(?:--lang |sync-mark )\{\w+\}|\{\w+\}/")
    for lang in messages.LANGUAGES:
        coded = {key: fields for key, template in messages.catalogue(lang).items() if key.startswith("import.")
                 and (fields := set(re.findall(r"\{(lang|authoritative)\}", typed.sub("", template))))}
        assert coded == {}, (lang, coded)
    said = messages.say("import.after-newest", {"name": "en-2021-06-01.md", "date": "2021-06-01", "lang": "en",
                                                "authoritative": "fr", "version": "2021-01-01"}, "en")
    assert said.startswith("en-2021-06-01.md: dated 2021-06-01, after the newest French version, 2021-01-01: "
                           "committed as its English page. If a text in French took effect"), said
    said = messages.say("import.authoritative-first", {"lang": "de", "authoritative": "ja"}, "fr")
    assert said.startswith("importez d'abord la langue de référence (japonais)\u00a0: chaque texte en allemand"), said
