"""safety90: `policy publish` and `policy history` in a repository where a crashed git left the branch's ref lock
(`.git/refs/heads/gh-pages.lock`): they built and checked every version, then ended on git's English words ("fatal:
update_ref failed … cannot lock ref … Another git process seems to be running") inside the team's sentence. Each now
refuses before building, naming the file and what to do, everything as it was; once the file is gone, it publishes."""
from __future__ import annotations

import subprocess

import pytest

from helpers import git
from policy_repo import copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize("command", [("publish",), ("history",)])
def test_a_ref_lock_left_by_a_crashed_git_is_said_before_anything_is_built(tmp_path_factory, tmp_path, command):
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    held = project.root / ".git" / "refs" / "heads" / "gh-pages.lock"
    held.write_text("", encoding="utf-8")
    before = (project.branch(), git(project.root, "status", "--porcelain", "--ignored"))
    result = project.run(*command)
    said = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in said, said
    assert f"error: {held.resolve()}: git holds gh-pages locked" in said and "fatal" not in said, said
    assert (project.branch(), git(project.root, "status", "--porcelain", "--ignored")) == before
    assert held.exists()  # (git's file: the team removes it once no git command runs)
    held.unlink()
    again = project.run(*command)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "manifest/2022-03-01.json" in project.files()


def test_a_full_disk_during_a_publication_is_said_with_what_to_do(tmp_path_factory, tmp_path):
    """A full disk (here: files limited to 20 kB, RLIMIT_FSIZE, as a tiny tmpfs would without root) ended `policy
    publish` on "error: [Errno 27] File too large", Python's words alone. Said now: the disk is full, where the
    temporary files go, run again; gh-pages and the working tree as they were."""
    import resource
    import sys

    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = (project.branch(), git(project.root, "status", "--porcelain", "--ignored"))

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = subprocess.run([sys.executable, "-c", "import sys; from policysite.cli import main; sys.exit(main())",
                           "--root", str(project.root), "publish", "--messages", "en"], capture_output=True,
                          text=True, preexec_fn=limited, timeout=600)
    said = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in said, said
    assert "error: the disk is full, or a file reached the size the system allows: free some space" in said, said
    assert (project.branch(), git(project.root, "status", "--porcelain", "--ignored")) == before


def _conflicting(project, operation: str) -> None:
    """main and a branch `side` each changing the same line of the English page, then `operation` stopped on it."""
    page = project.root / "docs" / "en" / "index.md"

    def edit(words: str) -> None:
        page.write_text(page.read_text(encoding="utf-8").replace("one year", words), encoding="utf-8")
        project.commit_all(words)

    git(project.root, "checkout", "-q", "-b", "side")
    edit("two years")
    git(project.root, "checkout", "-q", "main")
    edit("three years")
    if operation == "rebase":
        git(project.root, "checkout", "-q", "side")
    with pytest.raises(subprocess.CalledProcessError):  # (git stops on the conflict: exit 1)
        git(project.root, operation, "side" if operation == "merge" else "main")


@pytest.mark.parametrize("operation", ["merge", "rebase"])
def test_a_merge_or_rebase_stopped_on_conflicts_is_said_with_how_to_finish_it(tmp_path_factory, tmp_path, operation):
    """publish said "commit them first (or set them aside: git stash)", and git stash refuses a tree with conflicts."""
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    _conflicting(project, operation)
    page = project.root / "docs" / "en" / "index.md"
    before = (project.branch(), git(project.root, "status", "--porcelain", "--ignored"), page.read_bytes())
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in said, said
    assert f"error: nothing was published: a git {operation} is under way in this folder, and the edits to " \
        f"docs/en/index.md are not committed" in said and f"`git {operation} --abort`" in said, said
    assert "git stash" not in said, said
    assert (project.branch(), git(project.root, "status", "--porcelain", "--ignored"), page.read_bytes()) == before
