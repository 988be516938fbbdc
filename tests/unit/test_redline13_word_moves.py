"""A paragraph or list item moved whole, its words the same, is a move in the Word redline (redline13): w:moveFrom
where it was and w:moveTo where it is, in ranges of one name (ISO/IEC 29500-1 §17.13.5.21-28), with the author and the
date of every revision, so that Word shows it moved and accepts or rejects it as one; it was a paragraph deleted and
another inserted. Accepting every revision gives the new text, rejecting them the old. A block moved and edited on the
way is a move too, its edits deleted and inserted inside its ranges (redline17)."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of

MOVING = "We keep the records of every customer for three years after the end of the contract, then delete them."
ITEM = "- the records of every customer kept for three years"
OLD = (f"## 1. Data\n\nWe collect the name and the postal address.\n\n{MOVING}\n\n- the name\n{ITEM}\n- the address\n\n"
       "## 2. Retention\n\nWe keep data only as long as needed.\n")
CASES = {
    "a paragraph moved to another section": OLD.replace(f"{MOVING}\n\n", "") + f"\n{MOVING}\n",
    "a paragraph moved up in its section": OLD.replace(f"We collect the name and the postal address.\n\n{MOVING}",
                                                       f"{MOVING}\n\nWe collect the name and the postal address."),
    "a list item moved in its list": OLD.replace(f"- the name\n{ITEM}\n", f"{ITEM}\n- the name\n"),
}
ATTRS = ("w:id", "w:author", "w:date")


def _xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as word:
        return word.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("name", CASES)
def test_a_block_moved_whole_is_a_move_word_accepts_and_rejects_as_one(name):
    old, new = policy(OLD), policy(CASES[name], date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    sides = {side: body.findall(f".//{qn(f'w:{side}')}") for side in ("moveFrom", "moveTo")}
    runs = {side: [e for e in found if e.getparent().tag != qn("w:rPr")] for side, found in sides.items()}
    marks = {side: [e for e in found if e.getparent().tag == qn("w:rPr")] for side, found in sides.items()}
    assert all(len(runs[side]) == len(marks[side]) == 1 for side in sides), name
    for element in [*runs["moveFrom"], *runs["moveTo"], *marks["moveFrom"], *marks["moveTo"]]:
        assert element.get(qn("w:author")) == "Acme" and element.get(qn("w:date")) == "2030-02-01T00:00:00Z"
    starts = {side: body.findall(f".//{qn(f'w:{side}RangeStart')}") for side in sides}
    ends = {side: body.findall(f".//{qn(f'w:{side}RangeEnd')}") for side in sides}
    (start_from,), (start_to,) = starts["moveFrom"], starts["moveTo"]
    assert start_from.get(qn("w:name")) == start_to.get(qn("w:name")) == "move1"
    assert [e.get(qn("w:id")) for e in ends["moveFrom"]] == [start_from.get(qn("w:id"))]
    assert [e.get(qn("w:id")) for e in ends["moveTo"]] == [start_to.get(qn("w:id"))]
    moved = MOVING if "paragraph" in name else "• " + ITEM[2:]
    assert "".join(t.text for t in runs["moveFrom"][0].iter(qn("w:t"))) == moved
    assert "".join(t.text for t in runs["moveTo"][0].iter(qn("w:t"))) == moved
    assert MOVING not in "".join(t.text or "" for t in body.iter(qn("w:delText")))  # no longer a deletion
    ids = [e.get(qn("w:id")) for e in body.iter() if e.get(qn("w:id")) is not None
           and not e.tag.endswith(("bookmarkStart", "bookmarkEnd", "RangeEnd"))]
    assert len(ids) == len(set(ids))  # each revision its own id
    for version, accept in ((new, True), (old, False)):
        assert [p for p in text_of(data, accept=accept) if not p.startswith("Link targets")] == reading(version)


def test_a_block_moved_and_edited_is_a_move_its_edits_deleted_and_inserted_inside():
    """(redline17: it was a paragraph deleted and another inserted, the one word edited on the way hidden in them.)
    As Word writes text moved then edited: its words kept a move, the word replaced deleted where it was and inserted
    where it is, inside the move's ranges."""
    new = policy(OLD.replace(f"{MOVING}\n\n", "") + f"\n{MOVING.replace('three', 'five')}\n", date="2030-02-01")
    data = render_docx(redline.diff(policy(OLD), new), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body

    def words(element) -> str:
        return "".join(t.text or "" for t in element.iter(qn("w:t"), qn("w:delText")))

    (went,) = [p for p in body.iter(qn("w:p")) if p.find(qn("w:moveFromRangeStart")) is not None]
    (came,) = [p for p in body.iter(qn("w:p")) if p.find(qn("w:moveToRangeStart")) is not None]
    assert [(child.tag.split("}")[1], words(child)) for child in went if child.tag in (qn("w:moveFrom"), qn("w:del"))] \
        == [("moveFrom", "We keep the records of every customer for "), ("del", "three "),
            ("moveFrom", "years after the end of the contract, then delete them.")]
    assert [(child.tag.split("}")[1], words(child)) for child in came if child.tag in (qn("w:moveTo"), qn("w:ins"))] \
        == [("moveTo", "We keep the records of every customer for "), ("ins", "five "),
            ("moveTo", "years after the end of the contract, then delete them.")]
    assert went.find(qn("w:moveFromRangeStart")).get(qn("w:name")) == \
        came.find(qn("w:moveToRangeStart")).get(qn("w:name"))
    from unit.test_redline15_word import clashing_ids, out_of_order

    assert out_of_order(data) == [] and clashing_ids(data) == []
    assert [p for p in text_of(data, accept=True) if not p.startswith("Link targets")] == reading(new)
    assert [p for p in text_of(data, accept=False) if not p.startswith("Link targets")] == reading(policy(OLD))


def test_a_numbered_item_moved_to_another_number_stays_deleted_and_inserted():
    numbered = OLD.replace("- the name\n", "1. the name\n").replace(ITEM, "2." + ITEM[1:]).replace("- the address",
                                                                                                  "3. the address")
    moved = numbered.replace(f"1. the name\n2.{ITEM[1:]}\n", f"1.{ITEM[1:]}\n2. the name\n")
    data = render_docx(redline.diff(policy(numbered), policy(moved, date="2030-02-01")), author="Acme")
    assert [p for p in text_of(data, accept=True)] == reading(policy(moved, date="2030-02-01"))
    assert [p for p in text_of(data, accept=False)] == reading(policy(numbered))


def test_a_block_moved_out_of_a_section_moved_has_no_move_without_its_other_side():
    """A section moved is set whole where it is and where it was, its blocks anew: the paragraph that left it was a
    w:moveTo whose w:moveFrom was never written."""
    old = (f"## 1. Data\n\nWe collect the name.\n\n{MOVING}\n\n## 2. Retention\n\nWe keep data only as long as "
           "needed.\n\n## 3. Rights\n\nYou have rights to access.\n")
    new = (f"## 1. Retention\n\nWe keep data only as long as needed.\n\n## 2. Rights\n\nYou have rights to access.\n\n"
           f"{MOVING}\n\n## 3. Data\n\nWe collect the name.\n")
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    assert any(s.kind == "moved" for s in r.sections) and any(b.moved for s in r.sections for b in s.blocks)
    xml = _xml(render_docx(r, author="Acme"))
    assert xml.count("<w:moveFromRangeStart") == xml.count("<w:moveToRangeStart")


@pytest.mark.parametrize("name", ["section moved", "section moved and edited"])
def test_the_paragraphs_of_a_section_moved_are_moves_its_heading_deleted_and_inserted(name):
    """A section moved is set whole where it is and where it was (docx.in_both_orders): its paragraphs and items, the
    same words, are moves; its heading is a move too, its number another deleted and inserted inside it (redline23: it
    was deleted and inserted whole, its title's every word marked where the pages mark none); a paragraph or item
    edited on the way is a move too, its words' edits deleted and inserted inside it (redline18: it was deleted and
    inserted whole, "item 5 charlie" for the reader to find against "item 5 bravo", where the changes page marks the
    one word)."""
    from unit.test_redline8_docx import BASE, EDITS

    old, new = policy(BASE), policy(EDITS[name], date="2030-02-01")
    r = redline.diff(old, new)
    moved = [s for s in r.sections if s.kind == "moved"]
    assert moved
    data = render_docx(r, author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    unchanged = sum(b.kind == "unchanged" for s in moved for b in s.blocks)
    edited = [b for s in moved for b in s.blocks if b.kind == "changed"]
    assert len(edited) == (name == "section moved and edited") and unchanged > 0
    assert len(list(body.iter(qn("w:moveFromRangeStart")))) == len(list(body.iter(qn("w:moveToRangeStart")))) \
        == unchanged + len(edited) + len(moved)  # (and each heading)
    # inside the moves, the words edited on the way: "bravo" deleted where it was, "charlie" inserted where it is; the
    # headings' numbers, one deleted where it was, another inserted where it is
    ranged = sorted((e.tag, "".join(t.text or "" for t in e.iter(qn("w:t"), qn("w:delText"))))
                    for e in body.iter(qn("w:del"), qn("w:ins")) if e.getparent().tag == qn("w:p") and any(
                        e.getparent().find(qn(start)) is not None
                        for start in ("w:moveToRangeStart", "w:moveFromRangeStart")))
    numbers = sorted((qn(f"w:{tag}"), f"§{number} ") for s in moved
                     for tag, number in (("del", s.old_number), ("ins", s.new_number)))
    assert ranged == sorted(numbers + ([(qn("w:del"), "bravo"), (qn("w:ins"), "charlie")] if edited else [])), ranged
    for version, accept in ((new, True), (old, False)):
        assert text_of(data, accept=accept) == reading(version)
