"""`policy diff` on histories real teams have (session 54, histories27): a language published and then dropped from the
configuration, and a shallow clone (a CI checkout at depth 1). Synthetic texts of a fictional company, in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, made_once, new_project

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _english_for_a_while(project: Project, folder) -> None:
    from integration.test_histories23 import _english_for_a_while as made

    made(project, folder)


def test_diff_compares_the_texts_of_a_language_dropped_after_publishing(tmp_path_factory):
    """English published in 2022-03-01 and 2022-06-01, then dropped from the configuration with 2023-01-01: `policy
    diff 2022-03-01 2022-06-01 --lang en` said "this site publishes no English text", though the branch serves both
    (and `policy at` answers them). It compares them; a version without an English page says which have one; a
    language never published is refused as before."""
    project = made_once(tmp_path_factory, _english_for_a_while)
    compared = project.run("diff", "2022-03-01", "2022-06-01", "--lang", "en", "--messages", "en")
    assert compared.returncode == 0 and "Traceback" not in compared.stderr, compared
    assert "[-Second-] {+Third+} text." in compared.stdout, compared
    after = project.run("diff", "2022-06-01", "2023-01-01", "--lang", "en", "--messages", "en")
    assert after.returncode == 2 and after.stdout == "", after
    assert after.stderr == ("error: version 2023-01-01 has no English page: the configuration no longer lists English "
                            "(en), and the English texts the site serves are those published before it was dropped: "
                            "2022-03-01, 2022-06-01\n"), after
    french = project.run("diff", "2022-06-01", "2023-01-01", "--lang", "en", "--messages", "fr")
    assert french.returncode == 2 and "la configuration ne liste plus cette langue (en)" in french.stderr, french
    never = project.run("diff", "2022-03-01", "2022-06-01", "--lang", "de", "--messages", "en")
    assert never.returncode == 2 and "this site publishes no German text (de)" in never.stderr, never


def test_diff_in_a_shallow_clone_says_the_versions_its_history_hides_and_how_to_fetch_them(tmp_path):
    """A CI checkout at depth 1 (no archive fetched): `policy diff 2021-02-17 2022-03-01` said "no dated version
    2021-02-17: known versions are 2022-03-01", as if the history had none. It says the clone is shallow, where its
    history stops and to fetch the whole of it; a date after every version is refused as before; once unshallowed,
    the redline is given."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    clone = tmp_path / "ci"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project.root}", str(clone))
    tip = git(clone, "rev-parse", "HEAD").strip()
    ci = Project(clone)
    refused = ci.run("diff", "2021-02-17", "2022-03-01", "--messages", "en")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused
    assert refused.stderr == (f"error: no dated version 2021-02-17 in this clone, whose history stops at {tip[:7]} (a "
                              "shallow clone, `--depth`): the versions committed before it are missing (known versions "
                              "are 2022-03-01); fetch the whole history (`git fetch --unshallow`; on GitHub Actions, "
                              "`fetch-depth: 0` in actions/checkout) and compare again\n"), refused
    french = ci.run("diff", "2021-02-17", "2022-03-01", "--messages", "fr")
    assert french.returncode == 2 and "(un clone superficiel, `--depth`)" in french.stderr, french
    later = ci.run("diff", "2022-03-01", "2030-01-01", "--messages", "en")
    assert later.returncode == 2 and later.stderr == \
        "error: no dated version 2030-01-01: known versions are 2022-03-01\n", later
    git(clone, "fetch", "-q", "--unshallow")
    compared = ci.run("diff", "2021-02-17", "2022-03-01", "--messages", "en")
    assert compared.returncode == 0 and "{+Deuxième texte.+}" in compared.stdout, compared


def test_diff_of_a_version_whose_commit_a_squashed_main_lost_says_where_to_fetch_it_not_to_unshallow(tmp_path):
    """main squashed into one new commit and force-pushed after two publications, then a fresh clone: `policy diff
    2021-02-17 2022-03-01` said "fetch it (`git fetch --unshallow`)", which git refuses in a full clone ("--unshallow
    on a complete repository does not make sense"). It says the history was rewritten and to fetch the commit from a
    clone that still has it, as verify and publishing say; a shallow clone is still told to unshallow."""
    from policy_repo import new_project

    project = new_project(tmp_path / "project")
    first = project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01"]
    git(project.root, "checkout", "-q", "--orphan", "squashed")
    git(project.root, "commit", "-q", "-m", "One commit", date="2024-05-01T12:00:00+00:00")
    git(project.root, "branch", "-D", "main")
    git(project.root, "branch", "-m", "squashed", "main")
    clone = tmp_path / "fresh"
    git(tmp_path, "clone", "-q", f"file://{project.root}", str(clone))
    refused = Project(clone).run("diff", "2021-02-17", "2022-03-01", "--messages", "en")
    assert refused.returncode == 2 and refused.stdout == "", refused
    assert refused.stderr == (f"error: published 2021-02-17 was built from commit {first[:7]}, which this repository, "
                              "a full clone, does not hold, nor any commit with the same text: the history it was "
                              "published from was rewritten since (a squash, a rebase, force-pushed); fetch the commit "
                              f"from a clone that still has it (`git fetch <that clone> {first}`), or compare another "
                              "version\n"), refused
    french = Project(clone).run("diff", "2021-02-17", "2022-03-01", "--messages", "fr")
    assert french.returncode == 2 and f"(`git fetch <ce clone> {first}`)" in french.stderr, french
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-single-branch", f"file://{project.root}", str(shallow))
    git(shallow, "branch", "gh-pages", "origin/gh-pages")
    said = Project(shallow).run("diff", "2021-02-17", "2022-03-01", "--messages", "en")
    assert said.returncode == 2 and "(`git fetch --unshallow`)" in said.stderr, said
