"""A policy kept in one file with a change log written as a table ending it (a README's `| 2023-06-01 | Added … |`):
its newest row's day is the day its text says (session 33 hunt: it said no day, and the import asked for one)."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import sources

README = """\
# Acme App Privacy Policy

This policy explains what the Acme app does with your data.

## 1. Data we collect

We collect crash reports only.

## Changelog

| Date | Change |
|------|--------|
| {first} | Added crash reports to section 1 |
| {second} | First version |
"""


def test_the_newest_row_of_a_change_log_table_ending_the_text_is_its_day(tmp_path: Path):
    path = tmp_path / "README.md"
    path.write_text(README.format(first="2023-06-01", second="2022-01-15"), encoding="utf-8")
    assert sources.stated_day(path, ("en",), lang="en") == (
        "2023-06-01 | Added crash reports to section 1", ["2023-06-01"], "its text")
    path.write_text(README.format(first="15 January 2022", second="1 June 2023"), encoding="utf-8")  # oldest first
    assert sources.stated_day(path, ("en",), lang="en")[1] == ["2023-06-01"]
    path.write_text(README.format(first="2023-06-01", second="soon"), encoding="utf-8")  # one row alone: no log
    assert sources.stated_day(path, ("en",), lang="en") is None
