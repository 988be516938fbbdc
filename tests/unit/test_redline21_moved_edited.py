"""A paragraph or a list item moved and edited on the way puts its edit in the same places in every format
(redline21, session 50's leftover): the words deleted on the way where it was, struck with the rest of the block it
left; the words inserted on the way where it is, among the words it kept, unmarked. Word's move does so (w:moveFrom holds
the deleted words, w:moveTo the inserted ones); the text, Markdown, HTML and PDF redlines and the compare page struck
the deleted words where it is as well, so that a reader of the page and one of the .docx saw "ten" deleted in
different sections. One rule, model.BlockChange.shown_ops (redline.js's shownOps), every format rendering it."""
from __future__ import annotations

import io
import re

import docx
import pytest
from docx.oxml.ns import qn
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from integration.test_redline_parity import engine_blocks
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy

KEPT = "We keep invoices for ten years as the commercial code requires of every company"
OLD = (f"## 1. Collection\n\nWe collect your name when you create an account.\n\n{KEPT}.\n\n"
       "## 2. Retention\n\nWe keep account data while the account is open.\n")
CASES = {  # the edit made on the way: deleted, inserted
    "a word replaced": (OLD.replace(f"{KEPT}.\n\n", "").replace(
        "is open.\n", f"is open.\n\n{KEPT.replace('ten', 'eleven')}.\n"), "ten", "eleven"),
    "a word deleted": (OLD.replace(f"{KEPT}.\n\n", "").replace(
        "is open.\n", f"is open.\n\n{KEPT.replace(' of every company', '')}.\n"), "of every company", ""),
}


def _moved(case: str) -> tuple[redline.Redline, redline.BlockChange, redline.BlockChange]:
    r = redline.diff(policy(OLD), policy(CASES[case][0], date="2030-02-01"))
    (gone,), (came,) = ([b for s in r.sections for b in s.blocks if b.moved == way] for way in ("to", "from"))
    return r, gone, came


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_words_deleted_on_the_way_are_shown_where_it_was_only(case):
    _, gone, came = _moved(case)
    deleted, inserted = CASES[case][1:]
    assert not [text for tag, text in came.shown_ops if tag == "delete"]
    assert "".join(text for tag, text in came.shown_ops if tag == "insert").strip() == inserted
    assert "".join(text for _, text in came.shown_ops) == came.new.text  # (its words as they are now)
    assert deleted in "".join(text for tag, text in gone.shown_ops if tag == "delete")


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_format_puts_the_edit_where_word_does(case):
    r, _, _ = _moved(case)
    deleted, inserted = CASES[case][1:]
    here = KEPT.replace(deleted, inserted).replace("  ", " ") if inserted else KEPT.replace(" " + deleted, "")
    text = redline.render_text(r, color=False)
    shown = next(line.strip() for line in text.splitlines() if line.strip().startswith("We keep invoices")
                 and not line.strip().startswith("[-"))
    assert "[-" not in shown and (f"{{+{inserted}+}}" in shown if inserted else shown == here + ".")
    assert f"[-{KEPT}.-]" in text  # (where it was: struck whole, the deleted words with it)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    came = re.search(r'redline-block-added[^"]*"[^>]*>\s*<p>(.*?)</p>', html, re.S)
    assert came and "<del" not in came.group(1)
    blocks = [b for s in redline_pdf.data(r, site="Acme", lang="en")["sections"] for b in s["blocks"]]
    arrived = next(b for b in blocks if b.get("moved", "").startswith("Moved here"))
    assert not [op for op in arrived["ops"] if op[0] == "delete"]
    printed = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert f"[−{deleted}]" not in printed.split("Moved to §2")[1]
    # Word: the deleted words in the paragraph the move left (w:moveFrom), none in the one it arrived at (w:moveTo)
    paragraphs = docx.Document(io.BytesIO(render_docx(r, author="Acme"))).element.body.iter(qn("w:p"))
    deleted_in = {("from" if p.find(".//" + qn("w:moveFrom")) is not None else "to"):
                  "".join(t.text for t in p.iter(qn("w:delText")))
                  for p in paragraphs if p.find(".//" + qn("w:moveFrom")) is not None
                  or p.find(".//" + qn("w:moveTo")) is not None}
    assert deleted in deleted_in["from"] and deleted not in deleted_in["to"]


def test_the_compare_page_shows_what_policy_diff_shows():
    for case in sorted(CASES):
        r, _, _ = _moved(case)
        got = engine_blocks(OLD, CASES[case][0], keep="x.moved", show="engine.shownOps(x)")
        assert got == [[[list(op) for op in b.shown_ops] for b in s.blocks if b.moved] for s in r.sections], case


def test_a_row_moved_and_edited_puts_its_edit_where_word_does():
    from unit.test_redline20_rows_moved_edited import EDITED, TABLE

    r = redline.diff(policy(TABLE), policy(EDITED, date="2030-02-01"))
    (came,) = [b for s in r.sections for b in s.blocks if b.table and b.moved == "from"]
    assert not [op for cell in came.shown_cells for op in cell if op[0] == "delete"]
    assert [op for cell in came.shown_cells for op in cell if op[0] == "insert"] == [("insert", "eleven ")]
    rows = docx.Document(io.BytesIO(render_docx(r, author="Acme"))).element.body.iter(qn("w:tr"))
    deleted = {("from" if row.find(".//" + qn("w:moveFrom")) is not None else "to"):
               "".join(t.text for t in row.iter(qn("w:delText"))) for row in rows
               if row.find(".//" + qn("w:moveFrom")) is not None or row.find(".//" + qn("w:moveTo")) is not None}
    assert "ten" in deleted["from"] and "ten" not in deleted["to"]
    got = engine_blocks(TABLE, EDITED, keep="x.table && x.moved === 'from'", show="engine.shownCells(x)")
    assert got == [[[[list(op) for op in cell] for cell in b.shown_cells] for b in s.blocks
                     if b.table and b.moved == "from"] for s in r.sections]
