"""A row or a column said moved is named by its first cell or its header as the page shows it, its spaces collapsed
(redline21, session 50's leftover): "Row “Logs  of the web servers” moved down" quoted the doubled spaces (and the
no-break spaces, the line breaks) a Markdown table's cell keeps, which no page shows. Every format says it through
render.moved_line (the compare page through compare.js's movedLine, which collapses them alike with engine.norm)."""
from __future__ import annotations

import io

import docx
import pytest

from policysite import redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.render import moved_line
from policysite.strings import redline_labels
from unit.test_redline import policy

ROW = "Logs  of the\u00a0\u00a0web   servers"
TABLE = f"## 1. Data\n\n| Data | Kept |\n|---|---|\n| {ROW} | one year |\n| Invoices | ten years |\n| Cookies | 13 months |\n"
ROWS_MOVED = TABLE.replace(f"| {ROW} | one year |\n", "").replace("| Cookies | 13 months |\n",
                                                                   f"| Cookies | 13 months |\n| {ROW} | one year |\n")
COLUMNS = "## 1. Data\n\n| Data | Kept  for   long |\n|---|---|\n| Logs | one year |\n| Invoices | ten years |\n"
COLUMNS_MOVED = "## 1. Data\n\n| Kept  for   long | Data |\n|---|---|\n| one year | Logs |\n| ten years | Invoices |\n"


def _said(old: str, new: str, lang: str) -> list[str]:
    r = redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))
    t = redline_labels(lang)
    return [said for s in r.sections for b in s.blocks if (said := moved_line(b, t, lang))]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_row_moved_is_named_with_its_spaces_collapsed(lang):
    said = _said(TABLE, ROWS_MOVED, lang)
    assert said == [redline_labels(lang)["row_moved_down"].format(row="Logs of the web servers")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_column_moved_is_named_with_its_spaces_collapsed(lang):
    said = _said(COLUMNS, COLUMNS_MOVED, lang)
    assert said == [redline_labels(lang)["column_moved"].format(column="Kept for long")]


def test_word_and_pdf_say_the_name_as_the_page_does():
    r = redline.diff(policy(TABLE), policy(ROWS_MOVED, date="2030-02-01"))
    line = "Row “Logs of the web servers” moved down in this table."
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme"))).paragraphs]
    assert line in paragraphs
    data = redline_pdf.data(r, site="Acme", lang="en")
    assert line in str(data) and ROW not in str(data)


def test_the_compare_page_names_them_alike():
    from unit.test_redline13_columns import moved_lines

    t = redline_labels("en")
    row = {"moved": "from", "movedUp": False, "new": {"kind": "row", "cells": [ROW, "one year"]}}
    assert moved_lines(t, [row, {"movedColumns": ["Kept  for\u00a0long"]}]) == [
        "Row “Logs of the web servers” moved down in this table.", "Column “Kept for long” moved."]
