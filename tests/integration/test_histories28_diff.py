"""`policy diff` on histories real teams have (session 55, histories28): the edited text compared in a language the
configuration dropped after publishing it. Synthetic texts of a fictional company, in temporary repositories with fixed
identity and dates."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _english_for_a_while(project: Project, folder) -> None:
    from integration.test_histories23 import _english_for_a_while as made

    made(project, folder)


def test_diff_with_the_working_tree_in_a_language_dropped_after_publishing_says_which_texts_there_are(
        tmp_path_factory):
    """English published in 2022-03-01 and 2022-06-01, then dropped from the configuration: `policy diff 2022-03-01
    worktree --lang en` said "this site publishes no English text", of a site serving two English texts (diff between
    them works, and `policy at` answers them). It says there is no English text to compare with the working tree,
    names the two the site serves and the comparison that works, in French too; a language never published is still
    refused as before, working tree or not."""
    project = made_once(tmp_path_factory, _english_for_a_while)
    for args in (("2022-03-01", "worktree"), ("worktree", "2022-06-01")):
        asked = project.run("diff", *args, "--lang", "en", "--messages", "en")
        assert asked.returncode == 2 and asked.stdout == "" and "Traceback" not in asked.stderr, asked
        assert asked.stderr == ("error: there is no English text to compare with `worktree`: the configuration no "
                                "longer lists English (en), and the English texts the site serves are those published "
                                "before it was dropped: 2022-03-01, 2022-06-01; compare two of them (`policy diff "
                                "2022-03-01 2022-06-01 --lang en`), or the edited text in a language the configuration "
                                "lists\n"), asked
    french = project.run("diff", "2022-03-01", "worktree", "--lang", "en", "--messages", "fr")
    assert french.returncode == 2 and "il n'y a pas de texte en anglais à comparer à `worktree`" in french.stderr \
        and "(`policy diff 2022-03-01 2022-06-01 --lang en`)" in french.stderr, french
    suggested = project.run("diff", "2022-03-01", "2022-06-01", "--lang", "en", "--messages", "en")
    assert suggested.returncode == 0 and "[-Second-] {+Third+} text." in suggested.stdout, suggested
    never = project.run("diff", "2022-03-01", "worktree", "--lang", "de", "--messages", "en")
    assert never.returncode == 2 and "this site publishes no German text (de)" in never.stderr, never


def _english_from_2022(project: Project, _folder) -> None:
    """2021-02-17 in French only; English added with 2022-03-01, again in 2022-06-01, the three published by `policy
    history` (English still configured)."""
    from policy_repo import fr_page

    (project.root / "docs" / "fr").mkdir(parents=True, exist_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-17", "Premier texte."), encoding="utf-8")
    project.commit_all("policy 2021-02-17 (French only)")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2022-06-01", fr="Troisième texte.", en="Third text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01", "2022-06-01"]


def test_diff_of_a_version_before_a_language_s_first_text_names_that_first_text(tmp_path_factory):
    """English added with 2022-03-01: `policy diff 2021-02-17 2022-06-01 --lang en` said "version 2021-02-17 has no
    English page", leaving the reader to find where English starts. It names the first published English text (in
    French too); the comparison from it works."""
    project = made_once(tmp_path_factory, _english_from_2022)
    asked = project.run("diff", "2021-02-17", "2022-06-01", "--lang", "en", "--messages", "en")
    assert asked.returncode == 2 and asked.stdout == "" and "Traceback" not in asked.stderr, asked
    assert asked.stderr == ("error: version 2021-02-17 has no English page: the first published English text is "
                            "2022-03-01's (the English text in force before it was the authoritative one)\n"), asked
    french = project.run("diff", "2021-02-17", "2022-06-01", "--lang", "en", "--messages", "fr")
    assert french.returncode == 2 and "le premier texte en anglais publié est celui de la version 2022-03-01" in \
        french.stderr, french
    first = project.run("diff", "2022-03-01", "2022-06-01", "--lang", "en", "--messages", "en")
    assert first.returncode == 0 and "[-Second-] {+Third+} text." in first.stdout, first
