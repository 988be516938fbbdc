"""legal20: `policy publish` (and `policy history --push`) from another branch than the site's publishing branch is
refused, naming both: `make publish` on an unmerged feature branch put its version onto gh-pages, where an announced
version can never be withdrawn. The publishing branch is extra.policy.publish_from, else the remote's default branch
(origin/HEAD), else main or master; `--from BRANCH` publishes from another one on purpose; a CI checkout (a detached
HEAD at the branch's commit, no origin/HEAD) publishes."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_of, made_once
from policysite import source_branch

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process

FEATURE = "Nous traitons vos données avec le plus grand soin, et plus encore."


def _first(project, _folder):
    project.commit("2021-02-17")


@pytest.fixture(scope="module")
def committed(tmp_path_factory):
    return made_once(tmp_path_factory, _first)


@pytest.fixture
def project(committed, tmp_path):
    return copy_of(committed, tmp_path / "project")


def _on_feature(project) -> str:
    git(project.root, "checkout", "-q", "-b", "feature/new-text")
    return project.commit("2021-03-01", fr=FEATURE)


def _head(project) -> str:
    return git(project.root, "rev-parse", "HEAD").strip()


def test_a_feature_branch_is_not_published_and_both_branches_are_named(project):
    _on_feature(project)
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: the current commit (HEAD) is on the branch feature/new-text, and the "
                                     "site publishes from main: a version published from a branch not merged yet can never be withdrawn"), \
        refused.stderr
    assert "`--from feature/new-text`" in refused.stderr and "Traceback" not in refused.stderr
    assert project.branch() is None
    french = project.run("publish", "--messages", "fr")
    assert french.returncode == 1 and french.stderr.startswith(
        "error: le commit en cours (HEAD) est sur la branche feature/new-text, et le site publie depuis main\u00a0:"), french.stderr
    pushed = project.run("history", "--push", "--messages", "en")
    assert pushed.returncode == 1 and "the site publishes from main" in pushed.stderr, pushed.stderr
    assert project.branch() is None


def test_from_names_the_branch_published_from_on_purpose(project):
    _on_feature(project)
    assert project.run("publish", "--from", "feature/new-text").returncode == 0
    assert any("/2021-03-01/" in name for name in project.files())
    assert "--from BRANCH" in project.run("publish", "--help").stdout


def test_the_publishing_branch_publishes_and_a_local_history_previews_any_branch(project):
    assert project.run("publish").returncode == 0
    _on_feature(project)
    # `make build` / `make serve`: the history built on this machine alone, nothing pushed
    assert project.history().refused == []


def test_a_ci_checkout_detached_at_the_branchs_commit_publishes(project):
    git(project.root, "checkout", "-q", "--detach")
    assert project.run("publish").returncode == 0
    assert any("/2021-02-17/" in name for name in project.files())


def test_a_detached_head_at_an_unmerged_commit_is_refused(project):
    commit = _on_feature(project)
    git(project.root, "checkout", "-q", "--detach")
    git(project.root, "branch", "-q", "-D", "feature/new-text")
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and refused.stderr.startswith(
        f"error: the current commit (HEAD, {commit[:7]}) is on no branch, and the branch the site publishes from, "
        "main, does not hold it"), refused.stderr
    assert project.branch() is None


def test_the_remotes_default_branch_is_the_publishing_branch(project):
    head = _head(project)
    git(project.root, "update-ref", "refs/remotes/origin/trunk", head)
    git(project.root, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and \
        "the current commit (HEAD) is on the branch main, and the site publishes from trunk" in \
        refused.stderr, refused.stderr
    git(project.root, "checkout", "-q", "-b", "trunk")
    assert project.run("publish").returncode == 0


def test_the_setting_names_the_publishing_branch_and_a_wrong_one_is_said(project):
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  policy:\n", "  policy:\n    publish_from: release\n", 1), encoding="utf-8")
    project.commit_all("publish from release")
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and \
        "the current commit (HEAD) is on the branch main, and the site publishes from release" in \
        refused.stderr, refused.stderr
    config.write_text(text.replace("  policy:\n", "  policy:\n    publish_from: gh-pages\n", 1), encoding="utf-8")
    project.commit_all("publish from gh-pages")
    wrong = project.run("publish", "--messages", "en")
    assert wrong.returncode != 0 and "extra.policy.publish_from: the branch the site publishes from must be a " \
        "branch name git takes, other than gh-pages, got 'gh-pages'" in wrong.stderr, wrong.stderr
    assert "Traceback" not in wrong.stderr and project.branch() is None


def test_without_origin_head_main_then_master_else_no_branch_is_known(project):
    from policysite import git as wrapper

    repo = wrapper.open_repo(project.root)
    assert source_branch.publishing_branch(repo, configured="", remote="origin") == "main"
    assert source_branch.publishing_branch(repo, configured="release", remote="origin") == "release"
    git(project.root, "branch", "-q", "-m", "main", "master")
    assert source_branch.publishing_branch(repo, configured="", remote="origin") == "master"
    git(project.root, "branch", "-q", "-m", "master", "trunk")
    # (a site made with `policy init --branch trunk` and never cloned: nothing to compare HEAD with)
    assert source_branch.publishing_branch(repo, configured="", remote="origin") is None
    source_branch.refuse_other_branch(repo, configured="", remote="origin")
