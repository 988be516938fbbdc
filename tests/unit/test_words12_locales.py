"""Words 12: the site's words in Polish and Greek end on what they name, not on a word that waits for it: Polish
"połączonych w ten." ("merged into this.") is "w ten akapit" (this paragraph), "podzielony na {n}, w tym ten."
"na {n} części, w tym ten akapit"; Greek's hover "τον δείκτη επάνω:" ("the pointer over:") is "επάνω του" (over it)."""
from __future__ import annotations

import re

import pytest

from policysite.strings import redline_labels, strings

# Words that wait for the noun or the object after them, by language: a demonstrative determiner (Polish `ten`, `tę`,
# `tym` ending a phrase: "w tym ten."), an adverb of place used as a preposition (Greek `επάνω`, `πάνω` before a colon)
WAITING = {
    "pl": re.compile(r"\b(?:w )?(?:ten|tę|tym|tego|tej)[.:]\s*$"),
    "el": re.compile(r"(?:επάνω|πάνω|κάτω|μέσα)[.:]\s*$"),
}


@pytest.mark.parametrize("lang", sorted(WAITING))
def test_no_words_of_the_site_end_on_a_word_waiting_for_its_noun(lang):
    waiting = {key: text for said in (strings(lang), redline_labels(lang)) for key, text in said.items()
               if isinstance(text, str) and WAITING[lang].search(text)}
    assert waiting == {}


def test_polish_names_what_a_paragraph_was_merged_into():
    labels = redline_labels("pl")
    assert labels["joined_merged"].endswith(" w ten akapit.") and labels["joined_split"].endswith(" w tym ten akapit.")
