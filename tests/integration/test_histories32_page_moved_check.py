"""The policy page moved by a commit where the configuration does not read it (`git mv docs/fr/index.md
docs/fr/Index.md`, a case-only rename; or `docs/fr/policy.md`): `policy check` and `policy build`
said "does not exist: import the French texts (policy import …) or write the page", which would start a second
history of a text git has, while publish and history named the commit and `git mv … puts it back` (histories32).
check and build now say it as publishing does (a page removed by a commit too, since histories33)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize("new", ["docs/fr/Index.md", "docs/fr/policy.md"])
def test_a_page_moved_by_a_commit_is_said_with_the_commit_and_the_way_back(tmp_path, new):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "mv", "docs/fr/index.md", new)
    moved = project.commit_all("Rename the page")
    for argv in (["check"], ["build"]):
        done = project.run(*argv, "--messages", "en")
        said = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in said, said
        assert (f"docs/fr/index.md: the French policy page is not in the current commit: docs/fr/index.md was moved "
                f"to {new} by commit {moved[:7]} “Rename the page” of January 1, 2024, where the configuration does "
                f"not read it (`git mv {new} docs/fr/index.md` puts it back") in said, said
        assert "policy import" not in said, said
    fr = project.run("check", "--messages", "fr")
    assert "n'est pas dans le commit courant" in fr.stdout + fr.stderr and "importez" not in fr.stdout + fr.stderr
    git(project.root, "mv", new, "docs/fr/index.md")
    assert project.run("check").returncode == 0


def test_a_page_removed_by_a_commit_is_said_removed_not_moved(tmp_path):
    """(histories33: a deletion committed says its commit and `git checkout … -- …`, not "or write the page".)"""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "docs/en/index.md")
    project.commit_all("Remove the English page")
    done = project.run("check", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "was removed by commit" in said and "git mv" not in said, said


def test_a_page_never_committed_is_still_to_import(tmp_path):
    project = new_project(tmp_path / "project")
    done = project.run("check", "--messages", "en")
    assert "policy import --lang fr" in done.stdout + done.stderr, done.stdout + done.stderr
