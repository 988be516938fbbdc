"""The archive nobody can silently rewrite, and the proof of the text in force (session 49, histories22): a DPO proving
to a regulator which text was in force on a date, and an insider rewriting gh-pages without it showing. Synthetic texts
of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from integration.test_histories21 import _redated
from policy_repo import copy_of, history_two, made_once
from policysite import branch

pytestmark = pytest.mark.usefixtures("fixed_git")


@pytest.mark.parametrize("shift", [-3 * 3600, 3 * 3600, -20 * 3600, 30])
def test_the_whole_branch_dated_less_than_a_day_otherwise_is_said_against_the_records(tmp_path_factory, tmp_path,
                                                                                    shift):
    """Every commit of gh-pages dated `shift` seconds otherwise, their order and trees kept (a filter-branch of the
    whole branch): a shift under a day passed verify (session 48: "cannot be detected"), though each publishing commit
    is dated, to the second, the moment the manifest it added records. Each publishing commit is said once, with
    both moments; the branch as published is not."""
    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    assert branch.misdated_commits(_repo(project), "gh-pages") == []
    made_commits = _redated(project, lambda _subject, stamp: f"@{stamp + shift} +0000")
    found = branch.misdated_commits(_repo(project), "gh-pages")
    publishing = [made_commits[sha] for sha in git(made.root, "log", "--format=%H", "--grep=^Publish ",
                                                   "gh-pages").split()]
    assert sorted(one.commit for one in found) == sorted(publishing) and len(publishing) == 2, found
    for one in found:
        assert one.why.key == "verify.misdated/not-recorded", one
        said = str(one.why)
        assert said.startswith("dated ") and "though the publication record of 20" in said, said
        if abs(shift) < 60:  # the same minute: the seconds tell them apart
            assert said.count(":") >= 4, said


def _repo(project):
    from git import Repo

    return Repo(project.root)

