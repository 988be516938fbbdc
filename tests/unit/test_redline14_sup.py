"""Every redline draws a superscript raised (redline14): a footnote's call, an ordinal's letters, the page's `<sup>`,
printed on the line read "clausesa" in the HTML, Word and PDF redlines. Now raised in each (`<sup>`, Word's
`w:vertAlign`, Typst's `super`), words inserted or deleted too, its words never read as markup."""
from __future__ import annotations

import io
import json

import docx
import pytest
from docx.oxml.ns import qn
from selectolax.lexbor import LexborHTMLParser

from policysite import redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.raised import raised
from unit.test_asides import ENV
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body

OLD = "Transfers rely on the standard clauses<sup>a</sup> of the Commission, in force since the 1<sup>st</sup> of May."
NEW = "Transfers rely on the standard clauses<sup>b</sup> of the Commission, in force since the 2<sup>nd</sup> of May."


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01"))


def _raised(pieces) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for tag, text, up in pieces if up]


def test_the_calls_changed_are_raised_on_each_side_the_words_kept_on_the_line():
    (block,) = _blocks(_diff(OLD, NEW))
    assert _raised(raised(block.ops, block.old, block.new)) == [
        ("delete", "a"), ("insert", "b"), ("delete", "st"), ("insert", "nd")]


def test_a_paragraph_added_or_removed_has_its_calls_raised():
    changes = redline.diff(policy(_body()), policy(_body(NEW), date="2030-02-01"))
    (added,) = _blocks(changes)
    assert _raised(raised(added.ops, added.old, added.new)) == [("insert", "b"), ("insert", "nd")]
    (removed,) = _blocks(redline.diff(policy(_body(OLD)), policy(_body(), date="2030-02-01")))
    assert _raised(raised(removed.ops, removed.old, removed.new)) == [("delete", "a"), ("delete", "st")]


def test_a_call_kept_is_raised_as_the_new_text_draws_it():
    (block,) = _blocks(_diff(OLD, OLD.replace("Transfers", "All transfers")))
    assert _raised(raised(block.ops, block.old, block.new)) == [("equal", "a"), ("equal", "st")]


def test_ops_that_do_not_spell_a_side_raise_nothing_of_it():
    (block,) = _blocks(_diff(OLD, NEW))
    wrong = [("equal", "Other words entirely."), *block.ops]
    assert not _raised(raised(wrong, block.old, block.new))


def test_the_html_redline_raises_them_inside_its_marks_and_reads_no_markup():
    html = redline.render_html(_diff(OLD, NEW), env=ENV, lang="en")
    page = LexborHTMLParser(html)
    assert [(node.parent.tag, node.text()) for node in page.css(".redline-block sup")] == [
        ("del", "a"), ("ins", "b"), ("del", "st"), ("ins", "nd")]
    unsafe = "x<sup>&lt;img src=x onerror=alert(1)&gt;</sup> y"
    page = LexborHTMLParser(redline.render_html(_diff(OLD, f"{NEW} {unsafe}"), env=ENV, lang="en"))
    assert not page.css("img")
    assert "<img src=x onerror=alert(1)>" in [node.text() for node in page.css("sup")]


def test_a_tables_cells_raise_their_calls():
    table = "| Data | Kept |\n|---|---|\n| Logs<sup>1</sup> | one year |\n"
    changes = redline.diff(policy(_body(table)), policy(_body(table.replace(">1<", ">2<")), date="2030-02-01"))
    page = LexborHTMLParser(redline.render_html(changes, env=ENV, lang="en"))
    assert [(node.parent.tag, node.text()) for node in page.css("td sup")] == [("del", "1"), ("ins", "2")]
    body = docx.Document(io.BytesIO(render_docx(changes, author="Acme"))).element.body
    assert _word_raised(body.find(f".//{qn('w:tbl')}")) == [("del", "1"), ("ins", "2")]


def _word_raised(element) -> list[tuple[str, str]]:
    out = []
    for run in element.iter(qn("w:r")):
        if run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}") is None:
            continue
        assert run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}").get(qn("w:val")) == "superscript"
        kind = run.getparent().tag.split("}")[1]
        out.append((kind, "".join(t.text for t in run.iter(qn("w:t"), qn("w:delText"))).strip()))
    return out


