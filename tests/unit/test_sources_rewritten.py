"""publish_refusals.sources_rewritten: the warning publish and history give when published versions' commits are gone
from a full clone (main rewritten) while their texts are at other commits (session 40, histories9)."""
from __future__ import annotations

import hashlib
from types import SimpleNamespace

from helpers import git
from policysite import git as policy_git, publish_refusals


def test_the_versions_whose_commits_are_gone_are_named_five_at_most(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "p.md").write_text("text\n", encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "text")
    digest = hashlib.sha256(b"text\n").hexdigest()
    kept = policy_git.rev_parse(policy_git.open_repo(tmp_path), "HEAD")

    def version(n: int) -> SimpleNamespace:
        commit = kept if n == 0 else hashlib.sha1(str(n).encode()).hexdigest()  # a commit this clone never had
        return SimpleNamespace(languages={"fr": SimpleNamespace(source=SimpleNamespace(
            commit=commit, path="p.md", sha256=digest))})

    project = SimpleNamespace(repo=policy_git.open_repo(tmp_path))
    state = SimpleNamespace(manifests={f"2021-01-0{n + 1}": version(n) for n in range(8)})
    said = publish_refusals.sources_rewritten(project, state)  # type: ignore[arg-type]
    assert [(one.key, one.fields["versions"], one.fields["count"]) for one in said] == [
        ("publish.sources-rewritten", "2021-01-02, 2021-01-03, 2021-01-04, 2021-01-05, 2021-01-06 …", 7)]
    assert publish_refusals.sources_rewritten(project, SimpleNamespace(manifests={"2021-01-01": version(0)})) == []
