"""Whose name `policy import` commits under: git's own identity as git resolves it, else the import's fallback."""
from __future__ import annotations

import subprocess

from helpers import without_identity
from policysite import git, importer


def test_an_identity_git_does_not_use_is_not_taken_for_the_import_s_commits(tmp_path, monkeypatch):
    """`GIT_CONFIG_GLOBAL` names another file than ~/.gitconfig (as CI's runs and the suite's `without_identity` do):
    git then has no identity, but GitPython's config reader read ~/.gitconfig's, so the import committed with none
    and git refused ("unable to auto-detect email address"): nothing was imported."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Someone Else\n\temail = else@example.invalid\n")
    without_identity(monkeypatch).setenv("HOME", str(home))
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    repo = git.open_repo(tmp_path / "repo")
    assert importer._identity(repo) == {"GIT_AUTHOR_NAME": importer.FALLBACK_NAME,
                                        "GIT_COMMITTER_NAME": importer.FALLBACK_NAME,
                                        "GIT_AUTHOR_EMAIL": importer.FALLBACK_EMAIL,
                                        "GIT_COMMITTER_EMAIL": importer.FALLBACK_EMAIL}
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))  # the same file, now git's: the user's own
    assert importer._identity(repo) == {}
