"""A section inserted before others renumbers them, and the legal team writes each cross-reference anew ("see section
3" become "see section 4"): every section after it was said "renumbered, text changed", drowning the one real change
(redline21). A section whose only edits are references to sections renumbered, written with their new numbers after a
section's word, is said "renumbered, references updated to the new numbers", and the summaries of every format say a
run of them once, as a run of sections only renumbered; the body still marks each reference. A number that is no
reference ("within 2 months"), or a reference not following the renumbering, is a change of text as before."""
from __future__ import annotations

import io
import json
import shutil
import subprocess

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from integration.test_redline_parity import ENGINE
from policysite import heading_numbers, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.strings import redline_labels
from unit.test_redline import policy
from unit.test_redline13_columns import _functions

SECTIONS = 5


def _text(shift: int, *, rewritten: str = "") -> str:
    """Five sections, each referring to the next, numbered from 1 + shift (a section inserted first where shift is 1),
    the third's retention period `rewritten` where given."""
    head = "## 1. Scope\n\nThis policy now covers our mobile application as well.\n\n" if shift else ""
    return head + "".join(
        f"## {k + shift}. Topic {k}\n\nWe keep data of kind {k} for {rewritten if k == 3 and rewritten else 'a year'},"
        f" as section {k + 1 + shift} explains.\n\n" for k in range(1, SECTIONS)) + \
        f"## {SECTIONS + shift}. End\n\nThank you for reading, see § {1 + shift}.\n"


def _diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


def test_sections_whose_only_edits_are_references_are_said_so():
    r = _diff(_text(0), _text(1))
    assert [(s.new_number, s.kind, s.references) for s in r.sections if s.number] == [
        ("1", "added", False), *[(str(k + 1), "renumbered", True) for k in range(1, SECTIONS + 1)]]
    t = redline_labels("en")
    text = redline.render_text(r, color=False)
    assert text.count("(renumbered, references updated to the new numbers)") == SECTIONS
    assert "as section [-3-] {+4+} explains." in text  # (the body still marks each)
    summary = redline.render_markdown(r).split("<sub>")[0]
    assert "- §1 Scope (added)" in summary and "§1–§5 → §2–§6 (5 renumbered, references updated to the new numbers)" \
        in summary and summary.count("\n- ") == 2
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    listed = html.split('<ul class="redline-summary">')[1].split("</ul>")[0]
    assert listed.count("<li") == 2 and t["references_renumbered"] in listed
    assert [said for said in redline_pdf.data(r, site="Acme", lang="en")["summary"]] == [
        ["§1 Scope", "added"], ["§1–§5 → §2–§6", "5 renumbered, references updated to the new numbers"]]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme"))).paragraphs]
    assert "§1–§5 → §2–§6 (5 renumbered, references updated to the new numbers)" in paragraphs


def test_a_real_change_among_them_is_said_apart():
    r = _diff(_text(0), _text(1, rewritten="two years"))
    said = {s.new_number: s.references for s in r.sections if s.number}
    assert said["4"] is False and [n for n, refs in said.items() if refs] == ["2", "3", "5", "6"]
    summary = redline.render_markdown(r).split("<sub>")[0]
    assert "- §3 → §4 Topic 3 (renumbered, text changed)" in summary


@pytest.mark.parametrize("old, new", [
    ("We answer within 2 months.", "We answer within 3 months."),  # no section's word before it
    ("See section 2 and section 4.", "See section 3 and section 4."),  # section 4 became 5: not written so
    ("See section 2.", "See section 2."),  # (unchanged: no edit at all)
])
def test_a_number_that_follows_no_renumbering_is_a_change_of_text(old, new):
    body = "## {a}. Data\n\n{text}\n\n## {b}. Rights\n\nYou may ask for access.\n\n## {c}. Other\n\nMore words.\n\n" \
           "## {d}. Last\n\nThe end.\n"
    r = _diff(body.format(a=1, b=2, c=3, d=4, text=old),
              "## 1. New\n\nA new first section of some words.\n\n" + body.format(a=2, b=3, c=4, d=5, text=new))
    assert not any(s.references for s in r.sections)


def test_a_reference_word_of_any_language_or_a_section_sign_counts():
    from policysite.redline.references import REFERENCE_WORD

    assert all(REFERENCE_WORD.fullmatch(w) for w in ("section", "Sections", "Article", "article", "§", "Artikel",
                                                      "artículo", "Άρθρο", "סעיף", "المادة"))
    assert not any(REFERENCE_WORD.fullmatch(w) for w in ("within", "months", "2", "page"))


def compare_js_references(old: str, new: str) -> list[bool]:
    """Which sections compare.js's markReferences says are renumbered with only their references updated, between
    two synthetic policies of `old` and `new` sections (as the compare page reads their policy.json)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    source = (ROOT / "overrides" / "assets" / "javascripts" / "compare.js").read_text(encoding="utf-8")
    script = (f"var engine = require({json.dumps(str(ENGINE))});"
              "var EQUAL = engine.EQUAL, DELETE = engine.DELETE, INSERT = engine.INSERT;"
              "var t = {section_words: process.argv[1], section_words_after: process.argv[2]};"
              + _functions(source, "REFERENCE_WORD", "REFERENCE_AFTER", "KEPT_AFTER", "markReferences")
              + "var docs = JSON.parse(require('fs').readFileSync(0, 'utf-8'));"
              "var r = engine.diff(docs[0], docs[1]); markReferences(r.sections);"
              "console.log(JSON.stringify(r.sections.map(function (s) { return s.references; })));")
    from helpers import synthetic_policy
    from integration.test_redline_parity import _doc

    docs = [_doc(synthetic_policy("2030-01-15", sections=old), "2030-01-15"),
            _doc(synthetic_policy("2030-02-01", sections=new), "2030-02-01")]
    return json.loads(subprocess.run([node, "-e", script, heading_numbers.SECTION_WORDS,
                                      heading_numbers.SECTION_WORDS_AFTER], input=json.dumps(docs),
                                     capture_output=True, text=True, check=True).stdout)


def test_the_compare_page_marks_them_alike():
    for new in (_text(1), _text(1, rewritten="two years")):
        assert compare_js_references(_text(0), new) == [s.references for s in _diff(_text(0), new).sections]
