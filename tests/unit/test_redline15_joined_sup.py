"""The compare page raises a merge's and a split's superscripts as every redline policy.py writes does (redline15):
redline.js composed a merged block's old text with the first paragraph's superscripts only (the others' calls drawn
on the line, "contrat2"), and gave each part of a split the whole old paragraph's, counted from its start (a letter
of the second part raised that the page does not raise)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import ENGINE, _doc
from policysite import document, redline
from policysite.redline.raised import raised
from unit.test_redline9 import _body
from unit.test_redline14_sup import RAISED

FIRST = "Les transferts hors de l’Union sont encadrés par des clauses<sup>a</sup> types de la Commission."
SECOND = "Les données des clients sont conservées pendant toute la durée du contrat<sup>2</sup> et trois ans après."
THIRD = "Les journaux techniques<sup>iii</sup> sont effacés après six mois sans exception aucune."


def _pieces(old: str, new: str) -> tuple[list, list]:
    """What raised.py and redline.js's raised give each changed block of the redline of `old` to `new`."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    texts = [synthetic_policy(date, sections=body) for date, body in (("2030-01-01", old), ("2030-01-02", new))]
    (js,) = json.loads(subprocess.run([node, "-e", RAISED, str(ENGINE)], capture_output=True, text=True, check=True,
                                      input=json.dumps([[_doc(texts[0], "2030-01-01"),
                                                         _doc(texts[1], "2030-01-02")]])).stdout)
    r = redline.diff(*(document.parse(text, path=f"{k}.md", lang="fr") for k, text in enumerate(texts)))
    py = [[[[[tag, text, up] for tag, text, up in raised(b.shown_ops, b.old, b.new)]] for b in s.blocks
           if b.kind != "unchanged"] for s in r.sections]
    return js, py


def _lifted(pieces: list) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for section in pieces for block in section for cell in block
            for tag, text, up in cell if up]


CASES = {
    # three paragraphs made one, a call of the second and of the third changed on the way
    "merged": (_body(FIRST, SECOND, THIRD),
               _body(f"{FIRST} {SECOND.replace('>2<', '>3<')} {THIRD.replace('iii', 'iv')}")),
    # ... and back: one paragraph cut into three
    "split": (_body(f"{FIRST} {SECOND} {THIRD}"),
              _body(FIRST, SECOND.replace(">2<", ">3<"), THIRD.replace("iii", "iv"))),
    # a merge of paragraphs whose words are in another script before the call (code points, not UTF-16 units)
    "merged, astral letters": (_body("Le sigle 𝔄𝔅 désigne la société<sup>1</sup> et ses filiales dans ce texte.",
                                     SECOND),
                               _body("Le sigle 𝔄𝔅 désigne la société<sup>1</sup> et ses filiales dans ce texte. "
                                     + SECOND.replace(">2<", ">5<"))),
}


@pytest.mark.parametrize("name", CASES)
def test_the_compare_page_raises_a_joins_calls_as_policy_diff_does(name):
    js, py = _pieces(*CASES[name])
    assert js == py
    changed = {"merged": [("delete", "2"), ("insert", "3"), ("delete", "iii"), ("insert", "iv")],
               "split": [("delete", "2"), ("insert", "3"), ("delete", "iii"), ("insert", "iv")],
               "merged, astral letters": [("delete", "2"), ("insert", "5")]}[name]
    assert [pair for pair in _lifted(py) if pair[0] != "equal"] == changed
