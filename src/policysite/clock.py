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
