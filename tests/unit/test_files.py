"""A file of the project written whole, or left as it was."""
from __future__ import annotations

import errno
import os
import stat

import pytest

from policysite import files


def test_a_write_that_fails_half_way_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """sync-mark on a full disk truncated the translation record and said `[Errno 28] No space left on device`,
    naming no file (history hunt 27)."""
    record = tmp_path / ".translated-from.yml"
    record.write_text("source: docs/fr/index.md\nsections: {'1': abc}\n", encoding="utf-8")
    real = os.fdopen

    class Full:
        def __init__(self, fd, *args, **kwargs):
            self.out = real(fd, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.out.close()

        def write(self, text):
            self.out.write(text[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fdopen", Full)
    with pytest.raises(OSError, match=r"\.translated-from\.yml: No space left on device; left as it was") as said:
        files.write_text(record, "source: docs/fr/index.md\nsections: {'1': def, '2': ghi}\n")
    assert said.value.errno == errno.ENOSPC
    assert record.read_text(encoding="utf-8") == "source: docs/fr/index.md\nsections: {'1': abc}\n"
    assert [p.name for p in tmp_path.iterdir()] == [".translated-from.yml"]  # no temporary file left


def test_a_file_keeps_its_mode_and_a_new_one_takes_the_umasks(tmp_path):
    kept = tmp_path / "words.txt"
    kept.write_text("a\n", encoding="utf-8")
    kept.chmod(0o640)
    files.write_text(kept, "b\n")
    assert kept.read_text(encoding="utf-8") == "b\n" and stat.S_IMODE(kept.stat().st_mode) == 0o640
    umask = os.umask(0o022)
    try:
        files.write_text(tmp_path / "new.yml", "c\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.yml").stat().st_mode) == 0o644
