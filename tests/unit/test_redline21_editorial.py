"""A version marked `change: editorial` (a typo fixed) says so in its redline, in every format and the reader's
language (redline21): a DPO filing it read a change of words with nothing saying the company classed it a correction
of form, as the history page does ("editorial change")."""
from __future__ import annotations

import io
import re

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.render import notice_lines
from policysite.strings import redline_labels

BODY = "# Synthetic policy\n\n## 1. Data\n\nWe proces your data to run the service.\n"
OLD = f"---\ndate: 2030-01-15\n---\n\n{BODY}"
TYPO = "---\ndate: 2030-02-01\nchange: editorial\n---\n\n" + BODY.replace("proces ", "process ")


def _diff(new: str, lang: str) -> redline.Redline:
    return redline.diff(document.parse(OLD, path=f"{lang}/old.md", lang=lang),
                        document.parse(new, path=f"{lang}/index.md", lang=lang))


@pytest.mark.parametrize("lang", ["en", "fr", "he", "zh"])
def test_every_format_says_the_version_is_marked_editorial(lang):
    r = _diff(TYPO, lang)
    said = redline_labels(lang)["editorial_version"]
    assert r.editorial and notice_lines(r, redline_labels(lang), lang) == [said]
    assert said in redline.render_text(r, color=False, lang=lang).splitlines()
    assert said in redline.render_markdown(r, lang=lang)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    assert re.search(r'<p class="redline-editorial"[^>]*>([^<]*)</p>', html).group(1) == said
    assert said in [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme", lang=lang))).paragraphs]
    assert said in redline_pdf.data(r, site="Acme", lang=lang)["lines"]


def test_a_material_version_says_nothing_of_it():
    r = _diff(TYPO.replace("change: editorial\n", ""), "en")
    assert not r.editorial and notice_lines(r, redline_labels("en"), "en") == []
    assert "editorial" not in redline.render_text(r, color=False)
