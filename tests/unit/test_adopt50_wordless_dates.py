"""adopt50: a language CLDR has no month names for (Dhivehi, Haitian Creole, Moroccan Arabic, Mongolian in its own
script …) inherits its root locale's placeholders, and the site wrote its dates "15 M01 2025" (the version's notice
and title, the history, the redline's summary, the PDF's first page, `policy diff`). They are written as ISO 8601
writes them; every other language's as before."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from babel import localedata

from policysite import strings

DAY, FIRST = dt.date(2025, 1, 15), dt.date(2025, 6, 1)


@pytest.mark.parametrize("lang", ["dv", "ht", "ary", "mn-Mong"])
def test_a_language_without_month_names_writes_its_dates_as_iso_8601(lang: str):
    assert strings.long_date(DAY, lang) == "2025-01-15"
    assert strings.long_date(FIRST, lang) == "2025-06-01"


def test_in_the_digits_of_the_language():
    """Azerbaijani in Arabic letters has no month names either, and writes Persian digits (CLDR's arabext)."""
    assert strings.long_date(DAY, "az-Arab") == "۲۰۲۵-۰۱-۱۵"


@pytest.mark.parametrize(("lang", "written"), [("fr", "1er juin 2025"), ("sw", "1 Juni 2025"),
                                                ("en", "June 1, 2025"), ("mn", "зургаадугаар сарын 1")])
def test_a_language_with_month_names_writes_them(lang: str, written: str):
    assert strings.long_date(FIRST, lang).endswith(written)


def test_no_language_babel_knows_writes_a_month_as_its_number():
    placeholders = {}
    for name in localedata.locale_identifiers():
        lang = name.replace("_", "-")
        text = strings.long_date(DAY, lang)
        if re.search(r"\bM0?1\b", text):
            placeholders[lang] = text
    assert not placeholders, placeholders


def test_a_dhivehi_page_s_title_names_its_version_by_its_iso_date():
    """The <title> of a version's generated page where the site has no words in the language: its date and the site's
    name ("15 M01 2025 - …" before)."""
    from policysite import pages

    assert pages.generated_title(lang="dv", site_name="Example", version="2025-01-15") == "2025-01-15 - Example"
