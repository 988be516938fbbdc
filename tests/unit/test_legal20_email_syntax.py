"""legal20: an e-mail address mistyped in the text or in a `mailto:` link (`dpo@example..com`, `dpo@example`,
`dpo@@example.com`, a space) is a finding at its line saying the address is malformed (rendering.check:
editorial.email-malformed); its pieces were only unknown words to the spelling check."""
from __future__ import annotations

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import email_syntax, rendering


def _found(body: str) -> list[tuple[int, str]]:
    tree = LexborHTMLParser(markdown.markdown(body, extensions=list(rendering.EXTENSIONS)))
    return [(line, said.fields["address"]) for line, said in email_syntax.findings(body, tree)]


@pytest.mark.parametrize("address", ["dpo@example..com", "dpo@example", "dpo@@example.com", ".dpo@example.com",
                                     "dpo@example.com-", "dpo@exa mple.com"])
def test_a_malformed_address_is_not_valid(address):
    assert not email_syntax.valid(address)


@pytest.mark.parametrize("address", ["dpo@example.com", "jean.dupont+rgpd@société.fr", "o'neil@example.co.uk",
                                     "dpo@dialonce.test"])
def test_a_well_formed_address_is_valid(address):
    assert email_syntax.valid(address)


def test_each_malformed_address_is_found_at_its_line_once():
    body = ("# Contact\n\nÉcrivez au DPO : dpo@example..com.\n\nOu à [notre délégué](mailto:dpo @example.com)\n"
            "ou <privacy@example> ; ou encore dpo@@example.com, ou [ici](mailto:dpo@example..com?subject=RGPD).\n")
    assert _found(body) == [(3, "dpo@example..com"), (5, "dpo @example.com"), (6, "privacy@example"),
                            (6, "dpo@@example.com")]


def test_addresses_well_written_handles_and_code_are_left_alone():
    body = ("Écrivez à dpo@example.com. Suivez @DialOnce, et [écrivez-nous](mailto:dpo@example.com,legal@example.com?"
            "subject=RGPD).\n\n`user@localhost` est un exemple de code ; 3 @ 5 € l'unité.\n")
    assert _found(body) == []


def test_the_check_of_a_page_says_it_in_the_teams_language():
    text = "---\ndate: 2024-01-10\n---\n\n# Politique\n\nÉcrivez à dpo@exemple..fr pour exercer vos droits.\n"
    found = [f for f in rendering.check(text, path="docs/fr/index.md", lang="fr") if f.rule == email_syntax.RULE]
    assert [(f.path, f.line) for f in found] == [("docs/fr/index.md", 7)]
    assert "dpo@exemple..fr" in found[0].in_language("fr").message


def test_template_code_is_left_to_the_template_rule():
    assert _found("Write to <a href=\"mailto:{{ site.email }}\">{{ site.email }}</a>.\n") == []
