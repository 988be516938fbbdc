"""Today is the date in UTC, whatever the machine's time zone."""
from __future__ import annotations

import datetime as dt
import random
import time

import pytest

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


def test_a_publishing_commit_is_stamped_on_the_day_the_gate_judged(monkeypatch):
    """Archive hunt 22, finding 2: publishing commits carried the machine's time while the gate judged a frozen day
    (a test's), so the branch's dates and the versions' disagreed; in use, the two are the same moment."""
    before = time.time()
    stamp = clock.stamp()
    assert before - 1 <= stamp <= time.time() + 1 or dt.datetime.fromtimestamp(before, dt.UTC).date() != \
        dt.datetime.now(dt.UTC).date()  # (midnight passing)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2027, 1, 20))
    assert dt.datetime.fromtimestamp(clock.stamp(), dt.UTC).date() == dt.date(2027, 1, 20)


def test_an_upcoming_version_followed_by_another_says_when_it_takes_effect_and_until_when():
    """Legal hunt 36: `policy at` said "(upcoming: takes effect on 2024-03-01 until 2024-03-31)" of the first of two
    versions announced ahead."""
    from policysite import at, periods

    period = periods.Period("2024-03-01", dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    found = at.InForce(dt.date(2024, 3, 1), "2024-03-01", "https://e.test/fr/2024-03-01/", period, upcoming=True)
    assert str(found).endswith("(upcoming: takes effect on March 1, 2024, in force to March 31, 2024 inclusive)")
    found = at.InForce(dt.date(2024, 3, 5), "2024-03-01", "https://e.test/fr/2024-03-01/", period, upcoming=False)
    assert str(found).endswith("(in force from March 1, 2024 to March 31, 2024 inclusive)")


def test_a_day_after_the_date_of_an_upcoming_version_is_answered_of_that_day():
    """Round 11: `policy at 2024-03-05`, a version announced for 2024-03-01 still to come, answered "(upcoming: takes
    effect on 2024-03-01)", words of its first day, not of the day asked."""
    from policysite import at, periods

    [first, second] = periods.periods(["2024-03-01", "2024-04-01"])
    found = at.InForce(dt.date(2024, 3, 5), "2024-03-01", "u", first, upcoming=True)
    assert str(found) == ("2024-03-01 u (upcoming: will be in force on March 5, 2024, from March 1, 2024 to March 31, "
                          "2024 inclusive)")
    assert found.said("fr") == ("2024-03-01 u (à venir\u00a0: sera en vigueur le 5 mars 2024, du 1er mars 2024 au "
                                "31 mars 2024 inclus)")
    found = at.InForce(dt.date(2024, 4, 9), "2024-04-01", "u", second, upcoming=True)
    assert str(found) == "2024-04-01 u (upcoming: will be in force on April 9, 2024, from April 1, 2024)"
    assert found.said("fr") == "2024-04-01 u (à venir\u00a0: sera en vigueur le 9 avril 2024, à compter du 1er avril 2024)"
    assert str(at.InForce(dt.date(2024, 4, 1), "2024-04-01", "u", second, upcoming=True)) == \
        "2024-04-01 u (upcoming: takes effect on April 1, 2024)"


def test_the_companys_time_zone_says_which_day_it_is_and_when_a_day_begins(monkeypatch):
    """`extra.policy.time_zone`: near midnight, the company's day, not UTC's (history 25: there was no such setting, and
    a version dated 1 March took effect at 09:00 in Tokyo and the evening before in New York)."""
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2028, 2, 29, 23, 30, tzinfo=dt.UTC))
    assert clock.today() == dt.date(2028, 2, 29)
    with clock.company_zone("Asia/Tokyo"):
        assert clock.today() == dt.date(2028, 3, 1)
        assert clock.start_of(dt.date(2028, 3, 1)) == int(dt.datetime(2028, 2, 29, 15, tzinfo=dt.UTC).timestamp())
        assert clock.day_of(int(dt.datetime(2028, 2, 29, 14, 59, tzinfo=dt.UTC).timestamp())) == dt.date(2028, 2, 29)
        assert dt.datetime.fromtimestamp(clock.stamp(), dt.UTC) == dt.datetime(2028, 2, 29, 23, 30, tzinfo=dt.UTC)
        with clock.company_zone("America/New_York"):
            monkeypatch.setattr(clock, "now", lambda: dt.datetime(2028, 3, 1, 4, 59, tzinfo=dt.UTC))
            assert clock.today() == dt.date(2028, 2, 29)  # 23:59 the evening before, in New York
        assert clock.today() == dt.date(2028, 3, 1)
    assert clock.zone() is dt.UTC
    with pytest.raises(clock.ZoneError, match="'Europe/Pariss' is no time zone"):
        clock.zone_named("Europe/Pariss")


