"""The site's descriptions a build knows (sitedescriptions.built_with, asked by each language build and each root page
of a history: four times a version) without parsing the same configuration's YAML again nor starting a `git config`
process again for the repository's object format, which neither changes within a command (perf20); a repository made
anew in the same folder, or its configuration rewritten, is asked again."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from helpers import calls_to, git, git_started, one_language_project
from policysite import sitedescriptions
from policysite.project import opened


def _project(path: Path, *, object_format: str = "sha1") -> Path:
    repo = one_language_project(path)
    git(repo, "init", "-q", "-b", "main", f"--object-format={object_format}")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    return repo


def _forget() -> None:
    getattr(sitedescriptions.of_config, "cache_clear", lambda: None)()
    getattr(sitedescriptions, "_ID_SIZES", {}).clear()
    sitedescriptions._WORDS.clear()


def test_the_same_configuration_text_is_parsed_once_and_read_as_before(monkeypatch):
    _forget()
    loads = calls_to(monkeypatch, yaml, "load")
    text = "site_name: X\nsite_description: >-\n  Example Org\n  privacy   policy\n"
    assert [sitedescriptions.of_config(text) for _ in range(3)] == ["Example Org privacy policy"] * 3
    assert len(loads) == 1
    # another text is read; what cannot be read is "" (its check says why), each time
    assert sitedescriptions.of_config("site_name: X\n") == ""
    assert sitedescriptions.of_config("site_description: [unclosed\n") == ""
    assert sitedescriptions.of_config("site_description: [unclosed\n") == ""
    assert len(loads) == 3


def test_a_build_s_descriptions_ask_git_for_the_object_format_once_a_repository(tmp_path: Path, monkeypatch):
    _forget()
    repo = _project(tmp_path / "project")
    with opened(repo) as project:
        started = git_started(monkeypatch)
        first = sitedescriptions.built_with(project)
        assert first == {"Example Org privacy policy"}
        asked = [args for args in started if args[:1] == ["config"]]
        assert len(asked) == 1
        for _ in range(3):  # a history's later builds: the same answer, no `git config` process more
            assert sitedescriptions.built_with(project) == first
        assert [args for args in started if args[:1] == ["config"]] == asked


def test_a_repository_made_anew_in_the_same_folder_is_asked_again(tmp_path: Path, monkeypatch):
    _forget()
    path = tmp_path / "project"
    started = git_started(monkeypatch)
    with opened(_project(path)) as project:
        assert sitedescriptions.described(project) == {"Example Org privacy policy"}
    shutil.rmtree(path)
    repo = _project(path)
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_description: Example Org privacy policy", "site_description: Example Org's notice"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second", date="2024-01-02T12:00:00+00:00")
    with opened(repo) as project:
        assert sitedescriptions.described(project) == {"Example Org's notice"}
        git(repo, "config", "core.abbrev", "12")  # (its configuration rewritten: asked again)
        assert sitedescriptions.described(project) == {"Example Org's notice"}
    assert len([args for args in started if args[:2] == ["config", "--get"]]) == 3
