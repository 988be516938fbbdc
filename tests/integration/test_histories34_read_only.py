"""A repository on a read-only file system (a volume or CI cache mounted read-only): `policy publish` said its lock
"cannot be written (Read-only file system): … run it as a user who may write there", and no user may. It now says the
file system is read-only and what to do (histories34); nothing was published. A real read-only mount: a tmpfs remounted
`ro`, where this machine lets the test mount one (root), else skipped (a root user writes through chmod)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from helpers import tmpfs
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture
def mounted(tmp_path):
    """A folder on a tmpfs of its own, unmounted after."""
    with tmpfs(tmp_path / "disk", "16m") as disk:
        yield disk


@pytest.mark.parametrize("command", ["publish", "history"])
def test_a_read_only_repository_is_said_read_only_not_a_user_s(tmp_path, mounted, command):
    made = new_project(tmp_path / "made")
    made.commit("2021-02-17")
    shutil.copytree(made.root, mounted / "project")
    project = Project(mounted / "project")
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True, capture_output=True)
    done = project.run(command, "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"error: {project.root / '.git' / 'policysite-publish-gh-pages.lock'}: publishing's lock cannot be "
            "written: the repository is on a read-only file system") in said, said
    assert "mount it read-write, or publish from a clone on a writable disk; nothing was published" in said, said
    assert "as a user who may write there" not in said, said
    fr = project.run(command, "--messages", "fr")
    assert "sur un système de fichiers en lecture seule" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
    assert project.branch() is None
