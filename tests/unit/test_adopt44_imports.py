"""Adopt44: real policies' shapes imported without rewording, each failure fixed in the converter (session 52)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert
from policysite.convert.language_runs import one_language

DATA = Path(__file__).parents[1] / "data" / "adoption44"


def _read(source: Path, lang: str) -> tuple[str, list[str]]:
    """The text `policy import --lang lang` reads of `source`, and what it says of the part it reads."""
    markdown, _title, notes = one_language(convert(source, lang=lang).markdown, lang)
    return markdown, [messages.said_in(note, lang) for note in notes]


def test_each_language_s_part_keeps_its_own_title_and_date_line_on_a_page_in_two_languages():
    """A bilingual page (`# Politique de confidentialité / Privacy Policy`, then the French part under its own
    `## Politique de confidentialité` over sections 1, 2, 3, then the English part under `## Privacy Policy`, numbered
    again): the cut fell at the English `1.`, so the French text ended with the English title and date line ("In force
    from October 3, 2022") and the English import lost them. Each import reads its part, its date line in it, the
    part's title under the title kept left out, said."""
    source = DATA / "politique-privacy-2022-10-03.html"
    french, said = _read(source, "fr")
    assert french.startswith("# Politique de confidentialité\n\nEn vigueur le 3 octobre 2022\n\n## 1. Qui "
                                      "sommes-nous\n"), french
    assert "Privacy" not in french and "In force" not in french, french
    assert "omis le titre «\u00a0Politique de confidentialité\u00a0» au-dessus de la partie lue\u00a0: le titre gardé " \
           "au-dessus d'elle, répété" in said, said
    english, said = _read(source, "en")
    assert english.startswith("# Privacy Policy\n\nIn force from October 3, 2022\n\n## 1. Who we are\n"), english
    assert "Qui sommes" not in english and "En vigueur" not in english, english
    assert any(note.startswith("the page sets its text in two languages one after the other, unmarked: read the 4 "
                               "sections in English (“Privacy Policy” …); left out the 4 sections") for note in said), said
    assert "left out the heading “Privacy Policy” over the part read: the title kept above it, again" in said, said
