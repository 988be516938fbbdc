"""The Word redline a DPO files names the site it is the redline of (redline20), under its title, as the PDF redline
does (`site`, the site's name; else the company, its author): it named no site. It holds no footer numbering its pages:
a footer and a field are what the gate refuses in a served Word document (docxactions, safety67)."""
from __future__ import annotations

import io

import docx
import pytest

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline15_word import clashing_ids, out_of_order

TEXT = "## 1. Data\n\nWe keep your data for 30 days.\n\n## 2. End\n\nThank you.\n"


@pytest.mark.parametrize(("site", "named"), [("Acme Privacy & Co <legal>", "Acme Privacy & Co <legal>"), ("", "Acme")])
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_site_is_named_under_the_title(site, named, lang):
    r = redline.diff(policy(TEXT, lang=lang), policy(TEXT.replace("30", "60"), date="2030-02-01", lang=lang))
    data = render_docx(r, author="Acme", site=site)
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[1].text == named
    served_rtl = docxactions.served_right_to_left(f"{lang}/x.docx")  # (served under its language's folder)
    assert docxactions.docx_action(data, served_rtl=served_rtl) == "" and out_of_order(data) == [] and clashing_ids(data) == []
