"""A version published in a format before 8 says no `sup` in its policy.json (redline13): the compare page compared
its words uncut, so that a footnote's call changed against it marked the whole word it is glued to ("clausesa" struck,
"clausesb" inserted) where `policy diff`, which reads both texts, marks the call. Its superscripts are read from its
version's page (redline.js: pageSup), which has them as `<sup>`, each block found there in order by its words: the
same `sup` as a format 8 export writes, and the same redline as `policy diff`'s. The archive is not rewritten. A page
whose blocks are not all found leaves the export as it was (its words compared uncut)."""
from __future__ import annotations

import copy
import itertools
import json
import shutil
import subprocess

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import synthetic_policy
from integration.test_redline_parity import ENGINE, _doc, _javascript, _python
from unit.test_redline9 import _body

CALLED = "Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission."
TEXTS = [
    _body(CALLED, "Une liste :", "- un élément<sup>2</sup> de la liste\n    - un sous-élément<sup>[3]</sup>\n- un autre",
          "| Données | Durée |\n|---|---|\n| les factures<sup>1</sup> | dix ans<sup>*</sup> selon la loi |",
          "Le texte 𠀋 des clauses<sup>b</sup> et\nune ligne suivante<sup>c</sup>."),
    _body(CALLED.replace(">a<", ">b<"), "Une liste :", "- un élément<sup>3</sup> de la liste\n    - un sous-élément\n"
          "- un autre", "| Données | Durée |\n|---|---|\n| les factures | dix ans<sup>*</sup> selon la loi |",
          "Le texte 𠀋 des clauses et\nune ligne suivante<sup>c</sup>."),
    _body(CALLED.replace("<sup>a</sup>", "")),
]
# the extensions the site renders its pages with (mkdocs.yml), which the page's <sup> come from
EXTENSIONS = ["tables", "attr_list", "sane_lists", "toc"]
READER = """
const engine = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf-8"));
function node(data) {  // the little of the DOM pageSup reads: nodeType, nodeName, childNodes, data, getAttribute
  if (typeof data === "string") return { nodeType: 3, nodeName: "#text", data: data, childNodes: [] };
  return { nodeType: 1, nodeName: data[0].toUpperCase(), childNodes: data[2].map(node),
           getAttribute: function (name) { return name in data[1] ? data[1][name] : null; } };
}
process.stdout.write(JSON.stringify(input.map(([doc, tree]) => engine.pageSup(doc, node(tree)))));
"""


def _tree(html: str) -> list:
    """The page's body as [tag, attributes, children], a text a string."""
    def walk(element) -> list:
        children = [child.text_content if child.tag == "-text" else walk(child)
                    for child in element.iter(include_text=True)]
        return [element.tag, dict(element.attributes), children]
    return walk(LexborHTMLParser(html).body)


def _page(text: str) -> list:
    return _tree(markdown.markdown(text.split("---", 2)[2], extensions=EXTENSIONS))


def _older(doc: dict) -> dict:
    """`doc` as format 7 wrote it: no `sup`, no `hrefs`, no section `links`."""
    old = copy.deepcopy(doc)
    old["format"] = 7
    for block in [*old["preamble"], *(b for s in old["sections"] for b in s["blocks"])]:
        block.pop("sup", None)
        block.pop("hrefs", None)
    for section in old["sections"]:
        section.pop("links", None)
    return old


def _read(pairs: list) -> list:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    return json.loads(subprocess.run([node, "-e", READER, str(ENGINE)], input=json.dumps(pairs), capture_output=True,
                                     text=True, check=True).stdout)


def _sup(doc: dict) -> list:
    return [b.get("sup") for b in [*doc["preamble"], *(b for s in doc["sections"] for b in s["blocks"])]]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_the_superscripts_read_from_the_page_are_those_a_format_8_export_writes(k):
    text = synthetic_policy("2030-01-15", sections=TEXTS[k])
    new = _doc(text, "2030-01-15")
    (read,) = _read([[_older(new), _page(text)]])
    assert read is not None and read["supRead"] is True
    assert _sup(read) == _sup(new) and any(_sup(new)) == (k < 2)


def test_a_page_missing_a_block_leaves_the_export_as_it_was():
    text = synthetic_policy("2030-01-15", sections=TEXTS[0])
    # (words nearly the block's, "Une autre liste :", are now read as it: redline14's nearSup)
    page = _page(text.replace("Une liste :", "Voici une tout autre phrase, sans rapport."))
    assert _read([[_older(_doc(text, "2030-01-15")), page]]) == [None]


def test_against_an_earlier_format_read_from_its_page_the_redline_is_policy_diffs():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in TEXTS]
    pairs = list(itertools.permutations(range(len(texts)), 2))
    olds = _read([[_older(_doc(texts[a], "2030-01-01")), _page(texts[a])] for a, _ in pairs])
    docs = [[old, _doc(texts[b], "2030-01-02")] for old, (_, b) in zip(olds, pairs)]
    docs += [[_doc(texts[a], "2030-01-01"), new] for new, (a, _) in zip(
        _read([[_older(_doc(texts[b], "2030-01-02")), _page(texts[b])] for _, b in pairs]), pairs)]
    got = _javascript([], docs=docs)
    for js, (a, b) in zip(got, pairs + pairs):
        py = json.loads(json.dumps(_python(texts[a], texts[b])))
        assert js["sections"] == py["sections"] and js["summary"] == py["summary"], (a, b)
    # uncut (as before), the call changed marked the whole word
    uncut = _javascript([], docs=[[_older(_doc(texts[0], "2030-01-01")), _doc(texts[1], "2030-01-02")]])
    assert uncut[0]["sections"] != json.loads(json.dumps(_python(texts[0], texts[1])))["sections"]
