"""legal29: a number changed in a sentence (`pendant 30 jours` → `pendant 60 jours`) or a link's address changed under
the same words was said by `policy diff` only (legal28's notes), in the team's messages. The Word and PDF redlines a
DPO files said "1 modifiée" and left a struck digit, or a comment on a paragraph, to find. Both now say each under
their counts, with the section's heading, in the redline's language (render.filed_lines, labels figure_changed and
link_changed in every locale)."""
from __future__ import annotations

import io

import docx
import pytest

from policysite import document, pdftext, redline
from policysite.redline import render
from policysite.redline.docx import render_docx
from policysite.redline.pdf import render_pdf
from policysite.strings import NO_BREAK, REDLINE_STRINGS, redline_labels

OLD = ("## 3. Conservation\n\nNous conservons les données pendant 30 jours après la fin du contrat.\n\n"
       "| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |\n\n"
       "## 4. Réclamations\n\nVoir la [CNIL](https://www.cnil.fr/fr).\n")
NEW = OLD.replace("30 jours", "60 jours").replace("| 3 ans", "| 5 ans").replace("cnil.fr/fr)", "cnil.fr/fr/plaintes)")


def _diff(old: str, new: str, lang: str = "fr") -> redline.Redline:
    def page(body: str, date: str) -> str:
        return f"---\ndate: {date}\n---\n\n# Politique\n\n{body}"
    return redline.diff(document.parse(page(old, "2024-05-01"), path="a", lang=lang),
                        document.parse(page(new, "2024-06-01"), path="b", lang=lang))


def _q(words: str) -> str:
    return f"«{NO_BREAK}{words}{NO_BREAK}»"


FRENCH = [f"{_q('pendant 30 jours')} devient {_q('pendant 60 jours')} (§3 Conservation).",
          f"{_q('3 ans')} devient {_q('5 ans')} (§3 Conservation).",
          "Le lien vers https://www.cnil.fr/fr mène désormais à https://www.cnil.fr/fr/plaintes (§4 Réclamations)."]


def test_the_word_redline_says_each_number_and_link_address_changed_under_its_counts():
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(_diff(OLD, NEW), author="Z", lang="fr")))
                  .paragraphs]
    at = paragraphs.index("2 modifiées")
    assert paragraphs[at + 1:at + 4] == FRENCH


def test_the_pdf_redline_says_them_under_its_counts():
    lines = [line.text for line in pdftext.lines(render_pdf(_diff(OLD, NEW), site="Z", lang="fr"))]
    at = lines.index("2 modifiées")
    # (a long line wraps: the lines after the counts hold the three sentences in order)
    assert " ".join(lines[at + 1:at + 5]).startswith(" ".join(FRENCH[:2]))
    assert "https://www.cnil.fr/fr/plaintes (§4 Réclamations)." in " ".join(lines[at + 1:at + 6])


def test_said_in_the_redlines_language_and_nothing_for_words_changed_alone():
    english = render.filed_lines(_diff(OLD, NEW), redline_labels("en"), "en")
    assert english[0] == "“pendant 30 jours” becomes “pendant 60 jours” (§3 Conservation)."
    assert english[2] == "The link to https://www.cnil.fr/fr now leads to https://www.cnil.fr/fr/plaintes " \
                         "(§4 Réclamations)."
    german = render.filed_lines(_diff(OLD, NEW), redline_labels("de"), "de")
    section = redline_labels("de")["section"].format(number="3")  # (German writes `§ 3`)
    assert german[1] == f"„3 ans“ wird zu „5 ans“ ({section} Conservation)."
    reworded = _diff(OLD, OLD.replace("après la fin du contrat", "après la résiliation"))
    assert render.filed_lines(reworded, redline_labels("fr"), "fr") == []


@pytest.mark.parametrize("lang", sorted(REDLINE_STRINGS))
def test_every_locale_writes_both_sentences_with_their_placeholders(lang):
    t = redline_labels(lang)
    for key in ("figure_changed", "link_changed"):
        said = t[key].format(old="OLD", new="NEW", section="SECTION")
        assert all(word in said for word in ("OLD", "NEW", "SECTION"))
    assert lang == "en" or t["figure_changed"] != REDLINE_STRINGS["en"]["figure_changed"]
