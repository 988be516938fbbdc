"""The one git wrapper: GitPython behind a few functions and one error type carrying git's stderr."""
from __future__ import annotations

import bisect
import codecs
import contextlib
import errno
import fcntl
import hashlib
import os
import re
import select
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from policysite import clock

if TYPE_CHECKING:  # GitPython (50–65 ms to import) is imported where a repository is opened: `policy check` opens none
    import git as gitpython


class GitError(Exception):
    """A git command failed; the message carries git's own stderr (`detail`: its words alone)."""

    detail = ""


class LockTimeout(GitError):
    """Another process held the repository's lock for longer than the wait allowed."""


class RefMoved(GitError):
    """A ref was not where a compare-and-swap expected it: someone else moved it meanwhile."""


# Git maps the packs it reads into memory in windows of 1 GiB, up to 8 GiB, and each page read counts in
# its resident memory: `git archive` of a 1,000-version branch peaked at 352 MiB so. With these windows
# and caches it holds 85 MiB, as fast. Every git process the project starts gets them.
MEMORY = {"core.packedGitWindowSize": "16m", "core.packedGitLimit": "64m", "core.deltaBaseCacheLimit": "16m"}
PUBLISHED = "gh-pages"  # the branch publishing writes (branch.BRANCH), named here for readers without GitPython
ORIGIN = "origin"  # the remote whose copy of it a fresh clone reads (branch.REMOTE), for the same readers
# A commit's message is printed in UTF-8, whatever `i18n.commitEncoding` a repository sets (git prints it in that
# encoding unless told otherwise, and the subjects publishing names were read as mojibake: histories10).
OUTPUT = {"i18n.logOutputEncoding": "UTF-8"}
OPTIONS = tuple(arg for key, value in {**MEMORY, **OUTPUT}.items() for arg in ("-c", f"{key}={value}"))
# A repository whose `core.hooksPath` names a folder of its own files (`.githooks`, husky's `.husky/_`, set once by
# `git config` or `npm install`) ran, during `policy publish`, whatever a pull request wrote in
# `.githooks/reference-transaction` (at each ref written), and during `policy import` its `pre-commit`: code from the
# files under review, run by the one gate. The git processes writing in such a repository look for hooks under
# os.devnull, a folder no file is in (`without_own_hooks`); hooks of the user's own, outside the project's files
# (.git/hooks: a team's commit-msg rule), still run.
HOOKS_OFF = ("-c", f"core.hooksPath={os.devnull}")
# Every git process reads the objects the repository holds, never `git replace` refs or grafts: those are local, never
# pushed, and one mapping a tampered gh-pages commit onto the one publishing wrote had verify pass and export write
# the original, while the branch (pushed, served) held the edit (history hunt 31). GitPython's processes inherit it.
# The graft file is a path no file can have (/dev/null is no folder): git reads none and stays silent, where an empty
# file it opens has it print its 8-line advice that grafts are deprecated into every git error quoted (history hunt 33).
os.environ["GIT_NO_REPLACE_OBJECTS"] = "1"
os.environ["GIT_GRAFT_FILE"] = os.path.join(os.devnull, "grafts")


def _bounded(repo: gitpython.Repo) -> gitpython.Repo:
    """`repo`, whose git processes (GitPython's own `cat-file` too) read packs in bounded memory."""
    repo.git.set_persistent_git_options(c=[f"{key}={value}" for key, value in MEMORY.items()])
    return repo


def open_repo(path: str | Path) -> gitpython.Repo:
    """The repository containing `path`; within one_reading, the one opened there before (export, its project and its
    note opened it three times: a `rev-parse` and GitPython's `cat-file` processes each)."""
    reading = _current()
    place = os.path.realpath(path)
    if reading is not None and place in reading.repos:
        return reading.repos[place]
    import git as gitpython
    try:
        with _without(_REDIRECTS):  # (judged once the repository is found: GitPython looked for no repository there)
            repo = _bounded(gitpython.Repo(path, search_parent_directories=True))
    except (gitpython.InvalidGitRepositoryError, gitpython.NoSuchPathError) as exc:
        if not os.environ.get("GIT_DIR"):
            raise GitError(_not_a_repository(path)) from exc
        try:  # a working tree whose repository is elsewhere, named by GIT_DIR and GIT_WORK_TREE, as git reads them
            repo = _bounded(gitpython.Repo())
        except (gitpython.InvalidGitRepositoryError, gitpython.NoSuchPathError):
            raise GitError(_not_a_repository(path)) from exc
    _refuse_elsewhere(repo, path)
    _refuse_redirected(repo, path)
    # GitPython finds the repository without git; git itself may refuse it (one owned by another user, as a CI
    # container's checkout often is: "detected dubious ownership"), and every git command then fails: said as git
    # says it, not read as a repository with nothing committed nor published (history hunt 33).
    try:
        hooks = run(repo, "rev-parse", "--git-dir", "--git-path", "hooks").splitlines()[-1]
    except GitError as exc:
        raise _unreadable(str(repo.working_tree_dir or repo.git_dir), "git rev-parse --git-dir", exc.detail) from exc
    without_own_hooks(repo, hooks)
    if reading is not None:
        reading.repos[place] = repo
    return repo


def without_own_hooks(repo: gitpython.Repo, hooks: str) -> None:
    """Mark `repo` to run its git processes with HOOKS_OFF where `hooks` (the folder git runs hooks from, as `git
    rev-parse --git-path hooks` names it from the working tree) is among the project's own files: in its working tree,
    outside its .git folder."""
    top = repo.working_tree_dir
    if top is None:
        return
    folder = Path(top, hooks).resolve()
    own = folder.is_relative_to(Path(top).resolve()) and not folder.is_relative_to(Path(repo.git_dir).resolve())
    repo.policy_options = HOOKS_OFF if own else ()  # type: ignore[attr-defined]


def options(repo: gitpython.Repo) -> tuple[str, ...]:
    """OPTIONS, and HOOKS_OFF where `repo`'s hooks are among its own files (without_own_hooks)."""
    return OPTIONS + getattr(repo, "policy_options", ())


def _refuse_elsewhere(repo: gitpython.Repo, path: str | Path) -> None:
    """GIT_DIR or GIT_WORK_TREE naming another repository or working tree than the one `path` is in: GitPython's own
    processes read the one it found, every other git process the one they name (histories10: a publication read one
    repository's branch and another's texts). Refused, naming both."""
    from policysite.messages import Said

    found = {"GIT_DIR": repo.git_dir, "GIT_WORK_TREE": repo.working_tree_dir}
    for name, there in found.items():
        named = os.environ.get(name)
        if named and (there is None or _followed(Path(named)) != Path(there).resolve()):
            raise GitError(Said("git.environment-elsewhere", name=name, named=named, path=str(path),
                                there=str(there or "")))
    if repo.working_tree_dir is not None and not Path(path).resolve().is_relative_to(
            Path(repo.working_tree_dir).resolve()):
        raise GitError(Said("git.environment-elsewhere", name="GIT_WORK_TREE", named=str(repo.working_tree_dir),
                            path=str(path), there=""))


# Variables naming another staging area or object folder than the repository's own, which every git process reads:
# with GIT_INDEX_FILE naming another index, `policy publish` said every committed page was "not committed" (each named
# twice); with GIT_OBJECT_DIRECTORY another folder, the project was "not inside a git repository" (safety92).
_REDIRECTS = ("GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY")


