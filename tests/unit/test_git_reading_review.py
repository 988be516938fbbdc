"""A second look at one reading (git.one_reading, suite13): its answers are the ones git gives outside it, for a
folder named relatively (review1)."""
from __future__ import annotations

from pathlib import Path

from helpers import git as run_git
from policysite import git


def _repository(folder: Path, text: bytes) -> str:
    """A repository at `folder` whose one commit holds `f` = `text`; its commit."""
    folder.mkdir()
    run_git(folder, "init", "-q", "-b", "main")
    (folder / "f").write_bytes(text)
    run_git(folder, "add", "f")
    run_git(folder, "commit", "-q", "-m", "f")
    return run_git(folder, "rev-parse", "HEAD").strip()


def test_a_relative_folder_is_read_where_it_names_now(tmp_path, monkeypatch):
    """The reader kept for "." in one repository answered in another once the working folder changed: B's `HEAD:f`
    was A's text, another repository's file read as this one's."""
    first, second = tmp_path / "a", tmp_path / "b"
    _repository(first, b"first\n")
    _repository(second, b"second\n")
    with git.one_reading():
        monkeypatch.chdir(first)
        assert git.texts_at(".", ["HEAD:f"]) == [b"first\n"]
        monkeypatch.chdir(second)
        assert git.texts_at(".", ["HEAD:f"]) == [b"second\n"]
        assert list(git.committed_texts("f", most=5)) == [b"second\n"]