def test_the_site_showed_the_version_before_one_published_after_its_date_until_the_day_it_reached_the_site():
    """histories7: a DPO asking `policy at` about a day between a version's date and the day it reached the site (a
    text published after its date, `publish.late`) was told only that version, which no reader saw that day."""
    from policysite import at, messages

    published = {"2021-02-17": dt.date(2021, 2, 17), "2022-03-01": dt.date(2022, 3, 10)}
    assert at.shown_on(dt.date(2022, 3, 5), published) == "2021-02-17"
    assert at.shown_on(dt.date(2022, 3, 10), published) == "2022-03-01"
    assert at.shown_on(dt.date(2021, 2, 16), published) is None  # before the site's first publication
    late = at.late_note(dt.date(2022, 3, 5), "2022-03-01", published)
    assert messages.said_in(late, "en") == (
        "2022-03-01 reached the site only on March 10, 2022, after its date: on March 5, 2022 the site still showed 2021-02-17 "
        "as the text in force (the branch's commit of March 10, 2022 is the proof of when 2022-03-01 was published)")
    assert messages.said_in(late, "fr").startswith(
        "la version 2022-03-01 n’a été publiée sur le site que le 10 mars 2022, après sa date\u00a0: le 5 mars 2022, le site "
        "montrait encore la version 2021-02-17 comme texte en vigueur")
    assert at.late_note(dt.date(2022, 3, 10), "2022-03-01", published) is None  # published that day
    assert at.late_note(dt.date(2021, 3, 1), "2021-02-17", published) is None
    # a site's first publication (its history, imported texts) publishes old versions late: nothing was shown before
    launched = {"2021-02-17": dt.date(2024, 1, 1), "2022-03-01": dt.date(2024, 1, 1)}
    assert at.late_note(dt.date(2022, 3, 5), "2022-03-01", launched) is None


@pytest.mark.parametrize("published", [
    {"2021-02-17": dt.date(2021, 2, 17), "2022-03-01": dt.date(2022, 3, 10)},
    # two late in a row, the second dated before the first reached the site; one on time after them
    {"2021-02-17": dt.date(2021, 2, 17), "2022-03-01": dt.date(2022, 3, 20), "2022-03-05": dt.date(2022, 3, 25),
     "2022-04-01": dt.date(2022, 3, 28)},
    # one published late past the date of the next, published ahead in the meantime
    {"2021-02-17": dt.date(2021, 2, 10), "2021-03-01": dt.date(2021, 3, 12), "2021-03-10": dt.date(2021, 3, 2)},
    # a site's first publication of its history: nothing was shown before it
    {"2021-02-17": dt.date(2021, 6, 1), "2021-03-01": dt.date(2021, 6, 1), "2021-05-01": dt.date(2021, 6, 1)},
    # forty versions a week apart, each published up to three weeks late or a week ahead (a fixed draw)
    {(dt.date(2021, 2, 1) + dt.timedelta(weeks=n)).isoformat():
     dt.date(2021, 2, 1) + dt.timedelta(weeks=n, days=random.Random(n).randint(-7, 21)) for n in range(40)},
])
def test_the_at_page_s_windows_say_of_each_day_what_policy_at_says(published):
    """Reader11: the site's at page, which has no branch history, is given windows of days (at.late_windows) that
    say of every day what `policy at` says (at.late_note) of the version in force that day by its date."""
    from policysite import at, periods

    windows = at.late_windows(published)
    day = dt.date(2021, 2, 1)
    while day <= dt.date(2022, 5, 1):
        version = periods.in_force_on(sorted(published), day)
        note = at.late_note(day, version, published) if version else None
        found = [w for w in windows if w.version == version and w.start <= day <= w.until]
        assert len(found) == (note is not None), (day, found, note)
        if note is not None:
            assert (found[0].shown, found[0].published) == (note.fields["shown"], published[version])
        day += dt.timedelta(days=1)
    assert all(a.until < b.start for a, b in zip(windows, windows[1:]))  # one window a day, merged where alike


