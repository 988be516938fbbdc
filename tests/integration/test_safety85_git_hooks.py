"""safety85: the git processes `policy` starts run no hook of the project's own files. A repository whose
`core.hooksPath` names a folder of its files (`.githooks`, as teams set it once with `git config`, husky's `.husky`) ran
whatever those files said: `policy publish` ran `.githooks/reference-transaction` at each ref it wrote, `policy import`
the `pre-commit` and `post-commit` of each commit it made. A pull request changing those files ran its code in the one
gate. The user's own hooks, in .git/hooks, still run (test_messages_refusals: a team's commit-msg rule)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, fr_page, new_project
from policysite import git as git_module

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")

HOOKS = ("reference-transaction", "pre-commit", "prepare-commit-msg", "commit-msg", "post-commit", "post-checkout",
         "post-index-change", "pre-push", "pre-auto-gc", "post-rewrite")


def _hooked(project: Project, ran: Path) -> None:
    """The project's own `.githooks/`, committed, each hook writing its name into `ran`; git told to run them."""
    folder = project.root / ".githooks"
    folder.mkdir()
    for name in HOOKS:
        hook = folder / name
        hook.write_text(f"#!/bin/sh\necho {name} >> '{ran}'\n", encoding="utf-8")
        hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    project.commit_all("the team's hooks")
    git(project.root, "config", "core.hooksPath", ".githooks")
    git(project.root, "update-ref", "refs/heads/probe", "HEAD")  # (the hooks do run for git itself)
    assert "reference-transaction" in ran.read_text(encoding="utf-8")
    git(project.root, "update-ref", "-d", "refs/heads/probe")
    ran.unlink()


def test_publish_runs_no_hook_of_the_project_s_files(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    ran = tmp_path / "ran"
    _hooked(project, ran)
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.branch("gh-pages")
    assert not ran.exists(), ran.read_text(encoding="utf-8")


def test_import_commits_without_running_the_project_s_hooks(tmp_path):
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr" / ".keep").write_text("", encoding="utf-8")
    project.commit_all("site")
    ran = tmp_path / "ran"
    _hooked(project, ran)
    source = tmp_path / "sources" / "privacy-2021-06-01.md"
    source.parent.mkdir()
    source.write_text(fr_page("2021-06-01").split("---\n", 2)[2], encoding="utf-8")
    head = git(project.root, "rev-parse", "HEAD").strip()
    result = project.run("import", "--lang", "fr", str(source))
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(project.root, "rev-list", "--count", f"{head}..HEAD").strip() != "0"
    assert not ran.exists(), ran.read_text(encoding="utf-8")


def test_a_repository_s_hooks_among_its_files_are_turned_off_and_its_own_folder_s_kept(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    assert git_module.options(git_module.open_repo(project.root)) == git_module.OPTIONS  # .git/hooks: the user's
    git(project.root, "config", "core.hooksPath", ".githooks")
    repo = git_module.open_repo(project.root)
    assert git_module.options(repo) == (*git_module.OPTIONS, "-c", f"core.hooksPath={os.devnull}")
    assert not Path(os.devnull).is_dir()
    git(project.root, "config", "core.hooksPath", str(tmp_path / "team-hooks"))  # outside the project: the user's
    assert git_module.options(git_module.open_repo(project.root)) == git_module.OPTIONS
    assert not Path(os.devnull).is_dir()
