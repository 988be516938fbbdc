"""Reading the day a git tag names (session 42, histories12): a history kept by tags, not front matter."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import history, messages

DAY = dt.date(2021, 2, 17)


@pytest.mark.parametrize("name", ["v2021-02-17", "2021-02-17", "privacy-2021.02.17", "policy/2021_02_17",
                                  "release-20210217", "V2021-02-17-fr"])
def test_a_tag_naming_a_day_year_first_gives_it(name):
    assert history.tag_day(name)[:2] == (DAY, "")


@pytest.mark.parametrize("name", ["v1.2.0", "v1.2.10", "v10.11.12", "release", "v2", "build-123456", "2021-02", "v2021.2"])
def test_a_tag_naming_no_day_gives_none_and_no_problem(name):
    assert history.tag_day(name) == (None, "", ())


@pytest.mark.parametrize(("name", "written"), [
    ("v2021-02-30", ("2021-02-30",)),  # no such day
    ("2021-13-01", ("2021-13-01",)),  # no such month
    ("17-02-2021", ("17-02-2021",)),  # day first: never guessed (02/03/2021 is either)
    ("v03.02.2021", ("03.02.2021",)),
    ("2021-02-17-to-2021-03-01", ("2021-02-17", "2021-03-01")),  # two days
])
def test_a_tag_looking_like_a_day_that_is_none_is_a_problem_naming_what_it_wrote(name, written):
    assert history.tag_day(name) == (None, "not-a-day", written)


def test_eight_digits_that_are_no_day_are_a_number_not_a_problem():
    assert history.tag_day("build-20219999") == (None, "", ())


def test_an_annotated_tag_s_message_stating_one_day_gives_it():
    assert history.tag_day("v3", "Privacy policy in force from 2021-02-17.\n")[:2] == (DAY, "")
    # two days: no one day, refused as two days in a name are (leads42: it was silently read as no day)
    assert history.tag_day("v3", "Published 2021-02-01, in force 2021-02-17")[:2] == (None, "not-a-day")
    signed = "In force 2021-02-17\n-----BEGIN PGP SIGNATURE-----\n2020-01-01\n-----END PGP SIGNATURE-----\n"
    assert history.tag_day("v3", signed)[:2] == (DAY, "")


def test_a_name_and_a_message_naming_two_days_disagree():
    assert history.tag_day("v2021-02-17", "In force from 2021-03-01") == (None, "disagree",
                                                                           ("2021-02-17", "2021-03-01"))
    assert history.tag_day("v2021-02-17", "In force from 2021-02-17")[:2] == (DAY, "")


def _tag(name: str, day: dt.date | None, problem: str = "") -> history.TagDay:
    return history.TagDay(name, "a" * 40, day, problem, (day.isoformat(),) if day else ("2021-02-30",))


def test_a_commit_s_tags_give_one_day_or_the_tags_at_fault():
    one, same = _tag("v2021-02-17", DAY), _tag("privacy-2021.02.17", DAY)
    assert history.tagged_day([one, same]) == (DAY, same, [])  # the first by name
    other = _tag("2021-03-01", dt.date(2021, 3, 1))
    assert history.tagged_day([other, one]) == (None, None, [one, other])
    wrong = _tag("v2021-02-30", None, "not-a-day")
    assert history.tagged_day([one, wrong]) == (None, None, [wrong])


def test_the_tags_at_fault_are_named_in_both_languages():
    wrong = _tag("v2021-02-30", None, "not-a-day")
    said = history.tag_fault([wrong], commit="b" * 40, path="docs/fr/index.md")
    assert str(said).startswith("tag v2021-02-30 (2021-02-30) at bbbbbbb names no one day for docs/fr/index.md")
    assert messages.said_in(said, "fr").startswith(
        "l'étiquette v2021-02-30 (2021-02-30) au commit bbbbbbb ne nomme aucun jour unique pour le texte de "
        "docs/fr/index.md (un jour qui n'existe pas, ou un jour et un mois interchangeables)\u00a0: nommez-la")
    two = history.tag_fault([_tag("v2021-02-17", DAY), _tag("2021-03-01", dt.date(2021, 3, 1))], commit="b" * 40,
                            path="privacy.md")
    assert str(two).startswith("the tags v2021-02-17 (2021-02-17), 2021-03-01 (2021-03-01) at bbbbbbb name different")


def test_an_imported_text_dated_by_its_tag_is_said_so_in_both_languages():
    said = messages.Said("import.git-dated/tag", day="2021-02-17", tag="v2021-02-17", commit="abc1234")
    assert str(said) == "dated February 17, 2021, the day tag v2021-02-17 at abc1234 names (its text says no one day it " \
        "took effect)"
    assert messages.said_in(said, "fr") == "daté du 17 février 2021, le jour que nomme l'étiquette v2021-02-17 au commit " \
        "abc1234 (son texte n'indique aucun jour d'entrée en vigueur)"
    other = messages.Said("import.git-dated/tag-other", tag="v2021-01-10", day="2021-01-10")
    assert messages.said_in(other, "fr") == "\u202f; son étiquette v2021-01-10 nomme le 10 janvier 2021\u00a0: vérifiez " \
        "le jour de son entrée en vigueur"
