"""Today's date, in one place: what is in force, what is upcoming and what the gate calls the future.

Tests freeze it by replacing `today` (`monkeypatch.setattr(clock, "today", …)`); no command takes a
date, so nobody can publish as of another day.
"""
from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """Today's date in UTC, on every machine: a version takes effect on its date, from 00:00 UTC. (The machine's
    own date made a laptop west of UTC move `latest` back onto the version before, the evening CI had moved it.)"""
    return dt.datetime.now(dt.UTC).date()


def stamp() -> int:
    """Now, as a Unix time, on `today()`'s date: what a publishing commit is dated, so that the branch's dates and the
    gate's today agree (a test's frozen day included: commits stamped with the machine's time said a version announced
    on the frozen day was published on another, which `policy verify` reads as a branch whose dates were changed)."""
    now = dt.datetime.now(dt.UTC)
    return int(dt.datetime.combine(today(), now.time(), dt.UTC).timestamp())
