"""A publication onto a repository whose disk fills while git writes the commits (the repository's disk full, the
temporary folder's not: a CI runner's workspace on a volume of its own). `policy publish` ended on git's words alone:
"error: git fast-import: fatal: sha1 file '.git/objects/pack/tmp_pack_…' write error. Out of diskspace", "dumping crash
report", "die() called many times". It now says the repository's disk is full, where, what to do, and that no branch
moved (histories34); with room again, the same command publishes. A real full disk: a small tmpfs, mounted where this
machine lets the test mount one (root), else skipped (safety90 limits a file's size instead, which Python meets
first)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from helpers import git, tmpfs
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _used_kib(folder) -> int:
    return int(subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True).stdout.split()[0])


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a tmpfs of its own (resized by the test: `mount -o remount,size=…`), unmounted after."""
    with tmpfs(tmp_path / "disk", "8m") as disk:
        yield disk


def _resize(disk, kib: int) -> None:
    subprocess.run(["mount", "-o", f"remount,size={kib}k", str(disk)], check=True, capture_output=True)


def test_a_full_disk_while_git_writes_the_publication_is_said_and_moves_nothing(tmp_path, small_disk):
    made = new_project(tmp_path / "made")
    made.commit("2021-02-17")
    git(made.root, "gc", "-q")
    shutil.copytree(made.root, small_disk / "project")
    project = Project(small_disk / "project")
    _resize(small_disk, _used_kib(small_disk) + 384)  # the project fits; its publication's pack does not
    done = project.run("publish", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"error: git fast-import could not write into {project.root / '.git' / 'objects'}: the disk holding the "
            "repository is full (or its quota is reached): free some space there, then run the command again; no "
            "branch moved (git: ") in said, said
    assert project.branch() is None and project.branch("main") == git(project.root, "rev-parse", "HEAD").strip()
    fr = project.run("publish", "--messages", "fr")
    assert "le disque du dépôt est plein" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
    _resize(small_disk, 16 * 1024)  # room again: the same command publishes
    again = project.run("publish", "--messages", "en")
    assert again.returncode == 0 and project.branch() is not None, again.stdout + again.stderr
    assert project.run("verify").returncode == 0
