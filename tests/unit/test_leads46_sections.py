"""Leads46: a Roman series written `I)` or in small letters (`i.`, `ii)`) numbers its sections, its ids kept."""
from __future__ import annotations

import pytest

from policysite import anchors, document


def _read(headings: list[str]) -> document.Policy:
    body = "".join(f"## {heading}\n\nText {n}.\n\n" for n, heading in enumerate(headings))
    return document.parse(f"---\ndate: 2021-06-01\n---\n# Privacy\n\n{body}", path="x.md", lang="en")


@pytest.mark.parametrize("headings", [["I) Scope", "II) Data", "III) Rights"], ["i. Scope", "ii. Data", "iii. Rights"],
                                      ["i) Scope", "ii) Data", "iii) Rights"]])
def test_a_roman_series_with_a_bracket_or_in_small_letters_is_numbered_its_former_ids_still_landing(headings):
    """`## I) Scope`, `## ii. Data` stayed unnumbered (ids `#i-scope`, `#ii-data`; no numbering check, no pairing with
    a translation's §1, §2) where `## I. Scope` is §1: numbered as their series counts, each id a page built before
    gave still an alias of its section."""
    policy = _read(headings)
    assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
        ("1", "Scope", "s1"), ("2", "Data", "s2"), ("3", "Rights", "s3")]
    assert not [f for f in policy.problems if f.rule.startswith("structure.")], policy.problems
    given = anchors.own_anchors(policy)
    for index, former in enumerate(("i-scope", "ii-data", "iii-rights")):
        assert former in given.aliases.get(index, []), given.aliases


@pytest.mark.parametrize("headings, numerals", [
    (["1. Scope", "i. Lone", "2. Data"], ["1", "", "2"]),  # a lone `i.`: a letter, maybe
    (["i. Scope", "iii. Data"], ["", ""]),  # not consecutive
    (["I) Scope", "ii) Data", "III) Rights"], ["", "", ""])])  # not one series
def test_a_roman_numeral_not_in_a_consecutive_series_of_one_case_stays_as_written(headings, numerals):
    policy = _read(headings)
    assert [(s.numeral, s.written) for s in policy.sections] == list(zip(numerals, headings, strict=True))
