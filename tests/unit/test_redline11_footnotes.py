"""A footnote's mark added after a word (redline11): the page flattens `<sup>1</sup>` into the words ("clauses.1",
"clauses1"), and the redline marked the whole word replaced; its number is now a token of its own, inserted alone, in
the engine and in the browser's (redline.js)."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.docx import render_docx
from policysite.redline.engine import word_ops, word_tokens
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline9 import _blocks, _body

OLD = "Les transferts sont encadrés par des clauses. Elles sont publiées, comme les clauses types."
NOTED = {
    "after the full stop": "Les transferts sont encadrés par des clauses.<sup>1</sup> Elles sont publiées, comme les "
                           "clauses types.",
    "after the word": "Les transferts sont encadrés par des clauses. Elles sont publiées, comme les clauses<sup>2</sup> "
                      "types.",
    "after a comma": "Les transferts sont encadrés par des clauses. Elles sont publiées,<sup>3</sup> comme les clauses "
                     "types.",
    "written as a superscript": "Les transferts sont encadrés par des clauses.¹ Elles sont publiées, comme les clauses "
                                "types.",
}
INSERTED = {"after the full stop": "1", "after the word": "2", "after a comma": "3", "written as a superscript": "¹"}


@pytest.mark.parametrize("name", NOTED)
def test_a_footnote_added_marks_only_its_number_inserted(name):
    (block,) = _blocks(redline.diff(policy(_body(OLD)), policy(_body(NOTED[name]), date="2030-02-01")))
    changed = [(tag, text.strip()) for tag, text in block.ops if tag != "equal"]
    assert changed == [("insert", INSERTED[name])]
    assert redline.apply(block.old.text, block.ops) == block.new.text


@pytest.mark.parametrize("name", NOTED)
def test_a_footnote_removed_marks_only_its_number_deleted_and_word_is_exact_both_ways(name):
    old_policy, new_policy = policy(_body(NOTED[name])), policy(_body(OLD), date="2030-02-01")
    r = redline.diff(old_policy, new_policy)
    (block,) = _blocks(r)
    assert [(tag, text.strip()) for tag, text in block.ops if tag != "equal"] == [("delete", INSERTED[name])]
    data = render_docx(r, author="Acme")
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)


@pytest.mark.parametrize(("text", "tokens"), [
    ("clauses.¹ types", ["clauses", ".", "¹", "types"]),
    ("see 3.1, v1.2 and COVID-19", ["see", "3.1", ",", "v1.2", "and", "COVID-19"]),  # numbers stay whole
    ("example.test/help 2016/679", ["example.test/help", "2016/679"]),
    ("mp3, B2B, H2 and L34", ["mp3", ",", "B2B", ",", "H2", "and", "L34"]),  # (redline12: digits a word's own)
])
def test_only_a_superscript_number_ending_a_word_after_a_letter_is_cut_from_it(text, tokens):
    assert [key for key, _ in word_tokens(text)] == tokens
    assert "".join(written for _, written in word_tokens(text)) == text


def test_a_word_edited_beside_its_footnote_is_still_an_edit_of_the_word():
    ops = word_ops("des clauses.¹ types", "des contrats.¹ types")
    assert [(tag, text.strip()) for tag, text in ops if tag != "equal"] == [("delete", "clauses"),
                                                                            ("insert", "contrats")]
    (block,) = _blocks(redline.diff(policy(_body("des clauses.<sup>1</sup> types")),
                                    policy(_body("des contrats.<sup>1</sup> types"), date="2030-02-01")))
    assert [(tag, text.strip()) for tag, text in block.ops if tag != "equal"] == [("delete", "clauses"),
                                                                                  ("insert", "contrats")]


def test_footnotes_added_and_removed_are_compared_alike_in_the_browser():
    texts = [synthetic_policy("2030-01-15", sections=_body(text)) for text in (OLD, *NOTED.values())]
    texts.append(synthetic_policy("2030-01-15", sections=_body("\u2067clauses.1\u2069 " + OLD)))
    _check(list(itertools.permutations(texts, 2)))
