"""The commit a published version is built again from (history.rebuild_commit): its manifest's, else one holding every
language's published text after main was rewritten."""
from __future__ import annotations

import hashlib
from pathlib import Path

import git as gitpython

from helpers import git
from policysite import history

GONE = "0123456789abcdef0123456789abcdef01234567"  # a commit main no longer has (rewritten since)


def _commit(root: Path, pages: dict[str, str], message: str) -> str:
    for path, text in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sources(commit: str, fr: str, en: str) -> list[tuple[str, str, str]]:
    return [("docs/fr/index.md", commit, _digest(fr)), ("docs/en/index.md", commit, _digest(en))]


def test_the_manifest_s_commit_where_git_has_it(tmp_path: Path):
    git(tmp_path, "init", "-q", "-b", "main")
    first = _commit(tmp_path, {"docs/fr/index.md": "un\n", "docs/en/index.md": "one\n"}, "first")
    _commit(tmp_path, {"docs/fr/index.md": "deux\n", "docs/en/index.md": "two\n"}, "second")
    assert history.rebuild_commit(gitpython.Repo(tmp_path), _sources(first, "un\n", "one\n")) == first


def test_a_commit_gone_is_rebuilt_from_the_one_holding_every_language_s_published_text(tmp_path: Path):
    """Main rewritten since the publication (the manifest names GONE): the newest commit holding each language's text,
    a translation corrected after its text included (that commit, not the one that wrote the French text, whose English
    was another)."""
    git(tmp_path, "init", "-q", "-b", "main")
    _commit(tmp_path, {"docs/fr/index.md": "un\n", "docs/en/index.md": "one\n"}, "first")
    _commit(tmp_path, {"docs/fr/index.md": "deux\n", "docs/en/index.md": "twp\n"}, "second")
    corrected = _commit(tmp_path, {"docs/en/index.md": "two\n"}, "English corrected")
    _commit(tmp_path, {"README.md": "later\n"}, "unrelated")
    repo = gitpython.Repo(tmp_path)
    assert history.rebuild_commit(repo, _sources(GONE, "deux\n", "two\n")) == corrected


def test_no_commit_where_a_published_text_is_nowhere_in_the_history(tmp_path: Path):
    """The text edited under its date by the rewrite (or never committed): nothing to rebuild it from."""
    git(tmp_path, "init", "-q", "-b", "main")
    _commit(tmp_path, {"docs/fr/index.md": "deux\n", "docs/en/index.md": "two\n"}, "rewritten")
    repo = gitpython.Repo(tmp_path)
    assert history.rebuild_commit(repo, _sources(GONE, "deux\n", "two, as published\n")) is None
    assert history.rebuild_commit(repo, _sources(GONE, "deux, publié\n", "two\n")) is None


def test_no_other_commit_in_a_shallow_clone(tmp_path: Path):
    """A shallow clone lacks the commit because its history is cut, not rewritten: verify says to fetch the whole
    history (histories4), even where a later commit holds the same text."""
    origin = tmp_path / "origin"
    git(tmp_path, "init", "-q", "-b", "main", str(origin))
    published = _commit(origin, {"docs/fr/index.md": "un\n", "docs/en/index.md": "one\n"}, "published")
    _commit(origin, {"NOTES.txt": "notes\n"}, "notes")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "shallow")
    repo = gitpython.Repo(tmp_path / "shallow")
    assert history.rebuild_commit(repo, _sources(published, "un\n", "one\n")) is None
    full = gitpython.Repo(origin)
    assert history.rebuild_commit(full, _sources(GONE, "un\n", "one\n")) == published  # (a full clone: found)
