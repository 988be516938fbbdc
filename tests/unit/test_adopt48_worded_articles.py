"""Adopt48: Arabic articles numbered by their ordinal adjective (`المادة الأولى: التعريفات`, as Gulf and Egyptian legal
texts write them) and Persian and Urdu ones by their own words (`ماده ۱ – تعاریف`, `فصل ۲`, `دفعہ 3`) were headings
without a number: their translation's `Article 1` paired with nothing, and each section's id a slug of its title. Persian
citations (`ماده ۶`) are articles, as Arabic's `المادة 6` are, compared with the translation's `Article 6`."""
from __future__ import annotations

import pytest

from policysite import document, sync
from policysite.heading_numbers import heading_number


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("المادة الأولى: التعريفات", "1", "التعريفات"),
    ("المادة الثانية – جمع البيانات", "2", "جمع البيانات"),
    ("المادة العاشرة: الاحتفاظ", "10", "الاحتفاظ"),
    ("المادة الحادية عشرة: التواصل", "11", "التواصل"),
    ("المادة الثانية عشرة - الحقوق", "12", "الحقوق"),
    ("المادة الثانية والعشرون: أحكام ختامية", "22", "أحكام ختامية"),
    ("البند الثالث - الحقوق", "3", "الحقوق"),
    ("الفصل الأول: أحكام عامة", "1", "أحكام عامة"),
    ("مادة رابعة: النطاق", None, None),  # (no such form: an indefinite ordinal is no article's number)
    ("ماده ۱ – تعاریف", "1", "تعاریف"),
    ("ماده ۲: جمع‌آوری اطلاعات", "2", "جمع‌آوری اطلاعات"),
    ("فصل ۳ - حقوق شما", "3", "حقوق شما"),
    ("بخش 4. تماس با ما", "4", "تماس با ما"),
    ("دفعہ 5 – رابطہ", "5", "رابطہ"),
    ("المادة الجديدة: نص", None, None),
])
def test_the_heading_s_number(heading: str, number: str | None, title: str | None):
    assert heading_number(heading) == ((number, title) if number else None)


def _page(lang: str, headings: list[str], body: str) -> document.Policy:
    text = "".join(f"## {heading}\n\n{body}\n\n" for heading in headings)
    return document.parse(f"---\ndate: 2024-01-01\n---\n# T\n\n{text}", path=f"docs/{lang}/index.md", lang=lang)


def test_an_arabic_text_of_worded_articles_pairs_with_its_numbered_translation():
    arabic = _page("ar", ["المادة الأولى: التعريفات", "المادة الثانية: جمع البيانات", "المادة الثالثة: الحقوق"],
                   "وفقاً للمادة 6 من اللائحة.")
    english = _page("en", ["Article 1 – Definitions", "Article 2 – Collection", "Article 3 – Rights"],
                    "Under Article 6 of the Regulation.")
    assert [s.anchor for s in arabic.sections] == ["s1", "s2", "s3"]
    assert sync.compare(arabic, english) == []


def test_a_persian_text_s_articles_and_citations_pair_with_its_translation():
    persian = _page("fa", ["ماده ۱ – تعاریف", "ماده ۲ – جمع‌آوری"], "طبق ماده ۶ مقررات عمومی.")
    english = _page("en", ["Article 1 – Definitions", "Article 2 – Collection"], "Under Article 6 of the Regulation.")
    assert [s.anchor for s in persian.sections] == ["s1", "s2"]
    assert not [f for f in sync.compare(persian, english) if f.rule in ("sync.articles", "sync.sections")], \
        sync.compare(persian, english)


@pytest.mark.parametrize(("heading", "number", "title"), [
    # the word after the number, its dot or none: Swedish and Finnish, Lithuanian, Latvian, Icelandic, German
    ("1 § Allmänt", "1", "Allmänt"),
    ("12 § Henkilötietojen säilytys", "12", "Henkilötietojen säilytys"),
    ("1 straipsnis. Bendrosios nuostatos", "1", "Bendrosios nuostatos"),
    ("2. pants. Dati", "2", "Dati"),
    ("3. gr. Réttindi", "3", "Réttindi"),
    ("1. Abschnitt: Allgemeines", "1", "Allgemeines"),
    ("2. § Az adatkezelő", "2", "Az adatkezelő"),  # (Hungarian, as before)
    # Spanish ordinal mark and a full stop
    ("1º. Responsable", "1", "Responsable"),
    ("2º.- Finalidad", "2", "Finalidad"),
    # Malay, Indonesian, Swahili and Filipino words for a section
    ("Seksyen 1: Pengenalan", "1", "Pengenalan"),
    ("Bahagian 2 – Data peribadi", "2", "Data peribadi"),
    ("Kifungu 3: Haki zako", "3", "Haki zako"),
    ("Seksyon 4. Mga karapatan", "4", "Mga karapatan"),
])
def test_a_heading_numbered_as_its_language_numbers_it(heading: str, number: str, title: str):
    assert heading_number(heading) == (number, title)


@pytest.mark.parametrize("heading", ["1 Teilnehmer", "3 Kapitelle", "1º Responsable sin marca alguna no"])
def test_words_beginning_so_are_titles(heading: str):
    found = heading_number(heading)
    assert found is None or found[1] == heading.split(" ", 1)[1]
