"""A history imported from another repository by `git subtree add` (histories17): the policy kept as index.md at that
repository's root, added under docs/fr/. Its texts dated before the newest version are named, as those of an earlier
repository merged with --allow-unrelated-histories are, not left out without a word. Synthetic texts in temporary
repositories, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, fr_page, new_project
from policysite import history as hist, messages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _found(project: Project, **options) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths, **options)


def _french_repository(folder: Path) -> tuple[str, str]:
    """A repository keeping the French policy as index.md at its root, dated 2020-01-01 then 2020-06-01: its commits."""
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    made = []
    for day, words in (("2020-01-01", "Ancien texte."), ("2020-06-01", "Ancien texte, deux.")):
        (folder / "index.md").write_text(fr_page(day, words), encoding="utf-8")
        git(folder, "add", "-A")
        git(folder, "commit", "-q", "-m", f"politique {day}", date=f"{day}T10:00:00+00:00")
        made.append(git(folder, "rev-parse", "HEAD").strip())
    return made[0], made[1]


@pytest.mark.parametrize("prefix", ["docs/fr", "docs"])
def test_a_policy_added_by_git_subtree_has_its_older_texts_named(tmp_path, prefix):
    project = new_project(tmp_path / "project")
    project.write("2020-06-01", fr="Ancien texte, deux.")
    for path in (project.root / "docs" / "fr").iterdir():
        path.unlink()
    project.commit_all("the site, its English text")
    older, _newer = _french_repository(tmp_path / "french")
    if prefix == "docs":  # (the other repository's page at fr/index.md: added under docs/)
        french = tmp_path / "french"
        (french / "fr").mkdir()
        git(french, "mv", "index.md", "fr/index.md")
        git(french, "commit", "-q", "-m", "into fr/", date="2020-07-01T10:00:00+00:00")
        for path in (project.root / "docs" / "en").iterdir():
            path.rename(tmp_path / path.name)
        (project.root / "docs" / "en").rmdir()
    git(project.root, "fetch", "-q", str(tmp_path / "french"), "main:french")
    # what `git subtree add --prefix=<prefix> <repository> main` does
    git(project.root, "merge", "-q", "-s", "ours", "--no-commit", "--allow-unrelated-histories", "french")
    git(project.root, "read-tree", f"--prefix={prefix}", "-u", "french")
    if prefix == "docs":
        (project.root / "docs" / "en").mkdir()
        for name in ("index.md", ".translated-from.yml"):
            (tmp_path / name).rename(project.root / "docs" / "en" / name)
        git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", f"Add '{prefix}/' from commit 'french'", date="2020-08-01T10:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    project.commit("2021-01-01", fr="Nouveau texte.", en="New text.")

    found = _found(project)
    assert [v.version for v in found.versions] == ["2020-06-01", "2021-01-01"]
    assert found.unrelated == [(merge, older, dt.date(2020, 1, 1))]  # it was [], the text left out unsaid
    assert _found(project, skip=frozenset({older})).unrelated == []  # recorded as never published: passed over
    # said as a subtree's: merging this branch into that history (refusal.unrelated's way) would not make its texts
    # this page's
    there = "index.md" if prefix == "docs/fr" else "fr/index.md"
    said = found.unrelated_message(merge, older, "unpublished.yml")
    assert messages.said_in(said, "en").startswith(
        f"the text of {older[:7]}, in the history the merge {merge[:7]} brought in from another repository, which kept "
        f"the policy as {there} (added here by git subtree), is dated before the newest version")
    assert f"`policy import --git` depuis un clone de ce dépôt, en nommant son {there})" in messages.said_in(said, "fr")
