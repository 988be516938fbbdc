"""A rebuild parses each text once, however many versions it holds: past the parses kept whole (document.RECENT), the
older ones are read back packed."""
from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

import pytest

from helpers import git
from policy_repo import Project, copy_of, made_once, new_project
from policysite import clock, document

VERSIONS = ["2024-01-15", "2024-02-01", "2024-03-01"]


@pytest.fixture(scope="module")
def first_three_published(tmp_path_factory) -> Project:
    """Three bilingual versions committed and published by `policy history` on 2024-06-01: made once for the module,
    copied by `three_published`."""
    def make(project: Project, _folder) -> None:
        for date, fr, en in (("2024-01-15", "Premier", "First"), ("2024-02-01", "Deuxième", "Second"),
                             ("2024-03-01", "Troisième", "Third")):
            project.commit(date, fr=f"{fr} texte.", en=f"{en} text.")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
            first = project.history()
        assert first.published == VERSIONS, first.refused
    return made_once(tmp_path_factory, make)


@pytest.fixture
def three_published(first_three_published, tmp_path, monkeypatch) -> Project:
    """A copy of the module's three published versions, on June 1, 2024."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
    return copy_of(first_three_published, tmp_path / "project")


def test_a_rebuild_of_more_texts_than_are_kept_whole_parses_each_once(three_published, monkeypatch):
    """A rebuild judges every version's texts (what the manifest says it was built from, the gate), then builds them:
    with 256 texts kept, a history past 128 bilingual versions parsed each text twice. Three versions here, two texts
    kept whole: each text parsed once."""
    project = three_published
    monkeypatch.setattr(document, "RECENT", 2)
    document.forget_parses()  # as a new process
    # on another machine (test_a_rebuild_reads_…); absent where this process had parsed these texts already, in memory
    shutil.rmtree(project.root / ".git" / "policysite" / "parsed", ignore_errors=True)
    parsed: Counter[str] = Counter()
    real = document._parse
    monkeypatch.setattr(document, "_parse", lambda text, **options: parsed.update([text]) or real(text, **options))
    assert project.history(rebuild=True).published == VERSIONS
    assert len(parsed) >= 6 and max(parsed.values()) == 1, [n for n in parsed.values() if n > 1]
    document.forget_parses()


def test_a_rebuild_reads_back_every_text_the_last_command_parsed_and_publishes_the_same_tree(tmp_path, monkeypatch):
    """A warm rebuild (and `policy verify`) parsed every version's texts again, the first reading of each some 9 ms:
    the git folder keeps each text's Policy (document.parses_kept_in), and a new process parses none of them."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 1))
    project = new_project(tmp_path / "project")
    for date, fr, en in (("2024-01-15", "Premier", "First"), ("2024-02-01", "Deuxième", "Second")):
        project.commit(date, fr=f"{fr} texte.", en=f"{en} text.")
    document.forget_parses()  # (`policy sync-mark` read them in this process)
    assert project.history(jobs=1).published == ["2024-01-15", "2024-02-01"]
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    document.forget_parses()  # as a new process
    parsed: Counter[str] = Counter()
    real = document._parse
    monkeypatch.setattr(document, "_parse", lambda text, **options: parsed.update([text]) or real(text, **options))
    assert project.history(rebuild=True, jobs=1).published == ["2024-01-15", "2024-02-01"]
    assert parsed == Counter() and git(project.root, "rev-parse", "gh-pages^{tree}") == tree
    document.forget_parses()


def test_a_rebuild_writes_each_text_export_once(three_published, monkeypatch):
    """Before a rebuild builds, it checks each version's manifest against the words of its policy.json: it wrote the
    whole export of each text for that (its blocks' digests, the JSON, read back) and the build wrote it again; the
    words are now read from the text's model, and each export is written once, by the build."""
    from policysite import export

    project = three_published
    written: Counter[tuple[str, str]] = Counter()
    real = export.policy_json
    monkeypatch.setattr(export, "policy_json", lambda source, **options: written.update(
        [(options["lang"], options["version"])]) or real(source, **options))
    assert project.history(rebuild=True, jobs=1).published == VERSIONS
    assert sorted(written.items()) == [((lang, version), 1) for lang in ("en", "fr")
                                       for version in ("2024-01-15", "2024-02-01", "2024-03-01")]
