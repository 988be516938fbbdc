"""Safety 77: an entry of imported.yml softens only a text public before the site. A record written by hand in the
same commit as a new version (imported.produced took it for `policy import`'s own) made its source findings
warnings: a translation writing to another mailbox than the authoritative text (sync.emails) was published. An
import commit's text softens nothing where it replaced a text it is newer than, one the site itself published, the
page removed in a commit between them or not; `policy import` of older texts over the newest still does."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import git
from integration.test_gate_catalogue66 import page, publish
from policy_repo import en_page, fr_page, new_project
from policysite import imported
from policysite.git import open_repo


def _record(repo: Path, *langs: str) -> None:
    entries = [{"lang": lang, "date": "2001-02-01", "source": "policy.md",
                "sha256": imported.digest((repo / "docs" / lang / "index.md").read_bytes())} for lang in langs]
    (repo / imported.FILE).write_text(imported.render(entries), encoding="utf-8")


def _commit(repo: Path, message: str, day: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=f"2024-02-{day}T12:00:00+00:00")


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory) -> Path:
    """A French and English policy whose first version (2001-01-01) is published."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
        project = new_project(tmp_path_factory.mktemp("records77") / "project")
        project.commit("2001-01-01", fr="Écrivez à dpo@example.org pour toute question.",
                       en="Write to dpo@example.org with any question.")
        code, stdout, stderr = publish(project.root)
    assert code == 0, stdout + stderr
    return project.root


def test_a_translation_writing_to_another_mailbox_recorded_as_imported_by_hand_is_refused(bilingual, tmp_path,
                                                                                          monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("POLICY_MESSAGES", "en")
    repo = tmp_path / "project"
    shutil.copytree(bilingual, repo, symlinks=True)
    (repo / "docs" / "fr" / "index.md").write_text(
        fr_page("2001-02-01", "Écrivez à dpo@example.org pour toute question."), encoding="utf-8")
    (repo / "docs" / "en" / "index.md").write_text(
        en_page("2001-02-01", "Write to dpo@evil.example with any question."), encoding="utf-8")
    _record(repo, "fr", "en")
    _commit(repo, "forged import", "01")
    before = git(repo, "rev-parse", "gh-pages")
    code, stdout, stderr = publish(repo)
    assert code == 1 and "Traceback" not in stderr, stdout + stderr
    assert "docs/en/index.md:13: [sync.emails] §2: e-mail addresses differ: French has dpo@example.org; English has dpo@evil.example" in stderr, stderr
    assert git(repo, "rev-parse", "gh-pages") == before


def _produced(repo: Path) -> frozenset[str]:
    with open_repo(repo) as opened:
        return imported.produced(opened, "HEAD")


def _one_language(tmp_path: Path, first: str) -> Path:
    from helpers import one_language_project

    repo = one_language_project(tmp_path / "project")
    (repo / "docs" / "en" / "index.md").write_text(page(first), encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    _commit(repo, "first", "01")
    return repo


@pytest.mark.parametrize("removed_first", [False, True])
def test_a_newer_text_recorded_in_its_own_commit_over_the_site_s_softens_nothing(tmp_path, monkeypatch,
                                                                                 removed_first):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = _one_language(tmp_path, "2001-01-01")
    text = repo / "docs" / "en" / "index.md"
    if removed_first:  # (the site's page removed in a commit of its own: still the page the record's commit replaced)
        text.unlink()
        _commit(repo, "remove", "02")
    text.write_text(page("2001-02-01", "We keep your data for one yeer."), encoding="utf-8")
    _record(repo, "en")
    _commit(repo, "forged import", "03")
    with open_repo(repo) as opened:
        assert imported.at(opened, "HEAD")
    assert _produced(repo) == frozenset()


def test_an_older_text_imported_over_the_newest_still_softens_its_own(tmp_path, monkeypatch):
    """`policy import` of a text public before the site writes it over the newest page (then puts that back)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = _one_language(tmp_path, "2001-03-01")
    text = repo / "docs" / "en" / "index.md"
    newest = text.read_bytes()
    text.write_text(page("2001-02-01", "We keep your data for one yeer."), encoding="utf-8")
    _record(repo, "en")
    older = imported.digest(text.read_bytes())
    _commit(repo, "import", "02")
    text.write_bytes(newest)
    _commit(repo, "restore", "03")
    assert _produced(repo) == frozenset({older})
