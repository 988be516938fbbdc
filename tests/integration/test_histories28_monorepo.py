"""The policy site in a folder of a larger repository (a monorepo: `site/` beside other projects), session 55
(histories28). Synthetic texts of a fictional company, in a temporary repository with fixed identity and dates."""
from __future__ import annotations

import shutil

import pytest

from helpers import git
from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def test_policy_history_publishes_a_site_kept_in_a_folder_of_the_repository(tmp_path):
    """The repository's top holds another project's file and the site's folder `site/` (mkdocs.yml, docs/ there): the
    output check read the site's descriptions (each language's `site_description`) from each commit's top folder,
    found none, and refused every English page of `policy history` as giving search engines words it does not show
    (its own configuration's "DialOnce Privacy Policy"): nothing could be published from a monorepo. Both versions
    are published, verify finds the archive as published, and `policy at` answers from it."""
    (tmp_path / "README").write_text("Another project's file.\n", encoding="utf-8")
    project = new_project(tmp_path / "site")
    shutil.move(tmp_path / "site" / ".git", tmp_path / ".git")  # (nothing committed yet: the repository's top moves)
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert {"README", "site/mkdocs.yml", "site/docs/en/index.md"} <= set(git(tmp_path, "ls-files").split())
    history = project.run("history", "--messages", "en")
    assert history.returncode == 0 and "Traceback" not in history.stderr, history
    assert history.stdout.startswith("published 2 dated versions on gh-pages: 2021-02-17, 2022-03-01"), history
    published = set(git(tmp_path, "ls-tree", "-r", "--name-only", "gh-pages").split())  # (the branch's top, not site/)
    assert {"en/2021-02-17/index.html", "fr/2022-03-01/index.html"} <= published, published
    verified = project.run("verify", "--messages", "en")
    assert verified.returncode == 0 and "every page passes the output check" in verified.stdout, verified
    asked = project.run("at", "2022-06-01", "--lang", "en", "--messages", "en")
    assert asked.returncode == 0 and asked.stdout.startswith("2022-03-01 "), asked
