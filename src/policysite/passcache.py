"""Pages that passed the output check, kept in the repository's git folder between commands.

A warm `policy history --rebuild` builds every version again and the output check read each page it built (a
lexbor parse of the whole page, then of its text under stricter rules: some 15 ms a language and version) though the
same bytes passed in the last rebuild. A page that passed is kept as an empty file named by the digest of all its
verdict depends on: the page's bytes, whether its text was judged, the theme's own scripts it was allowed, and the
checker itself (this package's every file, Python's version and the installed distributions, lexbor's among them:
findingcache.checks_digest). A page found there passes without being read again; any other page is read, and one
that fails is never kept. A file that cannot be written is no error. The newest `KEPT` are kept.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from policysite import findingcache

FOLDER = "passed"
FORMAT = 1
KEPT = 32_768


def folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps them (beside findingcache's)."""
    return Path(common_dir) / "policysite" / FOLDER


def _name(digest: bytes, *, text: bool, scripts: tuple[str, ...], any_code: bool = False) -> str:
    code = "" if any_code else findingcache.checks_digest()
    key = hashlib.sha256(f"{FORMAT}\0{code}\0{int(text)}\0".encode() + digest)
    for script in sorted(scripts):
        key.update(b"\0" + script.encode("utf-8", "surrogatepass"))
    return key.hexdigest()


def passed(place: Path | None, digest: bytes, *, text: bool, scripts: tuple[str, ...]) -> bool:
    """Whether a page of SHA-256 `digest` passed, its text judged or not (`text`), allowing `scripts`."""
    return place is not None and (place / _name(digest, text=text, scripts=scripts)).is_file()


_PRUNED: set[Path] = set()


def blobs_passed(place: Path | None, *, text: bool, scripts: tuple[str, ...], any_code: bool = False) -> set[str]:
    """The git blob ids of the pages of a branch that passed, their text judged or not, allowing `scripts`: one file
    read for the whole tree (a look-up a page, a file each, cost some 30 us: 0.2 s at 1,000 versions). `any_code`:
    kept whichever code of this package judged them (a fact about where the bytes came from, not a verdict)."""
    if place is None:
        return set()
    try:
        return set((place / _name(b"git-blobs", text=text, scripts=scripts, any_code=any_code))
                   .read_text(encoding="ascii").split())
    except (OSError, UnicodeDecodeError):
        return set()


def keep_blobs(place: Path | None, blobs: list[str], *, text: bool, scripts: tuple[str, ...],
               any_code: bool = False) -> None:
    """Keep that the pages of git blob ids `blobs` passed (appended: the file holds only what passed)."""
    if place is None or not blobs:
        return
    with contextlib.suppress(OSError):
        place.mkdir(parents=True, exist_ok=True)
        with open(place / _name(b"git-blobs", text=text, scripts=scripts, any_code=any_code), "a",
                  encoding="ascii") as kept:
            kept.write("".join(f"{blob}\n" for blob in blobs))


def keep(place: Path | None, digest: bytes, *, text: bool, scripts: tuple[str, ...]) -> None:
    """Keep that such a page passed (the oldest beyond `KEPT` go, looked for once a process)."""
    if place is None:
        return
    with contextlib.suppress(OSError):
        place.mkdir(parents=True, exist_ok=True)
        (place / _name(digest, text=text, scripts=scripts)).touch()
        if place not in _PRUNED:
            _PRUNED.add(place)
            kept = [entry for entry in os.scandir(place) if entry.is_file()]
            if len(kept) > KEPT:
                kept.sort(key=lambda entry: entry.stat().st_mtime_ns)
                for old in kept[:len(kept) - KEPT]:
                    with contextlib.suppress(OSError):
                        os.unlink(old.path)
