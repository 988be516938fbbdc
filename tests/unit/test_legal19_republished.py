"""legal19: the way out said for a text changed under a published date names a day publishing accepts: after the
newest version published, an announced one too (a version published ahead, corrected while a later one is published
ahead as well, was told the day after it, which publishing refuses as out of order); a language the version lacks
joins with a new version of every language."""
from __future__ import annotations

import datetime as dt

from policysite.messages import Said, said_in
from policysite.published_texts import republished

TODAY = dt.date(2026, 12, 6)
CHANGES = Said("publish.changes", parts=[Said("publish.changes/sections", lang="fr", sections=["§3"])])


def test_a_version_published_ahead_alone_is_replaced_from_the_day_after_it():
    said = republished("2027-01-05", CHANGES, today=TODAY, newest="2027-01-05")
    assert said.key == "publish.republished/ahead" and said.fields["soonest"] == "2027-01-06"


def test_a_version_published_ahead_before_a_later_one_is_corrected_after_the_later_one():
    said = republished("2027-01-05", CHANGES, today=TODAY, newest="2027-03-01")
    assert said.key == "publish.republished/after-newest", said
    assert said.fields["soonest"] == "2027-03-02" and said.fields["newest"] == "2027-03-01"
    assert "(March 2, 2027 at the soonest, after March 1, 2027, the newest published)" in said
    assert "le 2 mars 2027 au plus tôt, après le 1er mars 2027" in said_in(said, "fr")


def test_a_version_in_force_is_corrected_from_today_or_after_the_newest():
    assert republished("2026-01-05", CHANGES, today=TODAY, newest="2026-01-05").fields["soonest"] == "2026-12-06"
    assert republished("2026-01-05", CHANGES, today=TODAY, newest="2027-03-01").fields["soonest"] == "2027-03-02"


def test_a_language_the_version_lacks_joins_with_a_new_version_of_every_language():
    lacking = Said("publish.changes", parts=[Said("publish.changes/not-published", lang="de")])
    said = republished("2026-01-05", lacking, today=TODAY, newest="2026-01-05", added=1)
    assert said.key == "publish.republished/language-added" and said.fields["soonest"] == "2026-12-06"
    assert "give the pages of every language one new date (December 6, 2026 at the soonest)" in said
    assert "change: editorial" not in said
