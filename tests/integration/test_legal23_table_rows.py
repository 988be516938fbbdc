"""legal23: a retention table's row whose period changed (`Logs | one year` → `Logs | six months`) is that row edited
in every redline, as a lawyer's compare tool shows it: its label kept, only the period struck and inserted.

The row kept too few of its words (one of three) to be paired with its old self: it was struck whole and inserted
again, `[-Logs | one year-]` `{+Logs | six months+}`, the label "Logs" marked deleted and inserted though unchanged,
in the text, Markdown, HTML, PDF and Word redlines and on the compare page (redline.js), nothing saying which row's
period changed. A row whose label changed too is still a row removed and one added."""
from __future__ import annotations

import io

import docx

from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline import DELETE, EQUAL, INSERT
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline_docx import AUTHOR, table_rows

TABLE = ("## 1. Retention\n\n| Data | Period |\n|---|---|\n| Account | three years after the last login |\n"
         "| Logs | one year |\n| Invoices | ten years |\n")
PERIOD = TABLE.replace("| Logs | one year |", "| Logs | six months |")
RELABELLED = TABLE.replace("| Logs | one year |", "| Cookies | thirteen months |")
WIDER = ("## 1. Retention\n\n| Data | Basis | Period |\n|---|---|---|\n| Account | contract | three years |\n"
         "| Logs | legitimate interest | one year |\n")


def _rows(old: str, new: str) -> list[redline.BlockChange]:
    return [b for b in redline.diff(policy(old), policy(new, date="2030-02-01")).sections[1].blocks
            if b.block_kind == "row"]


def test_a_row_keeping_its_label_is_that_row_edited():
    rows = _rows(TABLE, PERIOD)
    assert [row.kind for row in rows] == ["unchanged", "unchanged", "changed", "unchanged"]
    assert rows[2].cells == (((EQUAL, "Logs"),), ((DELETE, "one year"), (INSERT, "six months")))
    wider = _rows(WIDER, WIDER.replace("| legitimate interest | one year |", "| consent | six months |"))
    assert [row.kind for row in wider] == ["unchanged", "unchanged", "changed"]
    assert wider[2].cells[0] == ((EQUAL, "Logs"),)


def test_a_row_whose_label_changed_too_is_removed_and_added():
    assert [row.kind for row in _rows(TABLE, RELABELLED)] == ["unchanged", "unchanged", "removed", "added",
                                                               "unchanged"]


def test_the_text_redline_and_the_word_redline_mark_the_period_only():
    result = redline.diff(policy(TABLE), policy(PERIOD, date="2030-02-01"))
    text = redline.render_text(result, color=False)
    assert "  Logs | [-one year-] {+six months+}\n" in text, text
    assert "[-Logs" not in text and "{+Logs" not in text, text
    document = docx.Document(io.BytesIO(render_docx(result, author=AUTHOR)))
    assert ["Logs", "six months"] in table_rows(document, accept=True)
    assert ["Logs", "one year"] in table_rows(document, accept=False)
    body = document.element.body.xml
    assert body.count("<w:delText") == 1 and ">one year</w:delText>" in body  # the period alone, not the label


def test_the_compare_page_pairs_the_rows_alike():
    from helpers import synthetic_policy

    _check([(synthetic_policy("2030-01-15", sections=a), synthetic_policy("2030-02-01", sections=b))
            for a, b in [(TABLE, PERIOD), (PERIOD, TABLE), (TABLE, RELABELLED), (WIDER, WIDER.replace(
                "| legitimate interest | one year |", "| consent | six months |"))]])
