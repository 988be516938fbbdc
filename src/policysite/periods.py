"""Which dated version is in force on a day, and each version's period: pure functions of dates.

A version takes effect on its date and stays in force until the day before the next version's date.
A version dated after today is upcoming: published ahead, announced, not yet in force.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """A version and the days it is (or will be) in force; `until` is None for the last one."""

    version: str
    start: dt.date
    until: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.until is None or day <= self.until)


def periods(versions: Iterable[str]) -> list[Period]:
    """Every version's period, oldest first: each ends the day before the next one takes effect."""
    return list(_periods(tuple(versions)))


@functools.lru_cache(maxsize=32)
def _periods(versions: tuple[str, ...]) -> tuple[Period, ...]:
    # cached: a build of the archive's pages asks for the periods of the same N versions for every page
    dates = sorted({dt.date.fromisoformat(v) for v in versions})
    return tuple(Period(d.isoformat(), d, dates[n + 1] - dt.timedelta(days=1) if n + 1 < len(dates) else None)
                 for n, d in enumerate(dates))


def in_force_on(versions: list[str], day: dt.date) -> str | None:
    """The version in force on `day` (upcoming versions count for their own days); None before the first."""
    return next((p.version for p in periods(versions) if p.covers(day)), None)


def upcoming(versions: list[str], *, today: dt.date) -> list[str]:
    """The versions published ahead of their date, oldest first."""
    return sorted(v for v in versions if dt.date.fromisoformat(v) > today)


def current(versions: list[str], *, today: dt.date) -> str:
    """The version `latest` names: the one in force today, else (every version still upcoming) the oldest."""
    found = in_force_on(versions, today)
    return found if found is not None else min(versions)
