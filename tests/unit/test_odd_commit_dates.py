"""A commit of the published branch git stores with a time it does not print (before 1970: a negative time a tool
wrote, a branch fetched from anyone's push): `policy at`, verify and history read the days versions reached the site
from the branch's history (at.published_days) and failed with a Python error (session 40, histories9)."""
from __future__ import annotations

import datetime as dt

from helpers import git, raw_commit
from policysite import at, git as policy_git


def test_a_branch_commit_of_a_time_git_does_not_print_gives_its_version_no_day(tmp_path):
    root = tmp_path / "branch"
    root.mkdir()
    git(root, "init", "-q", "-b", "gh-pages")
    (root / "manifest").mkdir()
    (root / "manifest" / "2021-01-01.json").write_text("{}\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Publish 2021-01-01", date="2021-01-02T10:00:00+00:00")
    (root / "manifest" / "2022-01-01.json").write_text("{}\n", encoding="utf-8")
    git(root, "add", "-A")
    raw_commit(root, "Publish 2022-01-01", -14182940)
    assert git(root, "log", "-1", "--format=%ct").strip() == ""  # git prints no time for it
    days = at.published_days(policy_git.open_repo(root), "HEAD", "manifest")
    assert days == {"2021-01-01": dt.date(2021, 1, 2)}
