"""The branch read once a command (git.one_reading): its manifests read again under the lock only where another
process moved it meanwhile (suite13: a publication read them before the lock and under it)."""
from __future__ import annotations

from helpers import calls_to, git as run_git, git_started
from policy_repo import copy_of, made_once, publish_two
from policysite import branch, git


def test_the_manifests_are_read_again_under_the_lock_only_where_the_branch_moved(tmp_path_factory, tmp_path,
                                                                                  monkeypatch):
    project = copy_of(made_once(tmp_path_factory, publish_two), tmp_path / "project")  # 2021-02-17, 2022-03-01
    tip = project.branch()
    earlier = run_git(project.root, "rev-parse", f"{tip}^").strip()  # (2021-02-17 alone)
    repo = git.open_repo(project.root)
    reads = calls_to(monkeypatch, branch, "_read_manifests")
    with git.one_reading():
        before = branch.read_branch(repo, branch="gh-pages", remote="origin")
        assert (before.local, before.versions, len(reads)) == (tip, ["2021-02-17", "2022-03-01"], 1)
        with git.lock(repo, "test", timeout=5):  # nobody moved it: its tip asked again, its manifests not read again
            under = branch.read_branch(repo, branch="gh-pages", remote="origin")
        assert (under.local, under.manifests, len(reads)) == (tip, before.manifests, 1)
        assert branch.read_branch(repo, branch="gh-pages", remote="origin").local == tip  # (asked again, let go)
        # another process moves it (back, say) while this one waits for the lock: what it holds now is read
        run_git(project.root, "update-ref", "refs/heads/gh-pages", earlier)
        assert branch.read_branch(repo, branch="gh-pages", remote="origin").local == tip  # (kept until the lock)
        with git.lock(repo, "test", timeout=5):
            moved = branch.read_branch(repo, branch="gh-pages", remote="origin")
        assert (moved.local, moved.versions, len(reads)) == (earlier, ["2021-02-17"], 2)


def test_a_reading_command_asks_git_once_what_it_asks_again(tmp_path_factory, monkeypatch, capsys):
    """`policy at` and `policy export` read the branch before and after opening the project, and once more for their
    note on what they read: 16 and 36 git processes, 8 and 9 of them `rev-parse` (suite13)."""

    from policysite import cli

    project = made_once(tmp_path_factory, publish_two)  # read, not changed
    started = git_started(monkeypatch)
    assert cli.main(["--root", str(project.root), "at", "2022-03-05"]) == 0
    assert "2022-03-01" in capsys.readouterr().out
    assert [args for args in started if args[:2] == ["rev-parse", "--verify"]] == []
    assert started.count(["cat-file", "--batch-check=%(objectname)"]) == 1  # the reading's, asked all of it
    started.clear()
    assert cli.main(["--root", str(project.root), "export", "--site-dir", str(tmp_path_factory.mktemp("public"))]) == 0
    assert [args for args in started if args[:2] == ["rev-parse", "--verify"]] == []
    assert started.count(["cat-file", "--batch-check=%(objectname)"]) == 1
