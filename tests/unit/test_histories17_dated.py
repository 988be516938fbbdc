"""Dated ids (`2023-06-01.s3`: the id s3 as it was on 1 June 2023) of days that are no version's date (histories17):
a day after the page's version, while it is still in force, names the page's own id; after it, or with no day known to
be in force, nothing. Read on tests/data/dated_links.json's page (Cookies §3, then §4, then §5)."""
from __future__ import annotations

import pytest
from test_reader16_at import PAGE, TABLE, VERSIONS

from policysite import anchors


@pytest.mark.parametrize("asked, until, section", [
    ("2023-06-01.s3", "2023-06-30", "s3"),   # a day after `here` while it is in force: Security, §3 that day
    ("2023-06-01.s4", "2023-06-30", "s4"),   # Transfers, §4 since 2023-05-10
    ("2023-06-30.s5", "2023-06-30", "s5"),   # its last day
    ("2023-07-01.s3", "2023-06-30", None),   # the day after it: another version's, unknown to this page
    ("2023-06-01.s3", "", None),             # no day known to be in force: as before
    ("2021-02-17.s3", "2023-06-30", "s5"),   # a version's date: as the table says, `until` or not
    ("2022-03-01.s4", "2023-06-30", "s5"),
])
def test_a_dated_id_of_a_day_the_pages_version_is_in_force_names_its_own_id(asked, until, section):
    found = anchors.dated_target(asked, PAGE, here=TABLE["here"], until=until)
    assert (PAGE.ids[found] if found is not None else None) == section


@pytest.mark.parametrize("asked, section", [
    ("2021-06-01.s3", "s5"),   # 2021-02-17 in force: Cookies was §3 (it named today's §3, Security)
    ("2022-02-28.s3", "s5"),   # its last day
    ("2022-06-01.s3", "s3"),   # 2022-03-01 in force: Security had §3 from it
    ("2022-06-01.s4", "s5"),   # Cookies was §4 then (it named today's §4, Transfers)
    ("2023-06-01.s4", "s4"),   # the page's own version in force: its own id
    ("2021-02-17.s3", "s5"),   # a version's date: as the table says
    ("2020-01-01.s1", "s1"),   # before the first version: as the table reads it
])
def test_a_dated_id_of_a_day_between_two_versions_names_the_section_of_the_version_in_force_that_day(asked, section):
    """histories18: with the versions published, a day between two versions reads the id in the version in force that
    day, on the latest page as on any, `until` or not."""
    found = anchors.dated_target(asked, PAGE, here=TABLE["here"], versions=VERSIONS)
    assert (PAGE.ids[found] if found is not None else None) == section


def test_a_dated_id_of_a_day_a_later_version_is_in_force_names_nothing_on_an_older_page():
    """On the page of 2022-03-01, a day from 2023-05-10 on is another version's: nothing, even with a late `until`."""
    page = anchors.Anchors(["s1", "s2", "s3", "s4"])
    page.add_alias(3, "2021-02-17.s3")
    assert anchors.dated_target("2022-06-01.s4", page, here="2022-03-01", versions=VERSIONS) == 3
    assert anchors.dated_target("2021-06-01.s3", page, here="2022-03-01", versions=VERSIONS) == 3
    assert anchors.dated_target("2023-06-01.s4", page, here="2022-03-01", versions=VERSIONS, until="2024-01-01") is None
