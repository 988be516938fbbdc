"""`policy at` on histories real teams have (session 54, histories27): a preview of an unmerged branch built onto the
local gh-pages. Synthetic texts of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_with_origin, made_once, published_with_an_origin

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def test_policy_at_refuses_a_day_a_preview_of_another_branch_answers(tmp_path_factory, tmp_path):
    """2021-02-17 published and pushed; a feature branch's 2024-01-01 built onto the local gh-pages by `policy history`
    there (`make build`), main checked out again: `policy at 2024-06-01` answered 2024-01-01 as in force and said to
    `git push origin gh-pages`, which would put an unmerged draft on the site for good (verify and `history --push`
    call it a preview). It refuses the day, naming the preview and the way to the site's copy; a day before it is
    answered with no period ending at the preview; the site's copy (`-b origin/gh-pages`) answers 2021-02-17; from the
    feature branch, whose text it is, it is answered as published here and not pushed."""
    project = copy_with_origin(made_once(tmp_path_factory, published_with_an_origin), tmp_path)
    git(project.root, "checkout", "-q", "-b", "feature")
    draft = project.commit("2024-01-01", fr="Texte du brouillon.", en="Draft text.")
    assert project.run("history").returncode == 0
    git(project.root, "checkout", "-q", "main")
    asked = project.run("at", "2024-06-01", "--messages", "en")
    assert asked.returncode == 1 and asked.stdout == "" and "Traceback" not in asked.stderr, asked
    assert asked.stderr == (f"error: 2024-01-01, the local gh-pages's answer for June 1, 2024, is a preview: built from "
                            f"commit {draft[:7]}, a text this branch never held (another branch's `policy history`, "
                            "`make build` there), and not on origin/gh-pages, what the site serves; it was never in "
                            "force: set the local gh-pages back to the site's copy (`git branch -f gh-pages "
                            "origin/gh-pages`), or ask that copy (`-b origin/gh-pages`), then ask again\n"), asked
    french = project.run("at", "2024-06-01", "--messages", "fr")
    assert french.returncode == 1 and "est un aperçu" in french.stderr, french
    before = project.run("at", "2023-06-01", "--messages", "en")
    assert before.returncode == 0 and before.stdout.splitlines()[0].startswith("2021-02-17 ") and \
        "(in force from February 17, 2021)" in before.stdout, before
    served = project.run("at", "2024-06-01", "-b", "origin/gh-pages", "--messages", "en")
    assert served.returncode == 0 and served.stdout.startswith("2021-02-17 "), served
    git(project.root, "checkout", "-q", "feature")
    own = project.run("at", "2024-06-01", "--messages", "en")
    assert own.returncode == 0 and own.stdout.startswith("2024-01-01 ") and "not pushed" in own.stdout, own
