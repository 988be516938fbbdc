"""The compare page marks a part the text marks as written in another language (`<span lang="en">session cookie</span>`)
as the changes page does (reader29, WCAG 3.1.2): policy.json says where each block's parts are (`parts`), redline.js's
parted (raised.parted ported) cuts the words there, and compare.js sets each stretch in a `<span lang>` inside its
`<del>` or `<ins>`. Before, the compare page's words had no language of their own."""
from __future__ import annotations

import pytest

from policysite import redline
from policysite.redline.raised import parted
from unit.test_reader29_parts_language import OLD
from unit.test_redline9 import _body

PARTED = """
const engine = require(process.argv[1]);
const pairs = JSON.parse(require("fs").readFileSync(0, "utf-8"));
process.stdout.write(JSON.stringify(pairs.map(([a, b]) => engine.diff(a, b).sections.map((s) => s.blocks
  .filter((b) => b.kind !== "unchanged")
  .map((b) => b.cells && b.cells.length && b.table
    ? b.cells.map((ops, k) => engine.parted(ops, b.old, b["new"], [k, k]))
    : [engine.parted(engine.shownOps(b), b.old, b["new"])])))));
"""
TABLE = '| Nom | Type |\n|---|---|\n| sid | <span lang="en">session cookie</span> |\n'
BODIES = (OLD, OLD.replace("session cookie", "persistent cookie"),
          'Nous déposons un petit <span lang="en">cookie</span> et un témoin sur votre appareil.',
          'Le terme <q lang="de">Datenschutz <span lang="en">by design</span></q> est repris.',
          "Nous déposons un témoin sur votre appareil.")


def test_the_compare_page_marks_the_parts_policy_diff_marks():
    """compare.js draws its words from redline.js's parted (raised.parted ported), fed by policy.json's `parts`: the
    same stretches in the same languages as the changes page, a table's cells, a merge and a split too."""
    import json
    import shutil
    import subprocess

    from helpers import synthetic_policy
    from integration.test_redline_parity import ENGINE, _doc
    from policysite import document
    from policysite.redline.raised import cell_sides

    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    bodies = [_body(text, TABLE.replace("sid", f"sid{k}")) for k, text in enumerate(BODIES)]
    bodies.append(_body(f"{OLD}\n\nIl expire à la fermeture.", TABLE))  # merged with the next (below) and split
    bodies.append(_body(f"{OLD} Il expire à la fermeture.", TABLE))
    texts = [synthetic_policy(f"2030-01-{k + 1:02d}", sections=body) for k, body in enumerate(bodies)]
    pairs = [(a, b) for a in range(len(texts)) for b in range(len(texts)) if a != b]
    got = json.loads(subprocess.run([node, "-e", PARTED, str(ENGINE)], capture_output=True, text=True, check=True,
                                    timeout=120, input=json.dumps([[_doc(texts[a], "2030-01-01"),
                                                                    _doc(texts[b], "2030-01-02")]
                                                                   for a, b in pairs])).stdout)
    marked = 0
    for js, (a, b) in zip(got, pairs, strict=True):
        r = redline.diff(document.parse(texts[a], path="old.md", lang="en"),
                         document.parse(texts[b], path="new.md", lang="en"))

        def pieces(ops, block, cells=(None, None)):
            return [[tag, text, up, code] for tag, text, up, code in parted(ops, block.old, block.new, cells)]

        py = [[[pieces(ops, block, cell_sides(block, k)) for k, ops in enumerate(block.cells)] if block.table
               else [pieces(block.shown_ops, block)] for block in s.blocks if block.kind != "unchanged"]
              for s in r.sections]
        assert js == py, (a, b)
        marked += sum(bool(code) for section in py for block in section for cell in block for *_, code in cell)
    assert marked > len(pairs)


def test_policy_json_says_where_a_blocks_parts_are():
    import json

    from helpers import synthetic_policy
    from policysite import export

    data = json.loads(export.policy_json(synthetic_policy("2030-01-01", sections=_body(OLD, TABLE)).encode(),
                                         lang="fr", version="2030-01-01", url="", previous=None))
    blocks = [b for s in data["sections"] for b in s["blocks"]]
    (said,) = [b for b in blocks if "appareil" in b["text"]]
    (row,) = [b for b in blocks if b["kind"] == "row" and "sid" in b["text"]]
    assert [said["text"][start:end] for start, end, _ in said["parts"]] == ["session cookie"]
    assert [(row["text"][start:end], code) for start, end, code in row["parts"]] == [("session cookie", "en")]
    assert all("parts" not in b for b in blocks if b is not said and b is not row)
