"""A committed policy page deleted from the working folder (`rm`, `git rm`), the deletion not committed: `policy
check` said "the English policy page does not exist: import the English texts … or write the page", which would give
the page a second history; it says the last commit has it and the git command that brings it back, which does."""
from __future__ import annotations

import os

import pytest

from helpers import copy_project, git, policy_process
from policysite import checks, messages, settings as policy_settings

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGE = "docs/en/index.md"


@pytest.fixture
def site(tmp_path):
    root = copy_project(tmp_path / "site")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "site")
    return root


def _said(root, code="en"):
    with pytest.raises(policy_settings.SettingsError) as refused:
        checks.load_policy(root, policy_settings.load(root), code)
    return messages.text_of(refused.value)


@pytest.mark.parametrize("how", ["rm", "git rm"])
def test_a_committed_page_deleted_here_is_said_deleted_with_the_command_that_brings_it_back(site, how):
    committed = (site / PAGE).read_bytes()
    if how == "rm":
        (site / PAGE).unlink()
    else:
        git(site, "rm", "-q", PAGE)
    said = _said(site)
    assert said.key == "check.page-deleted", said
    command = f"git restore --source=HEAD --staged --worktree -- {PAGE}"
    assert str(said) == (f"{PAGE}: the English policy page was deleted from this folder, but the last commit has it: "
                         f"bring it back (`{command}`) and run the command again"), said
    assert messages.said_in(said, "fr").startswith(f"{PAGE}\u00a0: la page de la politique en anglais a été supprimée "
                                                   "de ce dossier, mais le dernier commit la contient")
    git(site, *command.split()[1:])  # what it says to run does bring it back, staged as committed
    assert (site / PAGE).read_bytes() == committed and git(site, "status", "--porcelain") == ""


def test_a_deletion_committed_is_said_with_its_commit(site):
    """(histories33: a deletion committed names its commit and `git checkout <commit>~1 -- <page>`, not "import … or
    write the page", which would start a second history: test_histories33_page_deleted_check.)"""
    git(site, "rm", "-q", PAGE)
    git(site, "commit", "-q", "-m", "English removed")
    assert _said(site).key == "check.page-removed/translation"  # (a translation: dropping it is said too, histories34)


def test_policy_check_says_it_in_one_error_line_and_changes_nothing(site):
    (site / PAGE).unlink()
    before = git(site, "status", "--porcelain")
    done = policy_process(["--root", str(site), "check"], env={**os.environ, messages.ENVIRONMENT: "en"})
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith(f"error: {PAGE}: the English policy page was deleted from this folder"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert git(site, "status", "--porcelain") == before
