"""`policy verify` on histories real teams have (session 55, histories28): main merged into gh-pages by mistake, and a
hand commit adding many files to it. Synthetic texts of a fictional company, in temporary repositories with fixed
identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import commit_on_branch, copy_of, history_first, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def test_verify_says_main_merged_into_gh_pages_once_with_the_merge_to_undo(tmp_path_factory, tmp_path):
    """2021-02-17 published; then, in a checkout of gh-pages, `git merge main` (unrelated histories allowed): every file
    of the project came onto the archive. verify gave a line a file ("docs/fr/index.md: on the branch but not written
    by publishing", some forty), then the output check's lines for each of the theme's templates now served (eighty
    more), none saying what happened nor what to do. It says once how many files the merge commit brought, names it and
    the way back (`git revert -m 1`), in French too; once that is done, the archive verifies."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    files = set(git(project.root, "ls-files").split())
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "merge", "-q", "--no-edit", "--allow-unrelated-histories", "main",
        date="2024-03-01T12:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    git(project.root, "checkout", "-q", "main")
    said = project.run("verify", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    problems = said.stdout.splitlines()
    assert problems[0] == (f"{len(files)} files on the branch not written by publishing ({', '.join(sorted(files)[:3])} "
                           f"…) came with its commit {merge[:7]} “Merge branch 'main' into gh-pages” of March "
                           "1, 2024, a merge of another branch into gh-pages (main merged into the archive by "
                           f"mistake?): undo that merge on the branch (`git revert -m 1 {merge[:7]}` in a checkout of "
                           "gh-pages), then verify again"), problems
    assert problems[1:] == [] and said.stderr.splitlines()[-1] == \
        "1 problem on gh-pages: the archive is not as it was published (each is named above)", said
    french = project.run("verify", "--messages", "fr")
    assert french.returncode == 1 and "fichiers de la branche non écrits par la publication" in french.stdout \
        and f"(`git revert -m 1 {merge[:7]}` dans une copie de travail de gh-pages)" in french.stdout, french
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "revert", "--no-edit", "-m", "1", merge, date="2024-03-02T12:00:00+00:00")
    git(project.root, "checkout", "-q", "main")
    again = project.run("verify", "--messages", "en")
    assert again.returncode == 0, again


def test_verify_says_many_files_one_hand_commit_added_once_and_a_few_a_line_each(tmp_path_factory, tmp_path):
    """A hand commit putting five pages of an old site at the branch's root was five lines, each saying only that the
    file is no publication's; another adding one file stays a line of its own. The five are said once, with the
    commit that added them and the way to undo it; the one a line of its own, with its commit and remedy."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    pages = {f"old/page{n}.txt": f"Old page {n}.\n" for n in range(1, 6)}
    commit = commit_on_branch(project, pages, "Old site's pages", date="2024-04-01T12:00:00+00:00")
    note = commit_on_branch(project, {"notes.txt": "A note.\n"}, "A note", date="2024-04-02T12:00:00+00:00")
    said = project.run("verify", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    problems = said.stdout.splitlines()
    assert problems[:2] == [
        "notes.txt: on the branch but not written by publishing (no publication record or rule accounts for it): "
        f"added by its commit {note[:7]} “A note” of April 2, 2024, no publication's; remove it in a commit of "
        "gh-pages (`git rm` in a checkout of gh-pages), then verify again",  # (histories32: its commit and remedy)
        f"5 files on the branch not written by publishing (old/page1.txt, old/page2.txt, old/page3.txt …) were added "
        f"by its commit {commit[:7]} “Old site's pages” of April 1, 2024, no publication's: remove them in a commit of "
        f"gh-pages (`git revert {commit[:7]}` undoes that commit whole), then verify again"], problems
    assert problems[2:] == [] and said.stderr.splitlines()[-1].startswith("2 problems on gh-pages"), said
