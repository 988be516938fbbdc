"""Words 13: what a lawyer or a DPO reads in the command line's messages, in every catalogue: a setting named by what
it is, its configuration key after it in code quotes ("l'hôte de extra.policy.public_url" broke French elision and
read as jargon: "l'hôte de l'adresse publique du site (`extra.policy.public_url`)")."""
from __future__ import annotations

import re

import pytest

from policysite import messages

# A key of mkdocs.yml a sentence might name (`copyright` is left out: it is a word as well as a key)
_CONFIGURATION_KEY = re.compile(r"(?<![\w`.{-])(?:extra\.policy(?:\.[\w{}]+)*|site_name|site_url|theme\.\w+"
                                r"|markdown_extensions|use_directory_urls|repo_url|edit_uri|docs_dir)(?![\w`])")
_CODE_SPAN = re.compile(r"`[^`]*`")
# The key as the place a finding is at, as a file's line is (`{where}: extra.policy.languages: “xx” is not…`)
_AS_A_PLACE = re.compile(r"(?:\{\w+(?::\w+)?\}[ \u00a0]?:[ \u00a0])?(?:plugins[ \u00a0]?:[ \u00a0])?")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_a_configuration_key_is_code_after_the_words_that_say_what_it_is(lang):
    bare = {}
    for key, template in messages.catalogue(lang).items():
        prose = _CODE_SPAN.sub("", template)
        if "{setting}" in prose:  # a key given as a field (pdf.FONTS_SETTING)
            bare.setdefault(key, []).append("{setting}")
        for found in _CONFIGURATION_KEY.finditer(prose):
            if _AS_A_PLACE.fullmatch(prose[:found.start()]) and re.match("(?:\\{[^{}]*\\})?[ \u00a0]?:", prose[found.end():]):
                continue
            bare.setdefault(key, []).append(found[0])
    assert bare == {}


def test_french_elides_before_the_words_of_a_setting_and_quotes_its_key_as_code():
    said = messages.say("publish.carried/cname", {"named": "old.example", "host": "www.example"}, "fr")
    assert "l'hôte de l'adresse publique du site (`extra.policy.public_url`)" in said, said
    assert " de extra." not in said and " d'extra." not in said
    said = messages.say("settings.notice-days", {"where": "mkdocs.yml", "value": "-1"}, "fr")
    assert said == "mkdocs.yml\u00a0: le préavis (`extra.policy.notice_days`) doit être un nombre de jours (de 0 à 366), " \
        "et non -1"
    said = messages.say("settings.document-one", {"document": "cookies"}, "en")
    assert said == "--document 'cookies': this site has one document (its list of documents, " \
        "`extra.policy.documents`, is not set): leave the option out"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_each_catalogue_writes_an_ordinal_of_every_category_its_language_has(lang):
    """`ordinal()` held English's and French's rules in code and wrote every other language's `3.`: a catalogue says
    its ordinals as words of its own, one per CLDR ordinal category of its language (English's one, two, few, other:
    1st 2nd 3rd 4th 11th 21st 112th)."""
    from babel import Locale

    categories = {*Locale.parse(lang).ordinal_form.rules, "other"}
    assert {f"word.ordinal/{category}" for category in categories} <= set(messages.catalogue(lang))
    for category in categories:
        assert "{n}" in messages.catalogue(lang)[f"word.ordinal/{category}"]


def test_ordinals_are_the_catalogue_s():
    assert [messages.ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"]
    assert [messages.ordinal(n, "fr") for n in (1, 2, 11)] == ["1er", "2e", "11e"]
    assert messages.ordinal(3, "fr-CA") == "3e"
    assert messages.ordinal(3, "de") == "3rd"  # no German catalogue: said in English, as its words around it


# A number before its unit (MiB, Mio, MB, KiB, %, s, days, jours): written as the language writes numbers
_MEASURE = re.compile(r"\{(\w+)\}[ \u00a0\u202f]?(?:MiB|Mio|MB|Mo|KiB|Kio|kB|ko|%(?!\})|s(?![\w'’])|days\b|jours\b)")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_a_measure_is_a_number_as_the_language_writes_it(lang):
    """"occupe 12.5 Mio", "(12.3 s)", "1234 Mo" in French; "needs 1 days' notice": a field before its unit takes
    :number, :decimal or :plural (1 234 Mo, 12,5 Mio, 1 day's notice)."""
    bare = {key: _MEASURE.findall(template) for key, template in messages.catalogue(lang).items()
            if _MEASURE.search(template)}
    assert bare == {}


def test_measures_are_said_as_french_writes_numbers():
    said = messages.say("import.alt-chunk-large", {"name": "p.docx", "part": "word/a.html", "mib": "12.5"}, "fr")
    assert "occupe 12,5 Mio" in said, said
    said = messages.say("publish.progress", {"n": 1200, "total": 1500, "version": "2021-02-17", "elapsed": "3.2"},
                        "fr")
    assert said == "version 1\u202f200 sur 1\u202f500\u00a0: 2021-02-17 (3,2 s)", said
    said = messages.say("import.future", {"name": "p.md", "date": "2031-01-01", "today": "2030-01-01", "days": 1},
                        "en")
    assert "a material change needs 1 day's notice" in said, said


# git's name of the commit checked out, said after the words that say what it is ("the current commit (HEAD)", « le
# commit en cours (HEAD) »), or quoted as code to type (`HEAD~1`)
_HEAD_SAID = re.compile(r"(?:current commit|commit en cours)[ \u00a0]?[(,][ \u00a0]?HEAD\b")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_head_is_said_as_the_current_commit(lang):
    """verify said "HEAD is detached at 1a2b3c4" and "neither HEAD (detached at …)", publish "a commit of HEAD's
    history": git's words a DPO does not read; every message says the current commit, HEAD after it."""
    bare = {key: template for key, template in messages.catalogue(lang).items()
            if re.search(r"\bHEAD\b", _HEAD_SAID.sub("", _CODE_SPAN.sub("", template)))}
    assert bare == {}
