"""Edits real teams make, as the Word redline writes them (redline17): a paragraph moved to another section and edited
on the way is a move (w:moveFrom where it was, w:moveTo where it is, one name), only the words edited deleted or
inserted inside its ranges; accepting every revision gives the new text, rejecting them the old."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline15_word import clashing_ids, out_of_order

BASE = ("## 1. Data we collect\n\nWe collect your name and your postal address when you order.\n\n"
        "We also collect your e-mail address to send you the invoices of every order.\n\n"
        "## 2. Your rights\n\nYou may ask for access to your data.\n")
MOVED = "We also collect your e-mail address to send you the invoices of every order."
EDITS = {
    "a word inserted": "We also collect your work e-mail address to send you the invoices of every order.",
    "a word deleted": "We also collect your e-mail address to send you the invoices of every order.".replace(
        " every", ""),
    "a word replaced": MOVED.replace("invoices", "receipts"),
}


def _runs(paragraph) -> list[tuple[str, str]]:
    return [(child.tag.split("}")[1], "".join(t.text or "" for t in child.iter(qn("w:t"), qn("w:delText"))))
            for child in paragraph if child.tag in (qn("w:moveFrom"), qn("w:moveTo"), qn("w:del"), qn("w:ins"))]


@pytest.mark.parametrize("name", EDITS)
def test_a_paragraph_moved_to_another_section_and_edited_is_a_move_with_its_edits_inside(name):
    old, new = policy(BASE), policy(BASE.replace(MOVED + "\n\n", "") + f"\n{EDITS[name]}\n", date="2030-02-01")
    r = redline.diff(old, new)
    assert sorted(b.moved for s in r.sections for b in s.blocks if b.moved) == ["from", "to"]
    data = render_docx(r, author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    (went,) = [p for p in body.iter(qn("w:p")) if p.find(qn("w:moveFromRangeStart")) is not None]
    (came,) = [p for p in body.iter(qn("w:p")) if p.find(qn("w:moveToRangeStart")) is not None]
    gone, added = _runs(went), _runs(came)
    # where it was: the old words, those kept a move's, the others deleted; where it is: the new, the others inserted
    assert "".join(text for _, text in gone) == MOVED and "".join(text for _, text in added) == EDITS[name]
    assert {kind for kind, _ in gone} <= {"moveFrom", "del"} and {kind for kind, _ in added} <= {"moveTo", "ins"}
    assert "".join(text for kind, text in gone if kind == "moveFrom") == \
        "".join(text for kind, text in added if kind == "moveTo")
    assert len("".join(text for kind, text in gone + added if kind in ("del", "ins")).split()) <= 2
    assert went.find(qn("w:moveFromRangeStart")).get(qn("w:name")) == \
        came.find(qn("w:moveToRangeStart")).get(qn("w:name"))
    assert out_of_order(data) == [] and clashing_ids(data) == []
    # the gate's reading of served Word documents passes it: a paragraph mark moved (w:rPr's w:moveFrom/w:moveTo)
    # shows the words as written (test_joined_sections' publish was refused for it)
    assert docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert [p for p in text_of(data, accept=accept) if not p.startswith("Link targets")] == reading(version)
