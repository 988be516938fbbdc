"""Every command that writes gh-pages, under the git states a real clone is in and when interrupted (safety73): one
gate, nothing lost. A refused or interrupted command leaves gh-pages, docs/ and the working tree as they were (compared
by `state`: every ref, `git status --porcelain` and the bytes of the working tree), says `error:` and never shows a
traceback; nothing the output check has not read becomes the local gh-pages.

Each test works on a copy of a temporary project repository (policy_repo: a tiny synthetic policy, fixed identity and
dates) published once and cloned as its origin (`published_with_an_origin`).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_commands_bad_input72 import refused, state

from helpers import git
from policy_repo import Project, commit_on_branch, copy_with_origin, made_once, published_with_an_origin

pytestmark = pytest.mark.usefixtures("no_identity")

SCRIPT = "<script>alert(document.cookie)</script>"


@pytest.fixture
def project(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 published, origin holding gh-pages too; 2022-03-01 committed on main, not yet published."""
    made = made_once(tmp_path_factory, published_with_an_origin)
    copy = copy_with_origin(made, tmp_path)
    copy.in_process = True
    copy.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    return copy


def other_clone(project: Project, tmp_path: Path) -> Project:
    """Another clone of `project`'s origin, its gh-pages a local branch (someone else's machine)."""
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", str(project.root.parent / "origin.git"), str(other.root))
    git(other.root, "branch", "-q", "gh-pages", "origin/gh-pages")
    return other


def served_page(project: Project, rev: str = "gh-pages") -> str:
    """A page the branch serves: the French page of 2021-02-17 (not `latest/`, which publishing writes again)."""
    return next(path for path in project.files(rev) if re.fullmatch(r"fr/2021-02-17/index\.html", path))


def pushed_unsafe(project: Project, tmp_path: Path, page: str = "") -> str:
    """A commit onto origin's gh-pages adding a script to a served page (`page`, new if it is not there), pushed from
    another clone by someone with push rights: origin's new tip."""
    other = other_clone(project, tmp_path)
    page = page or served_page(other)
    html = other.show(page) if page in other.files() else "<!doctype html><title>x</title><body></body>"
    tip = commit_on_branch(other, {page: html.replace("</body>", f"{SCRIPT}</body>")}, "hand edit")
    git(other.root, "push", "-q", "origin", "gh-pages")
    return tip


def local(found: tuple[str, str, str]) -> tuple[str, str, str]:
    """`state` but for the remote-tracking refs (a fetch moves them: the remote's state, not the command's doing)."""
    refs = "\n".join(line for line in found[0].splitlines() if not line.startswith("refs/remotes/"))
    return refs, found[1], found[2]


@pytest.mark.parametrize("page", ["fr/2021-02-17/index.html", "fr/extra.html", "extra.html"])
def test_an_unsafe_tip_pushed_to_origin_never_becomes_the_local_branch(project, tmp_path, page):
    """publish_remote.push moved the local gh-pages to origin's tip when origin was ahead and nothing was published
    here, without the output check: a script pushed there by someone else became the local branch `policy export`
    and the next publication serve."""
    git(project.root, "reset", "-q", "--hard", "HEAD~1")  # 2021-02-17, published: nothing new to publish
    unsafe = pushed_unsafe(project, tmp_path, page)
    before = state(project.root)
    said = refused(project.run("publish", "--push", "--messages", "en"), page)
    if page == "extra.html":  # (a version's page, or a file in a language's folder: refused before, for what it is)
        assert "origin's gh-pages" in said and "nothing pushed" in said
        assert page in project.run("verify", "-b", "origin/gh-pages", "--messages", "en").stdout
    assert project.branch() != unsafe
    assert local(state(project.root)) == local(before)


@pytest.mark.parametrize("page", ["fr/2021-02-17/index.html", "extra.html"])
def test_publishing_onto_an_unsafe_tip_fetched_from_origin_is_refused(project, tmp_path, page):
    """Origin's tip ahead of the local branch, a script pushed there by hand, fetched: publish (HEAD has a new
    version), history and export refuse it, naming the page (held before safety73)."""
    pushed_unsafe(project, tmp_path, page)
    git(project.root, "fetch", "-q", "origin")
    before = state(project.root)
    for command in (("publish",), ("history",), ("publish", "--push")):
        refused(project.run(*command, "--messages", "en"), page)
        assert state(project.root) == before, command
    site = tmp_path / "site"
    refused(project.run("export", "--site-dir", str(site), "--messages", "en"), page)
    assert not site.exists()
    assert state(project.root) == before
