"""The archive's own integrity (session 53, histories26): a version folder copied from another site onto gh-pages by
hand, what verify says of it, and of the branch once it is taken off as said. Synthetic texts of a fictional company,
in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import subprocess

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, copy_of, history_first, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _another_site(project: Project, _folder) -> None:
    """Another company's site, of the same configuration: 2021-02-17 and 2022-03-01 ('Texte d'ailleurs.'), published
    by one `policy history` run."""
    project.commit("2021-02-17", fr="Texte d'un autre site.", en="Another site's text.")
    project.commit("2022-03-01", fr="Texte d'ailleurs.", en="Text from elsewhere.")
    assert project.run("history").returncode == 0


def _copied_in(tmp_path_factory, tmp_path) -> tuple[Project, str]:
    """history_first's site (2021-02-17 published) with the other site's 2022-03-01 (its record and both languages'
    folders) committed onto its gh-pages by hand under publishing's own subject: (the site, that commit)."""
    other = made_once(tmp_path_factory, _another_site)
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    paths = [path for path in git(other.root, "ls-tree", "-r", "--name-only", "gh-pages").split()
             if "/2022-03-01/" in path or path == "manifest/2022-03-01.json"]
    copied = {path: subprocess.run(["git", "cat-file", "blob", f"gh-pages:{path}"], cwd=other.root, check=True,
                                   capture_output=True).stdout for path in paths}
    return project, commit_on_branch(project, copied, subject="Publish 2022-03-01")


def test_a_version_folder_copied_from_another_site_is_said_once_as_from_elsewhere(tmp_path_factory, tmp_path):
    """verify said 25 lines: each language's source "not in this repository … fetch it from a clone that still has
    it", the record's commit as a squashed history to "restore from a copy that has it", its date against another
    site's moment, and 20 listings and archive pages; `policy at` answered its days with it. One line says what it is
    and what to do, the listings in a note, `policy at` refuses its days; taken off as said (`git revert` on the branch), every command passes: never "a published version stays"."""
    project, added = _copied_in(tmp_path_factory, tmp_path)
    checked = project.run("verify", "--messages", "en")
    lines = [line for line in checked.stdout.splitlines() if line]
    assert checked.returncode == 1 and len(lines) == 1, checked
    source = lines[0].split("names commit ", 1)[1][:7]
    assert lines[0] == (
        f"2022-03-01: added to gh-pages by its commit {added[:7]} “Publish 2022-03-01”, not by publishing, and no commit "
        f"of this policy's history holds its text (its publication record names commit {source}, which this "
        "repository never had): a version from elsewhere (another site's folder copied in?), not one this policy "
        f"published; take it off the branch (`git revert {added[:7]}` there), or, if it is this policy's, fetch the "
        f"history that has its commit (`git fetch <that clone> {source}`)"), lines
    assert "note: gh-pages holds 2022-03-01, from elsewhere (said above): its listings and archive pages, built " \
        "without it, are not compared until it is taken off" in checked.stderr, checked
    french = project.run("verify", "--messages", "fr")
    assert "2022-03-01\u00a0: ajoutée à gh-pages par son commit" in french.stdout and "venue d'ailleurs" in \
        french.stdout, french
    asked = project.run("at", "2022-06-01", "--proof", "--messages", "en")  # answered as in force, proof and all
    assert asked.returncode == 1 and asked.stdout == "" and asked.stderr == (
        f"error: 2022-03-01, the archive's answer for June 1, 2022, was put on gh-pages by its commit {added[:7]}, not "
        "by publishing, and no commit of this policy's history holds its text: a version from elsewhere, which says "
        "nothing of this policy's text in force; take it off the branch (`policy verify` says how), then ask "
        "again\n"), asked
    before = project.run("at", "2022-01-01", "--messages", "en")  # a day of this policy's own version
    assert before.returncode == 0 and before.stdout.startswith("2021-02-17 "), before
    tree = git(project.root, "rev-parse", f"{added}~1^{{tree}}").strip()
    taken_off = git(project.root, "commit-tree", "-p", added, "-m", f"Revert {added[:7]}", tree).strip()
    git(project.root, "update-ref", "refs/heads/gh-pages", taken_off)
    for command in (("verify",), ("history",), ("at", "2022-06-01")):
        done = project.run(*command, "--messages", "en")
        assert done.returncode == 0 and "stays" not in done.stdout + done.stderr, (command, done)
    assert project.run("at", "2022-06-01").stdout.startswith("2021-02-17 ")
    assert project.branch() == taken_off  # nothing to publish


def test_a_version_of_this_policy_added_by_hand_is_not_taken_for_one_from_elsewhere(tmp_path_factory, tmp_path):
    """The same hand commit putting back a version whose text this policy's history holds (its own record and folders,
    taken off and put back by hand) is no stranger: the record as first added by publishing stands, verify passes."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    paths = [path for path in project.files() if "/2021-02-17/" in path or path == "manifest/2021-02-17.json"]
    kept = {path: subprocess.run(["git", "cat-file", "blob", f"gh-pages:{path}"], cwd=project.root, check=True,
                                 capture_output=True).stdout for path in paths}
    commit_on_branch(project, dict.fromkeys(paths), subject="take off")
    commit_on_branch(project, kept, subject="put back")
    checked = project.run("verify", "--messages", "en")
    assert checked.returncode == 0 and "from elsewhere" not in checked.stdout + checked.stderr, checked
    assert checked.stdout.startswith("gh-pages: 13 files of 1 version match the publication record;"), checked


@pytest.mark.parametrize("command", [("history", "--rebuild"), ("publish",)])
def test_publishing_over_a_version_from_elsewhere_says_to_take_it_off_not_to_rebuild(tmp_path_factory, tmp_path,
                                                                                     command):
    """Publishing refused the copied folder as a record edited by hand, "or rebuild every version (`policy history
    --rebuild`)", and the rebuild refused in the same words. It names the version and its commit, and the one way out;
    the branch as it was."""
    project, added = _copied_in(tmp_path_factory, tmp_path)
    done = project.run(*command, "--messages", "en")
    assert done.returncode == 1 and done.stderr == (
        f"error: 2022-03-01 (its commit {added[:7]}): put on the branch by a hand commit, not by publishing, and no "
        "commit of this policy's history holds its text: a version from elsewhere (another site's folder copied in?), "
        "which no rebuild can build; take it off the branch (`git revert` that commit there; `policy verify` names "
        "it). Nothing was published.\n"), done
    assert "--rebuild" not in done.stderr and project.branch() == added
    french = project.run(*command, "--messages", "fr")
    assert "une version venue d'ailleurs" in french.stderr and "Rien n'a été publié." in french.stderr, french
