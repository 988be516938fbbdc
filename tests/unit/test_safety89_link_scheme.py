"""Safety hunt 89: a link whose scheme is written in capitals prints no address.

On paper a link's address follows its words: the site's stylesheet does it for `a[href^="http"]`, `mailto:` and `tel:`
(an attribute selector, which matches the value's case), its script for the links without a scheme. `[our
partner](HTTPS://partner.example/privacy)` passed `policy check` and the output check, a browser follows it as it
follows `https://…`, and a printout showed "our partner" with no address to follow. The output check now refuses a
scheme holding a capital in the text's links, saying the scheme to write.
"""
from __future__ import annotations

import pytest

from policysite import safety
from policysite.messages import said_in
from unit.test_safety import page, violations


def _capitals(article: str) -> list[str]:
    return [message for message in violations(page(article)) if "writes its scheme in capitals" in message]


@pytest.mark.parametrize(("href", "scheme"), [
    ("HTTPS://partner.example/privacy", "HTTPS:"), ("Https://partner.example/", "Https:"),
    ("MAILTO:dpo@partner.example", "MAILTO:"), ("Tel:+33123456789", "Tel:"), (" HTTP://partner.example/", "HTTP:"),
])
def test_a_link_of_the_text_whose_scheme_holds_a_capital_is_found(href, scheme):
    (found,) = _capitals(f'<p>Write to <a href="{href}">our partner</a>.</p>')
    assert found == (f"the link to “{href.strip()}” writes its scheme in capitals ({scheme}): on paper a link's "
                     "address follows its words, which the site's stylesheet and script do for a scheme in lower case "
                     f"only, so a printout would show “our partner” and no address; write {scheme.lower()}")


@pytest.mark.parametrize("href", ["https://partner.example/PATH?Q=A", "mailto:DPO@partner.example", "tel:+331234",
                                  "../2001-01-01/#S2", "#s2", "../A:b/"])
def test_a_scheme_in_lower_case_or_none_passes(href):
    assert _capitals(f'<p>Write to <a href="{href}">our partner</a>.</p>') == []
    assert safety.capital_scheme(href, "our partner") is None


def test_it_is_said_in_french_with_the_scheme_to_write():
    said = safety.capital_scheme("HTTPS://partner.example/", "notre partenaire")
    assert said is not None
    assert said_in(said, "fr").replace("\xa0", " ") == (
        "le lien vers « HTTPS://partner.example/ » écrit son protocole en majuscules (HTTPS:) : sur papier, l'adresse "
        "d'un lien suit ses mots, ce que la feuille de style et le script du site ne font que pour un protocole en "
        "minuscules, si bien qu'une impression montrerait « notre partenaire » sans adresse : écrivez https:")
