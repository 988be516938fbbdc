"""Publish's, the published-text check's and revert's messages write a day in a sentence as every other message does,
in words ("le 15 mars 2027", "March 15, 2027"): they said "entre en vigueur le 2027-03-15", "postérieure au
2027-03-15" where the rest of the catalogue said "le 15 mars 2027" (legal24). A day to type stays as typed
(`date: 2027-03-15`, the soonest date to give), and a version named as a version keeps its name."""
from __future__ import annotations

import re

import pytest

from policysite.messages import catalogue, say

FAMILIES = ("publish.", "published.", "revert.")
DAY = "2027-03-15"
ISO_IN_PROSE = {
    "fr": re.compile(r"(?:\ble|\bau|\bdu|jusqu'au|après le|avant le|depuis le|date)[\s\u00a0]+\d{4}-\d{2}-\d{2}"),
    "en": re.compile(r"(?:\bon|\bafter|\bbefore|\buntil|\bto|\bdated|\bsince|\bdates the text)\s+\d{4}-\d{2}-\d{2}"
                     r"|\(\d{4}-\d{2}-\d{2} at the soonest"),
}
DAY_FIELDS = ("version", "newest", "latest", "other", "eve", "soonest", "material", "date", "later", "today", "day")


def _fields(template: str) -> dict[str, object]:
    """Every field of `template` given: the days a day, counts a number, the rest a word."""
    out: dict[str, object] = {}
    for name, spec in re.findall(r"\{(\w+)(?::([^{}]*))?\}", template):
        if spec == "iso":
            out[name] = "TYPED"  # a day to type (`date:`, `announced:`), written as typed on purpose
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
def test_no_day_in_a_sentence_of_publish_or_revert_is_written_year_first(lang):
    keys = [key for key in catalogue(lang) if key.startswith(FAMILIES)]
    assert len(keys) > 40
    said = {}
    for key in keys:
        try:
            text = say(key, _fields(catalogue(lang)[key]), lang)
        except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
            continue  # a field of a kind these stand-ins cannot give (read below by name)
        said[key] = text or ""
    assert len(said) > 40
    wrong = {key: found.group(0) for key, text in said.items() if (found := ISO_IN_PROSE[lang].search(text))}
    assert not wrong, wrong


@pytest.mark.parametrize("key, lang, words, typed", [
    ("publish.upcoming", "fr", "entre en vigueur le 15 mars 2027", "2027-03-15 : à venir"),
    ("publish.upcoming", "en", "takes effect on March 15, 2027", "2027-03-15: upcoming"),
    ("revert.ahead", "fr", "postérieure au 15 mars 2027 (le 16 mars 2027 au plus tôt)", "la version 2027-03-15"),
    ("revert.ahead", "en", "a date after March 15, 2027 (March 16, 2027 at the soonest)", "2027-03-15 is published"),
    ("published.older/same", "fr", "est daté du 1er mars 2027, avant le 15 mars 2027", "`date: 2027-03-15`"),
    ("published.older/same", "en", "is dated March 1, 2027, before March 15, 2027", "`date: 2027-03-15`"),
])
def test_the_days_read_as_the_legal_team_writes_them_and_a_day_to_type_stays_typed(key, lang, words, typed):
    fields = {"version": "2027-03-01" if key.startswith("published") else DAY, "newest": DAY, "soonest": "2027-03-16",
              "branch": "gh-pages"}
    text = say(key, fields, lang) or ""
    assert words in text.replace("\u00a0", " ").replace("\u202f", " "), text
    assert typed in text.replace("\u00a0", " ").replace("\u202f", " "), text
