"""Histories a company brings (session 48, histories21): past versions whose pages moved with the docs folder, a
language dropped after such a move, and what `policy at` and `policy verify` say of them. Synthetic texts of a
fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, en_page, fr_page, new_project
from policysite import cli, history as hist, messages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _versions_found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _moved_then_dropped(root: Path) -> tuple[Project, str]:
    """2021-03-01 and 2021-04-01 in docs/fr and docs/en; the docs folder moved to legal/ (docs_dir in each
    configuration) with 2021-05-01; English dropped with 2021-06-01: the project and the removing commit."""
    project = new_project(root)
    project.commit("2021-03-01")
    project.commit("2021-04-01", fr="Quatrième texte.", en="Fourth text.")
    git(project.root, "mv", "docs", "legal")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config = project.root / name
        config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/", "docs_dir: legal/"),
                          encoding="utf-8")
    (project.root / "legal" / "fr" / "index.md").write_text(fr_page("2021-05-01", "Cinquième texte."), encoding="utf-8")
    (project.root / "legal" / "en" / "index.md").write_text(en_page("2021-05-01", "Fifth text."), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("texts in legal/")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - code: en\n        name: English\n", ""),
                      encoding="utf-8")
    git(project.root, "rm", "-q", "-r", "mkdocs.en.yml", "legal/en")
    (project.root / "legal" / "fr" / "index.md").write_text(fr_page("2021-06-01", "Sixième texte."), encoding="utf-8")
    return project, project.commit_all("English dropped")


def test_a_language_dropped_after_its_folder_moved_is_said_with_every_version_holding_its_text(tmp_path):
    """English in three versions, the first two under docs/en, the third under legal/en (the docs folder moved), then
    dropped: the history said `legal/en/index.md held texts of the dated versions 2021-05-01`, the two before left
    out of the archive without a word (the page was looked for where the configuration removing it put it only)."""
    project, removal = _moved_then_dropped(tmp_path / "project")
    found = _versions_found(project)
    assert [v.version for v in found.versions] == ["2021-03-01", "2021-04-01", "2021-05-01", "2021-06-01"]
    said = found.said_by_publishing(v.version for v in found.versions)
    assert said == [f"English (en): docs/en/index.md, legal/en/index.md held texts of the dated versions 2021-03-01, "
                    f"2021-04-01, 2021-05-01, when the configuration had English, which commit {removal[:7]} removed "
                    "from it: no version publishes them (a version is published in the languages configured today), so "
                    "the archive has no English text; if they were public, configure English again"], found.warnings
    assert messages.said_in(said[0], "fr").startswith(
        "anglais (en)\u00a0: docs/en/index.md, legal/en/index.md contenait des textes des versions datées 2021-03-01, "
        "2021-04-01, 2021-05-01, quand")
