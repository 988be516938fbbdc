"""Histories nobody here wrote (session 41, histories10): the repository a command reads when GIT_DIR and
GIT_WORK_TREE are set, as a CI step or a script sets them."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import git as policy_git, messages


def _committed(folder: Path, *args: str) -> Path:
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main", *args)
    (folder / "page.md").write_text("one\n", encoding="utf-8")
    git(folder, "add", "page.md")
    git(folder, "commit", "-q", "-m", "one")
    return folder


def test_a_working_tree_whose_repository_is_named_by_git_dir_is_read(tmp_path, monkeypatch):
    """`git --git-dir=… --work-tree=…` (a separate git folder, no .git in the working tree): git reads it, the command
    said the folder was "not inside a git repository"."""
    tree = _committed(tmp_path / "tree", f"--separate-git-dir={tmp_path / 'repo.git'}")
    (tree / ".git").unlink()  # the link git leaves: without it, only the environment names the repository
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "repo.git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(tree))
    repo = policy_git.open_repo(tree)
    assert Path(repo.working_tree_dir or "").resolve() == tree.resolve()
    assert policy_git.run(repo, "log", "-1", "--format=%s") == "one"


@pytest.mark.parametrize("name", ["GIT_DIR", "GIT_WORK_TREE"])
def test_git_dir_naming_another_repository_is_refused(tmp_path, monkeypatch, name):
    """In one clone with GIT_DIR (or GIT_WORK_TREE) naming another: GitPython's processes read the clone, every other
    git process (cat-file, the branch's files) the other, and a publication read one's branch and the other's texts."""
    here, other = _committed(tmp_path / "here"), _committed(tmp_path / "other")
    named = other / ".git" if name == "GIT_DIR" else other
    monkeypatch.setenv(name, str(named))
    with pytest.raises(policy_git.GitError) as raised:
        policy_git.open_repo(here)
    said = messages.text_of(raised.value)
    assert said.startswith(f"{here}: {name} names {named}, not {here / '.git' if name == 'GIT_DIR' else here}: git "
                           "would read that repository while the command reads the project here, so nothing was read "
                           "or written"), said
    monkeypatch.setenv(name, str(here / ".git" if name == "GIT_DIR" else here))  # the clone's own: read
    assert Path(policy_git.open_repo(here).working_tree_dir or "").resolve() == here.resolve()


def test_git_dir_naming_a_linked_worktree_s_git_file_is_its_repository(tmp_path, monkeypatch):
    """GIT_DIR set to a linked worktree's `.git` file (`gitdir: …/.git/worktrees/tree`), which git follows: it names
    the repository GitPython finds there, not another."""
    main = _committed(tmp_path / "main")
    git(main, "worktree", "add", "-q", "-b", "work", str(tmp_path / "tree"))
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "tree" / ".git"))
    assert Path(policy_git.open_repo(tmp_path / "tree").working_tree_dir or "").resolve() == (tmp_path / "tree").resolve()
