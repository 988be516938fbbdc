"""A committed policy page deleted by a later commit (`git rm`, then a commit; not a move, histories32; not an
uncommitted deletion, lead58): `policy check` and `policy build` said "does not exist: import the English texts (policy
import …) or write the page", which would start a second history of a text git has. They now name the commit that
deleted it and the git command that brings it back as it was, in publishing's words (publish.removed/item)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize(("page", "language", "french"), [("docs/en/index.md", "English", "anglais"),
                                                          ("docs/fr/index.md", "French", "français")])
def test_a_page_deleted_by_a_commit_is_said_with_the_commit_and_the_way_back(tmp_path, page, language, french):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Nous traitons vos données avec grand soin.",
                   en="We process your data with great care.")
    last = (project.root / page).read_bytes()  # the page as it was when deleted: the last committed text
    git(project.root, "rm", "-q", page)
    deleted = project.commit_all("Remove the page")
    (project.root / "notes.txt").write_text("later\n", encoding="utf-8")  # a later commit that leaves it alone
    project.commit_all("Notes")
    command = f"git checkout {deleted[:7]}~1 -- {page}"
    for argv in (["check"], ["build"]):
        done = project.run(*argv, "--messages", "en")
        said = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in said, said
        assert (f"{page}: the {language} policy page is not in the current commit: {page} was removed by commit "
                f"{deleted[:7]} “Remove the page” of January 1, 2024 (`{command}` puts it back") in said, said
        assert "policy import" not in said and "write the page" not in said, said
    fr = project.run("check", "--messages", "fr")
    assert (f"{page}\u00a0: la page de la politique en {french} n'est pas dans le commit courant\u00a0: {page} a été supprimé "
            f"par le commit {deleted[:7]}") in fr.stdout + fr.stderr and "importez" not in fr.stdout + fr.stderr
    status = git(project.root, "status", "--porcelain")
    git(project.root, *command.split()[1:])  # what it says to run brings the page back as it was
    assert (project.root / page).read_bytes() == last
    assert project.run("check").returncode == 0
    git(project.root, "reset", "-q", "--hard")
    assert git(project.root, "status", "--porcelain") == status  # check and build left the tree as it was


def test_the_last_of_two_deletions_is_said(tmp_path):
    """Deleted, written again, deleted again: the later commit, whose parent has the later text."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "docs/en/index.md")
    project.commit_all("Remove the English page")
    project.commit("2022-03-01", en="We process your data with great care.")
    again = (project.root / "docs/en/index.md").read_bytes()
    git(project.root, "rm", "-q", "docs/en/index.md")
    second = project.commit_all("Remove it again")
    done = project.run("check", "--messages", "en")
    assert f"removed by commit {second[:7]} “Remove it again”" in done.stdout + done.stderr, done.stdout + done.stderr
    git(project.root, "checkout", f"{second}~1", "--", "docs/en/index.md")
    assert (project.root / "docs/en/index.md").read_bytes() == again


def test_a_page_never_committed_is_still_to_import(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "--cached", "docs/en/index.md")
    (project.root / "docs/en/index.md").unlink()
    git(project.root, "commit", "-q", "--amend", "--no-edit")  # the English page in no commit at all
    done = project.run("check", "--messages", "en")
    assert "policy import --lang en" in done.stdout + done.stderr, done.stdout + done.stderr
