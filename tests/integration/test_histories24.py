"""History shapes (session 51, histories24): merges, rewrites, dates that disagree, and what `policy history`, verify,
`policy at` say of them. Synthetic texts of a fictional company, in temporary repositories with fixed identity and
dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, made_once
from policysite import verify

pytestmark = pytest.mark.usefixtures("fixed_git")


def _two_pull_requests_merged_the_same_day(project: Project, _folder) -> None:
    """2021-02-17 published; then two pull requests from it, A dated 2021-06-01 and B dated 2021-05-01, merged on
    2024-01-02 in that order, B's text taken: a date before the one the branch held an hour earlier."""
    project.commit("2021-02-17")
    assert project.run("history").returncode == 0
    for branch, day, fr, en in (("a", "2021-06-01", "Texte A.", "Text A."), ("b", "2021-05-01", "Texte B.", "Text B.")):
        git(project.root, "checkout", "-q", "-b", branch, "main")
        project.commit(day, fr=fr, en=en)
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "a", "-m", "Merge A", date="2024-01-02T10:00:00+00:00")
    git(project.root, "merge", "-q", "--no-ff", "-X", "theirs", "b", "-m", "Merge B", date="2024-01-02T11:00:00+00:00")


def test_verify_names_why_publishing_refuses_a_version_in_force_not_publish_it(tmp_path_factory):
    """Publishing refuses 2021-06-01 (B's 2021-05-01 dates the text after it back) and so publishes neither; verify
    said of both "publish it (`policy history`)", which refused. It names the refusal of the one, and that the other
    waits for it."""
    from policysite.messages import said_in

    project = made_once(tmp_path_factory, _two_pull_requests_merged_the_same_day)
    refused = project.run("history")
    assert refused.returncode == 1 and "[history.backdated]" in refused.stderr, refused
    problems = verify.verify(root=project.root).problems
    said = [str(line) for line in problems]
    assert len(said) == 2 and not any("publish it" in line for line in said), said
    assert said[0].startswith("2021-05-01 (commit ") and said[0].endswith(
        "a dated version of the history, in force since its date by it, is not on gh-pages: `policy history` "
        "publishes no version while it refuses 2021-06-01 (run it: it says why)"), said
    assert said[1].startswith("2021-06-01 (commit ") and "in force since its date by it, is not on gh-pages, and " \
        "`policy history` refuses it: " in said[1] and "dates docs/fr/index.md 2021-05-01, before 2021-06-01" in \
        said[1], said
    assert "et `policy history` la refuse\u00a0: " in said_in(problems[1], "fr")
