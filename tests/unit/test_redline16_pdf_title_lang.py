"""The PDF redline's title where the site has no words in the text's language (redline16, redline-pdf.typ's `title`):
the heading is English ("Changes from the version of … to …", its structure element's /Lang `en`), and each date in it,
written in the text's language, is a marked-content sequence whose property list says that language (ISO 32000-1
§14.9.2.2: a Span's /Lang), which is as far as Typst's tagging goes inside a paragraph (it gives no structure element
to a run): a screen reader reads "2030. gada 15. janvāris" in Latvian, "Changes from" in English."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.strings import long_date
from unit.test_redline import policy

BODIES = {"lv": "## 1. Dati\n\nDatus glabājam vienu gadu.\n", "lt": "## 1. Duomenys\n\nMes saugome vienerius metus.\n"}


def _spans(data: bytes) -> list[tuple[str, str]]:
    """The first page's marked-content sequences in order: the language their property list says ("" for none) and
    the text they draw."""
    with pikepdf.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        fonts = {str(name): (pdftext.to_unicode(font), pdftext.code_width(font))
                 for name, font in page.Resources.get("/Font", {}).items()}
        out: list[tuple[str, str]] = []
        codes: tuple[dict[int, str], int] = ({}, 1)
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in ("BDC", "BMC"):
                props = operands[1] if name == "BDC" else None
                lang = str(props.Lang) if isinstance(props, pikepdf.Dictionary) and "/Lang" in props else ""
                out.append((lang, ""))
                depth += 1
            elif name == "EMC":
                depth -= 1
            elif name == "Tf":
                codes = fonts.get(str(operands[0]), ({}, 1))
            elif name in ("Tj", "TJ") and depth and out:
                shown = operands[-1]
                text = "".join("".join(pdftext._decoded(bytes(item), *codes))
                               for item in (shown if isinstance(shown, pikepdf.Array) else [shown])
                               if isinstance(item, pikepdf.String))
                out[-1] = (out[-1][0], out[-1][1] + text)
        return out


@pytest.mark.parametrize("lang", BODIES)
def test_the_dates_in_an_english_title_are_marked_in_the_texts_language(lang):
    body = BODIES[lang]
    r = redline.diff(policy(body, lang=lang), policy(body.replace("1", "2", 1) + "\nÚj.\n", date="2030-02-01",
                                                     lang=lang))
    data = redline_pdf.render_pdf(r, site="Acme", lang=lang)
    with pikepdf.open(io.BytesIO(data)) as document:
        assert str(document.Root.Lang) == lang
        top = document.Root.StructTreeRoot.K
        kids = (top[0] if isinstance(top, pikepdf.Array) else top).K  # the /Document element's
        heading = kids[0]
        assert str(heading.S) == "/H1" and str(heading.Lang) == "en"
    spans = _spans(data)
    dates = [long_date(day, lang) for day in (r.old_date, r.new_date)]
    said = [(span_lang, " ".join(text.split())) for span_lang, text in spans[:4]]
    assert said == [("", "Changes from the version of"), (lang, dates[0]), ("", "to the version of"), (lang, dates[1])]
