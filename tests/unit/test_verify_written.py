"""The day a branch was last written, as verify accepts a branch's calendar files as of it (verify._written_on)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython

from helpers import git
from policysite import verify


def test_the_day_a_branch_was_last_written_is_its_latest_commit_date_not_its_tips(tmp_path: Path):
    """History hunt 18, High: a hand commit dated before the publications under it had verify accept latest/ put back
    on a superseded text "as of the day it was last written"."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    for day, name in (("2026-11-01T12:00:00+00:00", "a"), ("2026-12-02T09:00:00+00:00", "b"),
                      ("2026-10-15T12:00:00+00:00", "c")):
        (tmp_path / name).write_text(name, encoding="utf-8")
        git(tmp_path, "add", name)
        git(tmp_path, "commit", "-q", "-m", name, date=day)
    repo = gitpython.Repo(tmp_path)
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a", "b", "c"]) == dt.date(2026, 12, 2)
    # history hunt 18, finding 5: a commit that writes no calendar file (here c) says nothing of when they were written
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a"]) == dt.date(2026, 11, 1)
    assert verify._written_on(repo, "0" * 40, ["a"]) is None


def test_a_merge_bringing_in_an_older_days_calendar_files_does_not_make_the_branch_that_old(tmp_path: Path):
    """History hunt 19, finding 2: a merge of an orphan commit dated 2026-10-15 holding that day's files, kept by the
    merge, had git follow that side only: the publications of the other side no longer counted."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "a").write_text("published", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "Publish", date="2026-12-02T09:00:00+00:00")
    git(tmp_path, "checkout", "-q", "--orphan", "old")
    (tmp_path / "a").write_text("as of 2026-10-15", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "old", date="2026-10-15T12:00:00+00:00")
    git(tmp_path, "checkout", "-q", "gh-pages")
    git(tmp_path, "merge", "-q", "--allow-unrelated-histories", "-s", "ours", "--no-commit", "old")
    (tmp_path / "a").write_text("as of 2026-10-15", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "merge", date="2026-10-15T12:00:00+00:00")
    repo = gitpython.Repo(tmp_path)
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a"]) == dt.date(2026, 12, 2)
