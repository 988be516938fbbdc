"""company18: dates as Serbian, Slovenian and Vietnamese texts write them are dates. A Serbian translation's `1. marta 2024.
godine` (the month in the genitive after its day; CLDR names it `mart`) and a Vietnamese one's `1 tháng 3, 2024`
(CLDR's long date, the site's own pages' form) were read as dating nothing: the sync check said the translation had
no date and other numbers than the original."""
from __future__ import annotations

import pytest

from policysite import sync
from policysite.convert.sources import date_in_name
from unit.test_sync_languages import page


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("sr-Latn-RS", "Važi od 1. marta 2024. godine.", {"2024-03-01"}),
    ("sr-Latn", "od 15. septembra 2023. do 1. januara 2024.", {"2023-09-15", "2024-01-01"}),
    ("sr", "Важи од 1. марта 2024. године.", {"2024-03-01"}),
    ("sr", "Последње ажурирање: 30. децембра 2023.", {"2023-12-30"}),
    ("bs", "Vrijedi od 1. decembra 2024.", {"2024-12-01"}),
    ("sr-Latn-RS", "Važi od 1. mart 2024.", {"2024-03-01"}),  # CLDR's own, as before
    ("sl", "Velja od 1. marca 2024 do 15. januarja 2025.", {"2024-03-01", "2025-01-15"}),
    ("sl", "Zadnja posodobitev: 30. septembra 2023, 1. junija 2024", {"2023-09-30", "2024-06-01"}),
    ("sl", "Velja od 1. marec 2024.", {"2024-03-01"}),
    ("vi", "Có hiệu lực từ 1 tháng 3, 2024.", {"2024-03-01"}),
    ("vi", "Cập nhật lần cuối: ngày 01 tháng 03 năm 2024", {"2024-03-01"}),
    ("vi", "Theo điều 12 tháng 3 của luật.", set()),  # no year: no date
])
def test_a_date_as_the_language_writes_it_is_read(lang, text, days):
    assert sync.dates_in(text, lang) == days


@pytest.mark.parametrize(("lang", "text"), [("sr-Latn-RS", "Važi od 1. marta 2024. godine."),
                                            ("sl", "Velja od 1. marca 2024."),
                                            ("vi", "Có hiệu lực từ 1 tháng 3, 2024.")])
def test_a_translation_dated_so_gives_no_finding(lang, text):
    found = sync.compare(page("In force from 1 March 2024.", "en"), page(text, lang))
    assert [f for f in found if f.rule in ("sync.dates", "sync.numbers")] == [], found


@pytest.mark.parametrize(("name", "lang", "day"), [
    ("politika-1-marta-2024.md", "sr-Latn-RS", "2024-03-01"), ("политика-15-септембра-2023.md", "sr", "2023-09-15"),
    ("politika-1-mart-2024.md", "sr-Latn-RS", "2024-03-01"), ("politika-1-marca-2024.md", "sl", "2024-03-01")])
def test_a_file_named_with_the_month_in_the_genitive_is_dated(name, lang, day):
    assert date_in_name(name, languages=(lang,)).isoformat() == day
