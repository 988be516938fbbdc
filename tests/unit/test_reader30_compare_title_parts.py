"""The compare page marks a part a section's heading marks as written in another language as the changes page does
(reader30, WCAG 3.1.2): policy.json says where a section's title parts are (`parts`, as a block's), redline.js's
titleParted (raised.title_parted ported) cuts the title's words there. Before, the compare page's titles had none."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from helpers import synthetic_policy
from policysite import document, export, redline
from policysite.redline.raised import title_parted

TITLED = """
const engine = require(process.argv[1]);
const pairs = JSON.parse(require("fs").readFileSync(0, "utf-8"));
process.stdout.write(JSON.stringify(pairs.map(([a, b]) => engine.diff(a, b).sections.map((s) =>
  [engine.titleParted(s), engine.titleParted(s, [[s.newNumber !== null ? engine.INSERT : engine.DELETE,
                                                  s.newNumber !== null ? s.newTitle : s.oldTitle]])]))));
"""
HEADINGS = ('## 1. Le <span lang="en">cloud</span> public', '## 1. Le <span lang="en">cloud computing</span> privé',
            '## 1. Le nuage <span lang="en">public cloud</span>', '## 1. Le <q lang="de">Daten <span lang="en">by design'
            '</span></q> repris', "## 1. Le cloud public", '## <span lang="en">Cookies</span> et traceurs')


def _text(k: int, heading: str) -> str:
    return synthetic_policy(f"2030-01-{k + 1:02d}", sections=f"{heading}\n\nTexte un.\n\n## 2. Autre\n\nTexte deux.\n")


def _doc(text: str, version: str) -> dict:
    return json.loads(export.policy_json(text.encode("utf-8"), lang="fr", version=version, url="", previous=None))


def test_the_compare_page_marks_the_title_parts_policy_diff_marks():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    from integration.test_redline_parity import ENGINE

    texts = [_text(k, heading) for k, heading in enumerate(HEADINGS)]
    pairs = [(a, b) for a in range(len(texts)) for b in range(len(texts)) if a != b]
    got = json.loads(subprocess.run([node, "-e", TITLED, str(ENGINE)], capture_output=True, text=True, check=True,
                                    timeout=120, input=json.dumps([[_doc(texts[a], "2030-01-01"),
                                                                    _doc(texts[b], "2030-01-02")]
                                                                   for a, b in pairs])).stdout)
    marked = 0
    for js, (a, b) in zip(got, pairs, strict=True):
        r = redline.diff(document.parse(texts[a], path="old.md", lang="fr"),
                         document.parse(texts[b], path="new.md", lang="fr"))
        py = [[[list(p) for p in title_parted(s)],
               [list(p) for p in title_parted(s, (("insert", s.new_title) if s.new_number is not None
                                                  else ("delete", s.old_title),))]] for s in r.sections]
        assert js == py, (a, b)
        marked += sum(bool(p[3]) for section in py for side in section for p in side)
    assert marked > len(pairs)


def test_policy_json_says_where_a_titles_parts_are():
    data = _doc(_text(0, HEADINGS[3]), "2030-01-01")
    first, second = data["sections"]
    assert [(first["title"][start:end], code) for start, end, code in first["parts"]] == [
        ("Daten by design", "de"), ("by design", "en")]
    assert "parts" not in second
