"""Words 12: Persian writes a month joined to its year by the ezafe (`۱۷ فوریهٔ ۲۰۲۱`), as the browser's Intl writes it
and now the page's own dates (strings.long_date): a Persian text stating its date so is read by the checks, as one
writing the month without it is."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import strings, sync


@pytest.mark.parametrize(("text", "date"), [
    ("آخرین به‌روزرسانی: ۱۷ فوریهٔ ۲۰۲۱.", "2021-02-17"),
    ("آخرین به‌روزرسانی: ۱۷ فوریه ۲۰۲۱.", "2021-02-17"),
    ("آخرین به‌روزرسانی: ۳ ژانویهٔ ۲۰۲۲.", "2022-01-03"),
    ("آخرین به‌روزرسانی: ۹ ژوئیهٔ ۲۰۲۳.", "2023-07-09"),
    ("آخرین به‌روزرسانی: فوریهٔ ۲۰۲۱", "2021-02"),
])
def test_a_persian_date_with_its_ezafe_is_read(text, date):
    assert any(date in dates for _, dates in sync.stated_dates(text, "fa")), sync.stated_dates(text, "fa")


def test_the_page_writes_the_ezafe_on_the_months_ending_in_heh_only():
    said = [strings.long_date(dt.date(2021, month, 17), "fa") for month in range(1, 13)]
    with_ezafe = [month for month, text in enumerate(said, 1) if strings.EZAFE in text]
    assert with_ezafe == [1, 2, 5, 7], said  # ژانویه, فوریه, مه, ژوئیه
    assert said[2] == "۱۷ مارس ۲۰۲۱"
    assert strings.EZAFE not in strings.long_date(dt.date(2021, 2, 17), "ar")
    assert strings.ezafe("فوریه", "fr") == "فوریه"
