"""The one git wrapper: GitPython behind a few functions and one error type carrying git's stderr."""
from __future__ import annotations

from pathlib import Path

import git as gitpython


class GitError(Exception):
    """A git command failed; the message carries git's own stderr."""


def open_repo(path: str | Path) -> gitpython.Repo:
    """The repository containing `path`."""
    try:
        return gitpython.Repo(path, search_parent_directories=True)
    except (gitpython.InvalidGitRepositoryError, gitpython.NoSuchPathError) as exc:
        raise GitError(f"{path}: not inside a git repository") from exc


def run(repo: gitpython.Repo, *args: str) -> str:
    """Run `git <args>` in `repo` and return its stdout."""
    try:
        return repo.git.execute(["git", *args])
    except gitpython.GitCommandError as exc:
        stderr = (exc.stderr or "").strip().removeprefix("stderr: ").strip("'\n ")
        raise GitError(f"git {' '.join(args)}: {stderr or exc}") from exc


def repo_path(repo: gitpython.Repo, path: str | Path) -> str:
    """`path` relative to the repository's top, with forward slashes, as git names it."""
    return Path(path).resolve().relative_to(Path(repo.working_tree_dir).resolve()).as_posix()


def last_commit(repo: gitpython.Repo, path: str | Path, *, rev: str = "HEAD") -> str | None:
    """The newest commit of `rev` that touched `path`, or None if none did."""
    if not repo.head.is_valid():
        return None
    sha = run(repo, "log", "-1", "--format=%H", rev, "--", repo_path(repo, path)).strip()
    return sha or None


def file_at(repo: gitpython.Repo, rev: str, path: str | Path) -> str:
    """The text of `path` at commit `rev` (UTF-8)."""
    try:
        blob = repo.commit(rev).tree / repo_path(repo, path)
    except (KeyError, ValueError, gitpython.BadName) as exc:
        raise GitError(f"{path} does not exist at {rev}") from exc
    return blob.data_stream.read().decode("utf-8")
