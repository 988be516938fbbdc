"""An inline HTML link's address changed under the same words (redline12): `Écrivez au <a href="mailto:dpo@…">DPO</a>`
given another address was said a formatting-only edit, "no change in the text", where a reader's e-mail now goes
elsewhere. Its addresses (document.Block.html_links, policy.json's `hrefs`) are compared with the block's links, in
Python and in the browser; an export of an earlier format, which does not say them, is not said changed for them."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check, _doc, _javascript
from policysite import redline
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body

OLD, NEW = "mailto:dpo@example.test", "mailto:dpo@example.org"
WRITTEN = {
    "a paragraph": '<a href="{href}">Écrivez au délégué</a> pour toute demande.',
    "a list item": '- écrivez au <a href="{href}" title="Délégué">délégué</a>;\n- ou par courrier.',
    "a table cell": '| Contact | Adresse |\n|---|---|\n| délégué | <a href="{href}">écrire</a> |',
    "an HTML block": '<p>Écrivez au <a href="{href}">délégué</a>.</p>',
    "an escaped address": '<a href="{href}&amp;x=1">Écrivez au délégué</a> pour toute demande.',
}


@pytest.mark.parametrize("name", WRITTEN)
def test_an_html_links_address_changed_is_a_change_of_the_text(name):
    written = WRITTEN[name]
    r = redline.diff(policy(_body(written.format(href=OLD))), policy(_body(written.format(href=NEW)),
                                                                     date="2030-02-01"))
    assert r.changed
    (block,) = _blocks(r)
    assert [tag for tag, _ in block.link_ops] == ["delete", "insert"]
    assert OLD in block.link_ops[0][1] and NEW in block.link_ops[1][1] and "&amp;" not in block.link_ops[1][1]
    assert all(tag == "equal" for tag, _ in block.ops)


def test_policy_json_says_the_html_links():
    data = _doc(synthetic_policy("2030-01-15", sections=_body(WRITTEN["a paragraph"].format(href=OLD))), "2030-01-15")
    (said,) = [b for s in data["sections"] for b in s["blocks"] if "hrefs" in b]
    assert said["hrefs"] == [OLD] and "links" not in said


def test_the_browser_compares_them_alike_and_not_against_an_earlier_format():
    texts = [synthetic_policy("2030-01-15", sections=_body(w.format(href=h))) for w in WRITTEN.values()
             for h in (OLD, NEW)]
    _check(list(zip(texts[::2], texts[1::2])) + list(itertools.permutations(texts[:4], 2)))
    old, new = (_doc(texts[0], v) for v in ("2030-01-01", "2030-01-02"))
    old["format"] = 7
    for block in (b for s in old["sections"] for b in s["blocks"]):
        block.pop("hrefs", None)
    (js,) = _javascript([], docs=[[old, new]])
    assert js["summary"]["counts"]["changed"] == 0
