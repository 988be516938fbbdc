"""Files of the archive's branch that no publication wrote, said by the commit that brought them: main merged into
gh-pages by mistake put every file of the project there, and `policy verify` gave a line for each (some fifty, none
saying what happened nor what to do; histories28)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from policysite import git
from policysite.messages import Said

if TYPE_CHECKING:
    import git as gitpython

MANY = 4  # files one commit brought that are said as one problem (a merge's: any number)
SHOWN = 3  # of a group's files, those named
GROUPED = frozenset({"verify.unaccounted/merge", "verify.unaccounted/commit"})  # (their `files`: every file said)
_CHUNK = 500  # paths a `git log` is given at once (the command line's length)


def said(repo: gitpython.Repo, tip: str, paths: Sequence[str], *, branch: str) -> list[Said]:
    """What verify says of `paths`, files of the branch at `tip` outside what publishing writes, in their order: those
    a merge commit of the branch brought (another branch merged into it), or of which one commit added MANY or more,
    as one problem naming the commit and the way back; each other a line a file, naming the commit that added it and
    how to remove it where the branch's history says it."""
    brought = _adders(repo, tip, paths) if paths else {}
    groups: dict[str, list[str]] = {}
    for path in paths:
        groups.setdefault(brought.get(path, ""), []).append(path)
    parents = _parents(repo, [commit for commit in groups if commit])
    found: list[Said] = []
    for path in paths:
        commit = brought.get(path, "")
        group = groups[commit]
        merge = len(parents.get(commit, ())) > 1
        if not commit:
            found.append(Said("verify.unaccounted", path=path))
        elif not merge and len(group) < MANY:  # (a README put at the branch's root: what to do said, histories32)
            subject, day = _subject_and_day(repo, commit)
            found.append(Said("verify.unaccounted/added", path=path, commit=commit[:7], subject=subject[:60], day=day,
                              branch=branch))
        elif path == group[0]:
            subject, day = _subject_and_day(repo, commit)
            found.append(Said("verify.unaccounted/merge" if merge else "verify.unaccounted/commit",
                              count=len(group), paths=", ".join(git.said_name(path) for path in group[:SHOWN]),
                              more=" …" if len(group) > SHOWN else "", commit=commit[:7], subject=subject[:60],
                              day=day, branch=branch, files=tuple(group)))
    return found


def _adders(repo: gitpython.Repo, tip: str, paths: Sequence[str]) -> dict[str, str]:
    """Each of `paths` -> the commit of the branch's own line (its first parents, from `tip`) that added it, a merge's
    additions read against its first parent: the merge, not the commit of the other branch that first wrote the
    file, is what put it on the archive. `paths` are named as git.list_files names them, as `git log` lists them too
    (C-quoted where a name holds a tab, a quote, a backslash, a letter not ASCII), each looked for by the file's name:
    its quoted form matched no file, and each such file of the commit was said a line of its own (histories29)."""
    found: dict[str, str] = {}
    for start in range(0, len(paths), _CHUNK):
        chunk = [f":(literal){git.path_named(path)}" for path in paths[start:start + _CHUNK]]
        for commit, _subject, _fields, path in git.raw_changes(repo, "--first-parent", "--diff-merges=first-parent",
                                                              "--no-renames", "--diff-filter=A", tip, "--", *chunk):
            found.setdefault(path, commit)  # (the newest: a file removed and added again was added last by it)
    return found


def _parents(repo: gitpython.Repo, commits: Sequence[str]) -> dict[str, list[str]]:
    """Each of `commits` -> its parents."""
    if not commits:
        return {}
    lines = git.run(repo, "rev-list", "--no-walk", "--parents", *commits).splitlines()
    return {line.split()[0]: line.split()[1:] for line in lines if line.strip()}


def _subject_and_day(repo: gitpython.Repo, commit: str) -> tuple[str, str]:
    """`commit`'s subject, in its writer's words, and the day it was made (its committer's date)."""
    day, _, subject = git.run(repo, "show", "-s", "--format=%cs %s", commit).strip().partition(" ")
    return git.readable(subject), day


def files_of(said_once: Said) -> tuple[str, ...]:
    """Every file a problem of `said` names as one commit's (GROUPED), the few it shows and the rest."""
    files = said_once.fields.get("files", ())
    return tuple(str(path) for path in files) if isinstance(files, tuple) else ()
