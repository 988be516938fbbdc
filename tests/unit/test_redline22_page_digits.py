"""The PDF redline's footer numbers its pages in the language's digits where the site writes its dates and counts so
(redline22): a Persian redline said "صفحهٔ 3 از 12" in 0-9 under dates in ۰-۹. strings.digits decides, as for every
date and count: CLDR's default for the locale (`fa` ۰-۹, `ar-EG` ٠-٩, `ar` 0-9), or the company's `digits`."""
from __future__ import annotations

import re

import pytest

from policysite import pdftext, redline, strings
from policysite.redline import pdf as redline_pdf
from unit.test_redline import policy

BODY = "".join(f"## {n}. Section {n}\n\nWe keep your data for one year. " + "Kept. " * 240 + "\n\n"
               for n in range(1, 5))


def _footer_numbers(lang: str) -> list[tuple[str, str]]:
    r = redline.diff(policy(BODY, lang=lang), policy(BODY.replace("one year", "two years"), date="2030-02-01",
                                                     lang=lang))
    # (the words between the two numbers: the text layer doubles a Persian ezafe, `صفحهٔهٔ`, as it does in dates)
    between = strings.redline_labels(lang)["page_of"].split("{page}")[1].split("{pages}")[0]
    text = pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang=lang))
    number = r"([0-9\u0660-\u0669\u06f0-\u06f9]+)"
    return re.findall(number + re.escape(between) + number, text)


@pytest.mark.parametrize("lang", ["fa", "ar-EG"])
def test_the_pdf_footer_numbers_pages_in_the_language_s_digits(lang):
    found = _footer_numbers(lang)
    assert len(found) > 1
    assert found == [(strings.in_digits(str(n), lang), strings.in_digits(str(len(found)), lang))
                     for n in range(1, len(found) + 1)]
    assert all(not page.isascii() for page, _ in found)


def test_the_company_s_choice_of_digits_counts():
    with strings.digits_as("fa", "latn"):
        found = _footer_numbers("fa")
        assert len(found) > 1 and all(page.isascii() for page, _ in found)
    assert redline_pdf.data(redline.diff(policy(BODY, lang="ar"), policy(BODY, lang="ar")), site="Acme",
                            lang="ar")["digits"] == ""  # (Arabic of no region: 0-9, as its dates)
