"""company18: the first of a month as each language writes it in prose, on the pages (strings.long_date) and in the
browser's scripts (policy.js's policyFirst, which at.js's day asked and the printed line write it by): French `1er mars`, Brazil's
`1º de março` (not Portugal's Portuguese, `1 de março`), Italian `1° marzo`; other languages the plain `1`."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import strings
from policysite.convert.model import ConvertError
from policysite.convert.sources import date_in_name
from unit.test_company5_digits import RUNNER

SCRIPTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts"
FIRST, ELEVENTH = dt.date(2022, 3, 1), dt.date(2022, 3, 11)


@pytest.mark.parametrize("lang, first, eleventh", [
    ("fr", "1er mars 2022", "11 mars 2022"),
    ("fr-CA", "1er mars 2022", "11 mars 2022"),
    ("pt-BR", "1º de março de 2022", "11 de março de 2022"),
    ("pt-br", "1º de março de 2022", "11 de março de 2022"),
    ("pt", "1 de março de 2022", "11 de março de 2022"),
    ("pt-PT", "1 de março de 2022", "11 de março de 2022"),
    ("it", "1° marzo 2022", "11 marzo 2022"),
    ("it-CH", "1° marzo 2022", "11 marzo 2022"),
    ("es", "1 de marzo de 2022", "11 de marzo de 2022"),
    ("de-CH", "1. März 2022", "11. März 2022"),
    ("en", "March 1, 2022", "March 11, 2022"),
])
def test_the_pages_write_the_first_of_a_month_as_the_language_does(lang, first, eleventh):
    assert strings.long_date(FIRST, lang) == first
    assert strings.long_date(ELEVENTH, lang) == eleventh  # a 1 that is not the day's whole number stays


def test_first_of_month_reads_the_code_then_its_base_language():
    assert [strings.first_of_month(lang) for lang in ("fr-BE", "PT-BR", "pt-AO", "it", "ja", "")] == \
        ["1er", "1º", "1", "1°", "1", "1"]


def test_the_browser_writes_the_first_of_a_month_as_the_pages_do():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    langs = ["fr", "pt-BR", "pt-PT", "it", "es", "de-CH", "en"]
    cases = [{"lang": lang, "digits": "", "day": day.isoformat(), "n": 1, "number": strings.number_format(lang)}
             for lang in langs for day in (FIRST, ELEVENTH)]
    result = subprocess.run([node, "-e", RUNNER, str(SCRIPTS / "policy.js"), str(SCRIPTS / "at.js")],
                            input=json.dumps(cases), capture_output=True, text=True, timeout=60, check=True)
    browser = [said["date"] for said in json.loads(result.stdout)]  # at.js's day asked, through policy.js's policyFirst
    assert browser == [strings.long_date(dt.date.fromisoformat(c["day"]), c["lang"]) for c in cases]


@pytest.mark.parametrize(("name", "languages"), [
    ("politica-10.01.2021.html", ("pt-BR",)), ("politica-10-01-2021.html", ("pt-BR",)),
    ("polityka-10.01.2021.html", ("pl",)), ("politika-10-01-2021.md", ("tr",))])
def test_a_date_year_last_is_day_first_to_a_team_whose_languages_all_write_the_day_first(name, languages):
    """A Brazilian site's `10.01.2021` (Brazil writes `10/01/2021`, no language of the site writes dots) was "day or
    month first, which cannot be told apart": every language of the site writes the day first."""
    assert date_in_name(name, languages=languages) == dt.date(2021, 1, 10)


def test_a_team_one_of_whose_languages_writes_the_month_first_is_still_asked():
    """With hyphens (`10-01-2021`); dots are day first whatever the team's languages (adopt56: every language writing
    dates with dots writes the day first)."""
    for languages in (("en",), ("pt-BR", "en"), ("ko",)):
        with pytest.raises(ConvertError, match="cannot be told apart"):
            date_in_name("policy-10-01-2021.html", languages=languages)
        assert date_in_name("policy-10.01.2021.html", languages=languages) == dt.date(2021, 1, 10)
