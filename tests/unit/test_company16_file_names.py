"""company16: file names a new company's archive holds, as its site's page builder or export made them: a month's name
without its accents (a Brazilian `politica-15-marco-2023.html` for março, a Swiss `datenschutz-1-maerz-2023.html`, a
Greek `πολιτικη-15-φεβρουαριου-2024.html`)."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite.convert.model import ConvertError
from policysite.convert.sources import date_in_name


@pytest.mark.parametrize(("name", "languages", "day"), [
    ("politica-15-marco-2023.html", ("pt-BR",), "2023-03-15"),
    ("politique-1er-fevrier-2021.html", ("fr",), "2021-02-01"),
    ("politique_15_aout_2021.html", ("fr-CH",), "2021-08-15"),
    ("datenschutz-1-maerz-2023.html", ("de-CH",), "2023-03-01"),
    ("Datenschutz 1. Marz 2023.docx", ("de",), "2023-03-01"),
    ("πολιτικη-15-φεβρουαριου-2024.html", ("el",), "2024-02-15"),
    ("polityka-1-pazdziernika-2022.html", ("pl",), "2022-10-01"),
])
def test_a_month_s_name_written_without_its_accents_is_read(name, languages, day):
    """They were "no date in the file name", to be renamed by hand, though the name says the day."""
    assert date_in_name(name, languages=languages) == dt.date.fromisoformat(day)


def test_a_month_without_accents_is_read_as_its_accented_name_is():
    """A month alone is still a month (its day asked for), and a language of another site is not read."""
    with pytest.raises(ConvertError, match="marco-2023 names a month"):
        date_in_name("politica-marco-2023.html", languages=("pt-BR",))
    with pytest.raises(ConvertError, match="no date in the file name"):
        date_in_name("politica-15-marco-2023.html", languages=("en",))
