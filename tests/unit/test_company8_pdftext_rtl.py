"""What a reader copies out of a right-to-left PDF is its text (company8): pdftext read a Hebrew, Arabic or Persian line
as the print engine draws it, left to right, so a paragraph was read backwards ("..ותוא …": the heading's period and
the paragraph's own last one side by side); now each right-to-left run is read from its right, marked
`/ReversedChars` or not (vocalised Arabic's clusters are not), its numbers and Latin words left to right."""
from __future__ import annotations

import unicodedata

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import pdf, pdftext
from policysite.pdftext import Drawn

PARAGRAPHS = {
    "he": ("מידע", "אנו שומרים את המידע 30 ימים אצל Google בברלין. אנו לא מוכרים אותו, ולא נמסור אותו לאף אחד אחר "
                   "בשום מקרה ובשום תנאי שהוא, גם לא לחברות הבת שלנו או לשותפים עסקיים."),
    "ar": ("البيانات", "نحن نحفظ بياناتك لمدة 30 يومًا في Berlin. لا نبيعها، ولا نشاركها مع أي طرف آخر."),
    "fa": ("داده‌ها", "ما داده‌های شما را ۳۰ روز نگه می‌داریم. آن‌ها را نمی‌فروشیم."),
}
VOCALISED = "نَحْنُ نَحْفَظُ بَيَانَاتِكَ. لَا نَبِيعُهَا."


def _printed(lang: str, heading: str, paragraph: str) -> str:
    source = f"---\ndate: 2024-03-01\n---\n\n# {heading}\n\n## 1. {heading}\n\n{paragraph}\n\nشكرا.\n" \
        if lang != "he" else f"---\ndate: 2024-03-01\n---\n\n# {heading}\n\n## 1. {heading}\n\n{paragraph}\n"
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    data = pdf.render_pdf(source.encode(), env=env, lang=lang, version="2024-03-01", url="https://example.test/")
    return unicodedata.normalize("NFC", " ".join(pdftext.text(data).split()))


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_right_to_left_paragraph_is_read_as_written(lang):
    heading, paragraph = PARAGRAPHS[lang]
    text = _printed(lang, heading, paragraph)
    assert paragraph in text, text
    assert f"1. {heading}" in text, text  # the heading's number before its words, its period once
    assert ".." not in text, text  # no two full stops side by side: the heading's and the paragraph's last


def test_vocalised_arabic_whose_clusters_are_no_reversed_span_is_read_as_written():
    assert VOCALISED in _printed("ar", "البيانات", VOCALISED)


def test_the_dates_line_of_a_right_to_left_pdf_reads_its_numbers_in_place():
    text = _printed("he", *PARAGRAPHS["he"])
    assert "SHA-256" in text and "2024." in text and "https://example.test/" in text


def _glyphs(visual: str) -> list[Drawn]:
    return [Drawn(char) for char in visual]


@pytest.mark.parametrize(("visual", "rtl", "read"), [
    # a right-to-left line, drawn left to right glyph by glyph, as placed
    (".בא", True, "אב."),
    (".2024 דג 1 בא", True, "אב 1 גד 2024."),  # numbers left to right, in their place
    ("ב Google Analytics א", True, "א Google Analytics ב"),  # a Latin run across words: from its left
    ("ב SHA-256 א", True, "א SHA-256 ב"),  # digits after Latin letters: with them
    ("ב 1,234 א", True, "א 1,234 ב"),  # a number in several pieces: from its left
    # a left-to-right line holding a right-to-left run
    ("in דג בא now", False, "in אב גד now"),
    ("Version 1", False, "Version 1"),
])
def test_a_line_is_read_each_run_in_its_direction(visual, rtl, read):
    assert "".join(pdftext.in_reading_order(_glyphs(visual), rtl=rtl)) == read


def test_glyphs_marked_reversed_are_a_right_to_left_run_in_a_left_to_right_line():
    drawn = [Drawn("a"), Drawn(" "), Drawn(")", True), Drawn("ב", True), Drawn("א", True), Drawn("(", True)]
    assert "".join(pdftext.in_reading_order(drawn)) == "a (אב)"


def test_a_span_of_symbols_only_is_read_as_drawn():
    assert "".join(pdftext.in_reading_order([Drawn("["), Drawn("+"), Drawn("\u25a1"), Drawn("]")])) == "[+\u25a1]"


def test_an_arabic_redline_reads_its_marks_and_its_legend_as_written():
    """The redline's marks ([−30] [+60]) and its legend's examples, each a box of its own that the engine places apart
    ([−محذوف]: the letters of a struck-through word in three spans, drawn left to right), read as written."""
    from policysite import document, redline
    from policysite.redline import pdf as redline_pdf

    def page(date: str, days: str) -> document.Policy:
        return document.parse(f"---\ndate: {date}\n---\n\n# سياسة الخصوصية\n\n## 1. مدة الاحتفاظ\n\n"
                              f"نحتفظ ببياناتك لمدة {days} يومًا في Berlin.\n", path="docs/ar/index.md", lang="ar")

    changes = redline.diff(page("2024-03-01", "30"), page("2024-06-01", "60"))
    text = " ".join(pdftext.text(redline_pdf.render_pdf(changes, site="سياسة الخصوصية", lang="ar")).split())
    assert "نحتفظ ببياناتك لمدة [−30] [+60] يومًا في Berlin." in text, text
    assert "[−محذوف]" in text and "[+مُدرَج]" in text, text
