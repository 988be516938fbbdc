"""Dated ids (`2023-06-01.s3`: the id s3 as it was on 1 June 2023) of days that are no version's date (histories17):
a day after the page's version, while it is still in force, names the page's own id; after it, or with no day known to
be in force, nothing. Read on tests/data/dated_links.json's page (Cookies §3, then §4, then §5)."""
from __future__ import annotations

import pytest
from test_reader16_at import PAGE, TABLE

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
