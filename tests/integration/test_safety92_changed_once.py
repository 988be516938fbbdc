"""safety92: a file under docs/ whose removal is staged while it is there again, untracked (`git rm --cached`), is
two records of `git status`, and `policy publish` named it twice among the changes to commit first. Synthetic
project in a temporary repository with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git, policy_process
from policy_repo import new_project
from policysite import git as policy_git

pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_file_unstaged_from_the_index_is_named_once(tmp_path):
    project = new_project(tmp_path / "site")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "--cached", "docs/en/index.md")
    with policy_git.one_reading():
        changed = policy_git.changed_paths(policy_git.open_repo(project.root), ["docs"])
    assert changed == ["docs/en/index.md"]
    done = policy_process(["--root", str(project.root), "publish", "--messages", "en"])
    assert done.returncode == 1 and "Traceback" not in done.stderr, done
    assert done.stderr.count("docs/en/index.md") == 1, done.stderr
    assert project.branch() is None
