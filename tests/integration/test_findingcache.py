"""The gate's findings kept for a commit judged before: used again only where nothing they depend on changed."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers import git
from policy_repo import new_project
from policysite import checks, clock, findingcache, manifest, verify
from policysite.project import opened


@pytest.fixture
def project(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15", en="We process your dataa with care.")  # a finding to keep: an unknown word
    return project


@pytest.fixture
def judged(monkeypatch):
    """The commits the checks ran on (each call of check_project)."""
    calls: list[Path] = []
    real = checks.check_project

    def counted(**options):
        calls.append(options["root"])
        return real(**options)

    monkeypatch.setattr(checks, "check_project", counted)
    return calls


def snapshot(project, commit: str, dest: Path, **options):
    with opened(project.root) as site:
        return site.snapshot(commit, dest, **options)


def test_a_commit_judged_before_is_not_judged_again_and_gets_the_same_findings(project, judged, tmp_path):
    commit = git(project.root, "rev-parse", "HEAD").strip()
    first = snapshot(project, commit, tmp_path / "one")
    assert [f.rule for f in first.blocking] == ["spelling.unknown-word"]
    assert len(judged) == 1
    again = snapshot(project, commit, tmp_path / "two")
    assert again.findings == first.findings and len(judged) == 1
    kept = list(findingcache.folder(project.root / ".git").glob("*.json"))
    assert len(kept) == 1
    # a new commit, even of the same text, is judged: the gate runs the checks on anything new
    project.commit("2024-01-15", en="We process your data with care.")
    fixed = snapshot(project, git(project.root, "rev-parse", "HEAD").strip(), tmp_path / "three")
    assert fixed.findings == [] and len(judged) == 2


def test_the_settings_the_checks_code_and_the_day_each_find_nothing_kept(project, judged, tmp_path, monkeypatch):
    commit = git(project.root, "rev-parse", "HEAD").strip()
    snapshot(project, commit, tmp_path / "one")
    assert len(judged) == 1
    # the configuration the build uses (HEAD's), whatever changed in it
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    project.commit_all("a note in the configuration")
    snapshot(project, commit, tmp_path / "two")
    assert len(judged) == 2
    snapshot(project, commit, tmp_path / "three")
    assert len(judged) == 2
    # the checks' code, vocabularies or locales (the generator's digest), or the installed packages
    monkeypatch.setattr(manifest, "code_digest", lambda: "another generator")
    findingcache.checks_digest.cache_clear()
    try:
        snapshot(project, commit, tmp_path / "four")
        assert len(judged) == 3
    finally:
        findingcache.checks_digest.cache_clear()
    # a version judged on another day, on or after its dates, is judged the same: kept (verify judges each version
    # on its own date, a rebuild on today)
    snapshot(project, commit, tmp_path / "five", today=dt.date(2024, 1, 15))
    snapshot(project, commit, tmp_path / "six", today=dt.date(2031, 5, 1))
    assert len(judged) == 3
    # before its date, the day is part of what it is judged on: each day its own
    snapshot(project, commit, tmp_path / "seven", today=dt.date(2024, 1, 14))
    snapshot(project, commit, tmp_path / "eight", today=dt.date(2024, 1, 13))
    future = snapshot(project, commit, tmp_path / "nine", today=dt.date(2024, 1, 13))
    assert len(judged) == 5
    assert "frontmatter.date-future" in {f.rule for f in future.findings}
    assert "2024-01-13" in next(f.message for f in future.findings if f.rule == "frontmatter.date-future")


@pytest.mark.parametrize("kept", [
    b"", b"{", b"\xff", b"[]", b'{"format": 1}', b"[" * 100000,
    b'{"format": 1, "key": "KEY", "findings": [{"path": "x"}]}',
    b'{"format": 1, "key": "KEY", "findings": [{"path": "x", "line": "1", "rule": "r", "message": "m", '
    b'"severity": "error"}]}',
    b'{"format": 1, "key": "KEY", "findings": [{"path": "x", "line": 1, "rule": "r", "message": "m", '
    b'"severity": "fine"}]}',
    b'{"format": 1, "key": "another", "findings": []}',
    b'{"format": 2, "key": "KEY", "findings": []}',
])
def test_a_kept_file_that_is_not_findings_is_ignored_and_written_anew(project, judged, tmp_path, kept):
    commit = git(project.root, "rev-parse", "HEAD").strip()
    first = snapshot(project, commit, tmp_path / "one")
    (path,) = findingcache.folder(project.root / ".git").glob("*.json")
    path.write_bytes(kept.replace(b"KEY", path.stem.encode()))
    again = snapshot(project, commit, tmp_path / "two")
    assert again.findings == first.findings and len(judged) == 2
    assert json.loads(path.read_text(encoding="utf-8"))["findings"][0]["rule"] == "spelling.unknown-word"


def test_no_findings_are_kept_where_none_can_be_written(project, judged, tmp_path):
    commit = git(project.root, "rev-parse", "HEAD").strip()
    (project.root / ".git" / "policysite").mkdir()
    (project.root / ".git" / "policysite" / findingcache.FOLDER).write_text("a file, not a folder", encoding="utf-8")
    assert [f.rule for f in snapshot(project, commit, tmp_path / "one").blocking] == ["spelling.unknown-word"]
    assert [f.rule for f in snapshot(project, commit, tmp_path / "two").blocking] == ["spelling.unknown-word"]
    assert len(judged) == 2


def test_only_the_newest_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(findingcache, "KEPT", 3)
    place = tmp_path / "findings"
    for n in range(5):
        findingcache.save(place, f"{n:064x}", [])
    assert sorted(path.stem for path in place.glob("*.json")) == [f"{n:064x}" for n in (2, 3, 4)]


def test_a_rebuild_and_verify_judge_no_version_the_history_judged(tmp_path, judged, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2024-01-15", "2024-02-01"]
    assert len(judged) == 2
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    assert project.history(rebuild=True).published == ["2024-01-15", "2024-02-01"]
    assert verify.verify(root=project.root).problems == []
    assert len(judged) == 2
    assert git(project.root, "rev-parse", "gh-pages^{tree}") == tree


def test_settings_the_checks_refuse_at_a_commit_are_said_in_french_and_again_from_what_is_kept(project, tmp_path,
                                                                                             monkeypatch):
    """Words 30: the gate's source.settings finding (the checks of a commit stopped by its settings) was English on
    every site; it keeps the refusal's message, said in French, the first time and from the findings kept."""
    from policysite import settings as policy_settings
    from policysite.messages import Said

    def refused(**_options):
        raise policy_settings.SettingsError(Said("settings.docs-dir", name="mkdocs.en.yml", docs="['docs/en']"))
    monkeypatch.setattr(checks, "check_project", refused)
    commit = git(project.root, "rev-parse", "HEAD").strip()
    for dest in ("one", "two"):
        found = [f for f in snapshot(project, commit, tmp_path / dest).findings if f.rule == "source.settings"]
        assert [f.said("fr") for f in found] == [
            "mkdocs.en.yml:1: [source.settings] mkdocs.en.yml\u00a0: docs_dir\u00a0: ['docs/en'] n'est pas un nom de dossier "
            "(docs/<langue>)"], dest
        assert [f.said() for f in found] == [
            "mkdocs.en.yml:1: [source.settings] mkdocs.en.yml: docs_dir: ['docs/en'] is not a folder's name (docs/<lang>)"]


def test_settings_the_checks_refuse_at_a_commit_are_found_at_the_setting_s_line(project, tmp_path, monkeypatch):
    """lines1: the finding was at mkdocs.yml:1 whatever file and line the refusal names (`mkdocs.yml:61: the notice
    period …`, `mkdocs.en.yml: docs_dir: …` above): it is at that file and line."""
    from policysite import settings as policy_settings
    from policysite.messages import Said

    def refused(**_options):
        raise policy_settings.SettingsError(Said("settings.notice-days", where="mkdocs.yml:61", value="-3"))
    monkeypatch.setattr(checks, "check_project", refused)
    commit = git(project.root, "rev-parse", "HEAD").strip()
    found = [f for f in snapshot(project, commit, tmp_path / "one").findings if f.rule == "source.settings"]
    assert [(f.path, f.line) for f in found] == [("mkdocs.yml", 61)], found
