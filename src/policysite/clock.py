"""Today's date, in one place: what is in force, what is upcoming and what the gate calls the future.

Tests freeze it by replacing `today` (`monkeypatch.setattr(clock, "today", …)`), or `now`; no command takes a
date, so nobody can publish as of another day. The day is the company's (`extra.policy.time_zone`, an IANA name
such as Europe/Paris) while a command runs in `company_zone`; UTC where none is set.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo
from collections.abc import Iterator

from policysite.messages import Said

_zone: dt.tzinfo = dt.UTC  # the company's time zone, while a command runs (company_zone)


class ZoneError(ValueError):
    """A time zone name that is no IANA time zone."""


def zone_named(name: str) -> dt.tzinfo:
    """The time zone `name` names (`Europe/Paris`, `UTC`); "" is UTC; ZoneError for a name no zone has."""
    if not name:
        return dt.UTC
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ZoneError(Said("clock.zone", name=repr(name))) from None


@contextlib.contextmanager
def company_zone(name: str) -> Iterator[None]:
    """Days are the company's, in the zone `name` ("" : UTC), inside this block."""
    global _zone
    previous, _zone = _zone, zone_named(name)
    try:
        yield
    finally:
        _zone = previous


def zone() -> dt.tzinfo:
    """The zone whose calendar says which day it is: the company's, else UTC."""
    return _zone


def now() -> dt.datetime:
    """This instant (tests of a time zone freeze it, as others freeze `today`)."""
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date in the company's time zone, else in UTC, on every machine: a version takes effect on its date,
    from 00:00 there. (The machine's own date made a laptop west of UTC move `latest` back onto the version before,
    the evening CI had moved it.)"""
    return now().astimezone(_zone).date()


def stamp() -> int:
    """Now, as a Unix time, on `today()`'s date: what a publishing commit is dated, so that the branch's dates and the
    gate's today agree (a test's frozen day included: commits stamped with the machine's time said a version announced
    on the frozen day was published on another, which `policy verify` reads as a branch whose dates were changed).

    The day and the time are read of one instant: read apart across midnight, they made a commit of 00:00:01 stamped
    00:00:01 the day before (histories24: a version dated that day read as published before its date). On a frozen
    day whose real clock passes midnight, the time of day starts again at 00:00: a stamp is never before the one
    before it that day, so that the branch's commits stay in the order they were made."""
    global _stamped
    day, moment, after = today(), now().astimezone(_zone), today()
    if day != after or day == moment.date():  # the real day (turned, or not, between the two readings)
        return int(moment.timestamp())
    stamped = int(dt.datetime.combine(day, moment.time(), _zone).timestamp())
    last_day, last, then = _stamped
    if last_day == day and then is not None and moment.date() > then.date() and stamped < last:
        return last  # (only where the clock passed midnight since: a stamp of another test's frozen instant aside)
    _stamped = (day, stamped, moment)
    return stamped


# a frozen day, the last stamp on it and the instant it was made at (stamp)
_stamped: tuple[dt.date | None, int, dt.datetime | None] = (None, 0, None)


def day_of(stamp: int) -> dt.date:
    """The company's day (else UTC's) at the Unix time `stamp`: the day a commit was made, as `today()` counts."""
    return dt.datetime.fromtimestamp(stamp, _zone).date()


def start_of(day: dt.date) -> int:
    """The Unix time `day` begins, in the company's time zone (else UTC): when a version dated `day` takes effect."""
    return int(dt.datetime.combine(day, dt.time(), _zone).timestamp())
