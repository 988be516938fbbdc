"""The tags each version is pushed with, read as proof that gh-pages was set back to before a publication
(branch.rewound_versions), whichever kind of tag holds the version."""
from __future__ import annotations

from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from policysite import branch


def _set_back(root: Path) -> tuple[str, str]:
    """gh-pages at a commit without 2022-03-01 (`first`), and a commit outside its history that held it (`published`),
    as a fresh clone finds them after a force-push: no reflog of the branch names `published`."""
    git(root, "init", "-q", "-b", "gh-pages")
    (root / "index.html").write_text("<p>site</p>\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    first = git(root, "rev-parse", "HEAD").strip()
    (root / "manifest").mkdir()
    (root / "manifest" / "2022-03-01.json").write_text("{}\n", encoding="utf-8")
    git(root, "add", "-A")
    tree = git(root, "write-tree").strip()
    published = git(root, "commit-tree", tree, "-p", first, "-m", "publish 2022-03-01").strip()
    git(root, "reset", "-q", "--hard", first)
    return first, published


@pytest.mark.parametrize("annotated", [False, True], ids=["lightweight", "annotated"])
def test_a_version_tag_outside_the_branch_proves_it_was_set_back_whether_lightweight_or_annotated(
        tmp_path: Path, annotated: bool):
    """Session 38 left it unconfirmed (branch.py: "annotated tags … would never count as gone"): confirmed. An annotated
    tag (`git tag -a`, as a team tagging its publications by hand makes them; a host's release tags are such) names
    its tag object, which `git rev-list` gives back as the commit it peels to: the tag's id was never among the
    commits outside the branch, and the force-push was passed over: 2022-03-01 published again as new."""
    first, published = _set_back(tmp_path)
    name = "policy/gh-pages/2022-03-01"
    git(tmp_path, "tag", *(["-a", "-m", "published"] if annotated else []), name, published)
    found = branch.rewound_versions(gitpython.Repo(tmp_path), first, "gh-pages")
    assert found == {"2022-03-01": (published, f"refs/tags/{name}")}  # the commit, never the tag object's id
    assert branch.is_tag(found["2022-03-01"][1])


def test_a_tag_naming_no_commit_proves_nothing(tmp_path: Path):
    """A tag under the folder naming a tree or a blob (no tip of the branch) is passed over, not read."""
    first, _published = _set_back(tmp_path)
    blob = git(tmp_path, "rev-parse", "HEAD:index.html").strip()
    git(tmp_path, "tag", "-a", "-m", "not a commit", "policy/gh-pages/2022-03-01", blob)
    assert branch.rewound_versions(gitpython.Repo(tmp_path), first, "gh-pages") == {}
