"""Safety hunt 89: the class the site's script sets on a link whose words say its address, forged in a page's markup.

On paper a link's address follows its words (policy.css), unless its words say it already: policy.js then marks the
link `policy-address-said` as the page is read. No page's markup holds it, yet the output check let the text hold it:
`<a class="policy-address-said" href="https://evil.example/">our partner</a>` printed "our partner" and no address.
"""
from __future__ import annotations

from policysite.messages import said_in
from unit.test_safety import page, violations


def test_the_scripts_class_in_a_pages_markup_is_found_and_said_in_french():
    found = [message for message in violations(page(
        '<p>Write to <a class="policy-address-said" href="https://evil.example/">our partner</a>.</p>'))
        if "script alone" in message]
    assert found == ["<a class=“policy-address-said”>: the site's script alone sets this class, as the page is read "
                     "(on a link whose words say its address, which paper then prints once): in the page's markup it "
                     "takes the address off a printout of any link"]
    assert said_in(found[0], "fr").replace("\xa0", " ").startswith(
        "<a class=« policy-address-said »> : seul le script du site pose cette classe")


def test_a_link_without_it_passes():
    assert violations(page('<p>Write to <a href="https://www.cnil.fr/">the CNIL</a>.</p>')) == []
