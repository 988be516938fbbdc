"""A fresh clone (CI's) of a main rewritten after its versions were published (a rebase, a reworded message,
force-pushed): the published commits are gone, the published texts are still in the history, at other commits."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from helpers import GIT_ENV, git
from policy_repo import Project, history_two, made_once
from policysite import verify

pytestmark = pytest.mark.usefixtures("no_identity")


def test_a_fresh_clone_of_a_rewritten_main_publishes_its_next_version(tmp_path_factory, tmp_path):
    """histories8: every publication from such a clone was refused as if the branch had been edited by hand ('a page of
    a published version is not what a build of its source commit gives: edited on the branch …'): no version whose
    commit was gone was rebuilt, so nothing vouched for its pages. Each is now rebuilt from the commit holding its
    texts (history.rebuild_commit), and the next version is published; verify still names the gone commits."""
    made = made_once(tmp_path_factory, history_two)
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", f"file://{made.root}", str(origin))
    rewriter = tmp_path / "rewriter"
    git(tmp_path, "clone", "-q", f"file://{origin}", str(rewriter))
    subprocess.run(["git", "filter-branch", "--msg-filter", "sed s/policy/Policy/", "main"], cwd=rewriter, check=True,
                   capture_output=True, env={**os.environ, **GIT_ENV, "FILTER_BRANCH_SQUELCH_WARNING": "1"})
    git(rewriter, "push", "-q", "--force", "origin", "main")
    fresh = Project(tmp_path / "fresh")
    git(tmp_path, "clone", "-q", f"file://{origin}", str(fresh.root))
    published = git(origin, "rev-parse", "gh-pages").strip()
    gone = json.loads(git(origin, "show", "gh-pages:manifest/2022-03-01.json"))["languages"]["fr"]["source"]["commit"]
    assert subprocess.run(["git", "cat-file", "-e", gone], cwd=fresh.root).returncode != 0  # not in this clone
    fresh.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    outcome = fresh.publish(push=True)
    assert outcome.published == ["2023-01-01"], outcome
    assert git(origin, "rev-parse", "gh-pages~1").strip() == published
    report = verify.verify(root=fresh.root)  # (the manifests still name the gone commits: said, with the way out)
    assert report.problems and all("the same text is at" in str(problem) for problem in report.problems), \
        report.problems
