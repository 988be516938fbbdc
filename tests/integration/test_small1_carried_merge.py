"""`policy publish` onto a gh-pages branch into which main was merged by mistake (session 55, small1): the refusal
says the merge and the way back once, as `policy verify` does (strays.said), not a file a line with "added by hand,
remove them in a commit". Synthetic texts of a fictional company, in temporary repositories with fixed identity and
dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import commit_on_branch, copy_of, history_first, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _merged(project) -> str:
    """main merged into gh-pages in a checkout of it (unrelated histories allowed): the merge commit."""
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "merge", "-q", "--no-edit", "--allow-unrelated-histories", "main",
        date="2024-03-01T12:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    git(project.root, "checkout", "-q", "main")
    return merge


def test_publish_refuses_main_merged_into_gh_pages_naming_the_merge_and_the_way_back(tmp_path_factory, tmp_path):
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    files = set(git(project.root, "ls-files").split())
    merge = _merged(project)
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    said = project.run("publish", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    assert (f"error: refused: {len(files)} files on the branch not written by publishing "
            f"({', '.join(sorted(files)[:3])} …) came with its commit {merge[:7]} “Merge branch 'main' into gh-pages” "
            "of March 1, 2024, a merge of another branch into gh-pages (main merged into the archive by mistake?): "
            f"undo that merge on the branch (`git revert -m 1 {merge[:7]}` in a checkout of gh-pages), then publish "
            "again; the next commit would carry these files onto the site unchecked. Nothing was published.") \
        in said.stderr, said.stderr
    assert "added by hand" not in said.stderr and project.branch() == before, said.stderr
    history = project.run("history", "--messages", "fr")
    assert history.returncode == 1 and f"(`git revert -m 1 {merge[:7]}` dans une copie de travail de gh-pages), " \
        "puis publiez de nouveau" in history.stderr and "Rien n'a été publié." in history.stderr, history.stderr
    assert project.branch() == before
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "revert", "--no-edit", "-m", "1", merge, date="2024-03-02T12:00:00+00:00")
    git(project.root, "checkout", "-q", "main")
    again = project.run("publish")
    assert again.returncode == 0, again
    assert "en/2022-03-01/index.html" in project.files()


def test_a_hand_commit_of_many_files_is_said_once_and_a_lone_file_beside_it(tmp_path_factory, tmp_path):
    """Five pages one hand commit added: one problem with that commit and `git revert`; a lone file another commit
    added stays named, with what to do."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    pages = {f"old/page{n}.txt": f"Old page {n}.\n" for n in range(1, 6)}
    commit = commit_on_branch(project, pages, "Old site's pages", date="2024-04-01T12:00:00+00:00")
    commit_on_branch(project, {"notes.txt": "A note.\n"}, "A note", date="2024-04-02T12:00:00+00:00")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    said = project.run("publish", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    assert (f"error: refused: 5 files on the branch not written by publishing (old/page1.txt, old/page2.txt, "
            f"old/page3.txt …) were added by its commit {commit[:7]} “Old site's pages” of April 1, 2024, no "
            f"publication's: remove them in a commit of gh-pages (`git revert {commit[:7]}` undoes that commit whole), "
            "then publish again; besides, notes.txt: on the branch, and written by no publication: added by hand, "
            "remove them in a commit of the branch; the next commit would carry these files onto the site unchecked. "
            "Nothing was published.") in said.stderr, said.stderr
