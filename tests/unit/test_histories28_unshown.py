"""at.unshown_note: what `policy at` says of a day before the archive's first publication (session 55, histories28)."""
from __future__ import annotations

import datetime as dt

from policysite import at, messages

REACHED = {"2021-02-17": dt.date(2023, 5, 10), "2022-03-01": dt.date(2023, 5, 10), "2023-09-01": dt.date(2023, 8, 1)}


def test_a_day_before_the_first_publication_says_the_site_showed_no_version_yet():
    """2021-02-17 and 2022-03-01 first published on 10 May 2023: a day of 2021 is answered 2021-02-17 by its date, and
    the site showed nothing then; said in English and French, its first publication named."""
    note = at.unshown_note(dt.date(2021, 6, 1), "2021-02-17", REACHED)
    assert note is not None and messages.said_in(note, "en") == (
        "2021-02-17 reached the site only on May 10, 2023, after its date: on June 1, 2021 the site showed no version "
        "yet, its first publication being of May 10, 2023 (the archive proves what readers were shown from then on, "
        "not before)")
    assert messages.said_in(note, "fr").startswith(
        "la version 2021-02-17 n’a été publiée sur le site que le 10 mai 2023, après sa date\u00a0: le 1er juin 2021, le "
        "site ne montrait encore aucune version")


def test_an_imported_text_says_the_former_site_s_records_prove_what_it_showed():
    """A text `policy import` recorded as public before the site: this site showed nothing, the former one did."""
    note = at.unshown_note(dt.date(2022, 6, 1), "2022-03-01", REACHED, imported=True)
    assert note is not None and messages.said_in(note, "en") == (
        "2022-03-01, imported from where it was published before, reached this site only on May 10, 2023: on June 1, "
        "2022 this site showed no version yet, its first publication being of May 10, 2023 (the archive proves what "
        "its readers were shown from then on; what the former site showed, its own records prove)")
    assert "ce que montrait l'ancien site, ses propres relevés le prouvent" in messages.said_in(note, "fr")


def test_no_note_once_the_site_showed_a_version_or_the_text_had_reached_it():
    """From the first publication on, late_note says what the site showed (or nothing is to be said): no note here,
    the day of the first publication included; nor for a version this branch never published."""
    assert at.unshown_note(dt.date(2023, 5, 10), "2022-03-01", REACHED) is None
    assert at.unshown_note(dt.date(2023, 8, 15), "2022-03-01", REACHED) is None
    assert at.unshown_note(dt.date(2023, 9, 15), "2023-09-01", REACHED) is None
    assert at.unshown_note(dt.date(2021, 6, 1), "2021-02-17", {}) is None
    assert at.late_note(dt.date(2021, 6, 1), "2021-02-17", REACHED) is None  # (what said nothing before)
