"""The messages of verify, diff's stale and redated texts, history's order, the refusals and import's commits write a
day in a sentence in words, as publish's do since legal24: French said « la version est datée du 2027-03-01, avant
2027-03-15 », « datez-le d'une date postérieure au 2027-03-15 », « entrer en vigueur le 2027-03-15 », « Import du texte
en français en vigueur à partir du 2021-01-05 » (a commit subject the legal team reads in `git log`). A version named
as a version keeps its name ("2027-03-15 (commit …)"), a day to type stays as typed (legal25)."""
from __future__ import annotations

import re

import pytest

from policysite.messages import catalogue, say

FAMILIES = ("verify.", "diff.stale", "diff.redated", "history.order", "refusal.", "import.commit")
DAY = "2027-03-15"
ISO_IN_PROSE = {
    "fr": re.compile(r"(?:\ble|\bau|\bdu|jusqu'au|après le|avant le|avant|depuis le|date|daté|datée|redatée au"
                     r"|à partir du)[\s\u00a0]+\d{4}-\d{2}-\d{2}"),
    "en": re.compile(r"(?:\bon|\bafter|\bbefore|\buntil|\bto|\bdated|\bsince|\bfrom|\bdates [\w/.]+|the version of"
                     r"|after it,)\s+\d{4}-\d{2}-\d{2}"),
}
# fields given a day (a version's date, a day it took or takes effect); the others given a word
DAY_FIELDS = ("version", "newest", "latest", "later", "date", "day", "new", "old", "after", "announced")


def _fields(template: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, spec in re.findall(r"\{(\w+)(?::([^{}]*))?\}", template):
        if spec == "iso":
            out[name] = "TYPED"
        elif name in DAY_FIELDS:
            out[name] = DAY
        elif spec.split(":")[0] in ("plural", "form", "number", "ordinal", "decimal"):
            out[name] = 2
        elif spec.startswith(("each", "languages")):
            out[name] = []
        else:
            out[name] = "x"
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_day_in_a_sentence_of_these_families_is_written_year_first(lang):
    keys = [key for key in catalogue(lang) if key.startswith(FAMILIES)]
    said = {}
    for key in keys:
        try:
            said[key] = say(key, _fields(catalogue(lang)[key]), lang) or ""
        except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
            continue  # a field of a kind these stand-ins cannot give
    assert len(said) > 60
    # (verify.misdated/* set a commit's instant, ISO with its hour and zone, beside the day it is compared with)
    wrong = {key: found.group(0) for key, text in said.items() if (found := ISO_IN_PROSE[lang].search(text))
             and not key.startswith("verify.misdated/")}
    assert not wrong, wrong


def _plain(text: str | None) -> str:
    return (text or "").replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("key, lang, fields, words, kept", [
    ("history.order", "fr", {"version": "2027-03-01", "latest": DAY, "commit": "1a2b3c4", "file": "u.yml"},
     "datée du 1er mars 2027, avant la version du 15 mars 2027, déjà publiée", "postérieure au 15 mars 2027 dans"),
    ("history.order", "en", {"version": "2027-03-01", "latest": DAY, "commit": "1a2b3c4", "file": "u.yml"},
     "dated March 1, 2027, before the version of March 15, 2027, published already", "a date after March 15, 2027"),
    ("diff.stale", "fr", {"new": DAY, "old": DAY}, "daté du 15 mars 2027, non postérieur au 15 mars 2027",
     "une date postérieure au 15 mars 2027"),
    ("diff.stale", "en", {"new": DAY, "old": DAY}, "dated March 15, 2027, not after March 15, 2027",
     "a date after March 15, 2027"),
    ("diff.redated", "fr", {"new": DAY}, " : datée du 15 mars 2027, elle", "Aucune modification"),
    ("refusal.backdated", "en", {"commit": "1a2b3c4", "path": "docs/fr/index.md", "date": "2027-03-01",
                                 "later": DAY, "earlier": "5d6e7f8", "file": "u.yml"},
     "1a2b3c4 dates docs/fr/index.md March 1, 2027, before March 15, 2027 of the earlier commit 5d6e7f8",
     "if the version of March 15, 2027 was never in force, 5d6e7f8"),
    ("refusal.superseded", "fr", {"version": "2027-03-01", "after": DAY, "after_commit": "1a2b3c4",
                                  "commit": "5d6e7f8", "file": "u.yml"},
     "la version du 1er mars 2027 n'est pas encore entrée en vigueur", "redatée au 15 mars 2027 avant"),
    ("verify.absent/announced", "en", {"version": DAY, "commit": "1a2b3c4", "announced": "2027-02-01",
                                       "branch": "gh-pages"},
     "announced on February 1, 2027 to take effect on March 15, 2027", "2027-03-15 (commit 1a2b3c4)"),
    ("import.commit/from", "fr", {"name": "français", "version": "2021-01-05"},
     "Import du texte en français en vigueur à partir du 5 janvier 2021", "Import"),
    ("import.commit/version", "en", {"name": "English", "version": "2021-01-05"},
     "Import the English text of 2021-01-05", "2021-01-05"),  # a version's name, as its folder is named
])
def test_days_read_in_words_and_names_stay_names(key, lang, fields, words, kept):
    text = _plain(say(key, fields, lang))
    assert words in text and kept in text, text
