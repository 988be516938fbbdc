"""Adoption hunt 20 (session 40): what the import does with a path that exists but is neither a file nor a folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from policysite.convert import ConvertError, dated_sources


def test_a_device_named_is_said_to_be_a_device_not_missing():
    """`policy import /dev/null` said "no such file or folder" for a path that exists (session 39's lead)."""
    with pytest.raises(ConvertError, match=r"^null: a device, not a file \(/dev/null\): import reads files"):
        dated_sources([Path("/dev/null")])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_a_named_pipe_in_a_folder_is_refused_before_anything_reads_it(tmp_path: Path):
    """A named pipe among a folder's files made the import wait forever to read it (its name dated, a version); it is
    refused, naming it, before any file is read; one named on the command line too."""
    (tmp_path / "privacy-2022-01-01.md").write_text("# Privacy\n\nWe.\n", encoding="utf-8")
    pipe = tmp_path / "privacy-2023-03-12.html"
    os.mkfifo(pipe)
    for given in (tmp_path, pipe):
        with pytest.raises(ConvertError) as error:
            dated_sources([given])
        assert str(error.value) == (f"privacy-2023-03-12.html: a named pipe (reading it waits for a program to write "
                                    f"into it), not a file ({pipe}): import reads files, and the files of folders; "
                                    "nothing imported")
