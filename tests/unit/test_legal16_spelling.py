"""legal16: the legal team's edits sessions 47-49 did not try, as `policy check`'s spelling reads them."""
from __future__ import annotations

import pytest

from policysite import document, spelling

FRENCH = ("Nous traitons votre nom et votre adresse électronique avec soin, conformément au règlement général sur la "
          "protection des données, et nous vous informons de vos droits.")


def _unknown(body: str, *, lang: str = "fr") -> list[tuple[int, str, str]]:
    text = f"---\ndate: 2030-01-15\n---\n\n# Politique\n\n## 1. Données\n\n{FRENCH}\n\n{body}\n"
    policy = document.parse(text, path=f"docs/{lang}/index.md", lang=lang)
    return [(f.line, dict(f.fields)["word"], dict(f.fields)["lang"]) for f in spelling.check(policy, words=frozenset())]


@pytest.mark.parametrize("tag", ['span lang="en"', "q lang='en-GB'", 'i lang=en class="quote"'])
def test_a_quotation_marked_as_english_in_the_french_text_is_checked_with_the_english_dictionary(tag):
    """A French text quoting its founder in English, marked `<span lang="en">` as the editorial rules ask: each
    English word was said unknown to the French dictionary ('is', 'it', 'not', 'right'), five findings the team could
    only silence by listing English words as French ones; a typo in the quotation was said as a French word's. Now
    the marked words are judged by the English dictionary, its typo said with the English suggestion."""
    name = tag.split()[0]
    body = f"Comme le dit notre fondateur : <{tag}>“privacy is not an option, it is a right”</{name}>."
    assert _unknown(body) == []
    said = _unknown(body.replace("right", "rihgt"))
    assert said == [(11, "rihgt", "en-GB" if "en-GB" in tag else "en")], said


def test_a_phrase_marked_in_the_page_s_language_or_a_language_without_a_dictionary_is_not_judged_otherwise():
    assert _unknown('<span lang="fr">Nous traitons vos donées.</span>') == [(11, "donées", "fr")]
    assert _unknown('Le <span lang="he">מדיניות פרטיות</span> de la filiale.') == []
    # an unmarked English word stays the French dictionary's to judge
    assert (11, "privacy", "fr") in _unknown("Une politique « privacy by design ».")
