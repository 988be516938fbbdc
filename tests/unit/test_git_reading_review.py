"""A second look at one reading (git.one_reading, suite13): its answers are the ones git gives outside it, for a
folder named relatively and for names a `cat-file` batch line cannot carry as they are (review1)."""
from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from pathlib import Path

import pytest

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


@pytest.fixture
def odd_names(git_repo: Path) -> tuple[git.gitpython.Repo, str, dict[str, str]]:
    """A commit holding files whose names have a newline and a carriage return at the end, and `f` and `x`."""
    files = {"f": b"plain\n", "x": b"ex\n", "f\nx": b"with a newline\n", "f\r": b"with a carriage return\n"}
    for name, data in files.items():
        (git_repo / name).write_bytes(data)
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "commit", "-q", "-m", "odd names")
    ids = {name: run_git(git_repo, "rev-parse", f"HEAD:{name}").strip() for name in files}
    return git.open_repo(git_repo), run_git(git_repo, "rev-parse", "HEAD").strip(), ids


@pytest.mark.parametrize("reading", [False, True])
def test_a_name_with_a_newline_or_a_carriage_return_is_answered_as_itself(odd_names, reading):
    """A name with a newline went to `cat-file` as two lines: its answer was its first line's and every answer after
    it was shifted by one (the object of `f`, then of `x`, for `f\\nx` and `f`); a name ending in a carriage return
    was read without it (`f\\r` answered as `f`). Within a reading, `rev_parse("HEAD\\nrefs/heads/none")` named HEAD
    where rev-parse names nothing."""
    repo, head, ids = odd_names
    with git.one_reading() if reading else contextlib.nullcontext():
        assert git.object_ids(repo, [f"{head}:f\nx", f"{head}:f", f"{head}:f\r", f"{head}:f\nnone", f"{head}:x"]) \
            == [ids["f\nx"], ids["f"], ids["f\r"], None, ids["x"]]
        assert git.texts_at(repo.working_tree_dir, [f"{head}:f\nx", f"{head}:x", f"{head}:f\r", f"{head}:f"]) \
            == [b"with a newline\n", b"ex\n", b"with a carriage return\n", b"plain\n"]
        assert git.tree_sha(repo, head, "f\nx") == ids["f\nx"]
        assert git.rev_parse(repo, "HEAD\nrefs/heads/none") is None
        assert git.rev_parse(repo, "HEAD") == head



@pytest.mark.parametrize("reading", [False, True])
def test_a_cat_file_that_stops_within_an_answer_gives_no_content(tmp_path, monkeypatch, reading):
    """A `cat-file --batch` killed midway through an object (here a git that announces 100 bytes, writes 10 and
    exits): the 10 bytes were yielded as the object's whole content, to be written, checked or compared as such."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "git").write_text("#!/bin/sh\nread name\nprintf '%s blob 100\\n0123456789' " + "a" * 40 + "\n",
                              encoding="utf-8")
    (fake / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    with git.one_reading() if reading else contextlib.nullcontext():
        assert git.texts_at(tmp_path, ["b" * 40, "c" * 40]) == [None, None]
        if reading:
            assert not git._current().readers  # (not kept: the next reading starts another)


def test_a_cat_file_that_stops_before_answering_is_no_answer_kept(tmp_path, monkeypatch):
    """Within a reading, a `--batch-check` killed before it answered made rev_parse say the ref names nothing, and
    that was kept for the rest of the command (a published branch read as absent); rev-parse answers instead."""
    head = _repository(tmp_path / "a", b"text\n")
    repo = git.open_repo(tmp_path / "a")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "git").write_text('#!/bin/sh\nfor arg in "$@"; do [ "$arg" = cat-file ] && exit 0; done\n'
                              f'exec {shutil.which("git")} "$@"\n', encoding="utf-8")
    (fake / "git").chmod(0o755)
    with git.one_reading():
        monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
        assert git.rev_parse(repo, "refs/heads/main") == head
        assert git.tree_sha(repo, "HEAD", "") is not None
        monkeypatch.undo()
        assert git.rev_parse(repo, "refs/heads/main") == head


def test_an_abbreviated_id_is_ambiguous_once_another_object_of_its_prefix_is_written(git_repo):
    """The reading's `cat-file` lists a loose-object folder once: an abbreviation it had found unique stayed so after
    an object of the same prefix was written (through this module), where rev-parse finds it ambiguous (None)."""
    (git_repo / "x").write_bytes(b"first\n")
    first = run_git(git_repo, "hash-object", "-w", "x").strip()
    same = next(data for data in (b"%d\n" % n for n in itertools.count()) if git.blob_sha(data)[:5] == first[:5])
    (git_repo / "y").write_bytes(same)
    repo = git.open_repo(git_repo)
    with git.one_reading():
        assert git.rev_parse(repo, first[:5]) == first
        assert git.rev_parse(repo, first[:5].upper()) == first
        git.run(repo, "hash-object", "-w", "y")
        assert git.rev_parse(repo, first[:5]) is None
        assert git.rev_parse(repo, f"{first[:5]}^{{blob}}") is None
