"""safety80: the site's own notice sentences written into a text. "This version is no longer in force." in a section
of the version in force, or "Last updated: March 1, 2001" in §3 of the version of 2001-02-01, passed every check (the
date line was read above the first section only): the reader took them for the archive's, and was told another status
or day than the archive gives. Each is refused at its line, in any of the site's languages."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import checks, document, notice_sentences
from policysite.messages import Said, said_in

_TEXT = ("---\ndate: 2001-02-01\n---\n\n# Privacy policy\n\nWe explain here how we use your data.\n\n## 1. Data\n\n"
         "We keep your name.\n\n## 2. Changes\n\n{line}\n")
_LANGS = ("en", "fr")


def _found(line: str, lang: str = "en") -> list[tuple[int, str]]:
    policy = document.parse(_TEXT.format(line=line), path=f"docs/{lang}/index.md", lang=lang)
    return [(f.line, f.message) for f in checks.notices_written(policy, langs=_LANGS)]


@pytest.mark.parametrize(("line", "said"), [
    ("This version is no longer in force.", "This version is no longer in force."),
    ("We may change it. This version is no longer in force.", "This version is no longer in force."),
    ("Last updated: March 1, 2001", "Last updated: March 1, 2001"),
    ("- Last updated: 1 January 2000", "Last updated: 1 January 2000"),
    ("In force since March 1, 2001.", "In force since March 1, 2001."),
    ("In force since February 1, 2001.", "In force since February 1, 2001."),  # (a status: the archive's to give)
    ("Archived version of February 1, 2001: this text is no longer in force.",
     "Archived version of February 1, 2001: this text is no longer in force."),
    ("Cette version n’est plus en vigueur.", "Cette version n’est plus en vigueur."),  # (another of the site's languages)
    ("Dernière mise à jour : 1er mars 2001", "Dernière mise à jour : 1er mars 2001"),
])
def test_a_notice_of_the_site_written_in_the_text_is_refused_at_its_line(line, said):
    ((at, message),) = _found(line)
    assert at == 15 and said in message and "2001-02-01" in message, message
    assert "est écrit comme l'avis du site" in said_in(Said("structure.date-stated/notice", sentence=said,
                                                             date="2001-02-01"), "fr")


@pytest.mark.parametrize("line", [
    "Last updated: February 1, 2001",  # the version's own day
    "The GDPR, in force since 25 May 2018, applies.",  # words of the text's own
    "In force since 25 May 2018, the GDPR applies to us.",
    "We tell you when a version is no longer in force, by e-mail.",
    "Version of the text: see the history.",
])
def test_words_of_the_text_s_own_pass(line):
    assert _found(line) == []


def test_a_date_line_above_the_first_section_is_stated_date_s_alone():
    text = "---\ndate: 2001-02-01\n---\n\n# Privacy policy\n\nLast updated: March 1, 2001\n\n## 1. Data\n\nWe keep it.\n"
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    assert checks.notices_written(policy, langs=_LANGS) == []
    assert [f.line for f in checks.stated_date(policy)] == [7]
    notice = text.replace("Last updated: March 1, 2001", "This version is no longer in force.")
    assert [f.line for f in checks.notices_written(document.parse(notice, path="docs/en/index.md", lang="en"),
                                                   langs=_LANGS)] == [7]


def test_each_sentence_is_read_whole():
    day = dt.date(2001, 2, 1)
    assert notice_sentences.written("Last updated: March 1, 2001", langs=("en",), date=day) == (
        "Last updated: March 1, 2001", True)
    assert notice_sentences.written("This version is no longer in force.", langs=("de", "en"), date=None) == (
        "This version is no longer in force.", False)
    assert notice_sentences.written("We keep your data.", langs=_LANGS, date=day) is None


@pytest.mark.parametrize("key", ["summary", "description"])
def test_a_notice_in_the_front_matter_s_shown_words_is_refused_at_its_line(key):
    text = (f"---\ndate: 2001-02-01\n{key}: This version is no longer in force.\n---\n\n# Privacy policy\n\n"
            "## 1. Data\n\nWe keep it.\n")
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    (found,) = checks.notices_written(policy, langs=_LANGS)
    assert found.line == 3 and "site's own notice" in found.message
    honest = text.replace("This version is no longer in force.", "How we keep your data.")
    assert checks.notices_written(document.parse(honest, path="docs/en/index.md", lang="en"), langs=_LANGS) == []
