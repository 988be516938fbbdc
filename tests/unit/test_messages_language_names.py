"""A language is named as the catalogue's language names it ("no French version"), never by its code ("no fr
version"), in English as in French; the code stays where the code itself is meant (`--lang fr`, a folder `fr/`)."""
from __future__ import annotations

import re

from policysite import messages

# Where a field is the code itself: a flag's value, a command's argument, a folder, a file named by it, code to type,
# the code after the name "(fr)"
_CODE_MEANT = re.compile(r"(?:--lang |sync-mark )\{\w+\}|\{\w+\}/|\(\{\w+\}(?=[,)])|\{\w+\}\.\w+|`[^`]*`")


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
    assert said.startswith("en-2021-06-01.md: dated June 1, 2021, after the newest French version, January 1, 2021: "
                           "committed as its English page. If a text in French took effect"), said
    said = messages.say("import.authoritative-first", {"lang": "de", "authoritative": "ja"}, "fr")
    assert said.startswith("importez d'abord la langue qui fait foi (japonais)\u00a0: chaque texte en allemand"), said


# The fields every catalogue gives a language's code in (`lang`, `languages` joined, the `authoritative` one, the
# `base` a theme falls back to), and those that hold a code under another name in some messages (`code` in init's
# notes and diff's refusal); the messages where such a field holds no language (a path) or the code as a file writes it
_LANGUAGE_FIELDS = re.compile(r"\{(lang|languages|authoritative|base)\}")
_CODE_FIELD_IN = ("init.note-", "diff.output-in-docs", "build.refused/")
_NOT_A_LANGUAGE = {
    "history.translation-alone": "authoritative is the authoritative text's path",
    "editorial.stacked": "base is the character the marks are stacked on",
    "manifest.invalid/changes": "lang is the manifest's own key, as the file writes it",
}
# Where the code is what was typed or written (quoted as the user wrote it: “xx”, « xx »), or a place that is named by
# it (a flag's value, a command's argument, a folder, a file, code to type, the code after a name)
_TYPED = re.compile("(?:--lang |--languages |sync-mark )\\{\\w+\\}|\\{\\w+\\}/|/\\{\\w+\\}|\\{\\w+\\}\\.\\w+|`[^`]*`"
                    "|\\(\\{\\w+\\}(?=[,)])|[«“][ \u00a0\u202f]?\\{\\w+\\}[ \u00a0\u202f]?[»”]")


def test_no_message_of_any_catalogue_says_a_language_by_its_code():
    """Session 44 left "fr : 2 sections" (publish's changes), "ils sont écrits en en, fr", "de: the spelling check
    has no dictionary for it", "de, pl: published on gh-pages, and no longer in the configuration": a lawyer reads
    a language's name, in the catalogue's language; the code stays where it is typed or quoted as written."""
    coded = {}
    for lang in messages.LANGUAGES:
        for key, template in messages.catalogue(lang).items():
            if key in _NOT_A_LANGUAGE:
                continue
            bare = _TYPED.sub("", template)
            fields = set(_LANGUAGE_FIELDS.findall(bare))
            if key.startswith(_CODE_FIELD_IN) and "{code}" in bare:
                fields.add("code")
            if fields:
                coded[(lang, key)] = sorted(fields)
    assert coded == {}


def test_languages_are_named_and_joined_as_the_catalogue_s_language_joins_a_list():
    assert messages.say("messages.unknown", {"where": "--messages", "lang": "xx", "languages": "en, fr"}, "fr") == \
        "--messages\u00a0: aucun message en «\u00a0xx\u00a0»\u00a0: ils sont écrits en anglais (en) et français (fr)"
    said = messages.say("refuse.unconfigured", {"languages": "de, it, pl", "branch": "gh-pages"}, "en")
    assert said.startswith("German (de), Italian (it), and Polish (pl): published on gh-pages"), said
    said = messages.say("refuse.unconfigured/one", {"languages": "de", "branch": "gh-pages"}, "fr")
    assert said.startswith("allemand (de)\u00a0: langue publiée sur gh-pages, et absente de la configuration"), said
    said = messages.say("history.language-dropped", {"lang": "en", "path": "docs/en/index.md", "versions": "2021-03-01",
                                                     "commit": "abc1234"}, "fr")
    assert said.startswith("anglais (en)\u00a0: des textes des versions datées 2021-03-01 étaient dans docs/en/index.md") and \
        said.endswith("configurez de nouveau cette langue"), said  # (never "de nouveau anglais", without its article)
    assert messages.say("publish.changes/formatting", {"lang": "en"}, "fr") == \
        "anglais\u00a0: en-tête ou mise en forme seulement"
    assert messages.say("publish.partial", {"version": "2021-02-01", "languages": ["fr", "en"], "missing": "docs/de/x.md",
                                            "count": 1, "commit": "abc1234"}, "en").startswith(
        "2021-02-01: published in French and English only: docs/de/x.md does not exist at abc1234")
