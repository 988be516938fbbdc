"""The compare page reads a version of a format before 8 from its page as the site built it (redline13): the
superscripts pageSup (redline.js) finds in the built page's article, `.md-content article` as compare.js reads it, are
those a format 8 export of the same text says, block for block."""
from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from policy_repo import new_project
from policysite import export
from unit.test_redline13_old_formats import _older, _read, _sup

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process
FR = ("Les transferts sont encadrés par des clauses<sup>a</sup> types.\n\n- un élément<sup>2</sup> de la liste\n"
      "    - un sous-élément<sup>[3]</sup>\n- un autre\n\n| Données | Durée |\n|---|---|\n"
      "| les factures<sup>1</sup> | dix ans<sup>*</sup> selon la loi |")
EN = ("Transfers are framed by standard clauses<sup>a</sup> of the Commission.\n\n- an item<sup>2</sup> of the list\n"
      "    - a sub-item<sup>[3]</sup>\n- another\n\n| Data | Period |\n|---|---|\n"
      "| the invoices<sup>1</sup> | ten years<sup>*</sup> by law |")


def _tree(element) -> list:
    return [element.tag, dict(element.attributes),
            [child.text_content if child.tag == "-text" else _tree(child) for child in element.iter(include_text=True)]]


def test_the_superscripts_of_a_built_page_are_those_its_export_says(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10", fr=FR, en=EN)
    result = project.run("build", "--site-dir", str(tmp_path / "preview"))
    assert result.returncode == 0, result.stderr
    for lang in ("fr", "en"):
        page = LexborHTMLParser((tmp_path / "preview" / lang / "index.html").read_text(encoding="utf-8"))
        article = page.css_first(".md-content article")
        assert article is not None
        source = (project.root / "docs" / lang / "index.md").read_bytes()
        data = json.loads(export.policy_json(source, lang=lang, version="2024-01-10", url="", previous=None))
        (read,) = _read([[_older(data), _tree(article)]])
        assert read is not None and _sup(read) == _sup(data) and sum(map(bool, _sup(data))) == 4, lang
