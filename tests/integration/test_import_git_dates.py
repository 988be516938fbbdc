"""`policy import --git` of an old site's history holding a commit git stores with a time it cannot print: before 1970
(a negative time, which `git commit` refuses to write and other tools write), in a time zone 12 hours west (session
40, histories9). Synthetic texts in temporary repositories."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git, raw_commit
from policysite import cli, git as policy_git, git_sources

pytestmark = pytest.mark.usefixtures("fixed_git")


def page(words: str) -> str:
    return f"# Example Ltd privacy notice\n\n## 1. Who we are\n\nExample Ltd sells garden tools. {words}\n"


def with_old_commit(path: Path) -> tuple[Path, str]:
    """A repository whose privacy.md was committed on 2021-01-07, then changed by a commit dated 1969-07-20 at 08:17
    in UTC-12 (written raw, as a tool writes it): (the repository, that commit)."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    (path / "privacy.md").write_text(page("One."), encoding="utf-8")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "one", date="2021-01-07T10:00:00+00:00")
    (path / "privacy.md").write_text(page("Two."), encoding="utf-8")
    git(path, "add", "-A")
    commit = raw_commit(path, "two, by a tool", -14182940)
    assert git(path, "log", "-1", "--format=%ct").strip() == ""  # git prints no time for it
    return path, commit


def test_a_commit_before_1970_is_read_with_its_own_day(tmp_path):
    old, commit = with_old_commit(tmp_path / "old")
    texts = git_sources.committed_texts(policy_git.open_repo(old), "privacy.md")
    assert [(text.commit, text.committed) for text in texts][-1] == (commit, dt.date(1969, 7, 20))
    assert texts[-1].stamp == texts[-1].authored == -14182940


def test_import_says_such_a_commit_s_clock_was_wrong_not_a_python_error(tmp_path, capsys):
    """It failed with "error: not enough values to unpack (expected 4, got 2)", exit 2."""
    old, commit = with_old_commit(tmp_path / "old")
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: privacy.md at {commit[:7]} (committed July 20, 1969): its commit's day is before the "
                          "day of the commit before it"), err
    assert "Nothing imported." in err and "unpack" not in err
