"""The archive's branch and its remote-tracking branch (branch.read_branch)."""
from __future__ import annotations

from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from policysite import branch, messages
from policysite.errors import PublishError


def test_a_branch_diverged_from_its_remote_says_how_to_reconcile_them(tmp_path: Path):
    """History hunt 27: "gh-pages has diverged from origin/gh-pages: reconcile them first" said not how."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "a").write_text("a", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "a")
    base = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "local")
    git(tmp_path, "checkout", "-q", "-b", "other", base)
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "remote")
    git(tmp_path, "update-ref", "refs/remotes/origin/gh-pages", "HEAD")
    with pytest.raises(PublishError) as raised:
        branch.read_branch(gitpython.Repo(tmp_path), branch="gh-pages", remote="origin")
    message = str(raised.value)
    assert message.startswith("gh-pages has diverged from origin/gh-pages (each has commits the other lacks)")
    assert "`git branch -f gh-pages origin/gh-pages`" in message and "git merge origin/gh-pages`" in message
    assert messages.said_in(messages.text_of(raised.value), "fr").startswith(  # said in a French site's language
        "gh-pages a divergé de origin/gh-pages (chacune a des commits que l'autre n'a pas)\u00a0: réconciliez-les d'abord\u00a0: "
        "`git branch -f gh-pages origin/gh-pages` garde celle du dépôt distant")
