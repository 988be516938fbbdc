"""safety100: the sync compared each section's blocks and nothing else, so the numbers of a section's title and of what
a link shows on hover escaped it (safety99's notes, item 6): the French `## 1. Jusqu'à 109 octets` translated `## 1. Up
to 108 bytes`, a title's `10<sup>9</sup>` (a billion) against the French `109`, and a link's title `[x](url "…30
jours")` translated `"…90 days"` all passed policy check. A heading's words after its number (the number the section
is paired by, compared as such) and each tooltip are now read as a paragraph is: its raised marks apart (sync.noted_apart),
numbers in words in one language, periods in another unit, the sync.numbers finding on the translation's line."""
from __future__ import annotations

import pytest

from policysite import document, sync


def _page(heading: str, text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## {heading}\n\nText.\n\n## 2. Next\n\n{text}\n",
                          path=f"docs/{lang}/index.md", lang=lang)


def _found(french: tuple[str, str], english: tuple[str, str], rule: str = "sync.numbers") -> list[sync.Finding]:
    return [f for f in sync.compare(_page(*french, "fr"), _page(*english, "en")) if f.rule == rule]


@pytest.mark.parametrize(("french", "english"), [
    ("1. Jusqu'à 109 octets", "1. Up to 108 bytes"),
    ("1. Conservation pendant 30 jours", "1. Retention for 90 days"),
    ("1. Jusqu'à 109 octets", "1. Up to 10<sup>9</sup> bytes"),
    ("1. Jusqu'à 10⁹ octets", "1. Up to 10¹² bytes"),
    ("1. Données conservées 3 ans", "1. Data kept for five years"),
    ("Article 1 – Conservation (30 jours)", "Article 1 – Retention (90 days)"),
    ("1. Données 2023", "1. Data"),
    ("1. Données", "1. Data 2023"),
])
def test_the_numbers_of_a_title_after_its_own_are_compared(french, english) -> None:
    found = _found((french, "Texte."), (english, "Text."))
    assert len(found) == 1
    assert found[0].path == "docs/en/index.md" and found[0].line == 7  # the translation's heading


def test_a_date_in_a_title_is_compared_as_a_paragraph_s() -> None:
    assert len(_found(("1. Mise à jour du 1er mars 2024", "Texte."), ("1. Update of March 2, 2024", "Text."),
                      "sync.dates")) == 1


@pytest.mark.parametrize(("french", "english"), [
    ("Voir [la CNIL](https://www.cnil.fr \"Conservation 30 jours\").", "See [the CNIL](https://www.cnil.fr \"Kept 90 days\")."),
    ("Voir [la CNIL](https://www.cnil.fr \"Conservation 30 jours\").", "See [the CNIL](https://www.cnil.fr)."),
    ("Voir <abbr title=\"Loi de 1978\">LIL</abbr>.", "See <abbr title=\"Act of 1987\">LIL</abbr>."),
])
def test_the_numbers_of_what_a_link_shows_on_hover_are_compared(french, english) -> None:
    found = _found(("1. Objet", "Texte."), ("1. Purpose", "Text."))
    assert found == []
    found = _found(("1. Objet", french), ("1. Purpose", english))
    assert len(found) == 1 and found[0].line == 13  # the translation's paragraph


def test_a_tooltip_of_a_heading_is_compared() -> None:
    assert len(_found(("1. [Objet](https://x.fr \"30 jours\")", "Texte."),
                      ("1. [Purpose](https://x.fr \"90 days\")", "Text."))) == 1


@pytest.mark.parametrize(("french", "english"), [
    ("1. Objet", "1. Purpose"),
    ("1. Conservation pendant 30 jours", "1. Retention for 30 days"),
    ("1. Conservation pendant 3 ans", "1. Retention for three years"),
    ("1. Conservation pendant 15 jours", "1. Retention for two weeks"),
    ("1. Jusqu'à 10<sup>9</sup> octets", "1. Up to 10⁹ bytes"),
    ("1. Loi de 1978<sup>1</sup>", "1. Act of 1978<sup>1</sup>"),
    ("Article 1 – Objet", "Article 1 – Purpose"),
    ("1. Article 6 du RGPD", "1. Article 6 GDPR"),
    ("1. Mise à jour du 1er mars 2024", "1. Update of March 1, 2024"),
    ("1. [Objet](https://x.fr \"Conservation 30 jours\")", "1. [Purpose](https://x.fr \"Kept for thirty days\")"),
])
def test_a_faithful_title_and_tooltip_still_pass(french, english) -> None:
    assert _found((french, "Voir [la CNIL](https://www.cnil.fr \"Loi de 1978, 30 jours\")."),
                  (english, "See [the CNIL](https://www.cnil.fr \"1978 Act, thirty days\").")) == []
