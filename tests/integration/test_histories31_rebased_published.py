"""main rebased after a publication: the published 2022-03-01's commit and the next version's, not yet published,
rewritten at once (`git rebase --force-rebase`, the old commits pruned). Their commits then "reached the branch at
once", so the published version was read as a rebased pull request's draft: `policy publish` said "it is no version",
`policy history` counted two versions of three on gh-pages, and `policy history --rebuild`, which verify names to
publish it again from its new commit, left it out, verify failing for ever (histories31)."""
from __future__ import annotations

import subprocess

import pytest

from helpers import git
from policy_repo import copy_of, history_two, made_once
from policysite import verify

pytestmark = pytest.mark.usefixtures("no_identity")

REBASED = "2024-02-01T09:00:00+00:00"  # the day of the rebase: every rewritten commit's committer date


def test_a_published_version_rebased_with_the_next_stays_a_version(tmp_path_factory, tmp_path):
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    published = git(project.root, "rev-parse", "HEAD").strip()
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "rebase", "-q", "--force-rebase", "HEAD~2", date=REBASED)
    git(project.root, "reflog", "expire", "--expire=now", "--all")
    git(project.root, "gc", "-q", "--prune=now")
    assert subprocess.run(["git", "cat-file", "-e", published], cwd=project.root).returncode != 0  # (gone)
    rewritten = git(project.root, "rev-parse", "HEAD~1").strip()

    outcome = project.publish()
    assert outcome.published == ["2023-01-01"], outcome
    assert not any(getattr(line, "key", "") == "history.landed-draft" for line in outcome.warnings), \
        outcome.warnings
    assert any("2022-03-01: the commit it was published from is no longer in this repository's history" in str(line)
               for line in outcome.warnings), outcome.warnings

    before = verify.verify(root=project.root).problems
    assert any(rewritten[:7] in str(problem) and "--rebuild" in str(problem) for problem in before), before
    rebuilt = project.history(rebuild=True)
    assert "2022-03-01" in rebuilt.published, rebuilt
    assert verify.verify(root=project.root).problems == []
    assert project.history().published == []
