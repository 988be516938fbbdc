"""legal24: a revert on main of a published version, as `policy check` says it before the merge.

2021-02-17 and 2022-03-01 published; main puts back the text of 2021-02-17 under its date (a revert of 2022-03-01,
announced ahead or in force). `policy publish` and `policy diff` warned that nothing would change on the site (an
announced version takes effect on its date all the same, the version in force stays so) and how to bring the text
back; `policy check` said nothing, and the pull request's checks were green. It now warns once, at the authoritative
page's date line, with publish's advice, in the legal team's language."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import checked, copy_of, made_once, publish_two
from policysite.findings import WARNING

pytestmark = pytest.mark.usefixtures("commands_in_process")


@pytest.fixture
def two(tmp_path_factory, tmp_path, monkeypatch):
    from policysite import clock

    made = copy_of(made_once(tmp_path_factory, publish_two), tmp_path / "two")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2022, 1, 15))  # 2022-03-01 announced ahead
    return made


def test_a_revert_of_an_announced_version_is_warned_once_with_what_it_does(two):
    two.write("2021-02-17")  # the first version's text put back, under its date
    found = checked(two.root, "published.reverted", today=dt.date(2022, 1, 15))
    assert [(f.path, f.line, f.severity) for f in found] == [("docs/fr/index.md", 2, WARNING)], found
    english, french = found[0].said("en"), found[0].said("fr")
    assert english.startswith("docs/fr/index.md:2: warning: [published.reverted] this text is that of the published "
                              "version 2021-02-17, and 2022-03-01 came after it: 2022-03-01 is published ahead of its "
                              "date and takes effect on March 1, 2022 whatever main holds"), english
    assert "give it a date after March 1, 2022 (March 2, 2022 at the soonest" in english, english
    assert "ce texte est celui de la version publiée 2021-02-17, antérieure à 2022-03-01" in french, french
    assert "entre en vigueur le 1er mars 2022 quel que soit le contenu de main" in french, french
    said = two.run("check", "--messages", "fr")
    assert said.returncode == 0 and said.stdout.count("[published.reverted]") == 1, said.stdout + said.stderr


def test_a_revert_of_the_version_in_force_is_told_the_site_keeps_it(two):
    two.write("2021-02-17")
    found = checked(two.root, "published.reverted", today=dt.date(2024, 6, 1))
    assert len(found) == 1 and found[0].said("en").endswith(
        "the site keeps 2022-03-01 in force; to bring this text back, give it a new date, after March 1, 2022"), found
    assert "le site maintient en vigueur la version 2022-03-01" in found[0].said("fr")


def test_the_newest_published_text_or_a_new_one_is_no_revert(two):
    assert checked(two.root, "published.reverted", today=dt.date(2022, 1, 15)) == []  # 2022-03-01 as published
    two.write("2022-06-01", fr="Texte trois.", en="Text three.")
    assert checked(two.root, "published.reverted", today=dt.date(2022, 1, 15)) == []
