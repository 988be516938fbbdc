"""legal20: bold or italic opened and never closed (`**important`) shows its marks on the page; policy check names the
line (rendering.check: editorial.unclosed-emphasis), judged on the rendered HTML, and leaves alone a `*` or `**` used
as a footnote mark, a product, a cookie's name and code."""
from __future__ import annotations

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import rendering, unclosed_emphasis


def _found(body: str) -> list[tuple[int, str, str]]:
    tree = LexborHTMLParser(markdown.markdown(body, extensions=list(rendering.EXTENSIONS)))
    return [(line, said.fields["mark"], said.fields["shown"]) for line, said in unclosed_emphasis.findings(body, tree)]


def test_a_bold_left_open_is_found_at_its_line():
    body = "# Titre\n\nPremière phrase.\n\nVos droits sont **importants et nous\nles respectons.\n"
    assert _found(body) == [(5, "**", "**importants et nous les respectons.")]


def test_an_underscore_bold_and_one_at_the_start_of_a_paragraph_or_list_item():
    body = "__Données personnelles : toutes.\n\n- **Durée de conservation\n- un an\n"
    assert _found(body) == [(1, "__", "__Données personnelles : toutes."), (3, "**", "**Durée de conservation")]


@pytest.mark.parametrize("body", [
    "Les prix** sont indiqués hors taxes.\n\n** Hors taxes.\n",  # footnote marks, after a word or spaced
    "Un facteur 2 ** 3, soit 2*3 = 6, et un astérisque * seul.\n",  # products
    "Le cookie __utma et le cookie __Secure-id, et __cf_bm.\n",  # cookies' names
    "Écrivez `**important` ou\n\n    **code indenté\n",  # code, shown as written on purpose
    "Vos droits sont **importants** et *réels*.\n",  # closed
    "Une \\*\\*mise en garde\\*\\* échappée.\n",  # escaped on purpose
])
def test_what_is_no_unclosed_emphasis_is_left_alone(body):
    assert _found(body) == []


def test_the_check_of_a_page_says_it_in_the_teams_language():
    text = "---\ndate: 2024-01-10\n---\n\n# Politique\n\nVos données sont **protégées.\n"
    found = [f for f in rendering.check(text, path="docs/fr/index.md", lang="fr")
             if f.rule == unclosed_emphasis.RULE]
    assert [(f.path, f.line) for f in found] == [("docs/fr/index.md", 7)]
    assert "**" in found[0].in_language("fr").message and "jamais fermé" in found[0].in_language("fr").message
