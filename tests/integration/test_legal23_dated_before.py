"""legal23: a text dated before the newest version published, under no published date of its own, as `policy check`
says it before the merge.

2021-02-17 and 2022-03-01 published; the legal team corrects the text and dates it 2021-06-01 (a correction of the
version in force before a later one was announced, or a date mistyped). `policy check` said nothing, the pull request
was merged, and `policy publish` refused it ("the version 2021-06-01 is earlier than the newest published, 2022-03-01
… if commit f26b3b7 is merged already, … write f26b3b7 in unpublished.yml"). The check now says it at the `date:`
line of each page, with the soonest date to give; the newest version's words under an earlier date are told to take
its date back; a text put back as an older version published (a revert) is no finding of it."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, made_once, publish_two
from policysite import checks

pytestmark = pytest.mark.usefixtures("commands_in_process")


@pytest.fixture
def two(tmp_path_factory, tmp_path, monkeypatch):
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
    return copy_of(made_once(tmp_path_factory, publish_two), tmp_path / "two")


def _older(project) -> list:
    return [f for f in checks.check_project(root=project.root, today=dt.date(2024, 6, 1))
            if f.rule == "published.older"]


def test_a_text_dated_before_the_newest_published_is_refused_by_the_check(two):
    two.write("2021-06-01", fr="Texte deux, corrigé.", en="Text two, corrected.")
    found = _older(two)
    assert [(f.path, f.line) for f in found] == [("docs/en/index.md", 2), ("docs/fr/index.md", 2)], found
    assert found[0].said("en") == (
        "docs/en/index.md:2: [published.older] this text is dated June 1, 2021, before March 1, 2022, the newest "
        "version gh-pages has published: a new version comes after the newest one published, and `policy publish` "
        "would refuse it; date it after March 1, 2022 (June 1, 2024 at the soonest) in every language")
    assert "datez-la après le 1er mars 2022 (le 1er juin 2024 au plus tôt) dans toutes les langues" in found[1].said("fr")
    said = two.run("check", "--messages", "en")
    assert said.returncode == 1 and "[published.older]" in said.stdout, said.stdout + said.stderr
    two.commit_all("the correction, merged")
    refused = two.run("publish", "--messages", "en")
    assert refused.returncode != 0 and "is older than the newest published version 2022-03-01" in refused.stderr  # what the check foretold


def test_the_newest_words_under_an_earlier_date_are_told_to_take_its_date_back(two):
    two.write("2021-06-01", fr="Texte deux.", en="Text two.")
    found = _older(two)
    assert [f.said("en").split(": ", 1)[1] for f in found][:1] == [
        "[published.older] this text is dated June 1, 2021, before March 1, 2022, the newest version gh-pages has "
        "published, whose words it has: a published version keeps its date (its readers' addresses, the days it is "
        "in force), and `policy publish` would refuse this one; put back `date: 2022-03-01`, and nothing is left to "
        "publish"], found


def test_a_published_date_or_a_later_one_is_none_of_it(two):
    two.write("2021-02-17")  # the first version's text put back (a revert): published.changed's, and the same text
    assert _older(two) == []
    two.write("2024-06-01", fr="Texte trois.", en="Text three.")
    assert _older(two) == []
