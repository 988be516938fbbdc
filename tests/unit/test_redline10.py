"""Redlines the DPO can file (hunt 10): three paragraphs merged into one, one split into three, a merge whose result
was also edited, said as a merge or a split in every redline (the words marked against the joined source); exact both
ways in Word."""
from __future__ import annotations

import pytest

from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline9 import A, B, C, _blocks, _body, _marked

D = "Our auditors may read them once a year, under a duty of confidentiality."
THREE = {
    "three merged": (_body(A, B, D, C), _body(f"{A} {B} {D}", C)),
    "three merged, first and last edited": (
        _body(A, B, D, C), _body(f"{A.replace('ten', 'eleven')} {B} {D.replace('once', 'twice')}", C)),
    "three merged, another order of lengths": (_body(D, B, A), _body(f"{D} {B} {A}")),
    "four merged": (_body(A, B, D, C), _body(f"{A} {B} {D} {C}")),
}
EDITS = {"three merged": [], "three merged, first and last edited": [("delete", "ten"), ("insert", "eleven"),
                                                                      ("delete", "once"), ("insert", "twice")],
         "three merged, another order of lengths": [], "four merged": []}


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(old), policy(new, date="2030-02-01"))


@pytest.mark.parametrize("name", THREE)
def test_paragraphs_merged_into_one_are_one_merge_marked_against_their_joined_text(name):
    old, new = THREE[name]
    (block,) = _blocks(_diff(old, new))
    assert (block.kind, block.joined) == ("changed", "merged")
    olds = [p for p in old.split("\n\n")[2:] if p.strip() and not p.startswith("##")]
    merged = new.split("\n\n")[2]
    kept = olds[:merged.count(".")]  # each old paragraph is one sentence
    assert block.old.text == " ".join(kept)
    assert len(block.joined_at) == len(kept) - 1  # where Word cuts the old paragraphs
    assert [block.old.text[:at].endswith(p) for at, p in zip(block.joined_at, kept)] == [True] * (len(kept) - 1)
    assert _marked(block.ops) == EDITS[name]
    assert redline.apply(block.old.text, block.ops) == block.new.text


@pytest.mark.parametrize("name", THREE)
def test_one_paragraph_split_into_several_is_one_split_marked_against_its_parts(name):
    new, old = THREE[name]
    blocks = _blocks(_diff(old, new))
    parts = [p for p in new.split("\n\n")[2:] if p.strip() and not p.startswith("##")][:len(blocks)]
    assert len(blocks) >= 3
    assert [(b.kind, b.joined) for b in blocks] == [("changed", "split")] * (len(blocks) - 1) + [("changed", "")]
    assert [b.new.text for b in blocks] == parts
    assert " ".join(b.old.text for b in blocks) == old.split("\n\n")[2]
    marked = [op for b in blocks for op in _marked(b.ops)]
    assert sorted(text for _, text in marked) == sorted(text for _, text in EDITS[name])
    for block in blocks:
        assert redline.apply(block.old.text, block.ops) == block.new.text


@pytest.mark.parametrize("name", THREE)
@pytest.mark.parametrize("way", ["merged", "split"])
def test_several_paragraphs_merged_or_split_are_exact_both_ways_in_word(name, way):
    old, new = THREE[name] if way == "merged" else THREE[name][::-1]
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    data = render_docx(redline.diff(old_policy, new_policy), author="Acme")
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)


def test_a_merge_is_said_once_in_the_text_redline():
    old, new = THREE["three merged, first and last edited"]
    text = redline.render_text(_diff(old, new), color=False)
    assert text.count("3 paragraphs merged into this one.") == 1
    assert "[-ten-] {+eleven+}" in text and "[-once-] {+twice+}" in text
    assert "{+" + B not in text and "[-" + B not in text  # the middle paragraph's words are not re-inserted


