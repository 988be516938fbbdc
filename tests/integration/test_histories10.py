"""Histories nobody here wrote (session 41, histories10): CI shapes, history shapes and remote gh-pages shapes."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from helpers import GIT_ENV, git
from integration.test_publish_remotes import _actions_checkout
from policy_repo import (
    Project,
    commit_on_branch,
    copy_of,
    fr_page,
    made_once,
    new_project,
    publish_first,
    rename_english,
)
from policysite import history as hist, manifest as mf, messages, publish
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity")


@pytest.fixture
def published(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 committed and published by `policy publish` (made once for the run), copied for the test."""
    return copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")


@pytest.mark.parametrize("header", [True, False])
def test_a_commit_message_in_another_encoding_is_named_in_its_words(tmp_path, header):
    """A repository committing in Latin-1 (`i18n.commitEncoding`, which git also prints its messages in unless told
    otherwise), or an old tool's commit in Latin-1 with no `encoding` header (git prints its bytes): the commit that
    removed the page was named "Supprim\ufffde la page \ufffdt\ufffd", or "Supprim\\udce9e la page \\udce9t\\udce9"."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "docs/fr/index.md")
    message = "Supprimée la page été".encode("latin-1")
    if header:
        git(project.root, "config", "i18n.commitEncoding", "ISO-8859-1")
        subprocess.run(["git", "commit", "-q", "-F", "-"], cwd=project.root, check=True, capture_output=True,
                       input=message, env={**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": "2024-01-02T12:00:00+00:00",
                                           "GIT_COMMITTER_DATE": "2024-01-02T12:00:00+00:00"})
    else:
        tree, parent = git(project.root, "write-tree").strip(), git(project.root, "rev-parse", "HEAD").strip()
        raw = (f"tree {tree}\nparent {parent}\nauthor A <a@example.test> 1704196800 +0000\n"
               f"committer A <a@example.test> 1704196800 +0000\n\n").encode("ascii") + message + b"\n"
        written = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=project.root, input=raw,
                                 capture_output=True, check=True).stdout.decode("ascii").strip()
        git(project.root, "update-ref", "HEAD", written)
    removal = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    for run in (project.history, project.publish):
        with pytest.raises(publish.PublishError) as raised:
            run()
        assert f"removed by commit {removal} “Supprimée la page été” of January 2, 2024" in messages.text_of(raised.value)
    assert project.branch() is None


def test_a_version_mike_deployed_by_hand_beside_the_archive_is_refused_not_removed(published):
    """`mike deploy 1.0` on the published branch (its folder fr/1.0/, its entry in fr/versions.json): the next
    publication wrote the language's pages beside the versions anew and removed fr/1.0/ from the site without a word."""
    project = published
    listed = json.loads(project.show("fr/versions.json"))
    deploy = commit_on_branch(project, {
        "fr/1.0/index.html": "<!doctype html><title>1.0</title><p>Deployed by mike.</p>\n",
        "fr/versions.json": json.dumps([{"version": "1.0", "title": "1.0", "aliases": []}, *listed])},
        "Deployed 1234567 to 1.0 with MkDocs 1.6.1 and mike 2.1.3")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    for run in (project.publish, project.history):
        with pytest.raises(publish.PublishError) as raised:
            run()
        assert messages.text_of(raised.value).startswith(
            f"fr/1.0/index.html: on gh-pages, beside the versions, added by commit {deploy[:7]} “Deployed 1234567 to 1.0 "
            "with MkDocs 1.6.1 and mike 2.1.3”, none of publishing's"), messages.text_of(raised.value)
        assert project.branch() == deploy
    assert messages.said_in(messages.text_of(raised.value), "fr").startswith(
        f"fr/1.0/index.html\u00a0: sur gh-pages, à côté des versions, ajoutés par le commit {deploy[:7]} "
        "«\u00a0Deployed 1234567")


