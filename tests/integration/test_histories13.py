"""Tags read as releases really are (session 42, histories13): a tag of a tag. Synthetic texts in temporary
repositories, fixed identity and dates."""
from __future__ import annotations

import git as gitpython
import pytest

from helpers import git
from integration.test_import_git import old_site
from policysite import history as hist

pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_tag_of_a_tag_gives_its_commit_the_day_it_names(tmp_path):
    """`git tag -a v2021-02-17 inner` (a tag of the annotated tag `inner`): `%(*objecttype)` peels one level, so the
    tag was skipped, its commit undated."""
    old = old_site(tmp_path / "old", [("2021-02-20T10:00:00+00:00", "", "One.")])
    commit = git(old, "rev-parse", "HEAD").strip()
    git(old, "tag", "-a", "inner", "-m", "release")
    git(old, "tag", "-a", "v2021-02-17", "-m", "outer", "inner")
    git(old, "tag", "-a", "tree-2021-03-01", "-m", "a tree", "HEAD^{tree}")
    git(old, "tag", "-a", "v2021-03-01", "-m", "a tag of a tree's tag", "tree-2021-03-01")
    found = hist.tag_days(gitpython.Repo(old))
    assert {commit_: [(tag.tag, tag.day.isoformat() if tag.day else None) for tag in tags]
            for commit_, tags in found.items()} == {commit: [("v2021-02-17", "2021-02-17")]}
