"""A version published before its policy.json said where its superscripts are (format 7) has them read from its page
(redline.js pageSup, redline13), each block found there by its words: a block whose page shows its words otherwise
(its picture's `{ width=10 }` read as words by the text's parser, not by the page's; a line broken by a backslash the
page shows) left the whole export uncut, every footnote's call changed against it marking the word it is glued to
(redline14). Such a block is now found by the next element of the page whose words are nearly its own, each call
read only where it stands in words both have: the same `sup` as a format 8 export writes; a page that has not the
block leaves the export as it was."""
from __future__ import annotations

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _doc
from unit.test_redline9 import _body
from unit.test_redline13_old_formats import _older, _page, _read, _sup

CALLED = "Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission européenne."
SHAPES = {
    "a picture given attributes": "Voir ![le schéma des flux](flux.png){ width=10 } des clauses<sup>b</sup> types "
                                  "de la Commission.",
    "a line broken by a backslash": "Une ligne du texte\\\npuis des clauses<sup>c</sup> types de la Commission.",
    "a call in a row of a picture": "| Données | Durée |\n|---|---|\n"
                                    "| les factures ![x](i.png){ width=4 } de la société<sup>1</sup> | dix ans |",
}


@pytest.mark.parametrize("name", SHAPES)
def test_a_block_its_page_shows_otherwise_has_its_calls_read(name):
    text = synthetic_policy("2030-01-15", sections=_body(CALLED, SHAPES[name], "Une fin<sup>d</sup> du texte."))
    new = _doc(text, "2030-01-15")
    (read,) = _read([[_older(new), _page(text)]])
    assert read is not None and read["supRead"] is True
    assert _sup(read) == _sup(new) and sum(map(bool, _sup(new))) == 3


def test_a_call_on_a_word_the_page_shows_otherwise_is_not_read_and_the_export_left_uncut():
    body = "Voir ![le schéma](flux.png){ width=10 }<sup>e</sup> des clauses types de la Commission européenne."
    text = synthetic_policy("2030-01-15", sections=_body(CALLED, body))
    assert _read([[_older(_doc(text, "2030-01-15")), _page(text)]]) == [None]


def test_a_page_without_the_block_leaves_the_export_as_it_was():
    text = synthetic_policy("2030-01-15", sections=_body(CALLED, "Une phrase que la page n'a pas du tout.", "Fin."))
    page = _page(text.replace("Une phrase que la page n'a pas du tout.", "Autre chose."))
    assert _read([[_older(_doc(text, "2030-01-15")), page]]) == [None]
