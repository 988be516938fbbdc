"""Adopt56: a date in digits with dots, `Stand: 01.04.2024`, `Mis à jour le 01.04.2024`, was asked as 4 January or 1
April where the site's language (English) is another than the line's, though every language writing dates with dots
writes the day first (the Unicode CLDR has no short date `M.d.y`). It is now read by its form: 1 April, in a text's
date line, a file's name and a version link's words alike. A slash, `04/01/2024`, stays either day on an English site;
`03.15.2023`, whose day first is no day, is still March 15 (an American text's, history 26)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import sync, versionlinks
from policysite.convert import ConvertError, sources

DATA = Path(__file__).parents[1] / "data" / "adoption56"


@pytest.mark.parametrize(("name", "sentence"), [("stand-dotted.md", "Stand: 01.04.2024"),
                                                ("mis-a-jour-dotted.md", "Mis à jour le 01.04.2024")])
@pytest.mark.parametrize("lang", ["en", "fr", "de", "en-US"])
def test_a_dotted_date_line_is_day_first_whatever_the_site_language(name, sentence, lang):
    assert sources.stated_day(DATA / name, (lang,), lang=lang) == (sentence, ["2024-04-01"], "its text")


def test_a_slashed_date_line_stays_either_day_on_an_english_site():
    assert sources.stated_day(DATA / "revised-slashed.md", ("en",), lang="en") == (
        "Last revised on 04/01/2024", ["2024-01-04", "2024-04-01"], "its text")
    assert sources.stated_day(DATA / "revised-slashed.md", ("fr",), lang="fr")[1] == ["2024-01-04"]


def test_dates_in_text_read_dots_by_their_form():
    assert sync.dates_in("Stand: 01.04.2024", "en") == {"2024-04-01"}
    assert sync.dates_in("Last Updated: 03.15.2023", "en") == {"2023-03-15"}  # (only month first is a day)
    assert sync.dates_in("Last updated: 04/01/2024", "en") == {"2024-01-04", "2024-04-01"}
    assert sync.dates_in("Dernière mise à jour : 1. 4. 2024", "en") == {"2024-04-01"}


def test_a_dotted_date_in_a_file_name_is_day_first():
    assert sources.date_in_name("privacy-01.04.2024.md", languages=("en",)) == dt.date(2024, 4, 1)
    assert sources.year_last_either("privacy-01.04.2024.md", ("en",)) is None
    with pytest.raises(ConvertError):  # (a hyphen may be month first: asked, as before)
        sources.date_in_name("privacy-01-04-2024.md", languages=("en",))


def test_a_version_link_with_a_dotted_date_names_one_day():
    assert versionlinks.named_day("version of 01.04.2024", "en") == dt.date(2024, 4, 1)
    assert versionlinks.unclear_day("version of 01.04.2024", "en") is None
    assert versionlinks.unclear_day("version of 04/01/2024", "en") is not None
