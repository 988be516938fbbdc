"""Words 14: the words the legal team and readers read in the catalogues: a day in a sentence written as the language
writes dates, plain words where a reader is no developer, no option the user did not type."""
from __future__ import annotations

import re

import pytest

from policysite import messages

_CODE_SPAN = re.compile(r"`[^`]*`")


def test_french_says_copyright_in_french_outside_code_and_keys():
    """« la ligne de copyright qui clôt la page »: French says « droits d'auteur »; `copyright` stays where it is the
    key of mkdocs.yml to write (in code quotes, or as the place a finding is at)."""
    english = {key: template for key, template in messages.catalogue("fr").items()
               if re.search(r"(?<![\w-])copyright(?![\w-])", _CODE_SPAN.sub("", template).removeprefix("copyright :")
                            .removeprefix("copyright\u00a0:"))}
    assert english == {}
    said = messages.say("convert.scraped-copyright", {"words": ["© 2024 Acme"]}, "fr")
    assert said == "la mention des droits d'auteur qui clôt la page (© 2024 Acme)\u00a0: laissée de côté", said


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_archive_s_branch_checked_out_is_said_without_an_option_not_typed(lang):
    """publish and history refuse gh-pages checked out in a worktree though `-b` was never typed (its default): the
    refusal says the archive's branch, not "-b gh-pages:"."""
    said = messages.say("refuse.checked-out", {"branch": "gh-pages", "where": "/srv/pages",
                                               "way": messages.Said("refuse.checked-out/prune")}, lang)
    assert "-b" not in said and "gh-pages" in said, said


# A day's field and the kind it is said as: `date` in a sentence, `iso` where it is typed, `month` its month
_DAY_FIELD = re.compile(r"\{(day)(?::(\w+))?(?::[^{}]*)?\}")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_every_day_field_says_whether_it_is_prose_or_typed(lang):
    """52 `{day}` fields wrote ISO days in sentences (« le commit … du 2021-02-17 »): each says its kind, `date` in a
    sentence, `iso` where it is a thing to type (a file to rename, a `date:` to write), the same in every catalogue."""
    kinds = {key: [kind for _, kind in _DAY_FIELD.findall(template)] for key, template in
             messages.catalogue(lang).items() if _DAY_FIELD.search(template)}
    bare = {key: found for key, found in kinds.items() if not set(found) <= {"date", "iso", "month"}}
    assert bare == {}
    english = {key: [kind for _, kind in _DAY_FIELD.findall(template)] for key, template in
               messages.catalogue("en").items() if _DAY_FIELD.search(template)}
    assert {key: found for key, found in kinds.items() if found != english.get(key)} == {}


def test_a_day_in_a_sentence_is_written_as_the_language_writes_dates_and_a_day_to_type_as_typed():
    fields = {"path": "docs/fr/index.md", "new": "docs/fr/old.md", "commit": "1a2b3c4", "subject": "Move",
              "day": "2021-02-17", "back": "docs/fr/old.md docs/fr/index.md"}
    said = messages.say("publish.moved/item", fields, "fr")
    assert "«\u00a0Move\u00a0» du 17 février 2021, où" in said, said
    assert "“Move” of February 17, 2021, where" in messages.say("publish.moved/item", fields, "en")
    said = messages.say("at.none", {"day": "2022-03-01", "first": "2023-01-01"}, "fr")
    assert said.startswith("aucune version n'était en vigueur le 1er mars 2022\u00a0:"), said
    said = messages.say("import.date-short", {"name": "p.md", "date": "2021-2-17", "day": "2021-02-17", "hint": ""}, "fr")
    assert "le mois et le jour, 2021-02-17" in said, said
    assert messages.say("import.git-dated/same-day", {"day": "not a day"}, "en") == "the same day (not a day)"


# Words a developer reads and a lawyer or a DPO does not: the branch's manifest, a SHA-256, YAML
_JARGON = re.compile(r"(?i)\bmanifest(?:e|es|s|'s)?\b|\bsha-?256\b|\bsha\b|\byaml\b")
# Where they stay: messages of commands and files only a developer meets (git's objects, mkdocs.yml's settings, a
# manifest file on the branch that cannot be read, a data file's format, the web app manifest a page links)
_JARGON_ALLOWED = re.compile(r"^(?:git\.|settings\.|manifest\.invalid/|import\.data-unreadable$|output\.link-unread$)")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_legal_team_and_the_dpo_read_no_developer_s_word(lang):
    """verify said "matches the manifest", "(SHA-256 1a2b…)", a front matter "not valid YAML": a publication record, a
    fingerprint, a front matter that cannot be read; those words stay in developer-only messages, listed here."""
    said = {key: _JARGON.findall(re.sub(r"\{[^{}]*\}", "", _CODE_SPAN.sub("", template)))
            for key, template in messages.catalogue(lang).items() if not _JARGON_ALLOWED.match(key)}
    assert {key: words for key, words in said.items() if words} == {}


def test_verify_says_a_publication_record_and_a_fingerprint():
    assert messages.say("manifest.changed", {"recorded": "1a2b", "actual": "3c4d"}, "en") == \
        "changed (recorded fingerprint 1a2b…, branch 3c4d…)"
    said = messages.say("provenance.forged/gone", {"version": "2021-02-17", "lang": "fr", "commit": "1a2b3c4",
                                                   "sha256": "9f86d08", "path": "fr/2021-02-17/index.html"}, "fr")
    assert said.startswith("2021-02-17 (fr)\u00a0: son relevé de publication désigne le texte de 1a2b3c4 (empreinte "
                           "9f86d08…)"), said
    assert messages.say("frontmatter.yaml", {"problem": "x"}, "fr") == "l'en-tête ne peut pas être lu\u00a0: x"


# One word a concept in each catalogue, as the site's own pages say it (strings.py): the day a version takes effect
# is « entre en vigueur » (15 messages said « prend effet »), the language that prevails « la langue qui fait foi »
# (5 said « la langue de référence », 3 « qui fait foi »)
_OTHER_WORDS = {"fr": re.compile(r"(?i)\b(?:prend|prendra|prennent|prendre|a pris|ont pris) effet\b"
                                 r"|\blangue de référence\b")}


@pytest.mark.parametrize("lang", sorted(_OTHER_WORDS))
def test_one_concept_is_said_with_one_word(lang):
    said = {key: _OTHER_WORDS[lang].findall(template) for key, template in messages.catalogue(lang).items()}
    assert {key: words for key, words in said.items() if words} == {}
    assert "langue qui fait foi" in messages.say("sync-mark.authoritative", {"lang": "fr"}, "fr")
    assert messages.say("at.answer/upcoming-to", {"version": "2024-06-01", "url": "u", "start": "2024-06-01",
                                                  "until": "2024-06-30"}, "fr") == \
        "2024-06-01 u (à venir\u00a0: en vigueur du 2024-06-01 au 2024-06-30 inclus)"
