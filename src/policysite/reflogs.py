"""The former tips of a branch that this clone's reflog records, read so that a long reflog costs only its new entries.

A publishing branch's reflog grows by one entry a publication or a fetch (10,000 in a long-lived clone); every
command asks which former tip held a version the branch no longer has (branch.rewound_versions). Once the reflog's
oldest `count` entries are known to hold no version missing from a commit `rev`, that is written down
(.git/policysite/reflogs.json: the ref, `count`, a digest of those entries, `rev`); the next run takes those entries
as proven when they are still the reflog's first (not expired or rewritten: same digest) and `rev` is still in the
history of the branch read, and hands out only the entries since. A reset or force-push to before a publication is an
entry since, or makes `rev` no longer an ancestor: everything is read again.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import git as gitpython

from policysite import git, manifest as mf

FILE = "reflogs.json"


@dataclass(frozen=True)
class Reflog:
    """A ref's reflog entries (their new tips, oldest first) and how many of the oldest are proven already."""

    ref: str
    entries: tuple[str, ...]
    proven: int
    directory: str = ""  # the document's manifests looked for (what one document's run proved is not another's)

    def unproven(self) -> list[str]:
        """The tips not yet proven in the archive's history, newest first."""
        return list(reversed(self.entries[self.proven:]))


def read(repo: gitpython.Repo, ref: str, rev: str, directory: str = mf.DIRECTORY) -> Reflog | None:
    """`ref`'s reflog, its entries an earlier run proved (of the document whose manifests are in `directory`, while
    that run's `rev` is in this one's history) left out; None without one."""
    entries = _entries(repo, ref)
    if entries is None:
        return None
    known = _records(repo).get(f"{ref} {directory}")
    proven = 0
    if isinstance(known, dict) and isinstance(known.get("count"), int) and 0 < known["count"] <= len(entries) \
            and known.get("digest") == _digest(entries[:known["count"]]) and isinstance(known.get("rev"), str) \
            and git.rev_parse(repo, f"{known['rev']}^{{commit}}") and git.is_ancestor(repo, known["rev"], rev):
        proven = known["count"]
    return Reflog(ref, entries, proven, directory)


def prove(repo: gitpython.Repo, reflog: Reflog, rev: str) -> None:
    """Write down that no tip of `reflog` held a version `rev` lacks (the caller found none). A clone that cannot be
    written keeps reading the whole reflog."""
    records = _records(repo)
    records[f"{reflog.ref} {reflog.directory}"] = {"count": len(reflog.entries), "digest": _digest(reflog.entries),
                           "rev": git.rev_parse(repo, f"{rev}^{{commit}}")}
    path = _path(repo)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{FILE}.{os.getpid()}")
        part.write_text(json.dumps(records, sort_keys=True), encoding="utf-8")
        part.replace(path)


def _log_text(repo: gitpython.Repo, ref: str) -> tuple[bool, str | None]:
    """`ref`'s reflog file's text: (True, its text); (True, None) where there is no file (a reftable repository, or
    no reflog); (False, None) where the file cannot be read."""
    path = Path(git.run(repo, "rev-parse", "--git-path", f"logs/{ref}").strip())
    path = path if path.is_absolute() else git.top(repo) / path
    try:
        return True, path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return True, None
    except OSError:
        return False, None


def _entries(repo: gitpython.Repo, ref: str) -> tuple[str, ...] | None:
    """The new tip of each of `ref`'s reflog entries, oldest first: its file read (`<old> <new> <who> <when>\\t<why>`
    a line), else as `git reflog` gives them (a reftable repository)."""
    readable, text = _log_text(repo, ref)
    if not readable:
        return None
    if text is not None:
        return tuple(fields[1] for fields in (line.split(" ", 2) for line in text.splitlines()) if len(fields) > 2)
    try:
        return tuple(reversed(git.run(repo, "reflog", "show", "--format=%H", ref, "--").split()))
    except git.GitError:  # no such ref, or no reflog
        return None


def moves(repo: gitpython.Repo, ref: str) -> list[tuple[str, str, str]]:
    """`ref`'s reflog entries, oldest first: (the tip before, the tip after, why: the message the command that moved it
    wrote), the tip before all zeros where the entry made the ref; none without a reflog. Read from its file, else as
    `git reflog` gives them (a reftable repository: the tip before is the entry before's)."""
    readable, text = _log_text(repo, ref)
    if not readable:
        return []
    if text is not None:
        found = []
        for line in text.splitlines():
            head, _tab, why = line.partition("\t")
            fields = head.split(" ", 2)
            if len(fields) > 2:
                found.append((fields[0], fields[1], why))
        return found
    try:
        listed = git.run(repo, "reflog", "show", "--format=%H %gs", ref, "--").splitlines()
    except git.GitError:  # no such ref, or no reflog
        return []
    found, before = [], git.ZERO
    for line in reversed(listed):
        after, _space, why = line.partition(" ")
        found.append((before, after, why))
        before = after
    return found


def _digest(entries: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(entries).encode("ascii", "replace")).hexdigest()


def _path(repo: gitpython.Repo) -> Path:
    return Path(repo.common_dir) / "policysite" / FILE


def _records(repo: gitpython.Repo) -> dict:
    try:
        records = json.loads(_path(repo).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return records if isinstance(records, dict) else {}


def held_before(repo: gitpython.Repo, commits: list[str]) -> dict[str, str]:
    """Of `commits`, those a former tip of HEAD's branch held on its first parents (its reflog, or its remote-tracking
    branches': a reset, or a reset to a remote that was force-pushed), each with the newest such tip. Nothing on a
    detached HEAD."""
    if not commits or not repo.head.is_valid() or repo.head.is_detached:
        return {}
    ref = repo.head.ref.path
    name = ref.removeprefix("refs/heads/")
    remotes = git.run(repo, "for-each-ref", "--format=%(refname)", "refs/remotes").split()
    tips: list[str] = []
    for one in (ref, *(other for other in remotes if other.endswith(f"/{name}"))):
        tips += reversed(_entries(repo, one) or ())  # newest first
    head = git.rev_parse(repo, "HEAD")
    tips = [tip for tip in dict.fromkeys(tips) if tip != head][:FORMER_TIPS]
    present = git.object_ids(repo, [f"{tip}^{{commit}}" for tip in tips])
    tips = [tip for tip, there in zip(tips, present, strict=True) if there]  # (one expired and pruned: gone)
    if not tips:
        return {}
    wanted, found = set(commits), dict[str, str]()
    # one walk of every former tip's first parents, each commit named by the tip that reached it
    for line in git.run(repo, "log", "--first-parent", "--source", "--format=%H %S", *tips).splitlines():
        commit, _, tip = line.partition(" ")
        if commit in wanted:
            found.setdefault(commit, tip)
    return found


FORMER_TIPS = 2000  # the newest former tips read (a command line's length: a long-lived clone's reflog has 10,000)
