"""A repository git refuses as another user's (`safe.directory`): said wholly in the reader's language, the folder and
the command that makes it readable named, where git's four English lines were quoted inside the message (histories30
left it; histories31)."""
from __future__ import annotations

import os

import pytest

from helpers import git as run_git, policy_process
from policy_repo import new_project
from policysite import git, messages

# git's own test switch: every repository is read as another user's, as a CI container's checkout is
OTHER_OWNER = "GIT_TEST_ASSUME_DIFFERENT_OWNER"


@pytest.mark.parametrize("reader", ["open_repo", "common_dir"])
def test_another_users_repository_is_said_in_the_catalogues_words(git_repo, monkeypatch, reader):
    run_git(git_repo, "commit", "-q", "--allow-empty", "-m", "one")
    (git_repo / "docs").mkdir()
    monkeypatch.setenv(OTHER_OWNER, "1")
    with pytest.raises(git.GitError) as refused:
        git.open_repo(git_repo / "docs") if reader == "open_repo" else git.common_dir(git_repo / "docs")
    said = messages.text_of(refused.value)
    assert isinstance(said, messages.Said) and said.key == "git.unsafe-owner", said
    top = str(git_repo.resolve())
    assert said.fields["path"] == top and said.fields["owner"], said.fields
    for lang in ("en", "fr"):
        text = messages.said_in(said, lang)
        assert f"git config --global --add safe.directory {top}" in text and "\n" not in text, text
        assert "dubious" not in text and "To add an exception" not in text, text
    assert "appartient à" in messages.said_in(said, "fr")


def test_a_repository_git_refuses_for_another_reason_keeps_gits_words(git_repo):
    """Told every folder is safe, git still refuses a repository format it does not know: not said as ownership."""
    run_git(git_repo, "commit", "-q", "--allow-empty", "-m", "one")
    run_git(git_repo, "config", "core.repositoryformatversion", "99")
    with pytest.raises(git.GitError) as refused:
        git.open_repo(git_repo)
    said = messages.text_of(refused.value)
    assert isinstance(said, messages.Said) and said.key == "git.unreadable", said
    assert "Expected git repo version <= 1, found 99" in said


def test_policy_history_refuses_another_users_repository_in_french_and_changes_nothing(tmp_path):
    project = new_project(tmp_path / "site")
    project.commit("2021-02-17")
    head = run_git(project.root, "rev-parse", "HEAD")
    done = policy_process(["--root", str(project.root), "history"],
                          env={**os.environ, OTHER_OWNER: "1", messages.ENVIRONMENT: "fr"})
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "git refuse de lire ce dépôt, qui appartient à" in lines[0], done.stderr
    assert f"safe.directory {project.root.resolve()}" in lines[0] and "dubious" not in done.stderr, done.stderr
    assert run_git(project.root, "rev-parse", "HEAD") == head and project.branch() is None
