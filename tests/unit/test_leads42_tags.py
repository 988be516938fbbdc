"""leads42: an annotated tag's message is judged as its name is (an impossible day, two days: refused, not ignored
while the text is dated by its commit), and read whole whatever bytes it holds (a `\\x01` cut for-each-ref's record).
Synthetic tags in a temporary repository, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from policysite import history


@pytest.mark.parametrize(("message", "written"), [
    ("effective 2021-02-30", ("2021-02-30",)),  # no such day
    ("In force from 2021-13-01.", ("2021-13-01",)),  # no such month
    ("2021-03-05 and 2021-03-06", ("2021-03-05", "2021-03-06")),  # two days
    ("in force 2021-03-06 (published 2021-03-05)", ("2021-03-05", "2021-03-06")),
])
def test_a_message_naming_no_one_day_is_refused_as_a_name_would_be(message, written):
    assert history.tag_day("v3", message) == (None, "not-a-day", written)
    assert history.tag_day("v2021-02-30") == (None, "not-a-day", ("2021-02-30",))  # the name's, for comparison


def test_a_message_s_faults_are_refused_beside_a_name_s_day_too():
    assert history.tag_day("v2021-03-05", "effective 2021-02-30") == (None, "not-a-day", ("2021-03-05", "2021-02-30"))
    assert history.tag_day("v2021-03-05", "2021-03-06 and 2021-03-07")[:2] == (None, "disagree")
    # the name's day among the message's: the name says which one is meant
    assert history.tag_day("v2021-03-05", "published 2021-03-01, in force 2021-03-05")[:2] == (dt.date(2021, 3, 5),
                                                                                               "")


def test_a_message_naming_one_day_or_none_reads_as_before():
    assert history.tag_day("v3", "in force 2021-03-05, as 2021-03-05 says") == (dt.date(2021, 3, 5), "",
                                                                              ("2021-03-05",))
    assert history.tag_day("v3", "release of ticket 1234-56-78") == (None, "", ())  # no year: a number
    assert history.tag_day("v3", "") == (None, "", ())


def _tagged(root: Path, tags: dict[str, str]) -> str:
    git(root, "init", "-q", "-b", "main")
    (root / "index.md").write_text("# Policy\n", encoding="utf-8")
    git(root, "add", "index.md")
    git(root, "commit", "-q", "-m", "one")
    for name, message in tags.items():
        (root / "message.txt").write_text(message, encoding="utf-8")
        git(root, "tag", "-a", name, "-F", "message.txt")
    return git(root, "rev-parse", "HEAD").strip()


def test_a_message_holding_the_old_separator_is_read_whole_and_names_no_other_tag(tmp_path):
    commit = _tagged(tmp_path, {
        "v3": "Release notes\x01\n\nIn force from 2021-03-05.\n",  # the day after the byte was cut off
        "v4": "notes\x01forged-20210909\n",  # the name of a tag that does not exist, after the byte
    })
    found = history.tag_days(gitpython.Repo(tmp_path))
    assert {sha: [(tag.tag, tag.day, tag.problem) for tag in tags] for sha, tags in found.items()} == {
        commit: [("v3", dt.date(2021, 3, 5), "")]}