@contextlib.contextmanager
def _without(names: tuple[str, ...]) -> Iterator[None]:
    """The environment without `names` for the block's time (GitPython reads it as it opens a repository)."""
    kept = {name: os.environ.pop(name) for name in names if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(kept)


def _refuse_redirected(repo: gitpython.Repo, path: str | Path) -> None:
    """GIT_INDEX_FILE naming an index outside the repository's git folders (a hook's, `.git/index.lock` during `git
    commit -a`, is its own), or GIT_OBJECT_DIRECTORY another folder than its objects: refused, naming the variable."""
    from policysite.messages import Said

    own = {Path(repo.git_dir).resolve(), git_dir(repo)}
    index = os.environ.get("GIT_INDEX_FILE")
    if index and not any(Path(index).resolve().is_relative_to(folder) for folder in own):
        raise GitError(Said("git.environment-index", path=str(path), named=index))
    objects = os.environ.get("GIT_OBJECT_DIRECTORY")
    if objects and Path(objects).resolve() != git_dir(repo) / "objects":
        raise GitError(Said("git.environment-objects", path=str(path), named=objects,
                            there=str(git_dir(repo) / "objects")))


def _followed(path: Path) -> Path:
    """`path` resolved, through a `.git` file's `gitdir:` line (a linked worktree's, a submodule's), as git does."""
    if path.is_file():
        with contextlib.suppress(OSError, UnicodeDecodeError):
            line = path.read_text(encoding="utf-8").strip()
            if line.startswith("gitdir:"):
                return (path.parent / line.removeprefix("gitdir:").strip()).resolve()
    return path.resolve()


def _unreadable(path: str | Path, command: str, detail: str) -> GitError:
    """A repository git refuses to read (another user's checkout, a format or configuration it does not know): what
    failed and what to do in the catalogue's words, git's own after them. One git reads once told that any folder is
    safe (`safe.directory`, which git takes from its command line) is another user's: said wholly in the catalogue's
    words, the command that makes it readable with its folder (histories30: git's four English lines were quoted
    inside the French message)."""
    from policysite.messages import Said

    top = _unsafe_owner_top(path)
    if top is not None:
        return GitError(Said("git.unsafe-owner", path=top, owner=_owner(top)))
    return GitError(Said("git.unreadable", path=str(path), command=command, detail=detail))


def _unsafe_owner_top(path: str | Path) -> str | None:
    """The top folder of the repository at `path` where git reads it once every folder is safe.directory (refused,
    so, only for its owner), else None."""
    done = _plain(path, "-c", "safe.directory=*", "rev-parse", "--show-toplevel")
    if done is None or done.returncode != 0 or not done.stdout.strip():
        return None
    return os.fsdecode(done.stdout).strip()


def _owner(path: str) -> str:
    """The user owning `path`, by name where the system knows it, else by number."""
    import pwd

    try:
        uid = os.stat(path).st_uid
    except OSError:
        return "?"
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _failed(command: str, detail: str) -> GitError:
    """`git <command>` failed: git's own words (`detail`), said after the command in the site's language."""
    from policysite.messages import Said

    error = GitError(Said("git.failed", command=command, detail=detail))
    error.detail = detail
    return error


def _not_a_repository(path: str | Path) -> str:
    """What a command run outside any repository says, in the catalogue's words (said in the site's language)."""
    from policysite.messages import Said

    return Said("git.not-a-repository", path=str(path))


def init_repo(path: str | Path, *, branch: str) -> gitpython.Repo:
    """`git init -b <branch>` at `path`: a new repository."""
    import git as gitpython
    try:
        return _bounded(gitpython.Repo.init(str(path), initial_branch=branch))
    except gitpython.GitCommandError as exc:
        raise _failed(f"init {path}", (exc.stderr or "").strip() or str(exc)) from exc


def valid_branch_name(name: str) -> bool:
    """Whether git takes `name` as a branch's (`git check-ref-format --branch`), without a repository."""
    done = subprocess.run(["git", "check-ref-format", "--branch", name], capture_output=True)
    return done.returncode == 0 and not name.startswith("-")


def committed_texts(path: str | Path, *, most: int) -> Generator[bytes, None, None]:
    """The texts of the file `path` on HEAD's first parents, newest first (`most` commits at most), read without
    opening the repository (as common_dir: `policy check` imports no GitPython); none outside a repository, before its
    first commit, or where git refuses it. Two git processes whatever `most`: the commits' list, then one `cat-file
    --batch` for their texts (one `cat-file` a commit made 50 processes a language of each `policy check`)."""
    folder, name = Path(path).parent, f"./{Path(path).name}"
    try:
        done = subprocess.run(["git", *OPTIONS, "log", "--first-parent", f"-{most}", "--format=%H", "HEAD", "--",
                               name], cwd=folder, capture_output=True)
    except OSError:
        return
    commits = os.fsdecode(done.stdout).split() if done.returncode == 0 else []
    if commits:
        yield from (data for kind, data in _batch(folder, [f"{commit}:{name}" for commit in commits])
                    if kind == b"blob")


def run(repo: gitpython.Repo, *args: str) -> str:
    """Run `git <args>` in `repo` and return its stdout. A command not known to only read (READS) may write refs:
    what they named is asked again (one_reading)."""
    import git as gitpython
    try:
        return repo.git.execute(["git", *options(repo), *args])
    except gitpython.GitCommandError as exc:
        stderr = (exc.stderr or "").strip().removeprefix("stderr: ").strip("'\n ")
        raise _failed(" ".join(args), stderr or str(exc)) from exc
    finally:
        if _command(args) not in READS:
            refs_written()


def _command(args: tuple[str, ...]) -> str:
    """The git command `args` runs, after the options given before it (`-c key=value`: a read with them is a read)."""
    at = 0
    while args[at:at + 1] == ("-c",):
        at += 2
    return args[at] if at < len(args) else ""


def raw_changes(repo: gitpython.Repo, *args: str) -> Generator[tuple[str, str, str, str], None, None]:
    """Each change `git log --raw <args>` lists, as (commit, subject, raw fields, path): the fields are git's
    `:mode… blob… status` (a combined diff lists each parent's mode and blob first)."""
    commit, subject = "", ""
    for line in run(repo, "log", "--raw", "--no-abbrev", "--format=%x01%H %s", *args).splitlines():
        if line.startswith("\x01"):
            commit, _, subject = line[1:].partition(" ")
            subject = readable(subject)
        elif line.startswith(":") and "\t" in line:
            fields, _, path = line.partition("\t")
            yield commit, subject, fields, path


def readable(said: str) -> str:
    """A commit's subject or name as `run` read it, in its writer's words: git prints a message with no `encoding`
    header as its bytes, and those that are no UTF-8 (an old tool's Latin-1, GitPython's surrogates for them) are read
    as Windows-1252, their usual encoding ('Supprim\\udce9e' was printed: histories10, histories11)."""
    data = said.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def run_ok(repo: gitpython.Repo, *args: str) -> bool:
    """Whether `git <args>` succeeds in `repo` (a question git answers by its exit status)."""
    try:
        run(repo, *args)
    except GitError:
        return False
    return True


def top(repo: gitpython.Repo) -> Path:
    """The repository's working tree (publishing never runs in a bare repository)."""
    if repo.working_tree_dir is None:
        from policysite.messages import Said
        raise GitError(Said("git.bare", path=str(repo.git_dir)))
    return Path(repo.working_tree_dir).resolve()


def repo_path(repo: gitpython.Repo, path: str | Path) -> str:
    """`path` relative to the repository's top, with forward slashes, as git names it."""
    return Path(path).resolve().relative_to(top(repo)).as_posix()


def last_commit(repo: gitpython.Repo, path: str | Path, *, rev: str = "HEAD") -> str | None:
    """The newest commit of `rev` that touched `path`, or None if none did."""
    if not repo.head.is_valid():
        return None
    sha = run(repo, "log", "-1", "--format=%H", rev, "--", repo_path(repo, path)).strip()
    return sha or None


def file_at(repo: gitpython.Repo, rev: str, path: str | Path) -> str:
    """The text of `path` at commit `rev` (UTF-8)."""
    import git as gitpython
    try:
        blob = repo.commit(rev).tree / repo_path(repo, path)
    except (KeyError, ValueError, gitpython.BadName) as exc:
        from policysite.messages import Said
        raise GitError(Said("git.missing-at", path=str(path), rev=rev)) from exc
    return blob.data_stream.read().decode("utf-8")


# --- Refs, status and history: what `policy publish` and `policy history` need ---

ZERO = "0" * 40


def rev_parse(repo: gitpython.Repo, rev: str) -> str | None:
    """The commit (or object) `rev` names, or None if it names nothing (asked once within one_reading)."""
    return _resolved(repo, f"{rev}^{{object}}")


def is_ancestor(repo: gitpython.Repo, ancestor: str, descendant: str) -> bool:
    """Whether `ancestor` is reachable from `descendant`."""
    try:
        run(repo, "merge-base", "--is-ancestor", ancestor, descendant)
        return True
    except GitError:
        return False


def changed_paths(repo: gitpython.Repo, paths: list[str]) -> list[str]:
    """Uncommitted changes (staged, unstaged or untracked) under `paths`, as git names them."""
    # -z: each path as it is, where git quotes one with a character outside ASCII ("docs/fr/politique-donn\303\251es.md"
    # was said so, history hunt 40); a rename's record is followed by its former path
    records = iter(run(repo, "status", "--porcelain", "-z", "--untracked-files=all", "--", *paths).split("\0"))
    changed = []
    for record in records:
        if len(record) > 3:
            changed.append(record[3:])
            if record[0] in "RC":
                next(records, None)
    # each path once: a file whose removal is staged and that is there again untracked (`git rm --cached`) is two
    # records, and publish named it twice (safety92)
    return list(dict.fromkeys(changed))


# What git keeps in a working tree's own git folder while an operation waits for the user (conflicts to resolve),
# by the operation: the files or folders that say it is under way.
UNDER_WAY = (("rebase", ("rebase-merge", "rebase-apply")), ("merge", ("MERGE_HEAD",)),
             ("cherry-pick", ("CHERRY_PICK_HEAD",)), ("revert", ("REVERT_HEAD",)))


def under_way(repo: gitpython.Repo) -> str | None:
    """The operation under way in the repository's working tree (UNDER_WAY's name: a merge stopped on conflicts, a
    rebase), or None: read in that worktree's own git folder, not the common one."""
    folder = Path(repo.git_dir)
    return next((name for name, marks in UNDER_WAY if any(os.path.lexists(folder / mark) for mark in marks)), None)


def shallow_boundary(repo: gitpython.Repo) -> list[str]:
    """The commits where a shallow clone's history stops (empty for a full clone): its common git folder's `shallow`
    file, as git reads it (`git rev-parse --git-path shallow`), read without a process (every reading of the archive's
    branch asks: histories8)."""
    try:
        return (git_dir(repo) / "shallow").read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return []


def git_dir(repo: gitpython.Repo) -> Path:
    """The repository's common git directory, shared by all its worktrees."""
    return Path(repo.common_dir).resolve()


def common_dir(path: str | Path) -> Path:
    """The common git directory of the repository containing `path` (git_dir without opening it: `policy check`
    needs this folder of git's and nothing else, nor GitPython's import). Raises GitError, as open_repo, where git
    finds no repository or refuses it."""
    try:
        done = subprocess.run(["git", *OPTIONS, "rev-parse", "--git-common-dir"], cwd=path, capture_output=True)
    except OSError as exc:  # `path` is no folder
        raise GitError(_not_a_repository(path)) from exc
    if done.returncode != 0:
        raise _unreadable(path, "git rev-parse --git-common-dir", os.fsdecode(done.stderr).strip())
    return (Path(path) / os.fsdecode(done.stdout).strip()).resolve()


def _plain(path: str | Path, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """`git <args>` run in `path` without opening the repository (no GitPython: `policy check` imports none); None
    where `path` is no folder."""
    try:
        return subprocess.run(["git", *OPTIONS, *args], cwd=path, capture_output=True)
    except OSError:
        return None


def enclosing(path: str | Path) -> Path | None:
    """The top folder of the git repository `path` lies in (`path`, or its nearest folder that exists: a new folder
    not yet made), or None where it lies in none."""
    folder = Path(os.path.abspath(path))
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    done = _plain(folder, "rev-parse", "--show-toplevel")
    if done is None or done.returncode or not done.stdout.strip():
        return None
    return Path(os.fsdecode(done.stdout).strip())


def left_out(path: str | Path) -> bool:
    """Whether the file `path`, missing from the disk, is one git keeps out of the working tree (its skip-worktree
    bit: a sparse checkout's rules leave it out), asked without opening the repository; False outside one."""
    folder = enclosing(path)
    done = _plain(folder, "ls-files", "-t", "-z", "--", os.path.abspath(path)) if folder else None
    return done is not None and done.returncode == 0 and any(
        record.startswith(b"S ") for record in done.stdout.split(b"\0"))


def deleted_here(path: str | Path) -> bool:
    """Whether the file `path`, missing from the disk, is in the last commit (HEAD) of the repository it lies in:
    deleted from the working folder (`rm`, `git rm`), not yet committed; asked without opening the repository; False
    outside one or before a first commit."""
    folder = enclosing(path)
    done = _plain(folder, "ls-tree", "-z", "--name-only", "HEAD", "--", os.path.abspath(path)) if folder else None
    return done is not None and done.returncode == 0 and bool(done.stdout.strip(b"\0"))


def removed_by(path: str | Path) -> tuple[str, str, str, str | None] | None:
    """The commit of HEAD's history that last removed the file `path` (missing from the disk and from HEAD): its id,
    day, subject, and where it moved it (`git mv`, as git pairs it by likeness: an absolute path), None where it
    deleted it, its first parent holding the page as it was (`git checkout <id>~1 -- <path>` brings it back). None
    where no commit had it. Asked without opening the repository, as `policy check` asks (histories32: a page moved by
    a commit, a case-only rename, was said "does not exist: import … or write the page"; histories33: a page deleted
    by a commit, alike)."""
    folder = enclosing(path)
    done = _plain(folder, "log", "-1", "--format=%H%x00%cs%x00%s", "HEAD", "--", os.path.abspath(path)) \
        if folder else None
    found = done.stdout.decode("utf-8", "replace").strip().split("\0") if done is not None and not done.returncode \
        else []
    if folder is None or len(found) != 3:
        return None
    sha, day, subject = found
    try:
        name = Path(os.path.realpath(path)).relative_to(os.path.realpath(folder)).as_posix()
    except ValueError:
        return None
    moved = _plain(folder, "diff", "--name-status", "-M", "-z", f"{sha}^1", sha)
    tokens = iter(moved.stdout.decode("utf-8", "replace").split("\0") if moved is not None and not moved.returncode
                  else [])
    for status in tokens:  # `R100 old new`, a copy's `C…` alike; any other status names one path
        old, new = next(tokens, ""), (next(tokens, "") if status[:1] in ("R", "C") else "")
        if status.startswith("R") and old == name:
            return sha, day, readable(subject), str(folder / new)
    # deleted: said only where its first parent has it (a root commit, or a merge that took it from a side, has no
    # command to give)
    held = _plain(folder, "ls-tree", "-z", "--name-only", f"{sha}^1", "--", name)  # trees only: no blob fetched
    return (sha, day, readable(subject), None) if held is not None and held.returncode == 0 and \
        held.stdout.strip(b"\0") else None


def branch_tips(path: str | Path, branch: str) -> dict[str, str]:
    """The commit of `branch` and of each remote's copy of it (ref -> commit) in the repository containing `path`,
    asked by one git process without opening it; empty where git finds no repository."""
    done = _plain(path, "for-each-ref", "--format=%(refname) %(objectname)", f"refs/heads/{branch}",
                  f"refs/remotes/*/{branch}")
    if done is None or done.returncode:
        return {}
    return dict(line.split(" ", 1) for line in os.fsdecode(done.stdout).splitlines() if " " in line)


def copy_read(local: str | None, tracking: str | None, ancestor: Callable[[str, str], bool]) -> str | None:
    """Which copy of the published branch a command that only reads it reads, of the local branch (`local`, its
    commit) and origin's copy (`tracking`), `ancestor(a, b)` saying whether a is an ancestor of b: "local"; "behind"
    (origin's: the local branch is behind it, versions published from another clone fetched); "diverged" (the local
    one, said); "origin" (no local branch: a fresh clone); None (neither). One rule for branch.reading and `policy
    check`, which opens no repository (session 39: each wrote it)."""
    if local is None:
        return "origin" if tracking else None
    if tracking is None or tracking == local or ancestor(tracking, local):
        return "local"
    return "behind" if ancestor(local, tracking) else "diverged"


def is_ancestor_at(path: str | Path, ancestor: str, descendant: str) -> bool:
    """is_ancestor, asked in the repository containing `path` without opening it."""
    done = _plain(path, "merge-base", "--is-ancestor", ancestor, descendant)
    return done is not None and done.returncode == 0


def blobs_at(path: str | Path, rev: str, folder: str) -> dict[str, str]:
    """Every file of `rev` under `folder` (paths from the top) -> its blob, listed without opening the repository;
    read with texts_at. Empty where there is none, or where git cannot list it."""
    done = _plain(path, "ls-tree", "-r", "-z", "--full-tree", rev, "--", folder)
    if done is None or done.returncode:
        return {}
    return {name: meta.split()[2] for meta, _, name in (record.partition("\t") for record in
                                                         os.fsdecode(done.stdout).split("\0") if record)}


def texts_at(path: str | Path, blobs: list[str]) -> list[bytes | None]:
    """The content of each of `blobs` (None for one git does not have), read by one `git cat-file --batch` run in the
    repository containing `path`, without opening it."""
    return [data if kind == b"blob" else None for kind, data in _batch(Path(path), blobs)] if blobs else []


def run_plain(path: str | Path, *args: str) -> str:
    """`git <args>` (a command that reads) run in the repository containing `path` without opening it, its stdout;
    a GitError with git's own words where it fails."""
    done = _plain(path, *args)
    if done is None:
        raise GitError(_not_a_repository(path))
    if done.returncode:
        raise _failed(" ".join(args), os.fsdecode(done.stderr).strip())
    return os.fsdecode(done.stdout)


def file_at_plain(path: str | Path, spec: str) -> bytes | None:
    """The file `spec` names (`<rev>:<path from the top>`) in the repository containing `path`, read without opening
    it; None where git has none there."""
    done = _plain(path, "cat-file", "blob", spec)
    return done.stdout if done is not None and not done.returncode else None


def page_commits_plain(path: str | Path, since: str, page: str) -> list[str]:
    """The commits of HEAD's first parents after `since` that changed `page` (its path from `path`), newest first,
    listed without opening the repository; empty where git cannot list them."""
    done = _plain(path, "log", "--first-parent", "--format=%H", f"{since}..HEAD", "--", page)
    return os.fsdecode(done.stdout).split() if done is not None and not done.returncode else []


def tag_messages(repo: gitpython.Repo, tags: list[str]) -> list[str]:
    """The message of each annotated tag object of `tags` (its ids), its signature kept ("" for one git does not have),
    read by one `git cat-file --batch` whose answers say their sizes: a message's bytes, any of them, cannot cut a
    record as a separator in `for-each-ref`'s output could (leads42)."""
    return [data.partition(b"\n\n")[2].decode("utf-8", "replace") if kind == b"tag" else ""
            for kind, data in _batch(Path(repo.git_dir), tags)] if tags else []


def read_blob(repo: gitpython.Repo, rev: str, path: str) -> bytes | None:
    """The bytes of `path` at `rev` (None if absent). A file the repository names but does not hold is a GitError
    naming it, never an absence (_by_process)."""
    import git as gitpython
    try:
        entry = repo.commit(rev).tree / path
    except (KeyError, ValueError, gitpython.BadName):
        return None
    if entry.type == "submodule":  # another repository's commit, no bytes of this one: "git cannot read this file
        # … bad file" was said of a policy page made a submodule (histories25)
        from policysite.messages import Said

        raise GitError(Said("source.linked-folder", name=path, commit=rev[:7] if re.fullmatch(
            r"[0-9a-f]{40,64}", rev) else rev, what=Said("source.what/submodule-commit")))
    try:
        return entry.data_stream.read()
    except (ValueError, OSError):
        from policysite.messages import Said

        commit = rev[:7] if re.fullmatch(r"[0-9a-f]{40,64}", rev) else rev
        return _by_process(repo, entry.hexsha, lambda detail, remotes: Said(
            "git.blob-unreadable/partial", path=path, commit=commit, sha=entry.hexsha[:7], remotes=remotes)
            if remotes else Said("git.blob-unreadable", path=path, commit=commit, sha=entry.hexsha[:7], detail=detail))


def _by_process(repo: gitpython.Repo, sha: str, unreadable: Callable[[str, str], str]) -> bytes:
    """The blob `sha` that GitPython's `cat-file` could not read, read by a git process of its own; else a GitError
    saying `unreadable(git's words, the promisor remotes of a partial clone or "")`. A partial clone
    (`--filter=blob:none`, as a CI checkout may make) fetches each text as it is read; where its remote cannot be
    reached, git's `cat-file` exits: the command ended in "error: [Errno 32] Broken pipe" (histories3), or read the
    file as absent. There, the remote git asked is named with its address, in the reader's words: git's own (three
    English `fatal:` lines, which name that address and no more) are left out (histories32)."""
    repo.git.clear_cache()  # GitPython's cat-file may have exited: the next read starts another
    try:
        return cat_blob(repo, sha)
    except GitError as exc:
        raise GitError(unreadable(" ".join(exc.detail.split()), promisor_remotes(repo))) from exc


def promisor_remotes(repo: gitpython.Repo) -> str:
    """The remotes a partial clone fetches its missing objects from, each with its address (`origin (…/site.git)`),
    joined by commas; "" for a clone that is not partial."""
    try:
        out = run(repo, "config", "--get-regexp", r"^remote\..*\.promisor$")
    except GitError:
        return ""
    names = [key.removeprefix("remote.").removesuffix(".promisor")
             for key, _, value in (line.partition(" ") for line in out.splitlines()) if value.strip() == "true"]
    return ", ".join(f"{name} ({without_credentials(url)})" if (url := _config(repo, f"remote.{name}.url")) else name
                     for name in names)


def list_files(repo: gitpython.Repo, rev: str, path: str = "") -> dict[str, tuple[str, str]]:
    """Every file under `path` at `rev`: its path relative to `path` -> (mode, blob sha).

    A folder that does not exist at `rev` has no files; any other failure of git is a GitError.
    """
    reading = _current()
    key = (str(repo.git_dir), rev, path)
    if reading is not None and key in reading.listings:  # (a tree named by its id never changes)
        reading.listings[key] = reading.listings.pop(key)  # (the last used last)
        return dict(reading.listings[key])
    spec = f"{rev}:{path}" if path else rev
    if path and tree_sha(repo, rev, path) is None:
        return {}
    files = _listed_from_kept(repo, reading, rev) if not path else None
    if files is None:
        out = run(repo, "ls-tree", "-r", "--full-tree", spec)
        files = {}
        for line in out.splitlines():
            meta, name = line.split("\t", 1)
            mode, _kind, sha = meta.split()
            files[name] = (mode, sha)
    if reading is not None and _FULL_ID.fullmatch(rev):
        reading.listings[key] = files
        while len(reading.listings) > KEPT_LISTINGS:
            del reading.listings[next(iter(reading.listings))]
        return dict(files)
    return files


def _listed_from_kept(repo: gitpython.Repo, reading: _Reading | None, rev: str) -> dict[str, tuple[str, str]] | None:
    """The whole listing of the commit `rev` (named by its id) as list_files gives it, made from the last whole listing
    this reading kept of one of its parents and what `git diff-tree` says differs between the two trees (the modes and
    blobs of `rev`'s side, quoted as ls-tree quotes names); None where none is kept, or where the commit adds more
    than _PLACED paths. A publication
    listed the branch's tree and then its new commit's, which differs by one version and the archive's pages: two
    whole listings, each growing with the versions (perf18: 5.8 ms each at 300 versions)."""
    if reading is None or not _FULL_ID.fullmatch(rev):
        return None
    folder = str(repo.git_dir)
    candidates = [key for key in reversed(reading.listings) if key[0] == folder and not key[2]]
    if not candidates:
        return None
    # only a parent's: what differs is what the commit changed (a source commit's listing, kept by extract, against
    # the branch's would differ by every path)
    kind, data = next(_batch(Path(repo.git_dir), [rev]), (b"missing", b""))
    head = data.partition(b"\n\n")[0].decode("ascii", "replace").splitlines() if kind == b"commit" else []
    parents = {line[7:] for line in head if line.startswith("parent ")}
    kept = next((key for key in candidates if key[1] in parents), None)
    if kept is None:
        return None
    files = dict(reading.listings[kept])
    added: list[str] = []
    out = run(repo, "diff-tree", "-r", "--no-renames", "--no-abbrev", "--ignore-submodules=none", kept[1], rev)
    for line in out.splitlines():
        meta, _, name = line.partition("\t")
        _old_mode, mode, _old, sha, _status = meta.split()
        if mode == "000000":  # (gone from `rev`)
            files.pop(name, None)
        elif name in files:
            files[name] = (mode, sha)
        else:
            files[name] = (mode, sha)
            added.append(name)
    if not added:
        return files
    if len(added) > _PLACED:
        return None  # (git lists them faster than they are placed one by one)
    # each added path where ls-tree lists it: a whole tree's paths are in the order of their bytes (a folder's
    # entries compare as `name/`), quoted names by the bytes they stand for
    new = set(added)
    order = [name for name in files if name not in new]
    for name in sorted(added, key=_name_bytes):
        order.insert(bisect.bisect_right(order, _name_bytes(name), key=_name_bytes), name)
    return {name: files[name] for name in order}


_PLACED = 500  # paths added to a kept listing at most (a version adds some 40; a whole archive written anew, more)


def _name_bytes(name: str) -> bytes:
    """The bytes of a path as git prints it (C-quoted, `"fr/\\303\\251t\\303\\251.html"`, when it holds a byte
    core.quotepath has it quote)."""
    if len(name) > 1 and name[0] == name[-1] == '"':
        return codecs.escape_decode(name[1:-1].encode("utf-8", "surrogateescape"))[0]
    return name.encode("utf-8", "surrogateescape")


def path_named(name: str) -> str:
    """A path as list_files names it (C-quoted, `"fr/caf\\303\\251.html"`, where it holds a byte core.quotepath has
    git quote: a letter not ASCII, a quote, a backslash, a control) as the name a host serves it by (`fr/café.html`;
    bytes not UTF-8 kept as surrogates): judged by its quoted form, a page's name ended in `"`, not `.html`."""
    if name[:1] != '"':  # (most: a name git writes as it is)
        return name
    return _name_bytes(name).decode("utf-8", "surrogateescape")


# A path as git prints it C-quoted: between double quotes, each quote, backslash and byte it quotes escaped (`\\"`,
# `\\\\`, `\\t`, `\\303`): git quotes a name only for such a byte, so its quoted form holds one escape at least
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\[abtnvfr"\\]|\\[0-3][0-7]{2})*\\(?:[abtnvfr"\\]|[0-3][0-7]{2})'
                     r'(?:[^"\\\n]|\\[abtnvfr"\\]|\\[0-3][0-7]{2})*"')


