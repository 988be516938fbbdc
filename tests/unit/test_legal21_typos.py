"""legal21: a redline whose only change is the spelling of words says so (redline.typos): the pull request's summary of
a typo corrected read "1 changed", as a change of wording would. Two words of the dictionary swapped ("not" for "now"),
a number, a sentence added are changes of wording."""
from __future__ import annotations

import pytest

from policysite import document, redline
from policysite.redline import typos

HEAD = "---\ndate: 2024-01-10\n---\n\n# Policy\n\n## 1. Data\n\n"
TETE = "---\ndate: 2024-01-10\n---\n\n# Politique\n\n## 1. Données\n\n"


def _corrected(old: str, new: str, lang: str = "en") -> list[tuple[str, str, str]]:
    head = TETE if lang == "fr" else HEAD
    return typos.corrected(redline.diff(document.parse(head + old, path="a", lang=lang),
                                        document.parse(head + new, path="b", lang=lang)))


@pytest.mark.parametrize(("old", "new", "lang", "words"), [
    ("The data are recieved by us.", "The data are received by us.", "en", [("1", "recieved", "received")]),
    ("We process your data.", "We process your dta.", "en", [("1", "data", "dta")]),  # a typo made is one too
    ("Nous traitons vos donées.\n\n- Le responsable du traitment.", "Nous traitons vos données.\n\n- Le responsable "
     "du traitement.", "fr", [("1", "donées", "données"), ("1", "traitment", "traitement")]),
    ("| Donnée | Durée |\n|---|---|\n| adresse | un an |", "| Donnée | Durée |\n|---|---|\n| adrese | un an |", "fr",
     [("1", "adresse", "adrese")]),
])
def test_a_spelling_corrected_is_named_word_by_word(old, new, lang, words):
    assert _corrected(old, new, lang) == words


@pytest.mark.parametrize(("old", "new"), [
    ("We will not sell it.", "We will now sell it."),  # two words of the dictionary
    ("We keep it 3 years.", "We keep it 5 years."),  # a number
    ("We keep it.", "We keep it. And we share it."),  # words added
    ("We keep your data.", "We keep your personal data."),
    ("We keep your data.", "We keep your information."),
    ("We keep your data.", "We keep your data."),  # nothing
    ("See [our site](https://a.example/).", "See [our site](https://b.example/)."),  # a link
])
def test_a_change_of_wording_is_no_spelling(old, new):
    assert _corrected(old, new) == []


def test_a_section_added_is_no_spelling():
    assert _corrected("The data are recieved.", "The data are received.\n\n## 2. More\n\nText.") == []
