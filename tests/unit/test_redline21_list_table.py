"""A list made a table (redline21, session 50's leftover): its items were said deleted and the table's rows inserted,
every word marked, nothing saying the words were kept. The words are matched across the change (engine.made_tables:
the rows, header left out, against the items, as a join compares words): where they are the same or nearly, every
format says after the table that the list items above made its rows. The items and rows stay deleted and inserted,
as Word can only track them (accepting every revision gives the table, rejecting them the list)."""
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

LIST = ("## 1. Kept\n\nWe keep:\n\n- Logs: one year\n- Invoices: ten years\n- Cookies: 13 months\n\n"
        "## 2. End\n\nThank you.\n")
TABLE = ("## 1. Kept\n\nWe keep:\n\n| Data | Kept |\n|---|---|\n| Logs | one year |\n| Invoices | ten years |\n"
         "| Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")
EDITED = TABLE.replace("| 13 months |", "| 12 months |")
OTHER = ("## 1. Kept\n\nWe keep:\n\n| Purpose | Basis |\n|---|---|\n| Billing | contract |\n| Marketing | consent |\n\n"
         "## 2. End\n\nThank you.\n")


def _diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


@pytest.mark.parametrize("new", [TABLE, EDITED])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_format_says_the_list_made_the_table(new, lang):
    r = _diff(LIST, new, lang)
    said = redline_labels(lang)["list_made_table"]
    headers = [b for s in r.sections for b in s.blocks if b.from_list]
    assert len(headers) == 1 and headers[0].block_kind == "row" and headers[0].new.cells == ("Data", "Kept")
    assert said in redline.render_text(r, color=False, lang=lang).splitlines()[-1]
    assert said in redline.render_markdown(r, lang=lang)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    assert f'<p class="redline-moved">{said}</p>' in html
    assert [b.get("from_list") for s in redline.to_json(r)["sections"] for b in s["blocks"] if b["block"] == "row"][0]
    blocks = [b for s in redline_pdf.data(r, site="Acme", lang=lang)["sections"] for b in s["blocks"]]
    assert [b["moved"] for b in blocks if "moved" in b] == [[said]]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme", lang=lang))).paragraphs]
    assert paragraphs.count(said) == 1


def test_a_table_of_other_words_in_a_list_s_place_says_nothing_of_it():
    assert not [b for s in _diff(LIST, OTHER).sections for b in s.blocks if b.from_list]
    assert not [b for s in _diff(TABLE, LIST).sections for b in s.blocks if b.from_list]  # (a table made a list)


def test_the_compare_page_says_it_alike():
    texts = [synthetic_policy("2030-01-15", sections=LIST), synthetic_policy("2030-02-01", sections=TABLE),
             synthetic_policy("2030-02-02", sections=EDITED), synthetic_policy("2030-02-03", sections=OTHER)]
    _check([(texts[0], texts[k]) for k in (1, 2, 3)] + [(texts[1], texts[0])])
    t = redline_labels("fr")
    assert moved_lines(t, [{"fromList": True}]) == [t["list_made_table"]]