def said_name(name: str) -> str:
    """A path as a message says it: a name git printed C-quoted (list_files', `git diff --name-only`'s:
    `"docs/\\303\\251t\\303\\251.md"`) as the file's name, `docs/été.md` (path_named), its control characters
    escaped (messages.shown_name: a line feed in a name said `\\n`, so the message stays one line); any other path as
    shown_name says it (histories30: verify and publish named files by git's quoted form)."""
    from policysite.messages import shown_name

    return shown_name(path_named(name) if _QUOTED.fullmatch(name) else name)


FILE, EXECUTABLE, SYMLINK, SUBMODULE, TREE = "100644", "100755", "120000", "160000", "040000"


def list_entries(repo: gitpython.Repo, rev: str, paths: list[str], *,
                 recursive: bool = True) -> dict[str, tuple[str, str]]:
    """Every entry of `rev` at or under `paths` (as git names them, from the top): path -> (mode, object).

    Symlinks (mode 120000) and submodules (160000) are listed as such, never followed.
    """
    out = run(repo, "ls-tree", *(["-r"] if recursive else []), "-z", "--full-tree", rev, "--", *paths)
    entries = {}
    for record in out.split("\0"):
        if record:
            meta, name = record.split("\t", 1)
            mode, _kind, sha = meta.split()
            entries[name] = (mode, sha)
    return entries


