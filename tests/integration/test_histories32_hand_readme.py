"""A README added by hand at the root of gh-pages (its last commit made by hand): `policy verify` said "README.md: on
the branch but not written by publishing (no publication record or rule accounts for it)", and no more: not which
commit added it nor what to do, while `policy publish` refused it saying to remove it in a commit of the branch
(histories32). verify now names the commit that added it and the way out; a merge or a commit adding many files keeps
its own grouped line (histories28)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import commit_on_branch, copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def test_verify_names_the_hand_commit_that_added_a_file_and_how_to_remove_it(tmp_path_factory, tmp_path):
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    added = commit_on_branch(project, {"README.md": "# Our archive\n"}, "Add a README")
    done = project.run("verify", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert (f"README.md: on the branch but not written by publishing (no publication record or rule accounts for "
            f"it): added by its commit {added[:7]} “Add a README” of January 1, 2030, no publication's; remove it in "
            "a commit of gh-pages (`git rm` in a checkout of gh-pages), then verify again") in said, said
    assert said.count("README.md") == 1, said
    fr = project.run("verify", "--messages", "fr")
    shown = (fr.stdout + fr.stderr).replace("\u00a0", " ")
    assert f"ajouté par son commit {added[:7]} « Add a README » du 1er janvier 2030" in shown, shown
    assert "retirez-le par un commit de gh-pages" in shown, shown
    published = project.run("publish", "--messages", "en")
    assert published.returncode == 0 or "README.md" in published.stderr, published.stderr
    assert git(project.root, "rev-parse", "gh-pages").strip() == added
    commit_on_branch(project, {"README.md": None}, "Remove the README")
    assert project.run("verify").returncode == 0
