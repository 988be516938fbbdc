"""safety85: a file in docs/ whose name is not UTF-8 (`\\xff\\xfe.md`, as a Windows zip's Latin-1 names unpack) ended
`policy check` and the build with Python's "'utf-8' codec can't decode byte 0xff in position 30", no file named. It is
said as any other file publishing refuses there, at its name."""
from __future__ import annotations

import os

import pytest

from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize("name", [b"\xff\xfe.md", b"caf\xe9.md", b"notes\xff"])
def test_a_file_named_in_no_utf8_is_said_at_its_name(tmp_path, name):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    folder = os.fsencode(project.root / "docs" / "en")
    with open(os.path.join(folder, name), "wb") as stray:
        stray.write(b"# Stray\n")
    for command in (["check"], ["build", "--site-dir", str(tmp_path / "site")]):
        result = project.run(*command)
        said = result.stdout + result.stderr
        assert result.returncode == 1, said
        assert "codec" not in said and "Traceback" not in said, said
        lines = [line for line in said.splitlines() if "[source.unpublished-file]" in line]
        assert len(lines) == 1 and "docs/en/" in lines[0], said
        assert repr(name)[2:-1] in lines[0], lines  # (each byte that is no UTF-8 as Python writes it, `\xff`)
    assert not (tmp_path / "site").exists()
