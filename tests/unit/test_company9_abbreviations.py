"""German legal abbreviations the spelling check flagged (company8's leftovers): one over five letters before a
number (`Abschn. 3`, `Unterabs. 1`), and the second of a place's pair (`Freiburg i. Br.`) before a new sentence; a
misspelt word in their place is still said."""
from __future__ import annotations

from policysite import document, spelling


def _unknown(body: str, lang: str = "de") -> list[str]:
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n# Daten\n\n{body}\n", path="docs/de/index.md", lang=lang)
    return [f.message.split("”")[0].split("“")[-1] for f in spelling.check(policy, words=frozenset())]


def test_a_long_abbreviation_of_a_dictionary_word_is_not_judged() -> None:
    assert _unknown("Siehe Abschn. 3 dieser Erklärung und Art. 6 Abs. 1 Unterabs. 1 DSGVO.") == ["DSGVO"]


def test_a_long_abbreviation_that_cuts_no_word_short_is_said() -> None:
    assert _unknown("Die Frist beträgt nach Datenschtz. 3 Monate.") == ["Datenschtz"]


def test_the_second_of_a_dotted_pair_is_an_abbreviation() -> None:
    assert _unknown("Unser Sitz ist in Freiburg i. Br. Die Daten bleiben dort.") == []
    assert spelling.abbreviated("Freiburg i. Br. Die", len("Freiburg i. Br"))


def test_a_sentence_s_last_word_is_still_judged() -> None:
    assert not spelling.abbreviated("Wir speichern Daten. Die", len("Wir speichern Daten"))
    assert _unknown("Wir speichern Datenn. Danach nicht.") == ["Datenn"]
