"""Today is the date in UTC, whatever the machine's time zone."""
from __future__ import annotations

import datetime as dt
import time

from policysite import clock


def test_today_is_the_date_in_utc_in_any_time_zone(monkeypatch):
    """At any instant one of UTC-12 and UTC+14 is on another date than UTC: the machine's date would differ."""
    differed = False
    try:
        for zone in ("Etc/GMT+12", "Pacific/Kiritimati"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            utc = dt.datetime.now(dt.UTC).date()
            differed = differed or dt.date.today() != utc
            assert clock.today() == utc or clock.today() == dt.datetime.now(dt.UTC).date()  # midnight passing
    finally:
        monkeypatch.undo()
        time.tzset()
    assert differed
