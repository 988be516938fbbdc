"""Adopt31: a date line of Iran's Solar Hijri calendar (`آخرین به‌روزرسانی: ۱۴۰۱/۱۲/۱۲`) or of the Hijri calendar Saudi
Arabia dates its texts by (`آخر تحديث: ١١ شعبان ١٤٤٤هـ`) was read as a Gregorian day of the year 1401 or 1444 (or as
no day), and a file named by one (`privacy-1401-12-12.html`) was imported as of that year. Each is read as the
Gregorian day it is; a file's name is refused, with the days it may be."""
from __future__ import annotations

import pytest

from policysite import sync
from policysite.convert import ConvertError
from policysite.convert.sources import date_in_name


@pytest.mark.parametrize(("lang", "text"), [
    ("fa", "آخرین به‌روزرسانی: ۱۴۰۱/۱۲/۱۲"),
    ("fa", "آخرین به‌روزرسانی: ۱۲ اسفند ۱۴۰۱"),
    ("fa", "تاریخ آخرین ویرایش: ۱۴۰۱/۱۲/۱۲ ه.ش"),
    ("ar", "آخر تحديث: ١١ شعبان ١٤٤٤هـ"),
    ("ar", "آخر تحديث: ١١ شعبان ١٤٤٤ هـ"),
    ("ar", "تاريخ التحديث: ١٤٤٤/٠٨/١١هـ"),
    ("ar", "آخر تحديث: ٣ مارس ٢٠٢٣"),
])
def test_a_date_line_of_a_hijri_calendar_is_read_as_its_gregorian_day(lang, text):
    assert sync.stated_dates(text, lang) == [(text, {"2023-03-03"})]
    assert sync.day_first(text, lang) == {"2023-03-03"}


def test_a_day_of_those_years_in_another_language_is_the_gregorian_calendars():
    """(A French text citing an ordinance of 1539 keeps its year.)"""
    assert sync.dates_in("Ordonnance du 25 août 1539", "fr") == {"1539-08-25"}
    assert sync.dates_in("Decree of 1 March 1450", "en") == {"1450-03-01"}


def test_a_file_named_by_a_hijri_day_is_refused_with_the_days_it_may_be():
    with pytest.raises(ConvertError) as solar:
        date_in_name("privacy-1401-12-12.html", languages=("fa",))
    assert str(solar.value) == (
        "privacy-1401-12-12.html: 1401-12-12 is no day a policy took effect (1401 is no year of the Gregorian "
        "calendar's it could be); read in Iran's Solar Hijri calendar, it is 2023-03-03: write the day as the "
        "Gregorian calendar counts it: name each version after the day its text took effect, year first, e.g. "
        "privacy-2019-03-01.html")
    with pytest.raises(ConvertError) as lunar:
        date_in_name("privacy_1444_08_11.docx")
    assert "read in the Hijri calendar (Umm al-Qura), it is 2023-03-03" in str(lunar.value)
    assert "Solar" not in str(lunar.value)  # (2065: no day of a policy's yet)
