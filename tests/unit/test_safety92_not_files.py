"""safety92: what a docs folder holds that is no file, folder or link (a FIFO, a socket) is named by `policy check`
at its path: git lists none of them, and the check said nothing of a FIFO `policy build` then refused and a preview's
MkDocs would wait on without end. The check reads none of them (it would wait too). Synthetic project in a temporary
repository."""
from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path

import pytest

from helpers import git, one_language_project
from policysite import checks, messages

FIFO, SOCKET = "docs/en/pipe.md", "docs/en/notes/listening.md"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = one_language_project(tmp_path / "site")
    git(root, "init", "-q", "-b", "main")
    os.mkfifo(root / FIFO)
    (root / SOCKET).parent.mkdir()
    with monkeypatch.context() as here, socket.socket(socket.AF_UNIX) as bound:
        here.chdir((root / SOCKET).parent)  # (a socket's path is 108 bytes at most: bound by its name from its folder)
        bound.bind(Path(SOCKET).name)
    return root


def test_a_fifo_and_a_socket_among_the_texts_are_named_and_not_read(project):
    found = [f for f in checks.check_project(root=project, today=dt.date(2024, 6, 1))
             if f.key == "source.not-a-file/stray"]
    assert sorted((f.path, f.line, f.severity) for f in found) == [(SOCKET, 1, "error"), (FIFO, 1, "error")]
    fifo = next(f for f in found if f.path == FIFO)
    english, french = fifo.said("en"), fifo.said("fr")
    assert english.startswith(f"{FIFO}:1: [source.not-a-file] not a file (a FIFO") and "docs/en/" in english
    assert "pas un fichier (un FIFO" in french and "supprimez-le" in french


def test_the_folder_s_files_folders_and_links_are_none_of_them(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text("x", encoding="utf-8")
    (folder / "link.md").symlink_to("/dev/zero")
    os.mkfifo(folder / "sub" / "fifo")
    assert checks.not_files(folder) == [folder / "sub" / "fifo"]
    assert messages.fields_of(messages.catalogue("en")["source.not-a-file/stray"]) == {"folder"}
