"""List items merged or split (redline12): said as list items, not paragraphs ("3 list items merged into this one"),
on the pages, in the JSON and in the browser; and in Word one tracked change a DPO accepts or rejects whole: each old
item's paragraph mark and bullet deleted, the kept mark's indent before it a revision of its properties (w:pPrChange),
so that accepting gives the new paragraphs and indents and rejecting the old ones (the items were written removed and
added whole, with nothing saying they were merged)."""
from __future__ import annotations

import io
import itertools

import docx
import pytest
from docx.oxml.ns import qn
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import document, redline, strings
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body
from unit.test_redline_docx import paragraph_text

LISTED = _body("We collect the following data:", "- your name;", "- your e-mail address;", "- your postal address.")
PROSE = _body("We collect the following data: your name, your e-mail address and your postal address.")
ITEMS = _body("- We keep your name;", "- your e-mail address;", "- and your postal address.")
ONE_ITEM = _body("- We keep your name, your e-mail address and your postal address.")
NESTED = _body("- We collect the following data:", "    - your name;", "    - your e-mail address.")
NESTED_PROSE = _body("- We collect the following data: your name and your e-mail address.")
SAID = {  # (old, new): what the merge or split is said as, its first part's
    (LISTED, PROSE): "4 paragraphs and list items merged into this one.",
    (ITEMS, ONE_ITEM): "3 list items merged into this one.",
    (NESTED, NESTED_PROSE): "3 list items merged into this one.",
    (ONE_ITEM, ITEMS): "One list item split into 3, this one among them.",
    (PROSE, LISTED): "One paragraph split into 4, this one among them.",
}


def _html(r: redline.Redline) -> str:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    return redline.render_html(r, env=env, lang="en")


@pytest.mark.parametrize(("old", "new"), SAID)
def test_list_items_joined_are_said_as_list_items(old, new):
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    said = SAID[old, new]
    assert _html(r).count(f'<p class="redline-moved">{said}</p>') == 1
    (first,) = [b for b in _blocks(r) if b.joined_count]
    data = [b for s in redline.to_json(r)["sections"] for b in s["blocks"] if b.get("joined_count")]
    assert [b.get("joined_of", "") for b in data] == [first.joined_of]
    assert first.joined_of == ("" if said.startswith(("One paragraph", "2 paragraphs merged")) else
                               "mixed" if "paragraphs and" in said else "items")


def test_every_language_says_list_items_joined():
    for lang in ["en", "fr", *strings.REDLINE_STRINGS]:
        words = redline.labels(lang)
        for key in ("joined_merged_items", "joined_merged_mixed", "joined_split_items"):
            assert "{n}" in words[key] and words[key] != redline.labels("en")[key] or lang.startswith("en"), (lang, key)


def _indent(p) -> int:
    ind = p.find(f"{qn('w:ind')}")
    return int(ind.get(qn("w:left"))) // 360 if ind is not None else 0


def paragraphs(data: bytes, *, accept: bool) -> list[tuple[str, int]]:
    """The document's paragraphs from the policy's title on, each its text and indent, as Word leaves them once every
    revision is accepted (or rejected): a paragraph whose mark is a revision joins the next, whose mark it keeps; a
    paragraph's properties those before their revision (w:pPrChange) once rejected; the status lines left out."""
    gone = qn("w:del") if accept else qn("w:ins")
    out: list[tuple[str, int]] = []
    joining = ""
    started = False
    for p in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        props = p.find(qn("w:pPr"))
        style = props.find(qn("w:pStyle")) if props is not None else None
        started = started or (style is not None and style.get(qn("w:val")) == "Heading1")
        if not started or p.find(f".//{qn('w:rPr')}/{qn('w:i')}") is not None:
            continue
        if props is not None and props.find(f"{qn('w:rPr')}/{gone}") is not None:
            joining += paragraph_text(p, accept=accept)
            continue
        before = props.find(f"{qn('w:pPrChange')}/{qn('w:pPr')}") if props is not None else None
        shown = before if before is not None and not accept else props
        out.append((" ".join((joining + paragraph_text(p, accept=accept)).split()),
                    _indent(shown) if shown is not None else 0))
        joining = ""
    return out


def reading(version: document.Policy) -> list[tuple[str, int]]:
    """A version as the Word redline writes it: each heading with its number, each block, and its indent."""
    out = [(version.shown_title, 0)]
    for section in version.sections:
        out.append((document.named(section.number, section.title, section.mark), 0))
        for block in section.blocks:
            lead = "" if block.kind != "item" else f"{block.number}. " if block.number else "• "
            out.append((" ".join((lead + block.page_text).split()), block.depth + 1 if block.kind == "item" else 0))
    return out


@pytest.mark.parametrize(("old", "new"), SAID)
def test_word_tracks_a_merge_or_split_of_list_items_as_one_change_exact_both_ways(old, new):
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    r = redline.diff(old_policy, new_policy)
    data = render_docx(r, author="Acme")
    assert paragraphs(data, accept=True) == reading(new_policy)
    assert paragraphs(data, accept=False) == reading(old_policy)
    # one change: no item's words deleted or inserted whole, the merge said in Word too
    xml = docx.Document(io.BytesIO(data)).element.body.xml
    assert "your e-mail address" not in "".join(t.text or "" for t in docx.Document(io.BytesIO(data)).element.body
                                                .iter(qn("w:delText")))
    assert SAID[old, new] in xml


def test_the_browser_says_them_alike():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (LISTED, PROSE, ITEMS, ONE_ITEM)]
    _check(list(itertools.permutations(texts, 2)))
