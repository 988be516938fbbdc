"""The compare page marks the parts the document's title marks as written in another language (`# Politique de <span
lang="en">cookies</span>`) as the changes page does (reader31, WCAG 3.1.2): policy.json says them (`title_parts`,
format 12) and redline.js gives the preamble's title line them (titleParted, as raised.title_parted). For a version
published before, the compare page reads them from its page's <h1> (pageSup), and a format 10 export's sections'
titles' parts from its headings (reader30 read its blocks' only): the same as today's export says, none where the page
shows other words (never a part put on words the page does not mark)."""
from __future__ import annotations

import copy
import json
import shutil
import subprocess

import markdown
import pytest

from helpers import synthetic_policy
from policysite import document, export, redline
from policysite.redline.raised import title_parted
from unit.test_reader30_older_parts import _as_format
from unit.test_redline13_old_formats import EXTENSIONS, _read, _tree

TITLES = ('Politique de <span lang="en">cookies</span>', 'Politique des <span lang="en">cookies and trackers</span>',
          'Politique <q lang="de">Daten <span lang="en">by design</span></q> revue', "Politique de cookies",
          '<span lang="en">Cookies</span> et traceurs')
BODY = '## 1. Le <span lang="en">cloud</span> public\n\nTexte un.\n\n## 2. Autre\n\nTexte deux.\n'
PREAMBLE = """
const engine = require(process.argv[1]);
const pairs = JSON.parse(require("fs").readFileSync(0, "utf-8"));
process.stdout.write(JSON.stringify(pairs.map(([a, b]) => engine.titleParted(engine.diff(a, b).sections[0]))));
"""


def _text(k: int, title: str) -> str:
    return synthetic_policy(f"2030-01-{k + 1:02d}", sections=BODY, title=title)


def _doc(text: str, version: str) -> dict:
    return json.loads(export.policy_json(text.encode("utf-8"), lang="fr", version=version, url="", previous=None))


def _page(text: str) -> list:
    """The version's page as the site renders its headings: each with its permanent link ("¶") after its words."""
    return _tree(markdown.markdown(text.split("---", 2)[2], extensions=EXTENSIONS,
                                   extension_configs={"toc": {"permalink": "¶"}}))


def test_policy_json_says_where_the_titles_parts_are():
    data = _doc(_text(0, TITLES[2]), "2030-01-01")
    assert data["format"] == export.FORMAT >= 12 and 12 in export.WORDS
    assert [(data["title"][a:b], code) for a, b, code in data["title_parts"]] == [
        ("Daten by design", "de"), ("by design", "en")]
    assert "title_parts" not in _doc(_text(0, TITLES[3]), "2030-01-01")


def test_the_compare_pages_title_line_marks_what_policy_diff_marks():
    node = shutil.which("node") or pytest.skip("node not found: install Node.js to run the site's scripts")
    from integration.test_redline_parity import ENGINE

    texts = [_text(k, title) for k, title in enumerate(TITLES)]
    pairs = [(a, b) for a in range(len(texts)) for b in range(len(texts)) if a != b]
    got = json.loads(subprocess.run([node, "-e", PREAMBLE, str(ENGINE)], capture_output=True, text=True, check=True,
                                    timeout=120, input=json.dumps([[_doc(texts[a], "2030-01-01"),
                                                                    _doc(texts[b], "2030-01-02")]
                                                                   for a, b in pairs])).stdout)
    marked = 0
    for js, (a, b) in zip(got, pairs, strict=True):
        r = redline.diff(document.parse(texts[a], path="old.md", lang="fr"),
                         document.parse(texts[b], path="new.md", lang="fr"))
        py = [list(p) for p in title_parted(r.sections[0])]
        assert js == py, (a, b)
        marked += sum(bool(p[3]) for p in py)
    assert marked > len(pairs)


@pytest.mark.parametrize("title", [0, 2, 4])
def test_the_title_parts_read_from_an_older_versions_page_are_those_a_format_12_export_writes(title):
    text = _text(0, TITLES[title])
    new = _doc(text, "2030-01-15")
    for form in (10, 11):
        older = _as_format(new, form)
        older.pop("title_parts")
        if form == 11:  # (a format 11 export says its sections' parts)
            older["sections"] = copy.deepcopy(new["sections"])
        (read,) = _read([[older, _page(text)]])
        assert read is not None and read["titlePartsRead"] is True
        assert read["title_parts"] == new["title_parts"], form
        assert [s.get("parts") for s in read["sections"]] == [s.get("parts") for s in new["sections"]], form
        assert new["sections"][0]["parts"] == [[3, 8, "en"]]


def test_a_page_whose_headings_show_other_words_reads_no_title_parts():
    text = _text(0, TITLES[0])
    older = _as_format(_doc(text, "2030-01-15"), 10)
    older.pop("title_parts")
    page = _page(text.replace('# Politique de <span lang="en">cookies</span>', '# Autre <span lang="en">cookies</span>')
                 .replace('## 1. Le <span lang="en">cloud</span> public', '## 1. Le <span lang="en">cloud</span>'))
    (read,) = _read([[older, page]])
    assert read is not None and "title_parts" not in read and [s.get("parts") for s in read["sections"]] == [None, None]


def test_a_format_12_export_keeps_its_own_title_parts():
    text = _text(0, TITLES[0])
    new = _doc(text, "2030-01-15")
    (read,) = _read([[new, _page(text.replace('lang="en">cookies', 'lang="de">cookies'))]])
    assert read["title_parts"] == new["title_parts"] == [[13, 20, "en"]]
