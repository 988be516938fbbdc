"""The site's descriptions read by two `git cat-file` processes whatever the number of commits, each configuration blob
once per process (a build per version paid four processes for them: 286 ms a version), safe in a forked build."""
from __future__ import annotations

from pathlib import Path

from helpers import git, one_language_project
from policysite import git as policygit, sitedescriptions
from policysite.project import opened


def _committed(tmp_path: Path) -> tuple[Path, str]:
    repo = one_language_project(tmp_path / "project")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    first = git(repo, "rev-parse", "HEAD").strip()
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_description: Example Org privacy policy", "site_description: Example Org's notice"), encoding="utf-8")
    (repo / "mkdocs.old.yml").write_text("site_name: X\nsite_description: A language dropped since\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second", date="2024-01-02T12:00:00+00:00")
    return repo, first


def test_a_tree_s_raw_entries_are_its_files_ids(tmp_path: Path):
    repo, first = _committed(tmp_path)
    with opened(repo) as project:
        [(kind, tree)] = policygit.objects_at(project.repo, [f"{first}^{{tree}}"])
        assert kind == "tree"
        entries = sitedescriptions._entries(tree, 20)
    listed = {line.split("\t")[1]: line.split()[2] for line in git(repo, "ls-tree", first).splitlines()
              if line.split()[1] == "blob"}
    assert entries == listed  # (folders left out; every file with its id)
    assert "mkdocs.yml" in entries


def test_each_configuration_blob_is_read_once_and_every_commit_s_in_one_process(tmp_path: Path, monkeypatch):
    repo, first = _committed(tmp_path)
    asked: list[list[str]] = []
    objects_at = policygit.objects_at

    def counted(repo_, names):
        asked.append(list(names))
        return objects_at(repo_, names)

    monkeypatch.setattr(policygit, "objects_at", counted)
    monkeypatch.setattr(sitedescriptions, "_WORDS", {})
    with opened(repo) as project:
        both = sitedescriptions.described(project, [first, "0" * 40])
        assert both == {"Example Org's notice", "Example Org privacy policy", "A language dropped since"}
        assert len(asked) == 2  # (the trees of HEAD and both commits, then the blobs: one process each)
        assert sitedescriptions.described(project, [first]) == both
        assert len(asked) == 3 and asked[-1][0].endswith("^{tree}")  # (the blobs were read once)
