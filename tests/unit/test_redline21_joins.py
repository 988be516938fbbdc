"""Two short paragraphs merged with a conjunction, or one cut in two, are said merged or split (redline21): their
words compared as a join compares them, lower case and without the punctuation at their ends (engine._text_words), so
that `access. You may` become `access, and you may` keeps nearly every word. It was the first paragraph deleted and
the second rewritten, nothing saying the two were made one. The compare page's engine (redline.js) decides alike."""
from __future__ import annotations

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.engine import _bare
from unit.test_redline import policy

CASES = {  # two paragraphs, the one they were made, and the language
    "en": ("You may ask for access.", "You may ask for deletion.", "You may ask for access, and you may ask for deletion."),
    "fr": ("Vous pouvez demander l’accès.", "Vous pouvez demander l’effacement.",
           "Vous pouvez demander l’accès, et vous pouvez demander l’effacement."),
    "de": ("Sie können Auskunft verlangen.", "Sie können Löschung verlangen.",
           "Sie können Auskunft verlangen; Sie können auch Löschung verlangen."),
}


def _body(*paragraphs: str) -> str:
    return "## 1. Rights\n\n" + "".join(f"{p}\n\n" for p in paragraphs) + "## 2. End\n\nThank you for reading.\n"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_two_short_paragraphs_made_one_are_said_merged_and_back_split(lang):
    first, second, both = CASES[lang]
    merged = redline.diff(policy(_body(first, second), lang=lang), policy(_body(both), date="2030-02-01", lang=lang))
    (block,) = [b for s in merged.sections for b in s.blocks if b.kind != "unchanged"]
    assert (block.joined, block.joined_count) == ("merged", 2)
    assert "".join(text for tag, text in block.ops if tag != "insert") == f"{first} {second}"
    split = redline.diff(policy(_body(both), lang=lang), policy(_body(first, second), date="2030-02-01", lang=lang))
    assert [b.joined for s in split.sections for b in s.blocks if b.kind != "unchanged"] == ["split", ""]


def test_unrelated_paragraphs_are_not_merged():
    old = _body("You may ask for access.", "We keep invoices for ten years.")
    new = _body("You may ask for access, and we never sell your data to anyone.")
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    assert not [b for s in r.sections for b in s.blocks if b.joined]


def test_a_word_is_compared_without_its_ends_punctuation_nor_its_case():
    assert [_bare(w) for w in ("access.", "«Vous", "(b)", "—", "l’accès,", "Ärger!")] == [
        "access", "vous", "b", "", "l’accès", "ärger"]


def test_the_compare_page_joins_them_alike():
    pairs = []
    for first, second, both in CASES.values():
        a, b = (synthetic_policy("2030-01-15", sections=_body(first, second)),
                synthetic_policy("2030-02-01", sections=_body(both)))
        pairs += [(a, b), (b, a)]
    _check(pairs)