def tree_sha(repo: gitpython.Repo, rev: str, path: str) -> str | None:
    """The tree object of directory `path` at `rev`, or None."""
    return _resolved(repo, f"{rev}:{path}")


def blob_sha(data: bytes) -> str:
    """The id git gives a blob of `data`: lets a commit reuse objects without sending them."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def tree_id(files: Mapping[str, tuple[str, str]]) -> str:
    """The id git gives the tree of a folder holding `files` (path in it -> (mode, blob id)) and nothing else, as a
    commit writes it: each folder's entries in the order of their names' bytes, a folder's name read with a `/` after
    it, its mode `40000`."""
    below: dict[str, dict[str, tuple[str, str]]] = {}
    entries: list[tuple[bytes, bytes]] = []
    for path, held in files.items():
        name, slash, rest = path.partition("/")
        if slash:
            below.setdefault(name, {})[rest] = held
        else:
            entries.append((name.encode("utf-8", "surrogateescape"), b"%s %s\0%s" % (
                held[0].encode("ascii"), name.encode("utf-8", "surrogateescape"), bytes.fromhex(held[1]))))
    for name, inner in below.items():
        named = name.encode("utf-8", "surrogateescape")
        entries.append((named + b"/", b"40000 %s\0%s" % (named, bytes.fromhex(tree_id(inner)))))
    body = b"".join(entry for _key, entry in sorted(entries))
    return hashlib.sha1(b"tree %d\0" % len(body) + body).hexdigest()


def identity(repo: gitpython.Repo) -> tuple[str, str]:
    """The committer of publishing commits: git's own, or a fixed one where none is configured (CI)."""
    name = os.environ.get("GIT_COMMITTER_NAME") or _config(repo, "user.name") or "policysite"
    email = os.environ.get("GIT_COMMITTER_EMAIL") or _config(repo, "user.email") or "policysite@localhost"
    return re.sub(r"[<>\n]", "", str(name)), re.sub(r"[<>\n]", "", str(email))


