"""A punctuation mark deleted where the old text wrote it against the word before is marked there (redline24,
redline23's leftover): `data, for` become `data for` printed `data [-,-] for` in the text redline, a space before the
comma neither version has, and Word's rejected text read `data , for`. The deleted words sit where the old text had
them (engine.word_ops), in every format; where the old text had a space before them (French `données ; pour`), so
do they."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from policysite import document, redline
from policysite.redline import DELETE, EQUAL, INSERT
from policysite.redline.docx import render_docx

_MARKS = {EQUAL: ("", ""), DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}


def _page(body: str, date: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n\n# Synthetic policy\n\n## 1. Scope\n\n{body}\n",
                          path=f"{lang}/index.md", lang=lang)


CASES = [  # (language, old, new, what the text redline marks)
    ("en", "We keep your data, for a year.", "We keep your data for a year.", "We keep your data[-,-] for a year."),
    ("en", "We keep your data, for a year.", "We keep your data and for a year.",
     "We keep your data[-,-] {+and+} for a year."),
    ("en", "Contact us (by mail). Thanks", "Contact us by mail Thanks", "Contact us [-(-]by mail[-).-] Thanks"),
    ("fr", "Nous gardons vos données, pour un an.", "Nous gardons vos données pour un an.",
     "Nous gardons vos données[-,-] pour un an."),
    ("fr", "Nous gardons vos données ; pour un an.", "Nous gardons vos données pour un an.",  # a space before ;
     "Nous gardons vos données [-;-] pour un an."),
    ("de", "Wir speichern Ihre Daten. Ein Jahr lang", "Wir speichern Ihre Daten ein Jahr lang",
     "Wir speichern Ihre Daten[-. Ein-] {+ein+} Jahr lang"),
]


@pytest.mark.parametrize("lang, old, new, marked", CASES)
def test_a_deleted_mark_stays_against_the_word_before_as_written(lang, old, new, marked):
    ops = redline.word_ops(old, new)
    assert redline.apply(old, ops) == new  # (the ops still give the new text)
    shown = "".join(f"{_MARKS[tag][0]}{core}{_MARKS[tag][1]}{tail}" for tag, core, tail in redline.segments(ops))
    assert shown == marked
    change = redline.diff(_page(old, "2030-01-15", lang), _page(new, "2030-03-01", lang))
    assert f"  {marked}\n" in redline.render_text(change, color=False, lang=lang)
    # Word: rejecting every revision gives the old text as written, accepting them the new
    body = docx.Document(io.BytesIO(render_docx(change, author="Acme", lang=lang))).element.body
    versions = {accept: [_text(p, accept=accept) for p in body.iter(qn("w:p"))] for accept in (True, False)}
    assert old in versions[False] and new in versions[True]


def _text(paragraph, *, accept: bool) -> str:
    gone = qn("w:delText") if accept else qn("w:ins")
    return "".join(node.text or "" for node in paragraph.iter(qn("w:t"), qn("w:delText"))
                   if node.tag != gone and gone not in {a.tag for a in node.iterancestors()})
