"""The served check's source commits (sitedescriptions.listed_commits) read no manifest the command read already.

A publication onto 1,000 versions read every manifest of the branch twice: once for the branch's state
(`branch.manifests_at`), again for the site's descriptions in the served check (0.21 s of CPU, perf16). A blob's id
names its bytes, so the second reading now asks git only for the manifests no reading of this process parsed: the
one being published, one put on the branch by hand, a malformed one. The answer is the same as a cold reading's.
"""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any, cast

import git as gitpython

from policysite import branch, git as policygit, manifest as mf, sitedescriptions
from tests.helpers import forget_readings, git, stored


def _manifest(date: str, *commits: str) -> bytes:
    languages = {lang: {"source": {"path": f"docs/{lang}/index.md", "commit": commit, "sha256": "b" * 64},
                        "files": {"index.html": "c" * 64}} for lang, commit in zip(("fr", "en"), commits)}
    return json.dumps({"version": date, "languages": languages}).encode("utf-8")


def _published(tmp_path) -> gitpython.Repo:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "manifest").mkdir()
    (tmp_path / "manifest" / "2022-03-01.json").write_bytes(_manifest("2022-03-01", "1" * 40, "2" * 40))
    (tmp_path / "manifest" / "2022-04-01.json").write_bytes(_manifest("2022-04-01", "3" * 40, ""))
    git(tmp_path, "add", "manifest")
    git(tmp_path, "commit", "-q", "-m", "publish")
    return gitpython.Repo(tmp_path)


def _blobs_read(monkeypatch) -> list[list[str]]:
    asked: list[list[str]] = []
    real = policygit.cat_blobs

    def counted(repo, shas):
        asked.append(sorted(shas))
        return real(repo, shas)

    monkeypatch.setattr(policygit, "cat_blobs", counted)
    return asked


def test_the_manifests_the_branch_reading_parsed_are_not_read_again(tmp_path, monkeypatch):
    repo = _published(tmp_path)
    project = cast(Any, SimpleNamespace(repo=repo))
    listing = policygit.list_files(repo, "gh-pages")
    asked = _blobs_read(monkeypatch)
    cold = sitedescriptions.listed_commits(project, listing)
    assert cold == {"1" * 40, "2" * 40, "3" * 40}  # (an empty commit left out)
    assert asked == [sorted(blob for _mode, blob in listing.values())]

    forget_readings()  # (a new process: the publication reads the branch's state first)
    asked.clear()
    assert set(branch.manifests_at(repo, "gh-pages")) == {"2022-03-01", "2022-04-01"}
    assert sitedescriptions.listed_commits(project, listing) == cold
    assert asked == []


def test_a_manifest_no_reading_parsed_is_read_and_a_malformed_one_skipped(tmp_path, monkeypatch):
    repo = _published(tmp_path)
    project = cast(Any, SimpleNamespace(repo=repo))
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    listing = dict(policygit.list_files(repo, "gh-pages"))
    new = stored(tmp_path, _manifest("2022-05-01", "4" * 40, "5" * 40))
    malformed = stored(tmp_path, b'{"version": "2022-06-01", "languages": []}')
    listing["manifest/2022-05-01.json"] = ("100644", new)
    listing["manifest/2022-06-01.json"] = ("100644", malformed)
    listing["en/2022-05-01/index.html"] = ("100644", stored(tmp_path, b"<p>page</p>"))
    asked = _blobs_read(monkeypatch)
    assert sitedescriptions.listed_commits(project, listing) == {"1" * 40, "2" * 40, "3" * 40, "4" * 40, "5" * 40}
    assert asked == [sorted([new, malformed])]
    asked.clear()
    assert sitedescriptions.listed_commits(project, listing) == {"1" * 40, "2" * 40, "3" * 40, "4" * 40, "5" * 40}
    assert asked == []  # (the malformed one too: it names no commit, whichever reading asks)
    assert mf.kept_commits(malformed) == frozenset()
