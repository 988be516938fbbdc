"""Where a command's temporary folders go: in memory (a tmpfs with room to spare) unless one was chosen.

A rebuild writes, reads and removes some hundred files a version in its temporary folders (each language's build,
the theme's files MkDocs copies into it and the shared folder takes out, the texts it builds from): on a disk's
ext4 their system calls were a sixth of a warm `policy history --rebuild`'s CPU (bench/README.md, session 29). The
files are the same wherever they are written; a folder the user chose (TMPDIR, TEMP, TMP) or the caller set
(`tempfile.tempdir`) is always the one used, and without such a tmpfs, the machine's.
"""
from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

MEMORY = "/dev/shm"
ROOM = 1 << 30  # free bytes a tmpfs needs to be used: a container's 64 MB /dev/shm is not
# files a tmpfs needs room for (its inodes): a /dev/shm of 11 GB free but no inode left (runs of the suite at once
# left their last three folders each) ended every test of a run in "could not create numbered dir"
FILES = 500_000


def memory_folder(mounts: str | None = None, *, folder: str = MEMORY, room: int = ROOM,
                  files: int = FILES) -> str | None:
    """`folder` when it is a tmpfs (memory) where files may be written and run, with `room` bytes free and room for
    `files` more files; else None. `mounts` is /proc/mounts' text (read when None): a container's /dev/shm of 64 MB,
    or one mounted noexec or read-only, is not used."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    entry = next((line.split() for line in mounts.splitlines() if len(line.split()) >= 4
                  and line.split()[1] == folder), None)
    if entry is None or entry[2] != "tmpfs" or {"noexec", "ro"} & set(entry[3].split(",")):
        return None
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_bavail * stats.f_frsize < room or not os.access(folder, os.W_OK | os.X_OK):
        return None
    if stats.f_files and stats.f_favail < files:  # (a tmpfs of unlimited files says 0 of 0)
        return None
    return folder


def folder() -> str | None:
    """The folder a command's temporary folders go in: None (tempfile's own choice) where one was chosen, or
    where the machine has no tmpfs with room; else the tmpfs (looked for once a process)."""
    if tempfile.tempdir is not None or any(os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")):
        return None
    return _memory()


@functools.cache
def _memory() -> str | None:
    return memory_folder()


def temporary(prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder named `prefix…`, removed with its files when the block ends (`folder`)."""
    return tempfile.TemporaryDirectory(prefix=prefix, dir=folder())
