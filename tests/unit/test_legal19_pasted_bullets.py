"""legal19: a list pasted from a word processor, each line starting with the bullet it drew (`•`), is one paragraph in
Markdown, shown run together on one line: `policy check` warns at the first bullet the page joins, in the team's
language; a Markdown list, a line of its own (a line break), a dash in prose are not said."""
from __future__ import annotations

import pytest

from policysite import rendering
from policysite.findings import WARNING

NB = "\u00a0"


def page(body: str) -> str:
    return f"---\ndate: 2024-05-01\n---\n\n# Politique de confidentialité\n\n## 1. Sous-traitants\n\n{body}\n"


def _said(body: str) -> list:
    return [f for f in rendering.check(page(body), path="docs/fr/index.md", lang="fr")
            if f.rule == "render.pasted-bullets"]


def test_bullets_pasted_under_a_paragraph_line_are_said_at_the_first_joined_one():
    found = _said("Nous partageons vos données avec :\n• notre hébergeur, en France ;\n• notre routeur, en Irlande.")
    assert [(f.path, f.line, f.severity) for f in found] == [("docs/fr/index.md", 10, WARNING)], found
    french = found[0].said("fr")
    assert french.startswith(
        f"docs/fr/index.md:10: avertissement{NB}: [render.pasted-bullets] cette ligne commence par «{NB}•{NB}», une "
        f"puce collée depuis un traitement de texte, sous une autre ligne du même paragraphe{NB}: la page les "
        f"enchaîne sur une seule ligne («{NB}Nous partageons vos données avec : • notre hébergeur, en Fra…{NB}»)"), french
    assert french.endswith("faites de chacune un élément de liste, `- ` en début de ligne, avec une ligne vide avant "
                           "la liste"), french
    assert "“•”, a bullet pasted from a word processor" in found[0].said("en")


@pytest.mark.parametrize("body, line", [
    ("• notre hébergeur\n• notre routeur", 10),  # the first line's bullet shows, the second is run into it
    ("◦ notre hébergeur\n◦ notre routeur\n◦ notre banque", 10),
    ("- un élément :\n  ▪ notre hébergeur\n  ▪ notre routeur", 10),  # inside a list item, run into its words
    ("– notre hébergeur\n– notre routeur", 10),  # dashes, two of them: a list
])
def test_each_bullet_drawn_by_a_word_processor_is_said(body, line):
    assert [f.line for f in _said(body)] == [line]


@pytest.mark.parametrize("body", [
    "- notre hébergeur\n- notre routeur",  # a Markdown list
    "• notre hébergeur  \n• notre routeur\\\n• notre banque<br>\n• notre assureur",  # each on a line of its own
    "• notre hébergeur seul.",  # one line: shown as written
    "Nous traitons vos données\n– sauf opposition de votre part – pour vous répondre.",  # a dash of prose
    "| Sous-traitant | Pays |\n|---|---|\n| • Hébergeur | FR |",  # a table's cell
])
def test_what_the_page_does_not_run_together_is_not_said(body):
    assert _said(body) == []
