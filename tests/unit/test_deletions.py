"""deletions: the versions the branch's history deleted, read whole once, then only the commits since the tip read."""
from __future__ import annotations

import json
from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from policysite import branch, deletions, git as pgit

MANIFEST = ('{"layout": 5, "version": "%s", "languages": {"fr": {"source": {"path": "docs/fr/index.md", "commit": '
            '"%s", "sha256": "%s"}, "files": {}}}}')


def _commit(repo: Path, message: str, *, add: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> str:
    for version in add:
        (repo / "manifest" / f"{version}.json").write_text(MANIFEST % (version, "a" * 40, "b" * 64), encoding="utf-8")
    for version in remove:
        git(repo, "rm", "-q", f"manifest/{version}.json")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "manifest").mkdir()
    _commit(tmp_path, "publish", add=("2021-02-17", "2022-03-01", "2023-05-10"))
    return tmp_path


def _logs(monkeypatch) -> list[tuple[str, ...]]:
    """The `git log` runs of the module, as they are made."""
    seen: list[tuple[str, ...]] = []
    real = pgit.run

    def run(repo, *args):
        if args and args[0] == "log" and "--diff-filter=D" in args:  # (the deletions' reading; the manifests' additions
            # are read only where a version is gone, to tell one from elsewhere: histories26)
            seen.append(args)
        return real(repo, *args)

    monkeypatch.setattr(pgit, "run", run)
    return seen


def test_the_history_is_read_once_then_only_the_commits_since(site: Path, monkeypatch):
    logs = _logs(monkeypatch)
    repo = gitpython.Repo(site)
    first = _commit(site, "removed by hand", remove=("2022-03-01",))
    assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": first}
    assert len(logs) == 1 and logs[0][-3] == first  # the whole history, from the tip
    assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": first}
    assert len(logs) == 1  # the same tip: nothing read again
    second = _commit(site, "another", remove=("2023-05-10",))
    assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": first, "2023-05-10": second}
    assert logs[-1][-3] == f"{first}..{second}"  # only the commit since
    _commit(site, "put back", add=("2022-03-01",))
    assert branch.removed_versions(repo, "gh-pages") == {"2023-05-10": second}  # there again: not removed


def test_a_rewritten_branch_is_read_whole_again(site: Path, monkeypatch):
    repo = gitpython.Repo(site)
    removal = _commit(site, "removed by hand", remove=("2022-03-01",))
    assert set(branch.removed_versions(repo, "gh-pages")) == {"2022-03-01"}
    git(site, "reset", "-q", "--hard", "HEAD~1")  # the removal rewritten away (a force-push)
    other = _commit(site, "removed otherwise", remove=("2021-02-17",))
    logs = _logs(monkeypatch)
    assert branch.removed_versions(repo, "gh-pages") == {"2021-02-17": other}
    assert logs[0][-3] == other and removal not in json.dumps(logs)


@pytest.mark.parametrize("kept", ['{"manifest": {"tip": "%s", "deleted": {}}}', "not json", '{"manifest": [1]}',
                                  '{"manifest": {"tip": "%s", "deleted": {"x": "y"}}}', "link"])
def test_a_kept_answer_that_is_not_one_this_module_wrote_is_not_believed(site: Path, tmp_path_factory, kept: str):
    """The file in the git directory is a cache, never the proof: a hand-made one claiming no deletion for the tip,
    or a link to another file, is ignored (and the link replaced, not followed)."""
    repo = gitpython.Repo(site)
    removal = _commit(site, "removed by hand", remove=("2022-03-01",))
    store = pgit.git_dir(repo) / deletions.STORE
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "target.json"
    elsewhere.write_text("{}", encoding="utf-8")
    if kept == "link":
        store.symlink_to(elsewhere)
    else:
        store.write_text(kept.replace("%s", "0" * 40) if "%s" in kept else kept, encoding="utf-8")
    assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": removal}
    assert not store.is_symlink() and elsewhere.read_text(encoding="utf-8") == "{}"
    assert json.loads(store.read_text(encoding="utf-8"))["manifest"]["tip"] == removal


def test_a_shallow_clone_keeps_nothing(site: Path, tmp_path_factory):
    _commit(site, "removed by hand", remove=("2022-03-01",))
    _commit(site, "later")
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git(clone.parent, "clone", "-q", "--depth", "1", "--branch", "gh-pages", f"file://{site}", str(clone))
    repo = gitpython.Repo(clone)
    assert branch.removed_versions(repo, "HEAD") == {}  # its history stops before the removal
    assert not (pgit.git_dir(repo) / deletions.STORE).exists()  # deepened later, it is read again


def test_a_git_directory_that_cannot_be_written_still_gets_its_answer(site: Path, monkeypatch):
    repo = gitpython.Repo(site)
    removal = _commit(site, "removed by hand", remove=("2022-03-01",))

    def refused(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(deletions.tempfile, "mkstemp", refused)
    assert branch.removed_versions(repo, "gh-pages") == {"2022-03-01": removal}
    assert not (pgit.git_dir(repo) / deletions.STORE).exists()
