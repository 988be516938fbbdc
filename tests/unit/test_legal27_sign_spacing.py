"""legal26 left: a sign replaced by a sign (a full stop become a semicolon) read "le nom[-.-] {+;+}" in the text
redline, `le nom<del>.</del> <ins>;</ins>` in the others: a space between the deletion and the insertion that
neither version has. segments (and redline.js's, the compare page's) now put none between signs replaced by signs;
words replaced by words keep theirs."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from helpers import ROOT
from policysite import document, redline

ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"
CASES = [
    ([("equal", "le nom"), ("delete", "."), ("insert", ";")], ["", "", ""]),
    ([("equal", "dit "), ("delete", "«"), ("insert", "“"), ("equal", "oui")], [" ", "", "", ""]),
    ([("equal", "le "), ("delete", "nom"), ("insert", "prénom"), ("equal", ".")], [" ", " ", "", ""]),
    ([("equal", "le nom"), ("delete", "."), ("insert", " et la date.")], ["", " ", ""]),
]


def _page(item: str, date: str) -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n\n# P\n\n## 1. A\n\n- le nom{item}\n- la date.\n",
                          path="p.md", lang="fr")


def test_a_sign_replaced_by_a_sign_is_marked_with_no_space_between():
    change = redline.diff(_page(".", "2024-05-01"), _page(";", "2024-06-01"))
    assert "  - le nom[-.-]{+;+}" in redline.render_text(change, color=False).splitlines()
    assert "- le nom<del>.</del><ins>;</ins>" in redline.render_markdown(change).splitlines()


@pytest.mark.parametrize("ops, spaces", CASES)
def test_segments_space_words_replaced_but_not_signs(ops, spaces):
    assert [tail for _, _, tail in redline.segments(ops)] == spaces


def test_the_compare_page_s_engine_spaces_them_alike():
    node = shutil.which("node") or pytest.skip("node not found")
    script = ("const engine = require(process.argv[1]);"
              "const cases = JSON.parse(require('fs').readFileSync(0, 'utf-8'));"
              "process.stdout.write(JSON.stringify(cases.map((ops) => engine.segments(ops).map((s) => s[2]))));")
    got = json.loads(subprocess.run([node, "-e", script, str(ENGINE)], input=json.dumps([ops for ops, _ in CASES]),
                                    capture_output=True, text=True, check=True).stdout)
    assert got == [spaces for _, spaces in CASES]
