"""A version's build diffs each language's text against the version before once (perf18).

The build's hook diffed a translation's text with the authoritative page (archive.changes_of's `source_text`, for its
announcement and class), and building._build_languages diffed it again without it, for the manifest's summary: a
second redline of the same two texts a translation and version (19 of a 20-version rebuild's 57 diffs). The summary
reads nothing the authoritative page changes, so the build now asks what the hook asked, and the same archive is
written.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from helpers import git
from policy_repo import Project, copy_of, made_once
from policysite import archive, clock, redline

VERSIONS = ["2024-01-15", "2024-02-01", "2024-03-01"]


@pytest.fixture(scope="module")
def first_three_published(tmp_path_factory) -> Project:
    def make(project: Project, _folder) -> None:
        for date, fr, en in (("2024-01-15", "Premier", "First"), ("2024-02-01", "Deuxième", "Second"),
                             ("2024-03-01", "Troisième", "Third")):
            project.commit(date, fr=f"{fr} texte.", en=f"{en} text.")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
            first = project.history()
        assert first.published == VERSIONS, first.refused
    return made_once(tmp_path_factory, make)


def test_a_rebuild_diffs_each_language_of_each_version_once_and_writes_the_same_archive(
        first_three_published, tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
    project = copy_of(first_three_published, tmp_path / "project")
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    archive._changes.cache_clear()
    diffed: Counter[tuple[str | None, str | None]] = Counter()
    real = redline.diff

    def counted(old, new, **options):
        diffed.update([(new.lang, str(new.date))])
        return real(old, new, **options)

    monkeypatch.setattr(archive.redline, "diff", counted)
    assert project.history(rebuild=True, jobs=1).published == VERSIONS
    assert diffed == Counter({(lang, date): 1 for lang in ("fr", "en") for date in VERSIONS[1:]})
    assert git(project.root, "rev-parse", "gh-pages^{tree}") == tree
