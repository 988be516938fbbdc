"""legal21: a later section's sentence saying the text's last change ("This policy was last updated on 3 March 2022.")
is a date line when it opens a longer paragraph, a list item or a table's row too, not only as a paragraph of one
sentence (policy check said nothing, and the page showed two dates); a history of versions and a transition's day pass.
"""
from __future__ import annotations

import pytest

from policysite import checks, datelines, document

HEAD = "---\ndate: 2024-01-10\n---\n\n# Privacy Policy\n\n## 1. Who we are\n\nWe are a company.\n\n## 9. Changes\n\n"
TETE = ("---\ndate: 2024-01-10\n---\n\n# Politique de confidentialité\n\n## 1. Qui sommes-nous\n\nUne société.\n\n"
        "## 9. Modifications\n\n")


def _later(text: str, lang: str = "en") -> list[tuple[int, str]]:
    policy = document.parse(text, path=f"docs/{lang}/index.md", lang=lang)
    return [(f.line, f.message) for f in checks.later_date_lines(policy)]


@pytest.mark.parametrize(("written", "lang"), [
    (HEAD + "This policy was last updated on 3 March 2022. We may change it at any time and will tell you by "
     "e-mail before it applies.\n", "en"),
    (HEAD + "Last updated on 3 March 2022. We may change it.\n", "en"),
    (HEAD + "| Last updated | 3 March 2022 |\n|---|---|\n| Version | 2 |\n", "en"),
    (HEAD + "- Last updated: 3 March 2022, by the data protection officer\n- Contact: dpo@example.com\n", "en"),
    (TETE + "Dernière modification de la présente politique : 3 mars 2022. Nous pouvons la modifier à tout "
     "moment et vous en informerons.\n", "fr"),
])
def test_a_last_change_of_another_day_is_found_at_its_line(written, lang):
    found = _later(written, lang)
    assert [line for line, _ in found] == [13], found
    assert "2024-01-10" in found[0][1] and "2022" in found[0][1]


@pytest.mark.parametrize("written", [
    "This policy was last updated on 10 January 2024. We may change it at any time.\n",  # the version's own day
    "- Updated 1 March 2020: section 4 added.\n- Updated 1 May 2023: section 5 added.\n",  # a history of versions
    "| Version | Date | Change |\n|---|---|---|\n| 1 | 3 March 2022 | Updated retention |\n",
    "This policy was amended on 25 May 2018 to comply with the GDPR. It was rewritten since.\n",  # a past change
    "Effective date: 1 March 2020. Before that day, the former text applied to every account we held.\n",
    "The GDPR was last amended on 3 March 2022. It applies to us and to each processor we use.\n",  # a law's
])
def test_what_is_no_date_line_of_the_text_passes(written):
    assert _later(HEAD + written) == []


def test_a_date_line_saying_it_is_the_last_change_reads_its_label_after_that_word():
    assert datelines.date_line("Last updated on 3 March 2022.")
    assert datelines.date_line("Zuletzt aktualisiert am 3. März 2022")
    assert not datelines.date_line("Last year, on 3 March 2022, we updated our tools.")
    assert datelines.current("Dernière mise à jour : 3 mars 2022.")
    assert not datelines.current("Updated 1 March 2020: section 4 added.")
