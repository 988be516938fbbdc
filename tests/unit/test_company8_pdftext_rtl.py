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


@pytest.mark.parametrize(("drawn", "read"), [
    ([Drawn("c", True), Drawn("b", True), Drawn("a", True)], "abc"),  # one marked run
    ([Drawn(".", False), Drawn("ב", False), Drawn("א", False)], "אב."),  # unmarked: by its letters' direction
    ([Drawn(" ב", True), Drawn("א", True), Drawn("1", False), Drawn(" ד", True), Drawn("ג", True), Drawn("2024", False)],
     "א ב1ג ד2024"),  # runs in reading order, each right-to-left one from its right
    ([Drawn("G", False), Drawn("o", False), Drawn(" ", False), Drawn("ב", False), Drawn("א", False)], "Go אב"),
    ([Drawn("Version", False), Drawn(" ", False), Drawn("1", False)], "Version 1"),  # left to right: as drawn
])
def test_runs_are_read_each_in_its_direction(drawn, read):
    assert "".join(pdftext.in_reading_order(drawn)) == read


def test_a_span_of_symbols_only_is_read_as_drawn():
    assert "".join(pdftext.in_reading_order([Drawn("["), Drawn("+"), Drawn("\u25a1"), Drawn("]")])) == "[+\u25a1]"
