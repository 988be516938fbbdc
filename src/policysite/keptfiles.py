"""Files a command keeps for the next in the repository's git folder (`.git/policysite/<kind>/`), each named by the
digest of all it depends on: written whole or not at all, read back only whole (each holds its bytes' SHA-256 first:
one cut short by a full disk is not read), the newest kept (past a bound, the oldest go, looked for once a process).
A file that cannot be written is no error; no folder is made where the git folder is gone."""
from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

_PRUNED: set[Path] = set()


class Place:
    """Where one kind of kept file goes while a block runs (`kept_in`), for code that is not handed the project (the
    hooks call it): None, nowhere."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    @contextlib.contextmanager
    def kept_in(self, folder: Path | None) -> Iterator[None]:
        before, self.folder = self.folder, folder
        try:
            yield
        finally:
            self.folder = before


def read(folder: Path | None, name: str) -> bytes | None:
    """What `write` kept under `name`, if a whole file is there."""
    if folder is None:
        return None
    try:
        kept = (folder / name).read_bytes()
    except OSError:
        return None
    data = kept[32:]
    return data if hashlib.sha256(data).digest() == kept[:32] else None


def remove(folder: Path | None, name: str) -> None:
    """No file kept under `name` in `folder` any more (none there: nothing to do)."""
    if folder is None:
        return
    with contextlib.suppress(OSError):
        os.unlink(folder / name)


def write(folder: Path | None, name: str, data: bytes, *, most: int) -> None:
    """Keep `data` under `name` in `folder`, the newest `most` files of the folder kept."""
    if folder is None:
        return
    with contextlib.suppress(OSError):
        folder.parent.mkdir(exist_ok=True)  # (in the git folder: none is made where it is gone)
        folder.mkdir(exist_ok=True)
        temp = folder / f".{name}.{os.getpid()}.{threading.get_ident()}"
        temp.write_bytes(hashlib.sha256(data).digest() + data)
        os.replace(temp, folder / name)  # (whole, or not at all)
        if folder not in _PRUNED:
            _PRUNED.add(folder)
            kept = [entry for entry in os.scandir(folder) if entry.is_file() and not entry.name.startswith(".")]
            if len(kept) > most:
                kept.sort(key=lambda entry: entry.stat().st_mtime_ns)
                for old in kept[:len(kept) - most]:
                    with contextlib.suppress(OSError):
                        os.unlink(old.path)
