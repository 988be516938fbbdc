"""A list made part of a paragraph, or a paragraph cut into a list (redline11): said as a merge or a split on the pages
(each item's words kept, not deleted whole and inserted again), in the browser's engine alike; the Word redline exact
both ways (redline12: one tracked merge or split, each item's bullet a revision, test_redline12_lists)."""
from __future__ import annotations

import itertools

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline9 import _blocks, _body

LISTED = _body("We collect the following data:", "- your name;", "- your e-mail address;",
               "- your postal address.")
PROSE = _body("We collect the following data: your name, your e-mail address and your postal address.")
NESTED = _body("- We collect the following data:", "    - your name;", "    - your e-mail address.")
NESTED_PROSE = _body("- We collect the following data: your name and your e-mail address.")
PAIRS = {"a list made part of its paragraph": (LISTED, PROSE), "items made part of an item": (NESTED, NESTED_PROSE)}
MERGED = {"a list made part of its paragraph": 4, "items made part of an item": 3}  # the paragraph or item and its items


def _html(r: redline.Redline) -> str:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    return redline.render_html(r, env=env, lang="en")


@pytest.mark.parametrize("name", PAIRS)
def test_list_items_merged_into_a_paragraph_are_one_merge_their_words_kept(name):
    old, new = PAIRS[name]
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    (block,) = _blocks(r)
    n = MERGED[name]
    assert (block.kind, block.joined, block.joined_count) == ("changed", "merged", n)
    deleted = [text for tag, text in block.ops if tag == "delete"]
    assert not any("name" in text or "address" in text for text in deleted), deleted  # no item deleted whole
    assert redline.apply(block.old.text, block.ops) == block.new.text
    said = "paragraphs and list items" if name == "a list made part of its paragraph" else "list items"  # (redline12)
    assert f'<p class="redline-moved">{n} {said} merged into this one.</p>' in _html(r)


def test_a_paragraph_cut_into_a_list_is_one_split_said_once():
    r = redline.diff(policy(PROSE), policy(LISTED, date="2030-02-01"))
    blocks = _blocks(r)
    assert [(b.joined, b.joined_count, b.new.kind) for b in blocks] == [
        ("split", 4, "paragraph"), ("split", 0, "item"), ("split", 0, "item"), ("", 0, "item")]
    assert _html(r).count("One paragraph split into 4, this one among them.") == 1


@pytest.mark.parametrize(("old", "new"), [*PAIRS.values(), *(pair[::-1] for pair in PAIRS.values())])
def test_word_keeps_each_items_bullet_both_ways(old, new):
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    data = render_docx(redline.diff(old_policy, new_policy), author="Acme")
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)


def test_lists_merged_and_split_are_found_alike_in_the_browser():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (LISTED, PROSE, NESTED, NESTED_PROSE)]
    _check(list(itertools.permutations(texts, 2)))
