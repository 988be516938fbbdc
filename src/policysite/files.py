"""Writing a file of the project (a translation record, a word list): whole, or not at all."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` through a new file beside it, then put it in place in one step.

    Written in place, a failure half-way (a full disk) left the record truncated: the command said `error:` and the
    file it was asked to update was gone (history hunt 27). Now the file is as it was, or as asked."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temp, _mode(path))
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            from policysite.messages import Said

            said = OSError(Said("files.unchanged", path=str(path), reason=str(exc.strerror or exc)))
            said.errno = exc.errno
            raise said from None
        raise


def _mode(path: Path) -> int:
    """The file's mode, as git checked it out; a new file's as the user's umask gives it (mkstemp's is 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def shown(root: Path, path: Path) -> str:
    """`path` as the project names it, relative to `root` (its folders' links not followed)."""
    return Path(os.path.relpath(path.absolute(), Path(root).absolute())).as_posix()
