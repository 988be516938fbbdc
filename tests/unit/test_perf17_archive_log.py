"""archive_put_back asks git for the newest commit touching the archive's pages first (perf17).

It read `git log -n 100 -- <the archive's pages>` at every publication: where fewer than 100 commits touch them (an
archive whose versions were written without its pages, a short one) git walked every commit of the branch to look
for more (0.9 s of git's CPU at 1,000 versions), though the loop stops at the first publishing commit. The newest is
asked alone first; only when it is a hand commit are the 100 newest read, as before: the same pages are said.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import git as gitpython

from policysite import git as policygit, writing
from tests.helpers import git


def _commit(tmp_path, subject: str, files: dict[str, str]) -> str:
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", subject)
    return git(tmp_path, "rev-parse", "HEAD").strip()


def _archive(tmp_path) -> tuple[Any, list[list[str]]]:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    _commit(tmp_path, "Publish 2022-03-01 (fr) from 1234567", {"fr/history/index.html": "<p>1</p>",
                                                               "fr/2022-03-01/index.html": "<p>v1</p>"})
    for n in range(5):  # commits that touch no archive page
        _commit(tmp_path, f"Publish 2022-0{n + 4}-01 (fr) from 1234567", {f"fr/2022-0{n + 4}-01/index.html": "v"})
    project = SimpleNamespace(repo=gitpython.Repo(tmp_path), settings=SimpleNamespace(
        languages=[SimpleNamespace(code="fr")], base=lambda code: code, others=frozenset()))
    return project, []


def _logs(monkeypatch) -> list[list[str]]:
    asked: list[list[str]] = []
    real = policygit.run

    def recorded(repo, *args, **kwargs):
        if args[0] == "log":
            asked.append(list(args[:3]))
        return real(repo, *args, **kwargs)

    monkeypatch.setattr(policygit, "run", recorded)
    return asked


def test_the_newest_publishing_commit_is_read_alone(tmp_path, monkeypatch):
    project, _ = _archive(tmp_path)
    state = cast(Any, SimpleNamespace(base=git(tmp_path, "rev-parse", "HEAD").strip(), manifests={"2022-03-01": 1}))
    asked = _logs(monkeypatch)
    assert writing.archive_put_back(cast(Any, project), state, branch="gh-pages") == []
    assert asked == [["log", "-n", "1"]]


def test_a_hand_edit_after_it_is_said_as_before(tmp_path, monkeypatch):
    project, _ = _archive(tmp_path)
    hand = _commit(tmp_path, "Fix a typo", {"fr/history/index.html": "<p>1 edited</p>"})
    _commit(tmp_path, "Another hand commit", {"fr/feed.xml": "<feed/>"})
    state = cast(Any, SimpleNamespace(base=git(tmp_path, "rev-parse", "HEAD").strip(), manifests={"2022-03-01": 1}))
    asked = _logs(monkeypatch)
    said = writing.archive_put_back(cast(Any, project), state, branch="gh-pages")
    assert [(line.fields["path"], line.fields["commit"]) for line in said] == [
        ("fr/feed.xml", git(tmp_path, "rev-parse", "HEAD").strip()[:7]), ("fr/history/index.html", hand[:7])]
    assert asked[:2] == [["log", "-n", "1"], ["log", "-n", "100"]]
