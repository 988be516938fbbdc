"""A table turned back into a list (redline22, the reverse of redline21's list made a table): its rows were said
deleted and the list's items inserted, every word marked, nothing saying the words were kept. Where the items hold the
same or nearly the same words as the rows (header left out, engine.made_tables), every format says after the list
that the table's rows became its items; the rows and items stay deleted and inserted, as Word can track them."""
from __future__ import annotations

import io

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.strings import redline_labels
from unit.test_redline import policy
from unit.test_redline13_columns import moved_lines
from unit.test_redline21_list_table import LIST, OTHER, TABLE

EDITED = LIST.replace("- Cookies: 13 months", "- Cookies: 12 months")
OTHER_LIST = "## 1. Kept\n\nWe keep:\n\n- Billing under contract\n- Marketing with consent\n\n## 2. End\n\nThank you.\n"


def _diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


@pytest.mark.parametrize("new", [LIST, EDITED])
@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_format_says_the_table_made_the_list(new, lang):
    r = _diff(TABLE, new, lang)
    said = redline_labels(lang)["table_made_list"]
    marked = [b for s in r.sections for b in s.blocks if b.from_table]
    assert len(marked) == 1 and marked[0].block_kind == "item" and marked[0].kind == "added"
    assert "Cookies" in marked[0].new.text  # the list's last item, said after the list
    assert not [b for s in r.sections for b in s.blocks if b.from_list]
    assert said in redline.render_text(r, color=False, lang=lang)
    assert said in redline.render_markdown(r, lang=lang)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    assert f'<p class="redline-moved">{said}</p>' in html
    assert [b.get("from_table") for s in redline.to_json(r)["sections"] for b in s["blocks"]].count(True) == 1
    blocks = [b for s in redline_pdf.data(r, site="Acme", lang=lang)["sections"] for b in s["blocks"]]
    assert [b["moved"] for b in blocks if "moved" in b] == [said]  # (a block says a line, a table its rows')
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme", lang=lang))).paragraphs]
    assert paragraphs.count(said) == 1


# (old, new): a table made a list, one edited on the way, then pairs of other words or the other way round
PAIRS = [(TABLE, LIST), (TABLE, EDITED), (TABLE, OTHER_LIST), (OTHER, LIST), (LIST, TABLE)]


def test_the_compare_page_says_it_alike_and_nothing_of_a_list_of_other_words():
    for old, new in PAIRS[2:]:
        assert not [b for s in _diff(old, new).sections for b in s.blocks if b.from_table], (old, new)
    _check([(synthetic_policy("2030-01-15", sections=old), synthetic_policy("2030-02-01", sections=new))
            for old, new in PAIRS])
    t = redline_labels("fr")
    assert moved_lines(t, [{"fromTable": True}]) == [t["table_made_list"]]
