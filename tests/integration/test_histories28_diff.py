"""`policy diff` on histories real teams have (session 55, histories28): the edited text compared in a language the
configuration dropped after publishing it. Synthetic texts of a fictional company, in temporary repositories with fixed
identity and dates."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_once

pytestmark = pytest.mark.usefixtures("fixed_git")


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
