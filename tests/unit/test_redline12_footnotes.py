"""A footnote's call the page draws with `<sup>` (redline12): known by where its tags are (a "sup" mark of the block,
policy.json's `sup`), not guessed from the letters. `clauses<sup>a</sup>`, which the page flattens into "clausesa",
marked the whole word; "mp3", whose digits are its own, was cut into "mp" and "3". Python and the browser agree."""
from __future__ import annotations

import itertools
import json

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check, _doc, _javascript, _python
from policysite import export, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline9 import _blocks, _body, _marked

OLD = "Les transferts sont encadrés par des clauses types de la Commission."
CALLED = {  # each with its footnote's call, and what the redline marks of it
    "a letter after the word": ("Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission.",
                                "a"),
    "a letter after the full stop": ("Les transferts sont encadrés par des clauses types de la Commission.<sup>b</sup>",
                                     "b"),
    "a linked letter": ("Les transferts sont encadrés par des clauses<sup>[c](#fn-c)</sup> types de la Commission.",
                        "c"),
    "a bracketed number": ("Les transferts sont encadrés par des clauses<sup>[1]</sup> types de la Commission.", "[1]"),
    "a star": ("Les transferts sont encadrés par des clauses<SUP class=\"note\">*</SUP> types de la Commission.", "*"),
}


@pytest.mark.parametrize("name", CALLED)
def test_a_footnote_call_added_or_removed_marks_only_the_call(name):
    called, mark = CALLED[name]
    for old, new, tag in ((OLD, called, "insert"), (called, OLD, "delete")):
        old_policy, new_policy = policy(_body(old)), policy(_body(new), date="2030-02-01")
        r = redline.diff(old_policy, new_policy)
        (block,) = _blocks(r)
        assert "".join(text for _, text in _marked(block.ops)) == mark and {t for t, _ in _marked(block.ops)} == {tag}
        assert redline.apply(block.old.text, block.ops) == block.new.text
        data = render_docx(r, author="Acme")  # Word: accepting gives the new text, rejecting the old, exactly
        for accept, version in ((True, new_policy), (False, old_policy)):  # (a link's target said after its block)
            assert [p for p in text_of(data, accept=accept) if not p.startswith("Link targets")] == reading(version)


def test_a_call_changed_marks_the_call_and_a_word_changed_beside_it_the_word():
    a = "Les transferts sont encadrés par des clauses<sup>a</sup> types."
    (block,) = _blocks(redline.diff(policy(_body(a)), policy(_body(a.replace(">a<", ">b<")), date="2030-02-01")))
    assert _marked(block.ops) == [("delete", "a"), ("insert", "b")]
    (block,) = _blocks(redline.diff(policy(_body(a)), policy(_body(a.replace("clauses", "contrats")),
                                                             date="2030-02-01")))
    assert _marked(block.ops) == [("delete", "clauses"), ("insert", "contrats")]


@pytest.mark.parametrize(("old", "new", "marked"), [
    ("Les fichiers mp3 sont gardés.", "Les fichiers mp4 sont gardés.", [("delete", "mp3"), ("insert", "mp4")]),
    ("Un contrat B2B est signé.", "Un contrat B2C est signé.", [("delete", "B2B"), ("insert", "B2C")]),
    ("Selon l'article L34 du code.", "Selon l'article L35 du code.", [("delete", "L34"), ("insert", "L35")]),
    # a superscript that is no call (`1<sup>er</sup>`): its words compared, nothing said changed where none did
    ("Dès le 1<sup>er</sup> janvier.", "Dès le 1<sup>er</sup> février.", [("delete", "janvier"), ("insert", "février")]),
])
def test_digits_a_word_writes_are_that_words_own(old, new, marked):
    (block,) = _blocks(redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01")))
    assert _marked(block.ops) == marked


def test_a_call_in_a_list_item_and_in_a_table_cell_marks_the_call():
    item = "- des clauses types de la Commission\n- un second élément de la liste"
    table = "| Données | Durée |\n|---|---|\n| les factures des clients | dix ans selon la loi |"
    r = redline.diff(policy(_body(item, table)), policy(_body(
        item.replace("clauses types", "clauses<sup>a</sup> types"),
        table.replace("dix ans", "dix ans<sup>2</sup>")), date="2030-02-01"))
    changed = _blocks(r)
    assert [_marked(b.ops) for b in changed] == [[("insert", "a")], [("insert", "2")]]
    assert changed[1].cells[1] == (("equal", "dix ans"), ("insert", "2 "), ("equal", "selon la loi"))


def test_policy_json_says_where_the_superscripts_are_in_code_points():
    text = synthetic_policy("2030-01-15", sections=_body("Le texte 𠀋 des clauses<sup>a</sup> types.",
                                                         "| A | B |\n|---|---|\n| un | deux<sup>2</sup> |"))
    data = _doc(text, "2030-01-15")
    assert data["format"] == export.FORMAT >= 8
    blocks = data["sections"][0]["blocks"]
    said = blocks[1]
    assert said["text"][slice(*said["sup"][0])] == "a"  # (𠀋 one character, two UTF-16 units)
    row = blocks[-1]
    assert row["text"] == "un | deux2" and row["text"][slice(*row["sup"][0])] == "2"
    assert "sup" not in blocks[0]


def test_the_browser_cuts_where_policy_py_does():
    texts = [synthetic_policy("2030-01-15", sections=_body(text)) for text in (
        OLD, *(called for called, _ in CALLED.values()), "Le texte 𠀋 des clauses<sup>a</sup> types de la Commission.",
        "Le texte 𠀋 des clauses types de la Commission.", "Les fichiers mp3 sont gardés.",
        "Les fichiers mp4 sont gardés.",
        "| Données | Durée |\n|---|---|\n| les factures𠀋<sup>1</sup> des clients | dix ans<sup>2</sup> selon la loi |",
        "| Données | Durée |\n|---|---|\n| les factures𠀋 des clients | dix ans selon la loi |")]
    _check(list(itertools.permutations(texts, 2)))


def test_an_export_of_an_earlier_format_is_compared_without_the_cuts_it_does_not_say():
    """A version published in format 7 says no `sup`: against it, a newer export's are not read, so that the same
    words are no change (its "clausesa" against "clauses" and "a")."""
    text = synthetic_policy("2030-01-15", sections=_body(CALLED["a letter after the word"][0]))
    old, new = _doc(text, "2030-01-01"), _doc(text, "2030-01-02")
    old["format"] = 7
    for block in (b for s in old["sections"] for b in s["blocks"]):
        block.pop("sup", None)
    (js,) = _javascript([], docs=[[old, new]])
    assert js["summary"]["counts"]["changed"] == 0
    py = json.loads(json.dumps(_python(text, text)))
    assert js["summary"] == py["summary"]
