"""Fixtures: temporary git repos and one real strict build (of the frozen policy) shared by the integration tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import copy_project, git


@pytest.fixture
def git_repo(tmp_path: Path) -> Path:
    """An empty repository on branch main with a local identity."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    return repo


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """`policy build` of the project into a temporary folder, as `make build` runs it."""
    site = tmp_path_factory.mktemp("site")
    project = copy_project(tmp_path_factory.mktemp("frozen") / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "policysite.cli", "--root", str(project), "build",
                             "--site-dir", str(site)], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site
