"""A table's column moved, every cell the same (redline13): said moved, by its header, on the pages, in the text, the
Markdown, the JSON, Word and the PDF, where it was said a column removed and another added with nothing saying it was
kept. Word still deletes its cells where they were and inserts them where they are (what it can track): accepting
every revision gives the new table, rejecting them the old. Python and the browser agree."""
from __future__ import annotations

import io
import itertools
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace

import docx
import pytest

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf, render
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


def _functions(source: str, *names: str) -> str:
    """The named top-level functions (and `var MERGED_INTO`) of compare.js's closure, as written."""
    out = []
    for name in names:
        found = re.search(rf"^  (?:function {name}\(.*?\n  \}}\n|var {name} = .*?;\n)", source, re.S | re.M)
        assert found is not None, name
        out.append(found.group())
    return "".join(out)


def moved_lines(words: dict[str, str], blocks: list[dict]) -> list[str]:
    """What compare.js's movedLine says of each of `blocks` (as the compare page holds them) in `words`."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    source = (ROOT / "overrides" / "assets" / "javascripts" / "compare.js").read_text(encoding="utf-8")
    engine = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"  # (its norm, named: window.PolicyRedline)
    script = f"var engine = require({json.dumps(str(engine))});" + _functions(
        source, "blank", "fill", "MERGED_INTO", "joinedKey", "naming", "movedLine") + (
        "var t = JSON.parse(process.argv[1]);"
        "console.log(JSON.stringify(JSON.parse(process.argv[2]).map(function (b) { return movedLine(b); })));")
    return json.loads(subprocess.run([node, "-e", script, json.dumps(words), json.dumps(blocks)], capture_output=True,
                                     text=True, check=True).stdout)


def test_compare_js_says_a_column_moved_as_render_does():
    words = redline.labels("fr")
    blocks = [{"movedColumns": ["Durée"]}, {"movedColumns": ["", "Finalité"]}]
    got = moved_lines(words, blocks)
    assert got == [render.moved_line(replace(_header(), moved_columns=tuple(b["movedColumns"])), words, "fr")
                   for b in blocks]
    assert got[0] == "Colonne «\u00a0Durée\u00a0» déplacée."


def _header() -> redline.BlockChange:
    return next(b for b in _diff(TABLE, MOVED).sections[1].blocks if b.table)
