"""safety92: where the project's folder holds no committed mkdocs.yml, the folders below are looked through for one
(a monorepo's top) a few levels deep, a bounded number of them, none inside installed packages or caches: the whole
tree below was listed, every file of a monorepo, a committed node_modules' too, and a site in one was offered as the
project's. Synthetic trees in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policysite import git as policy_git, source

pytestmark = pytest.mark.usefixtures("fixed_git")


def _committed(top, files):
    for rel in files:
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text("site_name: x\n", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "Tree")
    return policy_git.open_repo(top)


def test_no_site_is_offered_from_installed_packages_caches_or_deeper_than_the_bound(tmp_path):
    top = tmp_path / "mono"
    deep = "/".join(["d"] * (source.BELOW_DEPTH + 2))
    repo = _committed(top, ["apps/legal/mkdocs.yml", "node_modules/pkg/mkdocs.yml", "web/.venv/lib/mkdocs.yml",
                            f"{deep}/mkdocs.yml", "README.md"])
    entries = source.entries_below(repo, "HEAD", "")
    assert not any(name.startswith(("node_modules/", "web/.venv/")) for name in entries), sorted(entries)
    assert not any(name.count("/") > source.BELOW_DEPTH for name in entries), sorted(entries)
    assert source.configured_below(entries, "") == ["apps/legal"]
    # the pure reading too, given a whole tree
    whole = policy_git.list_entries(repo, "HEAD", [])
    assert source.configured_below(whole, "") == ["apps/legal"]


def test_a_monorepo_of_many_folders_is_read_only_as_far_as_the_bound(tmp_path):
    top = tmp_path / "many"
    many = source.BELOW_FOLDERS + 300
    repo = _committed(top, [f"p{index:05d}/src/f.txt" for index in range(many)] + ["zz/site/mkdocs.yml"])
    entries = source.entries_below(repo, "HEAD", "")
    # the top's own listing (its folders and files), then the entries of at most BELOW_FOLDERS folders below it,
    # where the whole tree holds two more a folder
    assert len(entries) <= many + 1 + source.BELOW_FOLDERS, len(entries)
    assert not any(name.endswith("/f.txt") for name in entries)  # (the bound reached, no level more is read)


def test_below_a_project_s_folder_of_a_repository(tmp_path):
    top = tmp_path / "repo"
    repo = _committed(top, ["site/web/mkdocs.yml", "site/node_modules/x/mkdocs.yml", "other/mkdocs.yml"])
    entries = source.entries_below(repo, "HEAD", "site")
    assert all(name.startswith("site/") for name in entries)
    assert source.configured_below(entries, "site") == ["web"]
