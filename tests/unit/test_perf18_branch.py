"""perf18: the versions a branch's history deleted, asked within a command's reading, start no `rev-parse`."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from helpers import git, git_started
from policysite import branch, git as pgit

MANIFEST = ('{"layout": 5, "version": "%s", "languages": {"fr": {"source": {"path": "docs/fr/index.md", "commit": '
            '"%s", "sha256": "%s"}, "files": {}}}}')


def _site(folder: Path) -> str:
    git(folder, "init", "-q", "-b", "gh-pages")
    (folder / "manifest").mkdir()
    for version in ("2021-02-17", "2022-03-01"):
        (folder / "manifest" / f"{version}.json").write_text(MANIFEST % (version, "a" * 40, "b" * 64), encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "publish")
    git(folder, "rm", "-q", "manifest/2022-03-01.json")
    git(folder, "commit", "-q", "-m", "removed by hand")
    return git(folder, "rev-parse", "HEAD").strip()


def test_removed_versions_within_a_reading_ask_the_readings_cat_file(tmp_path, monkeypatch):
    removed_by = _site(tmp_path)
    repo = pgit.open_repo(tmp_path)
    started = git_started(monkeypatch)
    with pgit.one_reading():
        assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": removed_by}
        assert branch.removed_versions(repo, removed_by) == {"2022-03-01": removed_by}
    assert not [args for args in started if args[:1] == ["rev-parse"]]


def test_removed_versions_of_what_names_no_commit_is_gits_error(tmp_path):
    _site(tmp_path)
    repo = pgit.open_repo(tmp_path)
    for reading in (pgit.one_reading, contextlib.nullcontext):
        with reading():
            with pytest.raises(pgit.GitError, match="rev-parse --verify no-such-branch"):
                branch.removed_versions(repo, "no-such-branch")
