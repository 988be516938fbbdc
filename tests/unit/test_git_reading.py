"""One reading (git.one_reading): one `cat-file` a repository and one answer a question within a command, never a
stale one (suite13: a publication started 73 git processes, 13 of them `cat-file --batch`)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import git as run_git, git_started as _started
from policysite import git


@pytest.fixture
def blobs(git_repo: Path) -> tuple[Path, list[str], list[bytes]]:
    """A repository holding four blobs (one larger than a pipe holds) and a commit of them."""
    contents = [b"", b"one\n", b"\x00binary\nwith\r\nlines\n" * 5000, b"no newline at the end"]
    for n, content in enumerate(contents):
        (git_repo / f"f {n}").write_bytes(content)
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "commit", "-q", "-m", "blobs")
    shas = [run_git(git_repo, "rev-parse", f"HEAD:f {n}").strip() for n in range(len(contents))]
    return git_repo, shas, contents


def _answers(repo, shas: list[str], head: str) -> tuple:
    """Every kind of reading, each asking more than one thing: their answers, to compare inside and outside."""
    return (list(git.read_objects(repo, [shas[2], shas[0], shas[1], shas[2]])),
            git.texts_at(repo.working_tree_dir, [shas[3], "f" * 40, f"{head}:f 1", f"{head}:no such file"]),
            git.object_ids(repo, [f"{head}:f 0", f"{head}:f 9", f"{head}:f 2", "refs/heads/main"]),
            git.cat_blobs(repo, shas),
            git.rev_parse(repo, "refs/heads/main"), git.rev_parse(repo, f"{head}^"), git.tree_sha(repo, head, "f 1"),
            git.tree_sha(repo, head, "f 9"), git.rev_parse(repo, head[:4]), git.rev_parse(repo, "HEAD~0:./f 0"),
            git.list_files(repo, head))


def test_one_reading_starts_one_cat_file_of_each_kind_and_answers_as_each_its_own(blobs, monkeypatch):
    folder, shas, contents = blobs
    repo = git.open_repo(folder)
    head = run_git(folder, "rev-parse", "HEAD").strip()
    started = _started(monkeypatch)
    alone = _answers(repo, shas, head)
    assert alone[0] == [(sha, contents[shas.index(sha)]) for sha in [shas[2], shas[0], shas[1], shas[2]]]
    assert alone[1] == [contents[3], None, b"one\n", None]
    assert alone[2] == [shas[0], None, shas[2], head]
    assert sum(args[:1] == ["cat-file"] for args in started) == 4  # one a reading, outside one_reading
    started.clear()
    with git.one_reading():
        assert [_answers(repo, shas, head) for _n in range(3)] == [alone] * 3
    cat_files = [args for args in started if args[:1] == ["cat-file"]]
    # one `--batch` for the repository's git folder, one for its working tree (texts_at's), one `--batch-check`
    assert sorted(args[1] for args in cat_files) == ["--batch", "--batch", "--batch-check=%(objectname)"]
    # each question once, of `--batch-check`; a path relative to the working folder of rev-parse, run there, and an
    # abbreviated id each time (review1: the kept cat-file missed an object of its prefix written later)
    assert sorted(args[3] for args in started if args[:1] == ["rev-parse"]) == sorted(
        ["HEAD~0:./f 0^{object}"] + [f"{head[:4]}^{{object}}"] * 3)
    assert sum(args[:1] == ["ls-tree"] for args in started) == 1


def test_the_readings_processes_end_with_it(blobs):
    folder, shas, _contents = blobs
    repo = git.open_repo(folder)
    with git.one_reading():
        with git.one_reading():  # (a command within a command: the outer one ends it)
            list(git.read_objects(repo, shas))
            git.object_ids(repo, shas)
        processes = [reader.proc for reader in git._current().readers.values()]
        assert len(processes) == 2 and all(proc.poll() is None for proc in processes)
    assert git._current() is None
    assert all(proc.poll() is not None for proc in processes)


def test_a_reader_stopped_midway_or_reading_within_another_gets_the_right_answers(blobs):
    folder, shas, contents = blobs
    repo = git.open_repo(folder)
    with git.one_reading():
        reading = git.read_objects(repo, [shas[2]] * 50)  # more than a pipe holds
        assert next(reading) == (shas[2], contents[2])
        reading.close()  # answers left unread: that process is stopped, another started
        assert list(git.read_objects(repo, [shas[1], shas[3]])) == [(shas[1], b"one\n"), (shas[3], contents[3])]
        outer = []
        for sha, content in git.read_objects(repo, shas):  # the kept process is busy: the inner one starts its own
            outer.append((sha, content, list(git.read_objects(repo, [shas[3], sha]))))
        assert outer == [(sha, content, [(shas[3], contents[3]), (sha, content)]) for sha, content in
                         zip(shas, contents)]
        kept = git._current().readers[(str(repo.git_dir), "--batch")].proc
        assert list(git._batch(Path(repo.git_dir), [])) == []  # (nothing asked: the kept one is kept)
        assert git._current().readers[(str(repo.git_dir), "--batch")].proc is kept and kept.poll() is None
        kept.kill()  # (gone, however)
        assert list(git.read_objects(repo, [shas[1]])) == [(shas[1], b"one\n")]


def test_objects_and_refs_written_during_the_reading_are_read(blobs):
    """The reading's `cat-file` reads a pack written after it started (publishing's fast-import), and what a ref names
    is asked again after each write of refs through the git module."""
    folder, shas, _contents = blobs
    repo = git.open_repo(folder)
    with git.one_reading():
        assert git.texts_at(folder, [shas[1]]) == [b"one\n"]
        assert git.rev_parse(repo, "refs/heads/gh-pages") is None
        with git.CommitWriter(repo, parent=None, known_blobs=set()) as writer:
            writer.start("written meanwhile")
            writer.add("new.txt", b"written meanwhile\n")
            new = writer.finish()
        assert git.texts_at(folder, [f"{new}:new.txt"]) == [b"written meanwhile\n"]
        assert git.rev_parse(repo, "refs/heads/gh-pages") is None
        git.update_ref(repo, "refs/heads/gh-pages", new, None, message="test")
        assert git.rev_parse(repo, "refs/heads/gh-pages") == new
        git.create_refs(repo, {"refs/tags/one": new})
        assert git.object_ids(repo, ["refs/tags/one"]) == [new]
        assert git.rev_parse(repo, "refs/tags/one") == new


def test_what_was_read_before_the_lock_is_asked_again_under_it(blobs):
    """The safety rule: a ref another process moved while this one waited for the lock is read as it is now."""
    folder, _shas, _contents = blobs
    repo = git.open_repo(folder)
    first = run_git(folder, "rev-parse", "HEAD").strip()
    run_git(folder, "commit", "-q", "--allow-empty", "-m", "two")
    second = run_git(folder, "rev-parse", "HEAD").strip()
    run_git(folder, "update-ref", "refs/heads/gh-pages", first)
    with git.one_reading():
        assert git.rev_parse(repo, "refs/heads/gh-pages") == first
        assert git.rev_parse(repo, "HEAD") == second
        run_git(folder, "update-ref", "refs/heads/gh-pages", second)  # another publisher, not through this module
        run_git(folder, "commit", "-q", "--allow-empty", "-m", "three")  # and a commit on main meanwhile
        third = run_git(folder, "rev-parse", "HEAD").strip()
        assert git.rev_parse(repo, "refs/heads/gh-pages") == first  # (kept until a lock or a write)
        assert git.rev_parse(repo, "HEAD") == second
        with git.lock(repo, "test", timeout=5):
            assert git.rev_parse(repo, "refs/heads/gh-pages") == second
            assert git.rev_parse(repo, "HEAD") == third
            run_git(folder, "update-ref", "refs/heads/gh-pages", first)  # (nobody does, under the lock)
        assert git.rev_parse(repo, "refs/heads/gh-pages") == first  # let go: another's turn, asked again
    run_git(folder, "update-ref", "refs/heads/gh-pages", second)
    assert git.rev_parse(repo, "refs/heads/gh-pages") == second  # outside a reading, always asked


def test_a_listing_kept_is_given_as_a_copy(blobs):
    folder, shas, _contents = blobs
    repo = git.open_repo(folder)
    head = run_git(folder, "rev-parse", "HEAD").strip()
    with git.one_reading():
        listed = git.list_files(repo, head)
        listed.clear()
        assert git.list_files(repo, head)["f 1"] == ("100644", shas[1])


def test_a_forked_worker_reads_with_its_own_process_and_leaves_the_parents(blobs):
    folder, shas, contents = blobs
    repo = git.open_repo(folder)
    with git.one_reading():
        assert git.cat_blobs(repo, shas[:2]) == dict(zip(shas[:2], contents[:2]))
        parent = git._current().readers[(str(repo.git_dir), "--batch")].proc
        pid = os.fork()
        if pid == 0:  # the child: any answer but the right one, or a failure, exits non-zero
            try:
                right = git._current() is None and git.cat_blobs(repo, shas) == dict(zip(shas, contents))
            finally:
                os._exit(0 if right else 1)  # (no test framework's exit in the child)
        assert os.waitpid(pid, 0)[1] == 0
        assert parent.poll() is None
        assert git.cat_blobs(repo, shas) == dict(zip(shas, contents))
        assert git._current().readers[(str(repo.git_dir), "--batch")].proc is parent
