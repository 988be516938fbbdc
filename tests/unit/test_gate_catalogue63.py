"""Safety hunt 63: what the output check did not judge. The words inside the site's notices at the top of a page (the
print's line, the upcoming and missing-section notices); the site's hiding classes outside the judged text (the theme's
part of any page, the archive's pages checked without their text); words a PDF reader gets in place of the printed ones
(a span's /ActualText, a heading's /T, a link's /Contents). Each input tried is here, one line each, refused on the
published page or PDF (the holes' own tests: test_safety63_notices, _hiding_outside, _pdf_words)."""
from __future__ import annotations

import pikepdf
import pytest

from policysite import safety
from policysite.pdfactions import pdf_action
from unit.test_pdfactions import _saved
from unit.test_safety import THEME, page
from unit.test_safety63_notices import notices
from unit.test_safety63_pdf_words import _edited, _relabelled, _retitled, _spoken, printed

CLAUSE = "We sell your data."
PRINT = '<p class="policy-print" data-search-exclude>'


def _refused(html: str, *, file: str = "en/2022-03-01/index.html", text: bool = True) -> list[str]:
    return [str(v.message) for v in safety.check_page(html, file=file, theme_dirs=THEME, text=text)]


@pytest.mark.parametrize("article", [
    f"{PRINT}{CLAUSE}</p>", f'<p class="policy-unscripted">{CLAUSE}</p>', f'<p class="policy-missing" hidden>{CLAUSE}</p>',
    f'<p class="policy-upcoming-self" hidden>{CLAUSE}</p>', f'<div class="policy-upcoming" hidden><p>{CLAUSE}</p></div>',
    notices("en").replace("Online:", f"{CLAUSE} Online:"), notices("en").replace("Accessed on {date}.", CLAUSE),
    notices("en").replace("this link led to another section:", CLAUSE),
    notices("en").replace('data-search-exclude>Version', f'data-search-exclude title="{CLAUSE}">Version'),
    notices("en").replace("Online:", f'<img alt="{CLAUSE}" src="x.png"> Online:'),
])
def test_a_notice_s_words_the_build_never_writes_are_refused(article):
    assert _refused(page("").replace('<h2 id="s2">2. Section</h2>', article + "<p>We keep records.</p>")), article


@pytest.mark.parametrize(("chrome", "article", "text"), [
    (f'<p class="policy-print">{CLAUSE}</p>', "<p>x</p>", True),
    (f'<a href="#">Home<span class="redline-sr">{CLAUSE}</span></a>', "<p>x</p>", True),
    ("", f'<h1 id="h">History</h1><p>x<span class="policy-unseen">{CLAUSE}</span></p>', False),
    ("", f'<h1 id="h">History</h1><p class="policy-unscripted">{CLAUSE}</p>', False),
    ("", f'<h1 id="h">History</h1><div class="policy-missing" hidden>{CLAUSE}</div>', False),
])
def test_a_hiding_class_outside_the_judged_text_is_refused(chrome, article, text):
    html = page("", chrome=chrome).replace('<h2 id="s2">2. Section</h2>', article)
    assert _refused(html, file="en/history/index.html" if not text else "en/2022-03-01/index.html", text=text)


def _contents(words: str, uri: str):
    def forge(_pdf, page_):
        page_.Annots[0].Contents = pikepdf.String(words)
        page_.Annots[0].A.URI = pikepdf.String(uri)
    return forge


@pytest.mark.parametrize(("lang", "edit"), [
    ("en", _retitled("1. We sell your data")), ("en", _spoken("We keep no data.")), ("en", _relabelled("9")),
    ("hi", _relabelled("\u0645")), ("fr", _spoken("1", nth=-2)),
])
def test_a_pdf_saying_other_words_than_it_prints_is_refused(lang, edit):
    assert pdf_action(_edited(printed(lang), edit))


@pytest.mark.parametrize("words", ["Refunds never due dpo@example.test", "Write to dpo@example.test"])
def test_a_pdf_link_saying_other_words_is_refused(words):
    assert pdf_action(_saved(_contents(words, "mailto:dpo@example.test")))
