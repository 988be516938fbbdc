"""perf9: the objects of a stream `git.CommitWriter` writes are kept in the pack `git fast-import` made, not read back
and written again one loose file each (fast-import does so below `fastimport.unpackLimit`, 100 objects: a
publication's some 40), and are read as any others, in the same reading and after it."""
from __future__ import annotations

import pytest

from helpers import git as run_git
from policysite import git

pytestmark = pytest.mark.usefixtures("fixed_git")


def _count(repo) -> dict[str, int]:
    fields = dict(line.split(": ") for line in run_git(repo, "count-objects", "-v").splitlines())
    return {"loose": int(fields["count"]), "packs": int(fields["packs"])}


def test_a_few_objects_written_stay_in_one_pack_and_are_read_as_any(git_repo):
    repo = git.open_repo(git_repo)
    assert _count(git_repo) == {"loose": 0, "packs": 0}
    with git.one_reading():
        with git.CommitWriter(repo, parent=None, known_blobs=set()) as writer:
            writer.start("first")
            writer.add("a/index.html", b"<p>one</p>\n")
            writer.add("b/index.html", b"<p>two</p>\n")
            first = writer.finish()
        assert git.texts_at(git_repo, [f"{first}:a/index.html"]) == [b"<p>one</p>\n"]
        with git.CommitWriter(repo, parent=first, known_blobs={git.blob_sha(b"<p>one</p>\n")}) as writer:
            writer.start("second")
            writer.add("c/index.html", sha=git.blob_sha(b"<p>one</p>\n"))
            writer.add("d/index.html", b"<p>three</p>\n")
            second = writer.finish()
        assert git.list_files(repo, second) == {
            "a/index.html": ("100644", git.blob_sha(b"<p>one</p>\n")),
            "b/index.html": ("100644", git.blob_sha(b"<p>two</p>\n")),
            "c/index.html": ("100644", git.blob_sha(b"<p>one</p>\n")),
            "d/index.html": ("100644", git.blob_sha(b"<p>three</p>\n"))}
    # (two commits, three blobs, their trees: written as 2 packs, not 11 loose files)
    assert _count(git_repo) == {"loose": 0, "packs": 2}
    assert run_git(git_repo, "cat-file", "-p", f"{second}:d/index.html") == "<p>three</p>\n"
    run_git(git_repo, "fsck", "--no-dangling")
