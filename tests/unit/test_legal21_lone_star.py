"""legal21: a lone `*` left unclosed (`*important`) shows on the page as written, as `**` does: policy check names its
line (editorial.unclosed-emphasis); a footnote mark (`prix*`) and the note it calls (`*Hors taxes`), a product, a
wildcard, a cookie's name and code are left alone."""
from __future__ import annotations

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import rendering, unclosed_emphasis


def _found(body: str) -> list[tuple[int, str, str]]:
    tree = LexborHTMLParser(markdown.markdown(body, extensions=list(rendering.EXTENSIONS)))
    return [(line, said.fields["mark"], said.fields["shown"]) for line, said in unclosed_emphasis.findings(body, tree)]


def test_an_italic_left_open_is_found_at_its_line():
    body = "# Titre\n\nPremière phrase.\n\nVos droits sont *importants et nous\nles respectons.\n"
    assert _found(body) == [(5, "*", "*importants et nous les respectons.")]


@pytest.mark.parametrize(("body", "line"), [
    ("*Important : lisez ceci.\n", 1),  # opening a paragraph
    ("Intro.\n\n- un an\n- *Durée de conservation\n", 4),  # in a list item
    ("| Donnée | Durée |\n|---|---|\n| e-mail | *trois ans |\n", 3),  # in a table cell
    ("Texte.\n\n> *Attention aux cookies.\n", 3),  # in a quotation
])
def test_an_italic_left_open_anywhere_a_reader_sees_it(body, line):
    assert [found[:2] for found in _found(body)] == [(line, "*")]


@pytest.mark.parametrize("body", [
    "Les prix* sont indiqués hors taxes.\n\n*Hors taxes.\n",  # a footnote mark and its note
    "Les prix** sont indiqués.\n\n**Hors taxes.\n",  # the same with two stars
    "Un facteur 2 * 3, soit 2*3 = 6, et un astérisque * seul.\n",  # products, a star alone
    "Les sous-domaines *.exemple.fr et le cookie *_ga.\n",  # a wildcard, a cookie's name
    "Écrivez `*important` ou\n\n    *code indenté\n",  # code
    "Vos droits sont *importants* et **réels**.\n",  # closed
    "Une \\*mise en garde\\* échappée.\n",  # escaped on purpose
])
def test_what_is_no_lone_star_left_open_is_left_alone(body):
    assert _found(body) == []


def test_a_note_star_opening_its_line_without_a_mark_on_the_page_is_found():
    assert _found("Les prix sont indiqués.\n\n*Hors taxes.\n") == [(3, "*", "*Hors taxes.")]


def test_the_check_of_a_page_says_it_in_the_teams_language():
    text = "---\ndate: 2024-01-10\n---\n\n# Politique\n\nVos données sont *protégées.\n"
    found = [f for f in rendering.check(text, path="docs/fr/index.md", lang="fr")
             if f.rule == unclosed_emphasis.RULE]
    assert [(f.path, f.line) for f in found] == [("docs/fr/index.md", 7)]
    assert "«\u00a0*mots*\u00a0»" in found[0].in_language("fr").message
    assert "“*words*”" in found[0].in_language("en").message