def test_a_sentence_moved_and_edited_within_a_paragraph_shows_its_edit_inside_the_moved_words():
    from unit.test_redline9 import S1, S2, S3

    old, new = _body(f"{S1} {S2} {S3}"), _body(f"{S2} {S3} We never sell your personal data to any partner.")
    r = _diff(old, new)
    (block,) = _blocks(r)
    assert block.moved_within
    # the edit is marked against the sentence where it was: "anyone" struck inside the words inserted
    assert _marked(block.shown_ops) == [("delete", S1), ("insert", "We never sell your personal data to"),
                                        ("delete", "anyone"), ("insert", "any partner.")]
    assert "".join(text for tag, text in block.shown_ops if tag != "delete") == block.new.text
    # the ops Word revises by stay those of the paragraph, exact both ways
    assert redline.apply(block.old.text, block.ops) == block.new.text
    assert "{+We never sell your personal data to+} [-anyone-] {+any partner.+}" in redline.render_text(r, color=False)
    (data,) = [b for s in redline.to_json(r)["sections"] for b in s["blocks"] if b["kind"] != "unchanged"]
    assert data["moved_ops"] == [list(op) for op in block.shown_ops]


def test_a_sentence_moved_unedited_within_a_paragraph_keeps_its_ops():
    from unit.test_redline9 import S1, S2, S3

    (block,) = _blocks(_diff(_body(f"{S1} {S2} {S3}"), _body(f"{S2} {S3} {S1}")))
    assert block.moved_within and block.moved_ops == () and block.shown_ops == block.ops


DEFINED = ("## 1. Definitions\n\n- **Controller**: the company that decides why and how data is processed.\n"
           "- **Processor**: a company that processes data on our behalf.\n\n## 2. Rights\n\nYou have rights.\n")
REDEFINED = ("## 1. Definitions\n\n- **Controller**: the entity that determines the purposes and means of processing.\n"
             "- **Processor**: a company that processes data on our behalf and on our instructions.\n\n"
             "## 2. Rights\n\nYou have rights.\n")


def _paragraphs(body: str) -> str:
    return body.replace(".\n- ", ".\n\n").replace("- ", "")


@pytest.mark.parametrize(("old", "new"), [(DEFINED, REDEFINED), (REDEFINED, DEFINED),
                                          (_paragraphs(DEFINED), _paragraphs(REDEFINED))])
def test_a_definition_reworded_but_for_its_term_is_an_edit_of_it_not_one_removed_and_one_added(old, new):
    blocks = _blocks(_diff(old, new))
    assert [b.kind for b in blocks] == ["changed", "changed"]
    assert blocks[0].ops[0] == ("equal", "Controller: the ")
    for block in blocks:
        assert redline.apply(block.old.text, block.ops) == block.new.text
    data = render_docx(_diff(old, new), author="Acme")
    assert text_of(data, accept=True) == reading(policy(new))
    assert text_of(data, accept=False) == reading(policy(old))


def test_a_paragraph_reworded_with_another_bold_term_is_removed_and_added():
    old = "## 1. D\n\n**Controller**: the company that decides why and how data is processed.\n"
    new = "## 1. D\n\n**Owner**: the entity that determines the purposes and means of processing.\n"
    assert [b.kind for b in _diff(old, new).sections[1].blocks] == ["removed", "added"]


LISTED = ("## 1. Purposes\n\nWe use your data to:\n\n- provide the service you asked for;\n"
          "- send you invoices and reminders;\n- meet our legal obligations.\n\n## 2. Rights\n\nYou have rights.\n")
UNLISTED = ("## 1. Purposes\n\nWe use your data to:\n\nProvide the service you asked for.\n\n"
            "Send you invoices and reminders.\n\nMeet our legal obligations.\n\n## 2. Rights\n\nYou have rights.\n")