def test_a_checkout_two_commits_deep_is_told_to_fetch_the_whole_history_and_how_on_github_actions(tmp_path,
                                                                                                  monkeypatch):
    """`fetch-depth: 2` after the generator changed: the newest published version's commit is there, an older one's is
    not, and nothing proves that version's pages on the branch (built by another generator: not rebuilt either). The
    refusal said "main rewritten since … or a shallow clone", naming a commit to fetch from another clone, and not the
    workflow's setting that puts it right."""
    project = new_project(tmp_path / "project")
    with monkeypatch.context() as earlier:
        earlier.setattr(mf, "code_digest", lambda: "0" * 16)  # an earlier generator's
        project.commit("2021-02-17")
        project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
        assert project.history().published == ["2021-02-17", "2022-03-01"]
    head = project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", f"file://{project.root}", str(origin))
    ci = _actions_checkout(origin, head, tmp_path / "ci", depth=2)
    git(ci.root, "fetch", "-q", "--no-tags", "origin", "gh-pages:gh-pages")
    before = git(ci.root, "rev-parse", "gh-pages").strip()
    with pytest.raises(publish.PublishError) as raised:
        ci.publish()
    said = messages.text_of(raised.value)
    assert said.startswith("2021-02-17: its commit ") and "this shallow clone lacks the commits those versions were " \
        "published from" in said and "(`git fetch --unshallow`; on GitHub Actions, `fetch-depth: 0` in " \
        "actions/checkout)" in said, said
    assert git(ci.root, "rev-parse", "gh-pages").strip() == before and git(ci.root, "status", "--porcelain") == ""


def _versions_found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def english_dropped(root: Path) -> tuple[Project, str]:
    """2021-03-01 and 2021-04-01 committed in French and English, then English dropped (its entry, mkdocs.en.yml and
    docs/en removed) with 2021-05-01 in French: the project and the removing commit."""
    project = new_project(root)
    project.commit("2021-03-01")
    project.commit("2021-04-01", fr="Quatrième texte.", en="Fourth text.")
    return project, drop_english(project, "2021-05-01", "Cinquième texte.")


def drop_english(project: Project, date: str, second: str, *, docs: str = "docs") -> str:
    """English dropped (its entry, mkdocs.en.yml and `docs`/en removed) with `date` in French: the removing commit."""
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - code: en\n        name: English\n", ""),
                      encoding="utf-8")
    git(project.root, "rm", "-q", "-r", "mkdocs.en.yml", f"{docs}/en")
    (project.root / docs / "fr" / "index.md").write_text(fr_page(date, second), encoding="utf-8")
    return project.commit_all("English dropped")


def test_a_language_dropped_from_the_configuration_is_said_with_the_versions_whose_texts_it_leaves_out(tmp_path):
    """English configured for two versions, then dropped (its entry, mkdocs.en.yml and docs/en removed): the archive
    built from the history had no English text and nothing said the history held two."""
    project, removal = english_dropped(tmp_path / "project")
    found = _versions_found(project)
    assert [v.version for v in found.versions] == ["2021-03-01", "2021-04-01", "2021-05-01"]
    assert_dropped(found, "docs/en/index.md", "2021-03-01, 2021-04-01", removal)


def assert_dropped(found: hist.History, paths: str, versions: str, removal: str) -> None:
    """`found` says English dropped by `removal`, its texts at `paths` in `versions`, in English and French."""
    said = found.said_by_publishing(v.version for v in found.versions)
    assert said == [f"English (en): {paths} held texts of the dated versions {versions}, when the configuration had "
                    f"English, which commit {removal[:7]} removed from it: no version publishes them (a version is "
                    "published in the languages configured today), so the archive has no English text; if they were "
                    "public, configure English again"], found.warnings
    assert messages.said_in(said[0], "fr").startswith(
        f"anglais (en)\u00a0: des textes des versions datées {versions} étaient dans {paths}, quand")


def test_a_language_whose_code_is_renamed_is_not_said_dropped(tmp_path):
    """en renamed en-GB (mkdocs.en.yml removed, mkdocs.en-GB.yml added, its pages moved): its texts are en-GB's, said
    by renames.py, not a language dropped."""
    project = new_project(tmp_path / "project")
    project.commit("2021-03-01")
    rename_english(project)
    project.commit_all("en is en-GB")
    assert not [line for line in _versions_found(project).warnings
                if getattr(line, "key", "") == "history.language-dropped"]
