"""publish_refusals.sources_rewritten: the warning publish and history give when published versions' commits are gone
from a full clone (main rewritten), their texts at other commits or at none (session 40, histories9)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from helpers import git
from policysite import git as policy_git, publish_refusals

TEXT = hashlib.sha256(b"text\n").hexdigest()  # the digest of the one text the history holds
GONE = hashlib.sha1(b"gone").hexdigest()  # a commit this clone never had


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose history holds p.md's one text, "text"."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "p.md").write_text("text\n", encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "text")
    return tmp_path


def said(repo: Path, versions: dict[str, tuple[str, str, str]]) -> list:
    """sources_rewritten of manifests naming, for each version, (its commit, French digest, English digest)."""
    manifests = {version: SimpleNamespace(languages={lang: SimpleNamespace(source=SimpleNamespace(
        commit=commit, path="p.md", sha256=sha256)) for lang, sha256 in (("fr", fr), ("en", en))})
        for version, (commit, fr, en) in versions.items()}
    return publish_refusals.sources_rewritten(SimpleNamespace(repo=policy_git.open_repo(repo)),  # type: ignore
                                              SimpleNamespace(manifests=manifests, local=None,
                                                              base=None))  # type: ignore[arg-type]


def test_the_versions_whose_commits_are_gone_are_named_five_at_most(repo):
    kept = git(repo, "rev-parse", "HEAD").strip()
    versions = {f"2021-01-0{n + 1}": (kept if n == 0 else hashlib.sha1(str(n).encode()).hexdigest(), TEXT, TEXT)
                for n in range(8)}
    assert [(one.key, one.fields["versions"], one.fields["count"]) for one in said(repo, versions)] == [
        ("publish.sources-rewritten", "2021-01-02, 2021-01-03, 2021-01-04, 2021-01-05, 2021-01-06 …", 7)]
    assert said(repo, {"2021-01-01": (kept, TEXT, TEXT)}) == []


def test_a_version_one_of_whose_texts_is_at_no_commit_is_said_lost_not_rebuilt(repo):
    """A rewrite that edited a published translation under its date: --rebuild refuses that version (its text is at
    no commit), and verify asks for its commit: said apart, with what proves it."""
    edited = hashlib.sha256(b"edited\n").hexdigest()
    found = said(repo, {"2021-01-01": (GONE, TEXT, TEXT), "2022-01-01": (GONE, TEXT, edited)})
    assert [(one.key, one.fields["versions"]) for one in found] == [("publish.sources-rewritten", "2021-01-01"),
                                                                   ("publish.sources-lost", "2022-01-01")]
    assert found[1] == (
        "2022-01-01: the commit it was published from is no longer in this repository's history, nor is its text at "
        "any other commit (main rewritten since, the published words edited): `policy verify` cannot prove it until "
        "its commit is fetched from a clone that still has it (`git fetch <that clone> <commit>`; `policy verify` "
        "names each)")
