"""Today's date, in one place: what is in force, what is upcoming and what the gate calls the future.

Tests freeze it by replacing `today` (`monkeypatch.setattr(clock, "today", …)`); no command takes a
date, so nobody can publish as of another day.
"""
from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """The machine's date (UTC on CI): the day a version takes effect is the day its date reads."""
    return dt.date.today()
