"""perf7 (session 47): versions.json's entries written once each (`branch._entry_text`, kept by all an entry is made
of): a publication builds the listing of the same versions four times, on two days, in two languages. Whatever was
kept, each listing is what json.dumps writes of the entries as the calendar has them that day: a version whose period
ended, that came into force, or that a later one made upcoming no longer, is written as it now is."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from policysite import branch, periods
from policysite.strings import aside, long_date, strings


def _expected(dates: list[str], lang: str, today: dt.date) -> tuple[bytes, bytes]:
    """The listing as json.dumps writes it, each entry made anew."""
    current = periods.current(dates, today=today)
    entries = []
    for period in reversed(periods.periods(dates)):
        text = long_date(period.start, lang)
        state = "upcoming" if period.start > today else "in_force" if period.version == current else ""
        entries.append({"version": period.version,
                        "title": text + aside(strings(lang)[state], lang) if state else text,
                        "aliases": ["latest"] if period.version == current else [],
                        "properties": {"in_force": {"from": period.version,
                                                    "until": period.until.isoformat() if period.until else None},
                                       "date_text": text, **({"upcoming": True} if period.start > today else {})}})
    at = next((n for n, entry in enumerate(entries) if entry["aliases"]), 0)
    recent = entries[:at + 1 + branch.RECENT_ARCHIVED]
    return ((json.dumps(entries, indent=2) + "\n").encode("utf-8"),
            (json.dumps(recent, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en", "fa", "ja"])
def test_each_listing_is_the_calendars_of_its_day_whatever_entries_were_kept(lang):
    dates = [(dt.date(2020, 1, 6) + dt.timedelta(weeks=n)).isoformat() for n in range(20)]
    days = [dt.date(2019, 12, 1), dt.date(2020, 1, 6), dt.date(2020, 2, 20), dt.date(2020, 5, 17),
            dt.date(2020, 5, 18), dt.date(2024, 1, 1), dt.date(2020, 2, 20)]
    # the versions as the archive grows (one more, one published ahead, the one before dropped), day after day, the
    # same entries met again in another state: upcoming, in force, archived, last or not
    for listed in (dates[:3], dates, [*dates, "2031-05-01"], [*dates[:10], *dates[11:]], dates[:1], dates):
        for today in days:
            branch._listings.cache_clear()
            assert branch.listings(listed, lang, today=today) == _expected(listed, lang, today), (listed[-1], today)
    assert branch._entry_text.cache_info().hits > 0  # (the entries were met again: kept ones read)


def test_an_entry_is_kept_by_all_it_is_made_of():
    branch._entry_text.cache_clear()
    one = branch._entry_text("2021-02-17", "17 février 2021", False, "2022-02-28", "17 février 2021", False)
    assert json.loads(f"[{one}]") == [{"version": "2021-02-17", "title": "17 février 2021", "aliases": [],
                                       "properties": {"in_force": {"from": "2021-02-17", "until": "2022-02-28"},
                                                      "date_text": "17 février 2021"}}]
    latest = branch._entry_text("2021-02-17", "17 février 2021 (en vigueur)", True, None, "17 février 2021", False)
    assert json.loads(f"[{latest}]")[0]["aliases"] == ["latest"] and '"until": null' in latest
    ahead = branch._entry_text("2021-02-17", "17 février 2021 (à venir)", False, None, "17 février 2021", True)
    assert json.loads(f"[{ahead}]")[0]["properties"]["upcoming"] is True
    assert branch._entry_text.cache_info().misses == 3