def test_the_word_redline_sets_them_in_superscript_deleted_and_inserted():
    data = render_docx(_diff(OLD, NEW), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    assert _word_raised(body) == [("del", "a"), ("ins", "b"), ("del", "st"), ("ins", "nd")]


@pytest.mark.parametrize("kept", [False, True])
def test_the_pdf_sets_them_in_superscript_inside_the_mark(kept):
    new = OLD.replace("Transfers", "All transfers") if kept else NEW
    data = redline_pdf.data(_diff(OLD, new), site="Acme", lang="en")
    ops = [op for section in data["sections"] for block in section["blocks"] for op in block.get("ops", [])]
    lifted = [[op[0], op[1].strip()] for op in ops if len(op) > 2 and op[2] is True]
    assert lifted == ([["", "a"], ["", "st"]] if kept else [["delete", "a"], ["insert", "b"], ["delete", "st"],
                                                             ["insert", "nd"]])
    json.dumps(data)  # as the print server reads it


def test_the_printed_pdf_keeps_one_mark_around_words_and_their_call():
    from policysite import pdftext

    inserted = "Logs are kept under clauses<sup>c</sup> agreed."
    text = " ".join(pdftext.text(redline_pdf.render_pdf(_diff(OLD, f"{OLD} {inserted}"), site="Acme",
                                                        lang="en")).split())
    # the call raised inside the insertion's one mark: "[+Logs … clausesc agreed.]", not "[+… clauses][+c][+ agreed.]"
    assert "[+Logs are kept under clausesc agreed.]" in text.replace("\u00ad", "")


RAISED = """
const engine = require(process.argv[1]);
const pairs = JSON.parse(require("fs").readFileSync(0, "utf-8"));
process.stdout.write(JSON.stringify(pairs.map(([a, b]) => engine.diff(a, b).sections.map((s) => s.blocks
  .filter((b) => b.kind !== "unchanged")
  .map((b) => b.cells && b.cells.length && b.table
    ? b.cells.map((ops, k) => engine.raised(ops, b.old, b["new"], [k, k]))
    : [engine.raised(engine.shownOps(b), b.old, b["new"])])))));
"""


def test_the_compare_page_raises_what_policy_diff_raises():
    """compare.js draws its redline from redline.js's: a superscript raised there as in every redline policy.py
    writes (raised.raised, ported as redline.js's raised), struck, inserted or kept."""
    import shutil
    import subprocess

    from helpers import synthetic_policy
    from integration.test_redline_parity import ENGINE, _doc
    from policysite import document
    from policysite.redline.raised import cell_sides

    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    table = "| Data | Kept |\n|---|---|\n| Logs<sup>1</sup> | one year |\n"
    bodies = [_body(OLD, table), _body(NEW, table.replace(">1<", ">2<")), _body(OLD.replace("Transfers", "All"), ""),
              _body("", "Only<sup>x</sup> this.")]
    texts = [synthetic_policy(f"2030-01-0{k + 1}", sections=body) for k, body in enumerate(bodies)]
    pairs = [(a, b) for a in range(len(texts)) for b in range(len(texts)) if a != b]
    got = json.loads(subprocess.run([node, "-e", RAISED, str(ENGINE)], capture_output=True, text=True, check=True,
                                    input=json.dumps([[_doc(texts[a], "2030-01-01"), _doc(texts[b], "2030-01-02")]
                                                      for a, b in pairs])).stdout)
    for js, (a, b) in zip(got, pairs, strict=True):
        r = redline.diff(document.parse(texts[a], path="old.md", lang="en"),
                         document.parse(texts[b], path="new.md", lang="en"))
        def pieces(ops, block, cells=(None, None)):
            return [[tag, text, up] for tag, text, up in raised(ops, block.old, block.new, cells)]

        py = [[[pieces(ops, block, cell_sides(block, k)) for k, ops in enumerate(block.cells)] if block.table
               else [pieces(block.shown_ops, block)] for block in s.blocks if block.kind != "unchanged"]
              for s in r.sections]
        assert js == py, (a, b)
        assert any(up for section in py for block in section for cell in block for _, _, up in cell) or a == 2 or b == 2


def test_the_output_check_passes_a_changes_page_with_raised_calls():
    """The gate judges the published HTML (safety.check_page): a raised call, struck or inserted, is no finding (a
    <sup> inside a <sup> would be, html.shrunk)."""
    from policysite import safety

    html = redline.render_html(_diff(OLD, NEW), env=ENV, lang="en")
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changes</title></head><body>'
            f'<div class="md-content"><article class="md-content__inner md-typeset">{html}</article></div>'
            "</body></html>")
    assert "<sup>" in html
    found = [v.message for v in safety.check_page(page, file="en/changes/index.html", theme_dirs=())]
    assert found == ["the page has no Content-Security-Policy"]  # (the theme's head, which this page has not)