@pytest.mark.parametrize(("old", "new"), [(LISTED, UNLISTED), (UNLISTED, LISTED)])
def test_a_list_turned_into_paragraphs_its_words_edited_is_said_a_formatting_edit_too(old, new):
    r = _diff(old, new)
    assert [b.kind for b in _blocks(r)] == ["changed"] * 3
    assert r.notes.formatting == 3
    assert "Not shown as changes of text: 3 formatting-only edits." in redline.render_text(r, color=False)
    data = render_docx(r, author="Acme")
    assert text_of(data, accept=True) == reading(policy(new))
    assert text_of(data, accept=False) == reading(policy(old))


NUMBERED = "## 1. Recipients\n\n| No. | Recipient |\n|---|---|\n| 1 | Hosting |\n| 2 | Payments |\n\n## 2. Rights\n\nOk.\n"
RENUMBERED = ("## 1. Recipients\n\n| No. | Recipient | Country |\n|---|---|---|\n| 1 | Hosting | France |\n"
              "| 2 | Mailing | Ireland |\n| 3. | Payments | Ireland |\n\n## 2. Rights\n\nOk.\n")


@pytest.mark.parametrize("way", ["inserted", "removed"])
def test_a_row_inserted_renumbering_the_rows_after_it_is_a_row_inserted_the_others_kept(way):
    import io

    import docx

    from unit.test_redline_docx import table_rows

    old, new = (NUMBERED, RENUMBERED) if way == "inserted" else (RENUMBERED, NUMBERED)
    r = _diff(old, new)
    rows = [b for b in r.sections[1].blocks if b.block_kind == "row"]
    assert [b.kind for b in rows] == ["changed", "changed", way.replace("inserted", "added"), "changed"]
    # the Payments row is paired with itself, its number marked: 2 became 3 (and back)
    assert rows[3].old.cells[1] == rows[3].new.cells[1] == "Payments"
    assert _marked(rows[3].cells[0]) == ([("delete", "2"), ("insert", "3.")] if way == "inserted"
                                         else [("delete", "3."), ("insert", "2")])
    document = docx.Document(io.BytesIO(render_docx(r, author="Acme")))
    cells = [[" ".join(row.cells) for row in unit if row.kind == "row"] for unit in
             ([b for b in policy(side).sections[0].blocks] for side in (new, old))]
    assert [" ".join(row) for row in table_rows(document, accept=True)] == cells[0]
    assert [" ".join(row) for row in table_rows(document, accept=False)] == cells[1]


def test_sixty_paragraphs_merged_into_one_and_edited_are_one_merge_beyond_the_bound_of_pairs():
    """More pairs of words than MAX_PAIRS: the merge is judged by the words both hold (engine._join_score), not said
    as 59 paragraphs removed because difflib's ratio was not computed."""
    names = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()
    paragraphs = [" ".join(f"{names[(i + k) % 16]}{i}" for k in range(12)) + "." for i in range(60)]
    edited = " ".join(p.replace("alpha", "zulu") for p in paragraphs)
    (block,) = _blocks(_diff(_body(*paragraphs), _body(edited)))
    assert (block.kind, block.joined, len(block.joined_at)) == ("changed", "merged", 59)
    assert redline.apply(block.old.text, block.ops) == edited
    blocks = _blocks(_diff(_body(edited), _body(*paragraphs)))
    assert [b.joined for b in blocks] == ["split"] * 59 + [""]


def test_a_column_of_figures_is_not_taken_for_row_numbers():
    from policysite.redline.engine import _counts_rows, units

    def table(*cells: str) -> tuple:
        (unit,) = units(policy("## 1. T\n\n| A | N |\n|---|---|\n" + "".join(f"| x | {c} |\n" for c in cells))
                        .sections[0].blocks)
        return unit

    assert _counts_rows(table("1", "2.", "3)"), 1) and _counts_rows(table("4", "5"), 1)
    assert not _counts_rows(table("12", "36", "60"), 1) and not _counts_rows(table("1", "3"), 1)
    assert not _counts_rows(table("1", "two"), 1) and not _counts_rows(table("1", "2"), 0)
