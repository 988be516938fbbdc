"""The PDF redline of a section moved names it where it was too (legal24): its old heading struck and where it went,
as the Word redline sets it in both places (docx.in_both_orders). The print showed the section at its new place only,
and a reader following the old order found nothing where it had been."""
from __future__ import annotations

import pytest

from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.model import DELETE
from unit.test_redline import BASE, policy

SITE = "Zephyr Widgets policies"


def _swapped(edited: bool) -> redline.Redline:
    s3, s4 = BASE[BASE.index("## 3."):BASE.index("## 4.")], BASE[BASE.index("## 4."):]
    s3 = s3.replace("## 3.", "## 4.")
    if edited:
        s3 = s3.replace("12 months", "24 months")
    body = BASE[:BASE.index("## 3.")] + s4.replace("## 4.", "## 3.").rstrip() + "\n\n" + s3
    return redline.diff(policy(BASE), policy(body, date="2030-02-01"))


@pytest.mark.parametrize("edited", [False, True])
def test_a_moved_section_is_named_where_it_was_and_set_where_it_is(edited):
    r = _swapped(edited)
    assert [s.kind for s in r.sections if s.kind == "moved"], [s.kind for s in r.sections]
    data = redline_pdf.data(r, site=SITE, lang="en")
    headings = ["".join(str(op[1]) for op in s["heading"]) for s in data["sections"]]
    statuses = [s["status"] for s in data["sections"]]
    old_place = [k for k, s in enumerate(statuses) if str(s).startswith("Moved to")]
    assert len(old_place) == 1, (headings, statuses)
    k = old_place[0]
    assert statuses[k] == "Moved to §4 Made-up table.", statuses
    assert data["sections"][k]["heading"] == [[DELETE, "§3 Made-up table"]], data["sections"][k]  # struck
    # where it was: after §2, before the section that took its number; where it is: with its words
    assert headings[k - 1] == "§2 Imaginary rights" and headings[k + 1] == "§4 → §3 Closing words", headings
    assert headings.index("§3 → §4 Made-up table") > k
    now = data["sections"][headings.index("§3 → §4 Made-up table")]
    assert now["blocks"], now
    text = pdftext.text(redline_pdf.render_pdf(r, site=SITE, lang="en"))
    assert "Moved to §4 Made-up table." in text and "§3 → §4 Made-up table" in text, text
    if edited:
        assert "[−12] [+24] months" in text, text


def test_the_french_print_says_it_in_french():
    data = redline_pdf.data(_swapped(False), site=SITE, lang="fr")
    assert "Déplacé vers le §4 Made-up table." in [s["status"] for s in data["sections"]], data["sections"]