def config_value(repo: gitpython.Repo, key: str) -> str:
    """A git config value as git itself resolves it (GIT_CONFIG_GLOBAL included), or "" when unset."""
    return _config(repo, key)


def without_credentials(url: str) -> str:
    """A remote's address as it may be shown: a user and password (`https://user:token@host/…`) left out."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    host, slash, path = rest.partition("/")
    return f"{scheme}://{host.rpartition('@')[2]}{slash}{path}"


def _config(repo: gitpython.Repo, key: str) -> str:
    """A git config value as git itself resolves it (GIT_CONFIG_GLOBAL included), or ""."""
    try:
        return run(repo, "config", "--get", key).strip()
    except GitError:
        return ""


def update_ref(repo: gitpython.Repo, ref: str, new: str, old: str | None, *, message: str) -> None:
    """Move `ref` to `new` only if it still points at `old` (None: only if it does not exist).

    Raises RefMoved when the ref is no longer at `old` (read back, not guessed from git's message).
    """
    try:
        run(repo, "update-ref", "-m", message, ref, new, old or ZERO)
    except GitError as exc:
        if rev_parse(repo, ref) != old:
            from policysite.messages import Said, text_of

            raise RefMoved(Said("git.ref-moved", ref=ref, old=old[:12], error=text_of(exc)) if old
                           else Said("git.ref-moved/created", ref=ref, error=text_of(exc))) from exc
        raise


def delete_ref(repo: gitpython.Repo, ref: str) -> None:
    if rev_parse(repo, ref):
        run(repo, "update-ref", "-d", ref)


def push(repo: gitpython.Repo, remote: str, branch: str, *, tags: str | None = None) -> None:
    """Push `branch` to the same branch of `remote`, never forcing; with `tags` (a folder of refs/tags/), the tags
    under it too, all or nothing."""
    more = [f"refs/tags/{tags}/*:refs/tags/{tags}/*", "--atomic"] if tags else []
    run(repo, "push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}", *more)


def refs_under(repo: gitpython.Repo, folder: str) -> dict[str, str]:
    """Every ref under `folder` (`refs/tags/x/`) -> the commit it names."""
    out = run(repo, "for-each-ref", "--format=%(refname) %(objectname)", folder)
    return {name: sha for name, _, sha in (line.partition(" ") for line in out.splitlines())}


def create_refs(repo: gitpython.Repo, refs: dict[str, str]) -> None:
    """Create each of `refs` (name -> commit) where it does not exist: one `git update-ref --stdin`."""
    if not refs:
        return
    done = subprocess.run(["git", *options(repo), "update-ref", "--stdin"], cwd=repo.git_dir, capture_output=True,
                          input="".join(f"create {ref} {sha}\n" for ref, sha in refs.items()).encode("utf-8"),
                          check=False)
    refs_written()
    if done.returncode:
        raise _failed("update-ref --stdin", done.stderr.decode("utf-8", "replace").strip())


def read_object(repo: gitpython.Repo, sha: str) -> bytes:
    """The content of the blob `sha`."""
    import git as gitpython
    try:
        return repo.odb.stream(bytes.fromhex(sha)).read()
    except (ValueError, OSError, gitpython.BadObject):  # not there, or git's cat-file exited (a partial clone's fetch)
        from policysite.messages import Said

        return _by_process(repo, sha, lambda _detail, remotes: Said("git.object-unfetched", sha=sha, remotes=remotes)
                           if remotes else Said("git.no-object", sha=sha))


def read_objects(repo: gitpython.Repo, shas: list[str]) -> Generator[tuple[str, bytes], None, None]:
    """The content of each blob of `shas`, in order, read by one `git cat-file --batch` fed all of them at once.

    read_object asks GitPython's `cat-file` one blob at a time and waits for each answer: 1,000 manifests
    took 0.4 s so, nearly all of it waiting. Streamed: one blob in memory at a time."""
    for sha, (kind, content) in zip(shas, _batch(Path(repo.git_dir), shas)):
        if kind == b"missing":  # said as read_object says it: a partial clone's object git could not fetch, say
            yield sha, read_object(repo, sha)
            continue
        if kind != b"blob":
            from policysite.messages import Said
            raise GitError(Said("git.not-blob", sha=sha))
        yield sha, content


def _batch(folder: Path, names: list[str]) -> Generator[tuple[bytes, bytes], None, None]:
    """(type, content) of each object `names` names (an id, `<commit>:<path>`), in order, from one `git cat-file
    --batch` run in `folder` (the reading's own, within one_reading) and fed all of them at once; (b"missing", b"") for
    a name that names none. Streamed: one object in memory at a time; git is stopped when the caller stops reading."""
    if not names:
        return
    with _answering(folder, "--batch", names) as answers:
        stopped = False  # git stopped within an answer: what follows is not its answers, and it is not kept
        for left in range(len(names) - 1, -1, -1):
            header = answers.stdout.readline().split()
            if len(header) != 3 or not header[2].isdigit():  # `<name> missing`, `ambiguous`, or git stopped
                answers.all_read = not left and not stopped
                yield b"missing", b""
                continue
            content = answers.stdout.read(int(header[2]))
            # the newline after each object; without it, or with fewer bytes than git announced, git stopped midway
            # (killed): the part read is no object's content, said missing as the rest (review1: it was yielded whole)
            stopped = stopped or len(content) != int(header[2]) or answers.stdout.read(1) != b"\n"
            answers.all_read = not left and not stopped  # (a caller that stops after the last answer leaves nothing)
            yield (b"missing", b"") if stopped else (header[1], content)


def objects_at(repo: gitpython.Repo, names: list[str]) -> list[tuple[str, bytes]]:
    """(type, content) of each object `names` names (an id, `<commit>^{tree}`, `<commit>:<path>`), in order, read by
    one `git cat-file --batch` of its own (safe in a forked worker); ("missing", b"") for a name naming none."""
    return [(kind.decode("ascii", "replace"), content) for kind, content in _batch(Path(repo.git_dir), names)]


def object_ids(repo: gitpython.Repo, specs: list[str]) -> list[str | None]:
    """The object each of `specs` (`<commit>:<path>`) names, None where there is none: one `git cat-file
    --batch-check` fed all of them at once (the reading's own, within one_reading)."""
    answered = _ids(repo, specs)
    return [None] * len(specs) if answered is None else answered


def _ids(repo: gitpython.Repo, specs: list[str]) -> list[str | None] | None:
    """object_ids' answers; None where git stopped before it answered them all (killed): not its word that they name
    nothing, which _resolved kept for the reading as one (review1)."""
    if not specs:
        return []
    with _answering(Path(repo.git_dir), "--batch-check=%(objectname)", specs) as answers:
        lines = [answers.stdout.readline() for _spec in specs]
        answers.all_read = lines[-1].endswith(b"\n")
    if not answers.all_read:
        return None
    answered = [line.decode("utf-8", "replace").rstrip("\n") for line in lines]
    return [line if len(line) in (40, 64) and " " not in line else None for line in answered]


@dataclass
class _Answers:
    stdout: IO[bytes]
    all_read: bool = False  # set by the reader once it read the answer to every name


@contextmanager
def _answering(folder: Path, batch: str, names: list[str]) -> Iterator[_Answers]:
    """The output of a `git cat-file <batch>` in `folder` that is being fed `names`, one answer each in order: the
    reading's own (one_reading), else one of its own, stopped at the end. A kept one whose answers were not all
    read (the caller stopped midway), or that stopped answering, is stopped and forgotten: the next starts another.
    A relative `folder` is the one it names now: a kept reader is the folder's, not the words' (review1: after a
    change of working folder, another repository's reader answered). Each name is sent as one line (_one_line)."""
    folder = Path(os.path.abspath(folder))
    names = [_one_line(folder, name) for name in names]
    kept = _kept_reader(folder, batch)
    proc = kept.proc if kept else subprocess.Popen(["git", *OPTIONS, "cat-file", batch], cwd=folder,
                                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                                   stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None  # both are pipes
    data = "".join(f"{name}\n" for name in names).encode("utf-8")
    feeder = None
    if kept and len(data) <= select.PIPE_BUF:  # (the pipe takes it whole, whatever git answers meanwhile)
        _feed(proc.stdin, data, close=False)
    else:  # written beside the reading: git stops reading its input while its answers are not read
        feeder = threading.Thread(target=_feed, args=(proc.stdin, data), kwargs={"close": not kept}, daemon=True)
        feeder.start()
    answers = _Answers(proc.stdout)
    kept_on = False
    try:
        yield answers
    finally:
        kept_on = kept is not None and answers.all_read and proc.poll() is None
        if not kept_on:
            proc.kill()
            proc.wait()
        if feeder is not None:
            feeder.join()
        if kept is not None:
            if not kept_on:
                _forget_reader(folder, batch, kept)
            kept.busy.release()


def _one_line(folder: Path, name: str) -> str:
    """`name` as one line of a `cat-file` batch names the same object: git reads a line up to its newline, less a
    carriage return before it, so a name with a newline was asked as two (every answer after it was the next name's)
    and one ending in a carriage return as another name. Such a name (a path git allows in a tree) is asked of
    `rev-parse`, its object's id sent instead; an empty line, which names nothing, where it names none (review1)."""
    if "\n" not in name and not name.endswith("\r"):
        return name
    done = None if name.startswith("-") else _plain(folder, "rev-parse", "--verify", "--quiet", name)
    answer = os.fsdecode(done.stdout).strip() if done is not None and done.returncode == 0 else ""
    return answer if _OBJECT_ID.fullmatch(answer) else ""


def _feed(pipe: IO[bytes], data: bytes, *, close: bool = True) -> None:
    try:
        pipe.write(data)
        pipe.flush()
        if close:
            pipe.close()
    except (BrokenPipeError, OSError, ValueError):  # the reader stopped early and killed git
        pass


# --- One reading: what a command asks git again and again, asked once ---
#
# A publication started 73 git processes, among them 13 `cat-file --batch` (one per reading) and the same `rev-parse`
# up to 4 times (suite13). Within `one_reading` (project.opened: one command), each repository folder keeps one
# `cat-file --batch` and one `--batch-check` (with OPTIONS' windows: bounded memory), stopped when the block ends; the
# answers of `rev-parse` are kept (an id's answer for the block; a ref's, HEAD's, until the next write of refs through
# this module, or until a lock is taken or let go: what was read before the lock is never trusted after it), and so are
# the last listings of a tree named by its id, which never change. Outside it, or in a forked worker, every reading
# starts its own process, as before.

READS = frozenset({"cat-file", "check-ref-format", "config", "diff", "diff-tree", "for-each-ref", "log", "ls-files",
                   "ls-remote", "ls-tree", "merge-base", "rev-list", "rev-parse", "show", "status", "version"})
KEPT_READERS = 8  # folders whose readers a reading keeps at once (the oldest stopped beyond)
KEPT_LISTINGS = 4  # trees' listings kept (a 1,000-version branch's whole tree is some 80,000 entries)
_FULL_ID = re.compile(r"(?:[0-9a-f]{40}|[0-9a-f]{64})(?![0-9a-f])")
# An abbreviated id (or a name that could be one): a long-lived `cat-file` lists each loose-object folder once and
# never again, so an object written later with the same prefix went unseen (review1)
_SHORT_ID = re.compile(r"[0-9a-fA-F]{4,}(?![0-9a-fA-F])")


@dataclass
class _Reader:
    proc: subprocess.Popen
    busy: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class _Reading:
    pid: int
    depth: int = 0
    readers: dict[tuple[str, str], _Reader] = field(default_factory=dict)
    fixed: dict[tuple[str, str], str | None] = field(default_factory=dict)  # objects specs starting with an id name
    refs: dict[tuple[str, str], str | None] = field(default_factory=dict)  # what refs name, and ids' absences
    listings: dict[tuple[str, str, str], dict[str, tuple[str, str]]] = field(default_factory=dict)
    repos: dict[str, gitpython.Repo] = field(default_factory=dict)  # by the real path each was opened at


_READING: list[_Reading] = []  # the open reading of this process (none in a forked child: _after_fork)


def _current() -> _Reading | None:
    return _READING[0] if _READING and _READING[0].pid == os.getpid() else None


@contextmanager
def one_reading() -> Iterator[None]:
    """While in the block (one command), git's answers asked again are not asked again: see above."""
    reading = _current()
    if reading is None:
        reading = _Reading(os.getpid())
        _READING[:] = [reading]
    reading.depth += 1
    try:
        yield
    finally:
        reading.depth -= 1
        if reading.depth == 0:
            _READING.clear()
            for reader in reading.readers.values():
                _stop(reader)


def refs_written() -> None:
    """Forget what refs named: they were written (or may have been: a lock taken or let go, another process's turn)."""
    if reading := _current():
        reading.refs.clear()


def _after_fork() -> None:
    _READING.clear()  # the parent's processes are the parent's: the child reads with its own, unkept


os.register_at_fork(after_in_child=_after_fork)


def _kept_reader(folder: Path, batch: str) -> _Reader | None:
    """The reading's `cat-file <batch>` in `folder`, started if need be and taken (busy) for one batch; None outside a
    reading, or when it is in use (a reading within another, another thread): the caller starts one of its own."""
    reading = _current()
    if reading is None:
        return None
    key = (str(folder), batch)
    reader = reading.readers.get(key)
    if reader is not None and reader.proc.poll() is not None and not reader.busy.locked():  # (it exited: killed?)
        del reading.readers[key]
        reader = None
    if reader is None:
        reader = _Reader(subprocess.Popen(["git", *OPTIONS, "cat-file", batch], cwd=folder, stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL))
        reading.readers[key] = reader
        while len(reading.readers) > KEPT_READERS:
            oldest = next(iter(reading.readers))
            if not reading.readers[oldest].busy.locked():
                _stop(reading.readers.pop(oldest))
            else:
                break
    if not reader.busy.acquire(blocking=False):
        return None
    return reader


def _forget_reader(folder: Path, batch: str, reader: _Reader) -> None:
    if (reading := _current()) and reading.readers.get((str(folder), batch)) is reader:
        del reading.readers[(str(folder), batch)]


def _stop(reader: _Reader) -> None:
    for pipe in (reader.proc.stdin, reader.proc.stdout):
        with contextlib.suppress(OSError, ValueError):
            if pipe is not None:
                pipe.close()
    if reader.proc.poll() is None:
        reader.proc.kill()
    reader.proc.wait()


def _resolved(repo: gitpython.Repo, spec: str) -> str | None:
    """`git rev-parse --verify --quiet <spec>`: the object `spec` names, or None. Within one_reading, asked of the
    reading's `cat-file --batch-check` (git's same reading of names, no process a question), and kept: an object an
    id names for the reading, any other answer of an id or a ref until refs are written (a fetch may bring what was
    missing). A path relative to the working folder (`HEAD:./x`) is asked of rev-parse, run there, and so is an
    abbreviated id (_SHORT_ID): the reading's `cat-file` still took one for unique once another object of that prefix
    was written, where rev-parse finds it ambiguous."""
    reading = _current()
    key = (str(repo.git_dir), spec)
    if reading is not None:
        for kept in (reading.fixed, reading.refs):
            if key in kept:
                return kept[key]
    short = bool(_SHORT_ID.match(spec)) and not _FULL_ID.match(spec)
    answered = _ids(repo, [spec]) if reading is not None and ":." not in spec and not short else None
    if answered is not None:
        answer = answered[0]
    else:  # (outside a reading, a relative path, or the reading's cat-file stopped: rev-parse answers)
        try:
            answer = run(repo, "rev-parse", "--verify", "--quiet", spec).strip() or None
        except GitError:
            answer = None
    fixed = bool(_FULL_ID.match(spec)) and "@{" not in spec
    if reading is not None and (fixed or spec.startswith(("refs/", "HEAD"))):
        (reading.fixed if fixed and answer else reading.refs)[key] = answer
    return answer


def not_reachable(repo: gitpython.Repo, tips: list[str], rev: str) -> set[str]:
    """The commits reachable from `tips` (commits git has) and not from `rev`: one `git rev-list --stdin`, so that
    10,000 tips (a publishing branch's reflog) cost no command line of that length."""
    if not tips:
        return set()
    done = subprocess.run(["git", *OPTIONS, "rev-list", "--stdin"], cwd=repo.git_dir, capture_output=True,
                          input="".join(f"{tip}\n" for tip in [*tips, f"^{rev}"]).encode("utf-8"), check=False)
    if done.returncode:
        raise _failed("rev-list --stdin", done.stderr.decode("utf-8", "replace").strip())
    return set(done.stdout.decode("ascii", "replace").split())


def cat_blobs(repo: gitpython.Repo, shas: list[str]) -> dict[str, bytes]:
    """The content of each blob of `shas` (ids) that git has, read by one `git cat-file --batch` of its own: safe in a
    forked worker, as cat_blob (a version's PDFs, one process for both languages, not one each). What git lacks, or
    is not a blob's id, is left out: cat_blob reads it, and says why it cannot."""
    ids = [sha for sha in shas if _OBJECT_ID.fullmatch(sha)]
    return {sha: content for sha, (kind, content) in zip(ids, _batch(Path(repo.git_dir), ids)) if kind == b"blob"}


_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def cat_blob(repo: gitpython.Repo, sha: str) -> bytes:
    """The content of the blob `sha`, read by a git process of its own: safe in a forked worker, where the
    repository's long-running `cat-file` process (read_object's) must not be shared."""
    import git as gitpython
    try:
        return repo.git.execute(["git", *OPTIONS, "cat-file", "blob", sha], stdout_as_string=False,
                                strip_newline_in_stdout=False)
    except gitpython.GitCommandError as exc:
        from policysite.messages import Said
        detail = (exc.stderr or "").strip()
        error = GitError(Said("git.no-object/detail", sha=sha, detail=detail))
        error.detail = detail.removeprefix("stderr: ").strip("'\n ")
        raise error from exc


def inside_path(path: str) -> bool:
    """Whether a repository path, written under a folder, stays in it: git mktree takes entries named `..` and
    `.git`, which a checkout refuses and a fetch takes (transfer.fsckObjects is off by default)."""
    parts = PurePosixPath(path).parts
    return bool(parts) and not PurePosixPath(path).is_absolute() and ".." not in parts \
        and ".git" not in {part.lower() for part in parts}


def extract(repo: gitpython.Repo, rev: str, dest: Path) -> None:
    """Write the tree of `rev` into `dest`, each file the bytes of its blob (no checkout, no index).

    Not `git archive`: it applies the `.gitattributes` of the tree it writes (`export-ignore` left pages out,
    `eol=crlf` rewrote them, `export-subst` expanded placeholders), so an export differed from the branch verify
    checks (history hunt 31). A symbolic link is written only where it points inside `dest`; a submodule is none."""
    from policysite.messages import Said, text_of

    dest = Path(dest)
    try:
        files = list_files(repo, rev)
        blobs = [(path, mode, sha) for path, (mode, sha) in sorted(files.items()) if mode != SUBMODULE]
        root = dest.resolve()
        links = {path for path, mode, _sha in blobs if mode == SYMLINK}
        for path, _mode, _sha in blobs:
            if not inside_path(path):
                raise OSError(Said("git.tree-outside", path=path))
            # A tree naming one entry both a link and a folder (git mktree makes it; a fetch takes it): a file
            # written under the link's name goes wherever the link points (history hunt 33: .git/hooks/)
            parts = path.split("/")
            if inside := next((way for way in ("/".join(parts[:n]) for n in range(1, len(parts))) if way in links),
                              None):
                raise OSError(Said("git.tree-through-link", path=path, inside=inside))
        made: list[tuple[Path, str]] = []
        with contextlib.closing(read_objects(repo, [sha for _path, _mode, sha in blobs])) as contents:
            for (path, mode, _sha), (_blob, data) in zip(blobs, contents, strict=True):
                target = dest / path
                target.parent.mkdir(parents=True, exist_ok=True)
                if mode == SYMLINK:
                    made.append((target, os.fsdecode(data)))  # once every file is written: none is written through
                    continue
                target.write_bytes(data)
                if mode == EXECUTABLE:
                    target.chmod(0o755)
        for target, link in made:
            if os.path.isabs(link):
                raise OSError(Said("git.tree-link/outside", path=target.relative_to(dest).as_posix(), link=link))
            target.symlink_to(link)
        # Judged once all are there: a link checked alone, before another it goes through existed, passed for one
        # inside the folder and led out of it (a -> b/../../x, then b -> ../e)
        for target, link in made:
            try:
                where = "outside" if root not in target.resolve().parents else ""
            except RuntimeError:  # links that go round in a loop (pathlib's own error for them)
                where = "loop"
            if where:
                raise OSError(Said(f"git.tree-link/{where}", path=target.relative_to(dest).as_posix(), link=link))
    except OSError as exc:  # said as what it is: the folder's own error names the file
        raise GitError(Said("git.tree-into", rev=rev, dest=str(dest), error=text_of(exc))) from exc


@contextmanager
def lock(repo: gitpython.Repo, name: str, *, timeout: float, on_wait=None):
    """An exclusive lock shared by every process using the repository: the second one waits."""
    path = git_dir(repo) / f"{name}.lock"
    try:
        opened = open(path, "a+", encoding="utf-8")  # closed by the with below
    except OSError as exc:  # a .git the user may not write in: Python's "[Errno 13] …" alone (history hunt 33)
        from policysite.messages import Said

        # a read-only file system no user may write in: "run it as a user who may write there" (histories34)
        key = "git.lock-unwritable/read-only" if exc.errno == errno.EROFS else "git.lock-unwritable"
        raise GitError(Said(key, path=str(path), reason=exc.strerror or str(exc))) from None
    with opened as fd:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait:
                    on_wait(path)
                waited = True
                if time.monotonic() > deadline:
                    from policysite.messages import Said

                    raise LockTimeout(Said("git.lock-held", path=str(path), seconds=round(timeout))) from None
                time.sleep(0.1)
        refs_written()  # what was read before the lock is read again under it: another holder may have moved them
        try:
            yield path
        finally:
            refs_written()
            fcntl.flock(fd, fcntl.LOCK_UN)


# A stream's objects kept in the pack fast-import writes, whatever their number: below `fastimport.unpackLimit` (100) it
# read that pack back and wrote each object again as a loose file, inflated and deflated anew, the deltas it had found
# thrown away: a publication's 42 objects onto 1,000 versions (2.6 MB: the history pages, the lists of versions) took
# 143 ms of git's CPU, 83 ms kept packed, and 628 KiB on disk as loose files against a pack of 441 KiB (perf9). A
# repository's `git gc --auto` packs its packs together past `gc.autoPackLimit` (50), as it does its loose objects.
KEPT_PACKED = ("-c", "fastimport.unpackLimit=0")


class CommitWriter:
    """Commits written with one `git fast-import` onto a private ref; the branch moves only on success.

    Files whose blob already exists are referenced by id instead of being sent again, so a
    version that shares its theme files with the previous one costs only its own pages.
    """

    def __init__(self, repo: gitpython.Repo, *, parent: str | None, known_blobs: set[str]):
        self.repo = repo
        self.ref = f"refs/policysite/tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.parent = parent
        self.known = set(known_blobs)
        self.commits = 0
        self._name, self._email = identity(repo)
        self._proc = subprocess.Popen(
            ["git", *options(repo), *KEPT_PACKED, "fast-import", "--quiet", "--done", "--date-format=raw"],
            cwd=repo.working_tree_dir or repo.git_dir, stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert self._proc.stdin is not None  # a pipe
        self._stdin = self._proc.stdin

    def _write(self, data: bytes) -> None:
        try:
            self._stdin.write(data)
        except BrokenPipeError as exc:
            raise _failed("fast-import", self._stderr()) from exc

    def _data(self, data: bytes) -> None:
        self._write(b"data %d\n" % len(data) + data + b"\n")

    def _stderr(self) -> str:
        return self._proc.stderr.read().decode("utf-8", "replace").strip() if self._proc.stderr else ""

    def start(self, message: str, *, when: int | None = None) -> None:
        """Begin a commit on top of the previous one (or of `parent`)."""
        when = when or clock.stamp()
        self._write(b"commit %s\n" % self.ref.encode())
        self._write(f"committer {self._name} <{self._email}> {when} +0000\n".encode())
        self._data(message.encode("utf-8"))
        if self.commits == 0 and self.parent:
            self._write(f"from {self.parent}\n".encode())
        self.commits += 1

    def has(self, sha: str) -> bool:
        """Whether blob `sha` is already in the repository or this stream (no need to send it)."""
        return sha in self.known

    def delete(self, path: str) -> None:
        self._write(f"D {_quote(path)}\n".encode())

    def copy(self, source: str, target: str) -> None:
        """Copy a file or directory of the commit being written (as it is at this point)."""
        self._write(f"C {_quote(source)} {_quote(target)}\n".encode())

    def add(self, path: str, data: bytes | None = None, *, sha: str | None = None, mode: str = "100644") -> None:
        """Add a file, by content or by the blob id of content already written (`sha`)."""
        if sha is None:
            if data is None:
                from policysite.messages import Said

                raise ValueError(Said("git.add-nothing", path=path))
            sha = blob_sha(data)
        if sha in self.known:
            self._write(f"M {mode} {sha} {_quote(path)}\n".encode())
            return
        if data is None:
            from policysite.messages import Said

            raise ValueError(Said("git.blob-unknown", path=path, sha=sha))
        self._write(f"M {mode} inline {_quote(path)}\n".encode())
        self._data(data)
        self.known.add(sha)

    def finish(self) -> str:
        """End the stream; return the last commit written (on the private ref)."""
        self._write(b"done\n")
        self._stdin.close()
        if self._proc.wait() != 0:
            raise _failed("fast-import", self._stderr())
        refs_written()  # (fast-import wrote its private ref)
        sha = rev_parse(self.repo, self.ref)
        _forget(self.repo, self.ref)
        if not sha:
            from policysite.messages import Said

            raise GitError(Said("git.no-commit-written"))
        return sha

    def __enter__(self) -> CommitWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            self.abort()

    def abort(self) -> None:
        """Stop without moving any branch; objects already written stay unreferenced."""
        try:
            self._stdin.close()
        except BrokenPipeError:
            pass
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        _forget(self.repo, self.ref)


def _forget(repo: gitpython.Repo, ref: str) -> None:
    """A private ref deleted if git can (a stale `packed-refs.lock` stops it): what failed before is what is said, not
    this cleanup (history hunt 23); a ref left under refs/policysite/ moves no branch."""
    try:
        delete_ref(repo, ref)
    except GitError:
        pass


def _quote(path: str) -> str:
    """A path as fast-import reads it: C-style quoted when it has a space, quote or newline."""
    if not re.search(r'[\s"\\]', path):
        return path
    return '"' + path.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
