"""Which versions' manifests the branch's history deleted: read once, then only the commits since.

Publishing never deletes a manifest, so each deletion is a version removed by hand, and `publish`, `history` and
`verify` refuse to go on over one (`branch.removed_versions`). Finding them is a `git log --diff-filter=D` of the
branch's whole history, whose cost grows with the square of the archive (every commit rewrites the manifest folder,
of N entries): 0.17 s of git's CPU at 1,000 versions, for each publication. What a commit's history deleted never
changes, so the answer for the branch's tip is kept in the git directory (`policysite-deletions.json`), and the next
command reads only the commits since that tip when it is still in the branch's history; otherwise (the branch
rewritten, the file missing, unreadable or written by hand) the whole history again. A shallow clone, whose history
may be deepened later, keeps nothing. The file is a cache, never the proof: a command that cannot write it reads the
history each time.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import git as gitpython

from policysite import git

STORE = "policysite-deletions.json"
_SHA = re.compile(r"[0-9a-f]{40}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def deleted(repo: gitpython.Repo, tip: str, directory: str) -> dict[str, str]:
    """Every version whose manifest under `directory` a commit of `tip`'s history (a commit id) deleted -> the newest
    such commit, whether or not the version is there again."""
    if (git.git_dir(repo) / "shallow").exists():  # a history that may grow older: read whole, kept nowhere
        return _logged(repo, tip, directory)
    known = _load(repo).get(directory)
    if known is not None and known[0] == tip:
        return dict(known[1])
    since = known[0] if known is not None and git.is_ancestor(repo, known[0], tip) else None
    found = _logged(repo, f"{since}..{tip}" if since else tip, directory)
    result = {**known[1], **found} if since and known is not None else found
    _save(repo, directory, tip, result)
    return result


def _logged(repo: gitpython.Repo, revisions: str, directory: str) -> dict[str, str]:
    """The deletions of the commits `revisions` names, the newest first kept."""
    # -m: a merge is compared with each of its parents, so a manifest one of them had and the merge drops is a
    # deletion too (git log shows a merge's own changes to none of them otherwise: history hunt 19)
    # (flags spelled out: `log.diffMerges` or `log.showRoot` in the user's git configuration changed what -m and a
    # root commit show: history hunt 20, finding 3)
    # --no-renames: a manifest moved to another name, then that deleted, is a deletion (history hunt 21)
    out = git.run(repo, "log", "--diff-merges=separate", "--no-renames", "--format=%x01%H", "--diff-filter=D",
                  "--name-only", revisions, "--", f"{directory}/")
    removed: dict[str, str] = {}
    commit = ""
    for line in out.splitlines():
        if line.startswith("\x01"):
            commit = line[1:].strip()
        elif line.strip():
            name = line.strip().rsplit("/", 1)[-1]
            version = name.removesuffix(".json")
            # Whatever its commit's subject or date says it is: publishing writes no commit that deletes a
            # version's manifest (history hunts 18 and 19: a removal titled as publishing's own, dated before the
            # version, or an announced version's, passed)
            if line.strip() == f"{directory}/{name}" and _DATE.fullmatch(version):
                removed.setdefault(version, commit)  # newest first: the last deletion
    return removed


def _load(repo: gitpython.Repo) -> dict[str, tuple[str, dict[str, str]]]:
    """What an earlier command kept: directory -> (the tip it read, its deletions); nothing if the file is not one
    this module wrote (a link, another shape)."""
    path = git.git_dir(repo) / STORE
    try:
        if path.is_symlink() or not path.is_file():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    kept: dict[str, tuple[str, dict[str, str]]] = {}
    for directory, entry in (data.items() if isinstance(data, dict) else []):
        tip, found = (entry.get("tip"), entry.get("deleted")) if isinstance(entry, dict) else (None, None)
        if (isinstance(tip, str) and _SHA.fullmatch(tip) and isinstance(found, dict)
                and all(isinstance(v, str) and _DATE.fullmatch(v) and isinstance(c, str) and _SHA.fullmatch(c)
                        for v, c in found.items())):
            kept[directory] = (tip, found)
    return kept


def _save(repo: gitpython.Repo, directory: str, tip: str, found: dict[str, str]) -> None:
    """Keep `tip`'s deletions beside the other directories' (written whole, then renamed over the file: a link
    there is replaced, not followed); a git directory that cannot be written keeps nothing."""
    folder = git.git_dir(repo)
    data = {name: {"tip": t, "deleted": d} for name, (t, d) in _load(repo).items()}
    data[directory] = {"tip": tip, "deleted": dict(sorted(found.items()))}
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{STORE}.")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, sort_keys=True)
        os.replace(name, folder / STORE)
    except OSError:
        Path(name).unlink(missing_ok=True)