def _instants(monkeypatch, *moments: dt.datetime) -> None:
    """`clock.now` answering `moments` one call after another (the last one after them)."""
    told = iter(moments)
    last = [moments[0]]

    def now() -> dt.datetime:
        last[0] = next(told, last[0])
        return last[0]

    monkeypatch.setattr(clock, "now", now)


def test_a_stamp_read_across_midnight_is_the_instant_not_a_day_early(monkeypatch):
    """Histories24: stamp() read today() (23:59:59.9, 28 February) and then now()'s time (00:00:00.1, 1 March) apart,
    and stamped 28 February 00:00: a publishing commit a day early, before the date of the version it published. The
    day and the time are one instant's."""
    _instants(monkeypatch, dt.datetime(2028, 2, 28, 23, 59, 59, 900_000, tzinfo=dt.UTC),
              dt.datetime(2028, 2, 29, 0, 0, 0, 100_000, tzinfo=dt.UTC))
    assert clock.stamp() == int(dt.datetime(2028, 2, 29, 0, 0, tzinfo=dt.UTC).timestamp())
    _instants(monkeypatch, dt.datetime(2028, 2, 28, 23, 59, 58, tzinfo=dt.UTC),
              dt.datetime(2028, 2, 28, 23, 59, 59, tzinfo=dt.UTC))
    assert clock.stamp() == int(dt.datetime(2028, 2, 28, 23, 59, 59, tzinfo=dt.UTC).timestamp())


def test_stamps_on_a_frozen_day_keep_their_order_when_the_real_clock_passes_midnight(monkeypatch):
    """A test's frozen day (2027-01-20) while the machine's clock passes midnight: the second publishing commit was
    stamped 00:00:01 on the frozen day, before the first (23:59:59): the branch read as dated out of order. Each stamp
    stays on the frozen day and none is before the one before it."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2027, 1, 20))
    _instants(monkeypatch, dt.datetime(2026, 12, 6, 23, 59, 59, tzinfo=dt.UTC),
              dt.datetime(2026, 12, 7, 0, 0, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 7, 0, 0, 5, tzinfo=dt.UTC))
    stamps = [clock.stamp() for _ in range(3)]
    assert stamps == sorted(stamps), stamps
    assert {dt.datetime.fromtimestamp(stamp, dt.UTC).date() for stamp in stamps} == {dt.date(2027, 1, 20)}
    assert stamps[0] == int(dt.datetime(2027, 1, 20, 23, 59, 59, tzinfo=dt.UTC).timestamp())
    monkeypatch.setattr(clock, "today", lambda: dt.date(2027, 1, 21))  # another frozen day starts again from its time
    assert clock.stamp() == int(dt.datetime(2027, 1, 21, 0, 0, 5, tzinfo=dt.UTC).timestamp())


def test_a_frozen_day_s_stamps_follow_the_clock_where_it_did_not_pass_midnight(monkeypatch):
    """The other side: a stamp made at an earlier time of day, the clock not having passed midnight since the last one
    (another test's frozen instant, a clock set back), is that time, not the last stamp's."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2027, 1, 22))
    _instants(monkeypatch, dt.datetime(2026, 12, 6, 23, 0, tzinfo=dt.UTC))
    assert clock.stamp() == int(dt.datetime(2027, 1, 22, 23, 0, tzinfo=dt.UTC).timestamp())
    _instants(monkeypatch, dt.datetime(2026, 12, 6, 17, 30, tzinfo=dt.UTC))
    assert clock.stamp() == int(dt.datetime(2027, 1, 22, 17, 30, tzinfo=dt.UTC).timestamp())
