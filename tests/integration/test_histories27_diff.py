"""`policy diff` on histories real teams have (session 54, histories27): a language published and then dropped from the
configuration, and a shallow clone (a CI checkout at depth 1). Synthetic texts of a fictional company, in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_once

pytestmark = pytest.mark.usefixtures("fixed_git")


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

