"""perf19: what a publication does on the branch's whole listing, done once where it was done again (git.list_files of
a commit made from the listing kept of another, branch.archive_on_branch)."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from helpers import git as run_git, git_started
from policysite import branch, git


def _listing(repo: Path, rev: str) -> dict[str, tuple[str, str]]:
    """What `git ls-tree -r` of `rev` lists, as list_files gives it, outside any reading."""
    return git.list_files(git.open_repo(repo), rev)


def _commit(repo: Path, message: str) -> str:
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "--allow-empty", "-m", message)
    return run_git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def two_commits(tmp_path_factory) -> tuple[Path, str, str]:
    """A branch's commit of two versions' folders, and one on top of it adding a version, rewriting the archive's
    pages and `latest/`, removing a file, changing a mode, with names git quotes (accents, a tab, quotes, a space)
    and a link and a submodule."""
    repo = tmp_path_factory.mktemp("listing")
    run_git(repo, "init", "-q", "-b", "gh-pages")
    for lang in ("fr", "en"):
        for version in ("2021-02-17", "2022-03-01", "latest"):
            for name in ("index.html", "policy.json", "compare/index.html", "é tè.pdf"):
                path = repo / lang / version / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(f"{lang} {version} {name}\n", encoding="utf-8")
        (repo / lang / "versions.json").write_text("[]\n", encoding="utf-8")
        (repo / lang / "history" / "index.html").parent.mkdir(parents=True)
        (repo / lang / "history" / "index.html").write_text("h\n", encoding="utf-8")
    (repo / "a-b").write_text("x\n", encoding="utf-8")
    (repo / "run.sh").write_text("x\n", encoding="utf-8")
    (repo / ".nojekyll").write_text("", encoding="utf-8")
    base = _commit(repo, "base")
    for lang in ("fr", "en"):
        for name in ("index.html", "policy.json", "compare/index.html", "é tè.pdf", 'a "quoted"\tname.html'):
            path = repo / lang / "2023-04-05" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{lang} new {name}\n", encoding="utf-8")
            (repo / lang / "latest" / name).write_text(f"{lang} new {name}\n", encoding="utf-8")
        (repo / lang / "versions.json").write_text('[{"version": "2023-04-05"}]\n', encoding="utf-8")
        (repo / lang / "history" / "index.html").write_text("h2\n", encoding="utf-8")
        (repo / lang / "2021-02-17" / "policy.json").unlink()
    (repo / "a.txt").write_text("between a-b and a/\n", encoding="utf-8")
    (repo / "a" / "b.html").parent.mkdir()
    (repo / "a" / "b.html").write_text("y\n", encoding="utf-8")
    (repo / "zz").mkdir()
    os.symlink("../fr/latest/index.html", repo / "zz" / "link.html")
    (repo / "run.sh").chmod(0o755)
    run_git(repo, "add", "-A")
    run_git(repo, "update-index", "--add", "--cacheinfo", f"160000,{base},mod")
    run_git(repo, "commit", "-q", "-m", "new")
    new = run_git(repo, "rev-parse", "HEAD").strip()
    return repo, base, new


def test_a_commit_listed_after_another_is_what_ls_tree_lists_in_its_order(two_commits, monkeypatch):
    repo, base, new = two_commits
    expected_new, expected_base = _listing(repo, new), _listing(repo, base)
    started = git_started(monkeypatch)
    with git.one_reading():
        opened = git.open_repo(repo)
        assert git.list_files(opened, base) == expected_base
        listed = git.list_files(opened, new)
        # the same paths, modes and blobs, in the same order (whoever walks it meets the paths as before)
        assert list(listed.items()) == list(expected_new.items())
        # and back: the older commit from the newer one's listing (paths removed, and added again where they were)
        assert list(git.list_files(opened, base).items()) == list(expected_base.items())
    commands = [args[0] for args in started if args[0] in ("ls-tree", "diff-tree")]
    # one whole listing of the branch's tree; the new commit's read from what differs (perf18: two `ls-tree -r`)
    assert commands == ["ls-tree", "diff-tree"]
    assert '"en/2023-04-05/a \\"quoted\\"\\tname.html"' in listed and listed["zz/link.html"][0] == git.SYMLINK
    assert listed["mod"] == (git.SUBMODULE, base) and listed["run.sh"][0] == git.EXECUTABLE
    assert "fr/2021-02-17/policy.json" not in listed


def test_a_listing_of_a_folder_or_outside_a_reading_is_git_s(two_commits, monkeypatch):
    repo, base, new = two_commits
    in_fr, whole = git.list_files(git.open_repo(repo), new, "fr"), _listing(repo, new)
    started = git_started(monkeypatch)
    with git.one_reading():
        opened = git.open_repo(repo)
        git.list_files(opened, base)
        assert git.list_files(opened, new, "fr") == in_fr and '"2023-04-05/\\303\\251 t\\303\\250.pdf"' in in_fr
        assert git.list_files(opened, "HEAD") == whole  # (a name, not an id: asked to git)
    assert [args[0] for args in started if args[0] in ("ls-tree", "diff-tree")] == ["ls-tree"] * 3


def test_only_a_parent_s_listing_is_taken_and_only_for_a_few_paths_added(two_commits, monkeypatch):
    repo, base, new = two_commits
    expected_new, expected_base = _listing(repo, new), _listing(repo, base)
    started = git_started(monkeypatch)
    with git.one_reading():
        opened = git.open_repo(repo)
        git.list_files(opened, new)
        assert list(git.list_files(opened, base).items()) == list(expected_base.items())  # (its child's: git's)
    monkeypatch.setattr(git, "_PLACED", 3)
    with git.one_reading():
        opened = git.open_repo(repo)
        git.list_files(opened, base)
        assert list(git.list_files(opened, new).items()) == list(expected_new.items())
    assert [args[0] for args in started if args[0] in ("ls-tree", "diff-tree")] \
        == ["ls-tree", "ls-tree", "ls-tree", "diff-tree", "ls-tree"]


def test_a_quoted_name_sorts_by_the_bytes_it_stands_for():
    assert git._name_bytes('"fr/\\303\\251t\\303\\251.html"') == "fr/été.html".encode()
    assert git._name_bytes('"a \\"b\\"\\tc"') == b'a "b"\tc'
    assert git._name_bytes("fr/index.html") == b"fr/index.html"


def _archive_on_branch_before(listing, base, others=frozenset()):
    """branch.archive_on_branch as it was before perf19 (the date's pattern matched once a file)."""
    found = {}
    for path, (_mode, blob) in listing.items():
        if path.startswith(f"{base}/"):
            rel = path[len(base) + 1:]
            top = rel.split("/", 1)[0]
            folder = "/" in rel
            if top not in (branch.VERSIONS, branch.RECENT) and not (
                    folder and (top == branch.LATEST or branch.DATE.fullmatch(top))) and top not in others:
                found[rel] = blob
    return found


def _synthetic_branch(versions: int) -> dict[str, tuple[str, str]]:
    """A branch's listing of `versions` versions in two languages and a further document, with files beside them
    named like versions, `latest` and the versions' lists, shuffled."""
    paths = []
    for lang in ("fr", "en"):
        for n in range(versions):
            date = f"{2000 + n // 12:04d}-{n % 12 + 1:02d}-01"
            paths += [f"{lang}/{date}/{name}" for name in ("index.html", "compare/index.html", "policy.json")]
            paths += [f"{lang}/cookies/{date}/index.html"]
        paths += [f"{lang}/{name}" for name in ("versions.json", "versions-recent.json", "2021-02-17", "latest",
                                                 "history/index.html", "changes/index.html", "cookies",
                                                 "latest/index.html", "versions.json/x", "2021-02-17x/y",
                                                 "cookies/index.html", "sitemap.xml")]
    paths += ["fry/index.html", "index.html", "assets/abc/x.js"]
    random.Random(19).shuffle(paths)
    return {path: ("100644", f"{n:040x}") for n, path in enumerate(paths)}


@pytest.mark.parametrize("others", [frozenset(), frozenset({"cookies"})])
def test_the_archive_s_pages_on_the_branch_are_those_it_gave(others):
    listing = _synthetic_branch(40)
    for base in ("fr", "en", "fr/cookies", "de"):
        assert list(branch.archive_on_branch(listing, base, others).items()) \
            == list(_archive_on_branch_before(listing, base, others).items())
    beside = {"2021-02-17", "latest", "history/index.html", "changes/index.html", "2021-02-17x/y",
              "sitemap.xml"}
    found = set(branch.archive_on_branch(listing, "fr", others))
    assert found == beside if others else found - beside == {"cookies", "cookies/index.html"} | {
        path.removeprefix("fr/") for path in listing if path.startswith("fr/cookies/")}


def test_the_date_s_pattern_runs_once_a_folder_not_once_a_file(monkeypatch):
    listing = _synthetic_branch(40)
    expected = _archive_on_branch_before(listing, "fr", frozenset({"cookies"}))
    asked: list[str] = []
    pattern = branch.DATE

    class Counted:
        def fullmatch(self, text):
            asked.append(text)
            return pattern.fullmatch(text)

    monkeypatch.setattr(branch, "DATE", Counted())
    found = branch.archive_on_branch(listing, "fr", frozenset({"cookies"}))
    assert found == expected and len(found) == 6
    # 40 versions' folders of 3 files, and the few folders beside them: each told once (120 times before)
    assert len(asked) == len(set(asked)) <= 45
