"""The policy's whole docs folder committed as a symbolic link to pages kept elsewhere."""
from __future__ import annotations

import pytest

from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")  # their commands are not about the process


def test_publish_names_a_linked_docs_folder_once(tmp_path):
    """histories8: both languages' pages lie under the one link, and `policy publish` said its sentence once for each
    ('docs is a symbolic link at …: … commit the files themselves; docs is a symbolic link at …'), where `policy
    history` says it once."""
    project = new_project(tmp_path / "project")
    project.write("2021-02-17")
    (project.root / "docs").rename(tmp_path / "legal")
    (project.root / "docs").symlink_to(tmp_path / "legal")
    commit = project.commit_all("docs kept elsewhere, linked")
    said = project.run("publish")
    assert said.returncode == 1 and said.stderr == (
        f"error: nothing to publish: docs is a symbolic link at {commit[:7]}: the build reads files as git stores them "
        "and never follows links: commit the files themselves\n"), said.stderr
    assert project.run("history").stderr == said.stderr and project.branch() is None
