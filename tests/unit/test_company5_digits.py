"""company5, a company whose languages write their own digits: the site's dates and counts in the digits of the page's
language (CLDR's default numbering system, or the company's choice per language), its addresses in 0-9, and the
browser's scripts writing them as Python does."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from policysite import messages, settings, strings
from policysite.pages import print_line

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
DAY = dt.date(2021, 2, 17)


@pytest.fixture(autouse=True)
def no_choice():
    strings.choose_digits({})
    yield
    strings.choose_digits({})


def extra(**language: object) -> dict:
    return {"policy": {"company": "Example", "authoritative": "fa", "public_url": "https://example.test/",
                       "languages": [{"code": "fa", "name": "فارسی", **language}, {"code": "en", "name": "English"}]}}


def test_each_numbering_system_is_ten_digits_of_its_values():
    for system, written in strings.DIGITS.items():
        assert len(written) == 10, system
        if system != "hanidec":  # (its digits are ideographs: 〇 一 二…, no Unicode decimal digits)
            assert [unicodedata.decimal(digit) for digit in written] == list(range(10)), system


def test_dates_and_counts_take_cldr_default_digits():
    assert strings.long_date(DAY, "fa") == "۱۷ فوریهٔ ۲۰۲۱"
    assert strings.long_date(DAY, "ar-EG") == "١٧ فبراير ٢٠٢١"
    assert strings.long_date(DAY, "mr") == "१७ फेब्रुवारी, २०२१"
    assert strings.long_date(DAY, "ar") == "17 فبراير 2021"  # CLDR's `ar` writes 0-9 (ar-EG, ar-SA do not)
    assert strings.long_date(DAY, "fr") == "17 février 2021"
    # a count in the site's Persian words: Persian digits, grouped with the Arabic separator, as Intl writes it
    assert strings.number(12345, "fa") == "۱۲٬۳۴۵"
    assert strings.counted(strings.strings("fa"), "more_versions", 3, "fa", count=3).count("۳") == 1
    # a count in English words (the site has no Marathi ones): 0-9, as the words around it
    assert strings.number(12345, "mr") == "12,345"


def test_the_company_chooses_the_digits_of_a_language():
    settings.from_extra(extra(digits="latn"))
    assert strings.long_date(DAY, "fa") == "17 فوریهٔ 2021"
    assert strings.number(12345, "fa") == "12,345"
    assert "digits" not in strings.number_format("fa")  # Latin: left out of every page's data
    on = extra()
    on["policy"]["languages"][1:] = [{"code": "ar", "digits": "arab"}]
    settings.from_extra(on)  # read again: the earlier choice is gone, `ar` takes Arabic-Indic digits, ar-SA too
    assert strings.long_date(DAY, "fa") == "۱۷ فوریهٔ ۲۰۲۱"
    assert strings.long_date(DAY, "ar-SA") == strings.long_date(DAY, "ar") == "١٧ فبراير ٢٠٢١"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("value", "shown"), [("roman", "roman"), (["latn"], "['latn']"), (7, "7")])
def test_a_numbering_system_unknown_is_refused_naming_the_language(lang, value, shown):
    with pytest.raises(settings.SettingsError) as refused:
        settings.from_extra(extra(digits=value), where="mkdocs.yml")
    said = messages.said_in(messages.text_of(refused.value), lang)
    assert said.startswith("mkdocs.yml")
    assert "fa" in said and shown in said and "arabext" in said and "latn" in said
    if lang == "fr":
        assert f"les chiffres «\u00a0{shown}\u00a0» de «\u00a0fa\u00a0»" in said


def test_addresses_stay_in_latin_digits():
    site = settings.from_extra(extra())
    line = print_line(site, lang="fa", version="2021-02-17")
    assert "https://example.test/fa/2021-02-17/" in line["text"]
    assert "۱۷" in line["text"] and "۲۰۲۱" in line["text"]  # the version as section 1 names it
    assert line["digits"] == "۰۱۲۳۴۵۶۷۸۹"  # the day read, written by policy.js


# at.js's own `written` (the day asked on the at page), and policy.js's helpers, run by Node with what a page gives them
RUNNER = r"""
const fs = require("fs");
global.window = global;
global.document = { querySelector: () => null, querySelectorAll: () => [], getElementById: () => null,
  addEventListener: () => {}, documentElement: { lang: "" } };
try { eval(fs.readFileSync(process.argv[1], "utf8")); } catch (error) {}  // (its page's code needs a browser)
const at = fs.readFileSync(process.argv[2], "utf8");
const written = at.match(/\n  function written\(day, lang\) \{[\s\S]*?\n  \}\n/)[0];
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
console.log(JSON.stringify(cases.map((c) => {
  document.documentElement.lang = c.lang;
  const data = { digits: c.digits };
  return { date: eval("(function () {" + written + "; return written(c.day); })")(),
           count: window.policyNumber(c.n, c.number) };
})));
"""


def test_the_browser_writes_dates_and_counts_as_python_does():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    langs = ["fa", "ar-EG", "ur", "mr", "bn", "ne", "fr", "pl"]
    cases = [{"lang": lang, "digits": strings.digits(lang), "day": DAY.isoformat(), "n": 12345,
              "number": strings.number_format(lang)} for lang in langs]
    result = subprocess.run([node, "-e", RUNNER, str(SCRIPTS / "policy.js"), str(SCRIPTS / "at.js")],
                            input=json.dumps(cases), capture_output=True, text=True, timeout=60, check=True)
    said = json.loads(result.stdout)
    for lang, browser in zip(langs, said, strict=True):
        python = strings.long_date(DAY, lang)
        # the same digits in the same order (Node's ICU and Babel may name a month otherwise)
        assert re.findall(r"\d", browser["date"]) == re.findall(r"\d", python), lang
        assert browser["count"] == strings.number(12345, lang), lang
    assert said[0]["date"].startswith("۱۷ ") and said[0]["date"].endswith(" ۲۰۲۱")
    assert said[0]["date"] == strings.long_date(DAY, "fa")  # the month with its ezafe, فوریهٔ, as the page's (words12)


def test_persian_dates_are_written_as_the_browser_writes_them_every_month():
    """Babel named Persian months without the ezafe that joins them to the year (فوریه ۲۰۲۱), the browser's Intl with it
    (فوریهٔ ۲۰۲۱): the page's dates and those its scripts write read otherwise. Each month, against Node's ICU."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    script = ("const f = new Intl.DateTimeFormat('fa-u-ca-gregory', {day: 'numeric', month: 'long', year: 'numeric', "
              "timeZone: 'UTC'}); console.log(JSON.stringify([...Array(12).keys()].map("
              "m => f.format(new Date(Date.UTC(2021, m, 17))))))")
    browser = json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=60,
                                        check=True).stdout)
    assert [strings.long_date(dt.date(2021, month, 17), "fa") for month in range(1, 13)] == browser
