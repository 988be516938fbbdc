"""formerhosts: only the source's own history (HEAD's) says which host a site had."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import git as gitpython

from helpers import git
from policysite import formerhosts


def _config(root: Path, host: str) -> None:
    (root / "mkdocs.yml").write_text(f"site_name: Test\nextra:\n  policy:\n    public_url: https://{host}/policy/\n",
                                     encoding="utf-8")


def test_a_tag_naming_a_commit_outside_head_s_history_names_no_former_host(tmp_path):
    """Session 38, review1: a manifest recording a tag object's id as its source commit (a tag on a commit HEAD never
    merged, whose mkdocs.yml names another host) made that host the site's former one: rev-list peels the tag, so
    its id was never among the commits outside HEAD's history. Only a commit's own id in HEAD's history counts."""
    git(tmp_path, "init", "-q", "-b", "main")
    _config(tmp_path, "site.example.test")
    git(tmp_path, "add", "mkdocs.yml")
    git(tmp_path, "commit", "-q", "-m", "site")
    ours = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "checkout", "-q", "-b", "side")
    _config(tmp_path, "foreign.example.test")
    git(tmp_path, "commit", "-q", "-am", "foreign")
    foreign = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "tag", "-a", "-m", "a tag", "t1", foreign)
    git(tmp_path, "tag", "-a", "-m", "a tag on ours", "t2", ours)
    git(tmp_path, "checkout", "-q", "main")
    tags = [git(tmp_path, "rev-parse", name).strip() for name in ("t1", "t2")]
    assert foreign not in tags and ours not in tags  # (annotated: objects of their own)
    project = SimpleNamespace(repo=gitpython.Repo(tmp_path), root=tmp_path)
    assert formerhosts._hosts_at(project, sorted([ours, foreign, *tags])) == {ours: "site.example.test"}
