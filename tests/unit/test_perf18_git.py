"""perf18: what a command asks git once is not asked again for a read given `-c` options (git.run)."""
from __future__ import annotations

from pathlib import Path

from helpers import calls_to, git as run_git, git_started
from policysite import git


def _committed(folder: Path) -> str:
    (folder / "a.md").write_text("a\n", encoding="utf-8")
    run_git(folder, "add", "-A")
    run_git(folder, "commit", "-q", "-m", "a")
    return run_git(folder, "rev-parse", "HEAD").strip()


def test_a_read_with_options_before_it_keeps_what_refs_named(git_repo, monkeypatch, fixed_git):
    # (fixed_git: the commit below is git.run's, with the process's environment: CI has no git identity)
    head = _committed(git_repo)
    repo = git.open_repo(git_repo)
    asked = calls_to(monkeypatch, git, "_ids")
    with git.one_reading():
        assert git.rev_parse(repo, "refs/heads/main") == head
        assert "a.md" in git.run(repo, "-c", "core.quotepath=off", "log", "--name-only", "--format=%H")
        assert git.rev_parse(repo, "refs/heads/main") == head
        assert len(asked) == 1  # git_sources' `-c core.quotepath=off log …` was taken for a write: asked again
        # a write given options is still a write: what refs named is asked again, and read as it is now
        git.run(repo, "-c", "core.logAllRefUpdates=true", "update-ref", "refs/heads/main", head, head)
        (git_repo / "b.md").write_text("b\n", encoding="utf-8")
        git.run(repo, "add", "-A")
        git.run(repo, "-c", "core.quotepath=off", "commit", "-q", "-m", "b")
        assert git.rev_parse(repo, "refs/heads/main") == run_git(git_repo, "rev-parse", "HEAD").strip() != head
    assert len(asked) == 2


def test_the_command_is_the_first_word_after_the_options():
    assert git._command(("-c", "a=b", "-c", "c=d", "log", "-1")) == "log"
    assert git._command(("ls-tree", "-c", "x")) == "ls-tree"
    assert git._command(("-c", "a=b")) == "" and git._command(()) == ""


def test_a_repository_is_opened_once_a_reading(git_repo, monkeypatch):
    head = _committed(git_repo)
    started = git_started(monkeypatch)
    with git.one_reading():
        repo = git.open_repo(git_repo)
        again = git.open_repo(Path(f"{git_repo}/../{git_repo.name}"))  # (the same folder, named otherwise)
        assert again is repo and git.rev_parse(again, "HEAD") == head
        assert git.open_repo(git_repo / "a.md") is not repo  # (another place: opened as it always was)
    # (the hooks folder asked by the same process: git runs no hook of the project's own files, safety85)
    assert [args for args in started if args[:1] == ["rev-parse"]] == [["rev-parse", "--git-dir", "--git-path", "hooks"]] * 2
    assert git.open_repo(git_repo) is not repo  # outside a reading, and in the next one, opened anew
    with git.one_reading():
        assert git.open_repo(git_repo) is not repo
