"""Announcing ahead, without MkDocs or git: periods, the notice rule of the checks, dates and copyright years."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from helpers import synthetic_policy
from policysite import checks, clock, document, pages, periods
from policysite.settings import Language, Release, Settings
from policysite.strings import long_date

TODAY = dt.date(2027, 1, 20)
SETTINGS = Settings("Example", "Example", "https://example.test/", (Language("fr", "Français", "mkdocs.yml"),),
                    "fr", "index.md", "1")


def page(date: str, **keys: str) -> document.Policy:
    text = synthetic_policy(date).replace(f"date: {date}\n", f"date: {date}\n" + "".join(
        f"{key}: {value}\n" for key, value in keys.items()))
    return document.parse(text, path="docs/fr/index.md", lang="fr")


def rules(policy: document.Policy, notice: document.Policy | None = None) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in checks.date_findings(policy, today=TODAY, notice_days=30, notice=notice)]


def test_each_period_ends_the_day_before_the_next_version_takes_effect():
    found = periods.periods(["2022-03-01", "2021-02-17", "2027-03-01"])
    assert [(p.version, p.start.isoformat(), p.until and p.until.isoformat()) for p in found] == [
        ("2021-02-17", "2021-02-17", "2022-02-28"), ("2022-03-01", "2022-03-01", "2027-02-28"),
        ("2027-03-01", "2027-03-01", None)]


@pytest.mark.parametrize("day, version", [("2021-02-16", None), ("2021-02-17", "2021-02-17"),
                                          ("2022-02-28", "2021-02-17"), ("2022-03-01", "2022-03-01"),
                                          ("2027-02-28", "2022-03-01"), ("2027-03-01", "2027-03-01")])
def test_the_version_in_force_either_side_of_each_boundary(day, version):
    assert periods.in_force_on(["2021-02-17", "2022-03-01", "2027-03-01"], dt.date.fromisoformat(day)) == version


def test_latest_is_the_version_in_force_not_the_newest():
    dates = ["2022-03-01", "2027-03-01"]
    assert periods.current(dates, today=dt.date(2027, 2, 28)) == "2022-03-01"
    assert periods.upcoming(dates, today=dt.date(2027, 2, 28)) == ["2027-03-01"]
    assert periods.current(dates, today=dt.date(2027, 3, 1)) == "2027-03-01"
    assert periods.upcoming(dates, today=dt.date(2027, 3, 1)) == []
    assert periods.current(["2027-03-01"], today=TODAY) == "2027-03-01"  # nothing in force yet: the only one


def test_a_material_version_40_days_after_its_announcement_passes():
    assert rules(page("2027-03-01", announced="2027-01-20")) == []


def test_a_material_version_5_days_after_its_announcement_is_refused_naming_both_dates():
    assert rules(page("2027-01-25", announced="2027-01-20")) == [(
        "frontmatter.notice", "date 2027-01-25 is 5 days after announced 2027-01-20: a material change needs "
        "30 days' notice; date it February 19, 2027 or later (or `change: editorial` if it changes no one's rights)")]


def test_a_version_announced_more_than_a_year_beyond_its_notice_is_refused():
    """Safety hunt 22: a year mistyped, 2072-03-01 for 2027-03-01, was published as upcoming: no version dated before
    it could follow (publish refused the corrected 2027-03-01) and an announced version is never withdrawn, so the
    archive was frozen for 45 years, every page announcing it. A year beyond the notice is the furthest; the last day
    of it passes, material or editorial."""
    assert rules(page("2027-03-01", announced="2027-01-20")) == []
    assert rules(page("2028-02-20", announced="2027-01-20")) == []  # 30 + 366 days
    assert rules(page("2028-02-20", announced="2027-01-20", change="editorial")) == []
    for change in ("material", "editorial"):
        assert rules(page("2072-03-01", announced="2027-01-20", change=change)) == [(
            "frontmatter.announced-far", "date 2072-03-01 is 16,477 days after announced 2027-01-20: once published, no "
            "version dated before it could follow, and every page would announce it until then; a version is "
            "announced at most a year beyond its notice (February 20, 2028): is the year mistyped?")]
    assert [rule for rule, _ in rules(page("2028-02-21", announced="2027-01-20"))] == ["frontmatter.announced-far"]
    # an `announced:` left from long ago counts from today (frontmatter.notice says the rest at publication)
    assert rules(page("2027-03-01", announced="2024-06-01")) == []
    assert [message for _, message in rules(page("2072-03-01", announced="2024-06-01"))] == [
        "date 2072-03-01 is 16,477 days after today, January 20, 2027: once published, no version dated before it could "
        "follow, and every page would announce it until then; a version is announced at most a year beyond its "
        "notice (February 20, 2028): is the year mistyped?"]


def test_an_editorial_version_needs_no_notice_but_an_announcement():
    assert rules(page("2027-01-25", announced="2027-01-20", change="editorial")) == []
    assert [rule for rule, _ in rules(page("2027-01-25", change="editorial"))] == ["frontmatter.date-future"]


def test_a_future_date_without_announced_is_refused_as_before():
    assert rules(page("2027-03-01")) == [(
        "frontmatter.date-future", "date 2027-03-01 is in the future (today is January 20, 2027 in UTC, the day every "
        "machine and the site go by): to publish it ahead, "
        "add announced: 2027-01-20 (a material change needs 30 days' notice), else date it the day it is published")]


def test_a_date_today_or_past_needs_no_notice_at_all():
    assert rules(page("2027-01-20")) == [] and rules(page("2021-02-17")) == []


@pytest.mark.parametrize("keys, rule", [
    ({"change": "major", "announced": "2027-01-01"}, "frontmatter.change"),
    ({"announced": "2027-02-30"}, "frontmatter.announced-invalid"),
    ({"announced": "2027-01-21"}, "frontmatter.announced-future"),
])
def test_change_and_announced_are_checked_as_written(keys, rule):
    assert rule in [r for r, _ in rules(page("2027-03-01", **keys))]


def test_an_announcement_after_the_date_is_refused():
    assert [r for r, _ in rules(page("2026-12-01", announced="2027-01-01"))] == ["frontmatter.announced-after"]


def test_a_translation_is_judged_by_the_authoritative_pages_notice_and_may_not_contradict_it():
    source = page("2027-03-01", announced="2027-01-20")
    assert rules(page("2027-03-01"), notice=source) == []
    contradicting = page("2027-03-01", change="editorial")
    assert [f.rule for f in checks.notice_sync(source, contradicting)] == ["sync.notice"]
    assert checks.notice_sync(source, page("2027-03-01", announced="2027-01-20")) == []


@pytest.mark.parametrize("date, lang, text", [("2022-03-01", "fr", "1er mars 2022"), ("2022-03-11", "fr", "11 mars 2022"),
                                              ("2022-03-01", "en", "March 1, 2022")])
def test_french_writes_the_first_of_the_month_as_an_ordinal(date, lang, text):
    assert long_date(dt.date.fromisoformat(date), lang) == text


def test_the_copyright_years_follow_the_version_shown(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    line = "Copyright © Example. 2016-{year}. All rights reserved."
    release = Release(version="2023-05-10", versions=("2023-05-10",))
    year = pages.copyright_year(SETTINGS, release=release, entries=None, config_file=None)
    assert pages.with_year(line, year=year) == "Copyright © Example. 2016-2023. All rights reserved."
    assert pages.copyright_year(SETTINGS, release=None, entries=None, config_file=None) == 2027
    assert pages.with_year("Copyright © Example", year=2023) == "Copyright © Example"


@pytest.mark.parametrize("zone, instant, year", [
    ("Pacific/Auckland", "2026-12-31T11:30:00+00:00", 2027),  # 00:30 on 1 January in Auckland
    ("America/New_York", "2027-01-01T03:00:00+00:00", 2026),  # 22:00 on 31 December in New York
    ("", "2026-12-31T23:59:00+00:00", 2026),
])
def test_a_previews_copyright_year_is_the_companys_year_where_the_site_names_its_time_zone(monkeypatch, zone,
                                                                                          instant, year):
    """A page previewed without a date: its `{year}` is the year of the company's day, as the gate counts it."""
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat(instant))
    settings = dataclasses.replace(SETTINGS, time_zone=zone)
    assert pages.copyright_year(settings, release=None, entries=None, config_file=None) == year


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_a_date_out_of_the_years_a_version_may_have_is_a_finding_at_its_line(date):
    policy = document.parse(f"---\ndate: {date}\nannounced: 2021-01-01\n---\n# T\n", path="p.md", lang="en")
    found = checks.date_findings(policy, today=dt.date(2026, 12, 1))
    assert [(f.line, f.rule) for f in found] == [(2, "frontmatter.date-invalid")]
    assert "is not between 1900 and 2099" in found[0].message


def test_a_day_in_the_future_is_said_to_be_so_in_utc():
    """Legal hunt 36: a team in Paris merging at 00:30 on 20 January (23:30 UTC on the 19th) with `date:` or
    `announced:` 2027-01-20 was told "today is 2027-01-19", with no word of UTC."""
    said = dict(rules(page("2027-03-01", announced="2027-01-21")))
    assert "(today is January 20, 2027 in UTC, the day every machine and the site go by)" in said[
        "frontmatter.announced-future"]


def test_an_announced_day_written_wrong_is_said_once_not_to_be_added():
    """Legal hunt 36: `announced: 20/01/2024` was announced-invalid, and date-future beside it said "to publish it
    ahead, add announced: 2027-01-20" (on the translation's page too), as if there were none."""
    assert [rule for rule, _ in rules(page("2027-03-01", announced="20/01/2027"))] == ["frontmatter.announced-invalid"]
    assert rules(page("2027-03-01"), notice=page("2027-03-01", announced="20/01/2027")) == []  # the translation
