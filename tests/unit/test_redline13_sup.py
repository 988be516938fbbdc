"""A footnote's call drawn with `<sup>` (a block's "sup" marks, policy.json's `sup`) cuts its word in every redline of
a block (redline13): a paragraph split into several and words moved within a paragraph compared their pieces without
the cuts, so that a call changed there marked the whole word it is glued to ("clausesa" against "clausesb"), not the
call. Python and the browser agree."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body, _marked

FIRST = "Les transferts hors de l’Union sont encadrés par des clauses<sup>a</sup> types de la Commission européenne."
SECOND = "Les données des clients sont conservées pendant toute la durée du contrat et trois ans après."


def test_a_call_changed_in_a_paragraph_split_marks_the_call():
    old = _body(f"{FIRST} {SECOND}")
    new = _body(FIRST.replace(">a<", ">b<"), SECOND)
    blocks = _blocks(redline.diff(policy(old), policy(new, date="2030-02-01")))
    assert [b.joined for b in blocks] == ["split", ""]
    assert _marked(blocks[0].ops) == [("delete", "a"), ("insert", "b")]
    assert _marked(blocks[1].ops) == []
    # each part's old text, and where its superscripts are in it
    assert [b.old.text for b in blocks] == [FIRST.replace("<sup>a</sup>", "a"), SECOND]
    at = blocks[0].old.text.index("clausesa") + len("clauses")
    assert [redline.engine.cuts(b.old) for b in blocks] == [(at, at + 1), ()]


def test_a_call_in_the_second_part_of_a_split_marks_the_call():
    second = SECOND.replace("contrat", "contrat<sup>2</sup>")
    old = _body(f"{FIRST} {second}")
    new = _body(FIRST, second.replace(">2<", ">3<"))
    blocks = _blocks(redline.diff(policy(old), policy(new, date="2030-02-01")))
    assert [b.joined for b in blocks] == ["split", ""]
    assert [_marked(b.ops) for b in blocks] == [[], [("delete", "2"), ("insert", "3")]]
    text = blocks[1].old.text
    assert [text[a:b] for a, b in zip(*[iter(redline.engine.cuts(blocks[1].old))] * 2)] == ["2"]


def test_a_call_changed_in_words_moved_within_a_paragraph_marks_the_call():
    moved = "Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission."
    old = _body(f"{moved} Nous gardons les données trois ans. Nous les supprimons ensuite.")
    new = _body(f"Nous gardons les données trois ans. Nous les supprimons ensuite. {moved.replace('>a<', '>b<')}")
    (block,) = _blocks(redline.diff(policy(old), policy(new, date="2030-02-01")))
    assert block.moved_within
    # the run inserted where it is now, the call changed on the way marked inside it (it read "clausesa" struck and
    # "clausesb" inserted)
    assert _marked(block.moved_ops[2:]) == [("insert", "Les transferts sont encadrés par des clauses"), ("delete", "a"),
                                            ("insert", "b types de la Commission.")]
    assert redline.apply(block.old.text, block.ops) == block.new.text


def test_the_browser_cuts_where_policy_py_does_in_splits_and_moves():
    second = SECOND.replace("contrat", "contrat<sup>2</sup>")
    moved = "Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission."
    bodies = [_body(f"{FIRST} {second}"), _body(FIRST.replace(">a<", ">b<"), second.replace(">2<", ">3<")),
              _body(f"{moved} Nous gardons les données trois ans. Nous les supprimons ensuite."),
              _body(f"Nous gardons les données trois ans. Nous les supprimons ensuite. {moved.replace('>a<', '>b<')}")]
    _check(list(itertools.permutations([synthetic_policy("2030-01-15", sections=b) for b in bodies], 2)))
