"""Which copy of the published branch a command that only reads it reads (git.copy_read): one rule for
branch.reading (verify, at, diff, export) and `policy check`'s checks._published_tip, which session 39 found written
twice."""
from __future__ import annotations

from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from policysite import branch, checks, git as policy_git


@pytest.mark.parametrize(("local", "tracking", "read"), [
    (None, None, None),
    (None, "b", "origin"),  # a fresh clone
    ("b", None, "local"),
    ("b", "b", "local"),
    ("b", "a", "local"),  # origin's copy behind: not pushed yet
    ("a", "b", "behind"),  # published from another clone, fetched
    ("b", "c", "diverged"),
])
def test_the_copy_read_follows_the_branches_history(local, tracking, read):
    history = {("a", "b"), ("a", "c")}  # a is the ancestor of b and of c, which diverged
    assert policy_git.copy_read(local, tracking, lambda ancestor, descendant: (ancestor, descendant) in history) == read


@pytest.fixture(scope="module")
def commits(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A repository with commits a, then b and c on two lines after it."""
    root = tmp_path_factory.mktemp("copies")
    git(root, "init", "-q", "-b", "main")
    made = {}
    for name, parent in (("a", None), ("b", "a"), ("c", "a")):
        if parent:
            git(root, "checkout", "-q", "--detach", made[parent])
        git(root, "commit", "-q", "--allow-empty", "-m", name)
        made[name] = git(root, "rev-parse", "HEAD").strip()
    return root, made


@pytest.mark.parametrize(("local", "tracking"), [(None, "b"), ("b", None), ("b", "a"), ("a", "b"), ("b", "c")])
def test_policy_check_reads_the_copy_the_reading_commands_read(commits, local, tracking):
    root, made = commits
    for ref, name in (("refs/heads/gh-pages", local), ("refs/remotes/origin/gh-pages", tracking)):
        if name:
            git(root, "update-ref", ref, made[name])
        else:
            git(root, "update-ref", "-d", ref)
    read = branch.reading(gitpython.Repo(root), "gh-pages")
    assert read is not None
    named = f"{read.remote}/{read.name}" if read.remote else read.name
    assert checks._published_tip(root) == (named, policy_git.rev_parse(gitpython.Repo(root), read.ref))
