"""The Word redline rejected whole gives the old text as it was written (hunt 9): a word only written otherwise (`’`
for `'`), a no-break space for a space, a direction isolate taken out, are revisions, not the new text's form kept."""
from __future__ import annotations

import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from policysite import redline
from policysite.redline.docx import both_ways, render_docx
from unit.test_redline import policy
from unit.test_redline_docx import paragraph_text

PAIRS = [
    ("L'utilisateur a le droit d'accès.", "L’utilisateur a le droit d’accès et de rectification."),
    ("Le droit : celui d’accès", "Le droit\u00a0: celui d’accès, aussi"),
    ("Appelez le \u2066+33 1 23 45 67 89\u2069 ici.", "Appelez le +33 1 23 45 67 89 ici ou là."),
    ("\u2066123\u2069 jours", "123 jours ouvrés"),
    ("a \u201cquoted\u201d word kept", "a \"quoted\" word kept, and one more"),
    ("one\ntwo  three", "one two three four"),  # Word reads a line break and two spaces as one space: no revision
]


def _read(text: str) -> str:
    return re.sub(r"[ \t\n\r]+", " ", text)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_rejecting_every_revision_gives_the_old_text_as_written(old, new):
    ops = both_ways(old, redline.word_ops(old, new))
    assert _read("".join(text for tag, text in ops if tag != "insert")) == _read(old)
    assert _read("".join(text for tag, text in ops if tag != "delete")) == _read(new)


def test_spaces_word_reads_alike_are_no_revision():
    ops = both_ways("one\ntwo  three", redline.word_ops("one\ntwo  three", "one two three four"))
    assert [op for op in ops if op[0] != "equal"] == [("insert", " four")]


def test_a_word_only_written_otherwise_is_deleted_as_it_was_and_inserted_as_it_is():
    old = "L'utilisateur a le droit."
    ops = both_ways(old, redline.word_ops(old, "L’utilisateur a le droit."))
    assert ops == (("equal", "L"), ("delete", "'"), ("insert", "’"), ("equal", "utilisateur a le droit."))


def test_the_word_document_rejected_gives_the_old_apostrophes_and_spaces():
    old = policy("## 1. Droits\n\nL'utilisateur a le droit : celui d'accès.\n", lang="fr")
    new = policy("## 1. Droits\n\nL’utilisateur a le droit\u00a0: celui d’accès et de rectification.\n", lang="fr",
                 date="2030-02-01")
    body = docx.Document(io.BytesIO(render_docx(redline.diff(old, new), author="Acme"))).element.body
    paragraph = next(p for p in body.iter(qn("w:p")) if "utilisateur" in paragraph_text(p, accept=True))
    assert paragraph_text(paragraph, accept=False) == "L'utilisateur a le droit : celui d'accès."
    assert paragraph_text(paragraph, accept=True) == "L’utilisateur a le droit\u00a0: celui d’accès et de rectification."


@pytest.mark.parametrize("name", ["merged", "merged, a word changed", "merged, the second's word changed"])
@pytest.mark.parametrize("way", ["merged", "split"])
def test_paragraphs_merged_or_split_are_in_the_word_redline_as_word_joins_and_cuts_them(name, way):
    """Two paragraphs merged: the first's mark deleted (accepting joins it to the next); one split: the first part's
    mark inserted (rejecting joins it back), each paragraph as its version has it."""
    from unit.test_redline8_docx import reading, text_of
    from unit.test_redline9 import MERGED

    old, new = MERGED[name] if way == "merged" else MERGED[name][::-1]
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    data = render_docx(redline.diff(old_policy, new_policy), author="Acme")
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)
