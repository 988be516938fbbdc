"""A section moved, set whole in the Word redline where it is now (in_both_orders), says what the other redlines say
after its blocks (redline20): a row moved within its table, a paragraph moved into it from another section. Word said
"(moved, text changed)" and nothing of what changed, where the changes page, the PDF and the text said "Row
“Invoices” moved up in this table."."""
from __future__ import annotations

import io

import docx
import pytest

from policysite import redline
from policysite.redline.docx import render_docx
from policysite.redline.render import moved_line
from policysite.strings import redline_labels
from unit.test_redline import policy
from unit.test_redline14_word import read, reading
from unit.test_redline15_word import clashing_ids, out_of_order

INTRO = "## 1. Intro\n\nHello there, this is the introduction of the policy.\n\n"
DATA = ("## 2. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs | one full year |\n| Invoices | ten years |\n"
        "| Cookies | 13 months |\n\n")
RIGHTS = "## 3. Rights\n\nYou may ask for access to your data at any time.\n\nWe answer every request within a month.\n\n"
END = "## 4. End\n\nThank you for reading this policy.\n"
OLD = INTRO + DATA + RIGHTS + END
ROWS = DATA.replace("| Logs | one full year |\n| Invoices | ten years |\n", "| Invoices | ten years |\n"
                    "| Logs | one full year |\n")
# §2 moved after §3, its rows reordered; or a paragraph of §3 moved into it
CASES = {"rows": INTRO + RIGHTS.replace("## 3.", "## 2.") + ROWS.replace("## 2.", "## 3.") + END,
         "paragraph": INTRO + RIGHTS.replace("## 3.", "## 2.").replace("We answer every request within a month.\n\n", "")
         + DATA.replace("## 2.", "## 3.") + "We answer every request within a month.\n\n" + END}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_section_moved_says_in_word_what_changed_in_it(case, lang):
    old, new = policy(OLD, lang=lang), policy(CASES[case], date="2030-02-01", lang=lang)
    r = redline.diff(old, new)
    assert any(s.kind == "moved" for s in r.sections)
    t = redline_labels(lang)
    said = [line for s in r.sections for b in s.blocks if (line := moved_line(b, t, lang))]
    assert said, case
    data = render_docx(r, author="Acme")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    for line in said:  # each said in Word too, once
        assert paragraphs.count(line) == 1, (line, paragraphs)
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for version, accept in ((new, True), (old, False)):  # (said lines are the redline's own: no text of either)
        assert read(data, accept=accept) == reading(version)
