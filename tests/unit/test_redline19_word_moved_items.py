"""A list item of a section moved, numbered anew (an item inserted before it) and edited (redline19): in Word a move
(w:moveFrom where the section was, w:moveTo where it is, one name) whose number and edited words are revisions inside
it, as an item of the same number is; it was deleted whole where the section was and inserted whole where it is (the
leads differing, docx.edited_moves skipped it), its one edited word for the reader to find. Accepting every revision
gives the new text, rejecting them the old."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline15_word import clashing_ids, out_of_order

ITEM = "Nous conservons les factures pendant dix ans pour répondre aux obligations comptables."
OLD = ("## 1. Données\n\nNous collectons votre nom.\n\n## 2. Contact\n\nÉcrivez à notre délégué.\n\n"
       "## 3. Durées\n\nNos durées de conservation :\n\n"
       f"1. Les journaux des serveurs sont gardés un an.\n2. {ITEM}\n\n"
       "## 4. Droits\n\nVous avez le droit d’accès à vos données personnelles.\n")
NEW = ("## 1. Durées\n\nNos durées de conservation :\n\n1. Les cookies sont gardés treize mois au plus.\n"
       f"2. Les journaux des serveurs sont gardés un an.\n3. {ITEM.replace('dix ans', 'onze ans')}\n\n"
       "## 2. Données\n\nNous collectons votre nom.\n\n## 3. Contact\n\nÉcrivez à notre délégué.\n\n"
       "## 4. Droits\n\nVous avez le droit d’accès à vos données personnelles.\n")


def _moved(body, side: str) -> list:
    return [p for p in body.iter(qn("w:p")) if p.find(qn(f"w:{side}RangeStart")) is not None]


def _runs(paragraph) -> list[tuple[str, str]]:
    return [(child.tag.split("}")[1], "".join(t.text or "" for t in child.iter(qn("w:t"), qn("w:delText"))))
            for child in paragraph if child.tag in (qn("w:moveFrom"), qn("w:moveTo"), qn("w:del"), qn("w:ins"))]


def test_an_item_renumbered_and_edited_in_a_section_moved_is_a_move_with_its_number_and_edit_inside():
    old, new = policy(OLD), policy(NEW, date="2030-02-01")
    r = redline.diff(old, new)
    assert [s.kind for s in r.sections if s.number] == ["moved", "renumbered", "renumbered", "unchanged"]
    data = render_docx(r, author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    went = [p for p in _moved(body, "moveFrom") if "factures" in "".join(p.itertext())]
    came = [p for p in _moved(body, "moveTo") if "factures" in "".join(p.itertext())]
    assert len(went) == len(came) == 1, "the item is a move, not deleted and inserted whole"
    gone, added = _runs(went[0]), _runs(came[0])
    # where it was: "2. " and "dix" deleted inside the move; where it is: "3. " and "onze" inserted
    assert [text.strip() for kind, text in gone if kind == "del"] == ["2.", "dix"]
    assert [text.strip() for kind, text in added if kind == "ins"] == ["3.", "onze"]
    assert "".join(text for kind, text in gone if kind == "moveFrom") == \
        "".join(text for kind, text in added if kind == "moveTo")
    assert went[0].find(qn("w:moveFromRangeStart")).get(qn("w:name")) == \
        came[0].find(qn("w:moveToRangeStart")).get(qn("w:name"))
    assert out_of_order(data) == [] and clashing_ids(data) == [] and docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert text_of(data, accept=accept) == reading(version)
