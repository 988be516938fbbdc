"""reader27: the dates the browser's scripts write (at.js's day asked, policy.js's printed line and its note of a
section's former id) stay in the page's language whatever the reader's browser speaks: Intl answered a language it
has no words for (Dhivehi, Haitian Creole) in the reader's own, "7 décembre 2026" on a Dhivehi page read with a
French browser. Where the browser has no words for the page's language, the date is written as ISO 8601 writes it,
as the site's own pages write it there (strings.long_date)."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import strings
from unit.test_company5_digits import RUNNER

SCRIPTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts"
DAYS = (dt.date(2023, 3, 1), dt.date(2021, 11, 17))
# languages the browser (Node's ICU, as Chromium's) has no words for, and some it has
WORDLESS, WORDED = ("dv", "ht", "dv-MV"), ("fr", "hu", "en", "de-CH")
# what the reader's browser speaks: the language Intl fell back to
READERS = ("fr_FR.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8")

# policy.js's policyDay for the printed line (the reader's own time zone, here UTC) and the formerly note (UTC)
PRINTED = r"""
const fs = require("fs");
global.window = global;
global.document = { querySelector: () => null, querySelectorAll: () => [], getElementById: () => null,
  addEventListener: () => {}, documentElement: { lang: "" } };
try { eval(fs.readFileSync(process.argv[1], "utf8")); } catch (error) {}
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
console.log(JSON.stringify(cases.map((c) => [window.policyDay(new Date(c.day + "T12:00:00Z"), c.lang),
  window.policyDay(new Date(c.day + "T00:00:00Z"), c.lang, "UTC")])));
"""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    return node


def _run(script: str, cases: list[dict[str, object]], reader: str) -> list:
    env = {**os.environ, "LANG": reader, "LC_ALL": reader, "TZ": "UTC"}
    result = subprocess.run([_node(), "-e", script, str(SCRIPTS / "policy.js"), str(SCRIPTS / "at.js")],
                            input=json.dumps(cases), capture_output=True, text=True, timeout=60, check=True, env=env)
    return json.loads(result.stdout)


@pytest.mark.parametrize("reader", READERS)
def test_the_day_asked_on_the_at_page_is_in_the_page_language_or_iso(reader):
    cases = [{"lang": lang, "digits": "", "day": day.isoformat(), "n": 1, "number": strings.number_format("en")}
             for lang in (*WORDLESS, *WORDED) for day in DAYS]
    said = [one["date"] for one in _run(RUNNER, cases, reader)]
    for case, date in zip(cases, said, strict=True):
        lang, day = str(case["lang"]), dt.date.fromisoformat(str(case["day"]))
        if lang in WORDLESS:
            assert date == day.isoformat(), (reader, lang, date)
        else:  # the words Python writes, whatever the reader's browser speaks
            assert date == strings.long_date(day, lang), (reader, lang, date)


@pytest.mark.parametrize("reader", READERS)
def test_the_printed_day_and_the_former_id_note_are_in_the_page_language_or_iso(reader):
    cases = [{"lang": lang, "day": day.isoformat()} for lang in (*WORDLESS, *WORDED) for day in DAYS]
    said = _run(PRINTED, cases, reader)
    for case, (printed, noted) in zip(cases, said, strict=True):
        lang, day = str(case["lang"]), dt.date.fromisoformat(str(case["day"]))
        want = day.isoformat() if lang in WORDLESS else strings.long_date(day, lang)
        assert (printed, noted) == (want, want), (reader, lang)


def test_a_wordless_language_matches_what_the_site_writes():
    """The ISO date is what the site's pages write in those languages: the scripts' dates read as theirs."""
    assert [strings.long_date(DAYS[0], lang) for lang in WORDLESS] == [DAYS[0].isoformat()] * len(WORDLESS)
