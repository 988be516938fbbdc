"""A table's column moved, every cell the same (redline13): said moved, by its header, on the pages, in the text, the
Markdown, the JSON, Word and the PDF, where it was said a column removed and another added with nothing saying it was
kept. Word still deletes its cells where they were and inserts them where they are (what it can track): accepting
every revision gives the new table, rejecting them the old. Python and the browser agree."""
from __future__ import annotations

import io
import itertools
import zipfile

import docx
import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.strings import REDLINE_STRINGS
from unit.test_redline import policy
from unit.test_redline9 import _body
from unit.test_redline_docx import table_rows

TABLE = "| Data | Purpose | Retention |\n|---|---|---|\n| Name | Contract | 3 years |\n| E-mail | Newsletter | 1 year |"
MOVED = "| Data | Retention | Purpose |\n|---|---|---|\n| Name | 3 years | Contract |\n| E-mail | 1 year | Newsletter |"
FIRST = "| Retention | Data | Purpose |\n|---|---|---|\n| 3 years | Name | Contract |\n| 1 year | E-mail | Newsletter |"
UNTITLED = "| Data | Purpose |   |\n|---|---|---|\n| Name | Contract | 3 years |\n| E-mail | Newsletter | 1 year |"
UNTITLED_MOVED = "|   | Data | Purpose |\n|---|---|---|\n| 3 years | Name | Contract |\n| 1 year | E-mail | Newsletter |"


def _diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(_body(old), lang=lang), policy(_body(new), date="2030-02-01", lang=lang))


@pytest.mark.parametrize(("old", "new", "moved"), [(TABLE, MOVED, ("Retention",)), (TABLE, FIRST, ("Retention",)),
                                                   (MOVED, TABLE, ("Purpose",)), (UNTITLED, UNTITLED_MOVED, ("",))])
def test_a_column_moved_is_said_moved_by_its_header(old, new, moved):
    r = _diff(old, new)
    header = next(b for b in r.sections[1].blocks if b.table)
    assert header.moved_columns == moved
    said = " ".join(redline.labels("en")["column_moved_untitled"] if not name else f"Column “{name}” moved."
                    for name in moved)
    assert said in redline.render_text(r, color=False)
    assert f"*{said}*" in redline.render_markdown(r)
    (data,) = [b for s in redline.to_json(r)["sections"] for b in s["blocks"] if b.get("moved_columns")]
    assert data["moved_columns"] == list(moved)
    with zipfile.ZipFile(io.BytesIO(render_docx(r, author="Test", lang="en"))) as word:
        assert said in word.read("word/document.xml").decode("utf-8")
    document = docx.Document(io.BytesIO(render_docx(r, author="Test", lang="en")))
    for table, accept in ((new, True), (old, False)):  # Word: the cells deleted and inserted, exact both ways
        want = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines() if "---" not in line]
        assert table_rows(document, accept=accept) == want


def test_the_pdf_says_a_column_moved():
    text = " ".join(pdftext.text(redline_pdf.render_pdf(_diff(TABLE, MOVED), site="S", lang="en")).split())
    assert "Column “Retention” moved." in text


@pytest.mark.parametrize(("old", "new"), [
    (TABLE, TABLE.replace("3 years", "5 years")),  # a cell edited: no column moved
    (TABLE, TABLE.replace("| Retention |", "| Kept |")),  # a column's header edited in place
    (TABLE, MOVED.replace("3 years", "5 years")),  # moved and edited: removed and added, as before
])
def test_no_column_is_said_moved_where_none_moved_whole(old, new):
    assert not any(b.moved_columns for b in _diff(old, new).sections[1].blocks)


def test_every_locale_says_a_column_moved_in_its_own_words():
    english = redline.labels("en")
    for lang in {"fr", *REDLINE_STRINGS} - {"en"}:
        said = redline.labels(lang)
        assert "{column}" in said["column_moved"] and said["column_moved"] != english["column_moved"], lang
        assert "{" not in said["column_moved_untitled"], lang
        assert said["column_moved_untitled"] != english["column_moved_untitled"], lang
    r = _diff(TABLE, MOVED, lang="ja")
    assert "列「Retention」を移動しました。" in redline.render_text(r, color=False, lang="ja")


def test_the_browser_says_a_column_moved_as_policy_py_does():
    texts = [synthetic_policy("2030-01-15", sections=_body(t)) for t in (TABLE, MOVED, FIRST, UNTITLED, UNTITLED_MOVED)]
    _check(list(itertools.permutations(texts, 2)))
