"""A dash typed as hyphens (`--`, `---`, what an autocorrect or SmartyPants makes `—` or `–` of) is a typographic
edit, as `...` become `…` is (redline15): it was one hyphen struck ("— [-‐-] really") in every redline, so a paragraph
a lawyer only retyped read as changed and its real edit was drowned among such marks. Python, the browser and Word
agree: the redline marks the words changed, counts the dash a formatting-only edit, and Word gives each text back."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import read, reading

BODY = ("## 1. Data\n\nWe keep your data for one year -- or less -- and never sell it --- really. The well--known "
        "rule applies.\n\n## 2. End\n\nThank you for reading.\n")
DASHED = {
    "en dashes": BODY.replace(" -- ", " – ").replace("well--known", "well–known"),
    "em dashes": BODY.replace("--- ", "— ").replace(" -- ", " — ").replace("well--known", "well—known"),
    "hyphens the other way": BODY.replace("--- ", "-- "),
}


def _marked(r: redline.Redline) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for s in r.sections for b in s.blocks for tag, text in b.ops if tag != "equal"]


@pytest.mark.parametrize("name", DASHED)
def test_a_dash_typed_otherwise_is_a_formatting_edit_not_a_change(name):
    r = redline.diff(policy(BODY), policy(DASHED[name], date="2030-02-01"))
    assert not r.changed and _marked(r) == []
    assert r.notes.formatting == 1
    assert redline.diff(policy(DASHED[name]), policy(BODY, date="2030-02-01")).notes.formatting == 1


def test_a_real_edit_beside_retyped_dashes_is_the_only_mark():
    new = DASHED["em dashes"].replace("one year", "two years")
    r = redline.diff(policy(BODY), policy(new, date="2030-02-01"))
    assert _marked(r) == [("delete", "one year"), ("insert", "two years")]
    # Word: the dashes revised as each version types them, each text given back whole
    data = render_docx(r, author="Acme")
    assert read(data, accept=True) == reading(policy(new, date="2030-02-01"))
    assert read(data, accept=False) == reading(policy(BODY))


def test_the_browser_compares_dashes_as_policy_diff_does():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in
             (BODY, *DASHED.values(), DASHED["em dashes"].replace("one year", "two years"))]
    _check(list(itertools.permutations(texts, 2)))


GERMAN = "## 1. Daten\n\nWir nennen das 'Profil' und \"Konto\" -- siehe unten.\n\n## 2. Ende\n\nDanke fürs Lesen.\n"
LOW_QUOTES = GERMAN.replace("'Profil'", "‚Profil‘").replace('"Konto"', "„Konto“").replace(" -- ", " ― ")


def test_low_quotes_and_a_quotation_dash_are_typographic_edits_too():
    """German and Polish write their quotes low (`‚so‘`, `„so“`): the low single quote (U+201A) was a mark of its own,
    struck and inserted, where `„` (U+201E) was folded already; a quotation dash (U+2015) too."""
    for a, b in ((GERMAN, LOW_QUOTES), (LOW_QUOTES, GERMAN)):
        r = redline.diff(policy(a, lang="de"), policy(b, date="2030-02-01", lang="de"))
        assert not r.changed and _marked(r) == [] and r.notes.formatting == 1
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (GERMAN, LOW_QUOTES)]
    _check(list(itertools.permutations(texts, 2)))
