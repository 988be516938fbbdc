"""Histories nobody here wrote (session 41, histories11): what histories10 left."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpers import git
from integration.test_histories10 import english_dropped
from policy_repo import commit_on_branch, copy_of, history_two, made_once
from policysite import branch, git as pgit, git_sources, messages, verify

pytestmark = pytest.mark.usefixtures("no_identity")

LATIN_1 = "Ajoutée la page été"  # an old tool's commit message: Latin-1 bytes, no `encoding` header


def _commit_latin_1(root: Path, message: str, *, authored: str = "1704196800", committed: str = "1704196800",
                    merge: str = "") -> str:
    """A commit of the index's tree on HEAD (and `merge`'s tip: a merge) whose `message` is written in Latin-1 with no
    `encoding` header, as an old tool wrote it (`git commit` itself converts such bytes to UTF-8), made HEAD."""
    tree = git(root, "write-tree").strip()
    parents = "".join(f"parent {git(root, 'rev-parse', rev).strip()}\n" for rev in ("HEAD", merge) if rev)
    raw = (f"tree {tree}\n{parents}author A <a@example.test> {authored} +0000\n"
           f"committer A <a@example.test> {committed} +0000\n\n").encode("ascii") + message.encode("latin-1") + b"\n"
    sha = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=root, input=raw,
                         capture_output=True, check=True).stdout.decode("ascii").strip()
    git(root, "update-ref", "HEAD", sha)
    return sha


def _repo(root: Path, *, started: bool = True) -> Path:
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    if started:
        git(root, "commit", "-q", "--allow-empty", "-m", "start", date="2020-01-01T10:00:00+00:00")
    return root


def test_a_latin_1_subject_is_read_in_its_words_by_every_reading_of_changes(tmp_path):
    """git.raw_changes (what writing._others_by_hand, publishing's pages-by-hand refusal and servedpages read): the
    subject was 'Ajout\\udce9e la page \\udce9t\\udce9'."""
    root = _repo(tmp_path / "repo")
    (root / "page.html").write_text("<p>page</p>\n", encoding="utf-8")
    git(root, "add", "page.html")
    commit = _commit_latin_1(root, LATIN_1)
    changes = list(pgit.raw_changes(pgit.open_repo(root), "HEAD"))
    assert [(sha, subject, path) for sha, subject, _fields, path in changes] == [(commit, LATIN_1, "page.html")]


def test_a_latin_1_subject_of_a_publishing_commit_misdated_is_named_in_its_words(tmp_path):
    """verify.misdated names the commit's subject: branch.misdated_commits read it as 'Publish 2021-02-17 (\udce9t\udce9)'."""
    root = _repo(tmp_path / "repo")
    subject = "Publish 2021-02-17 (été)"
    commit = _commit_latin_1(root, subject, authored="1704110400")
    found = branch.misdated_commits(pgit.open_repo(root), "HEAD")
    assert [(one.commit, one.subject) for one in found] == [(commit, subject)]


def test_a_latin_1_subject_of_the_merge_bringing_an_old_site_s_history_is_said_in_its_words(tmp_path):
    """import.git-merged-history quotes the merge's subject: it read 'Fusionn\udce9 le site'."""
    website = _repo(tmp_path / "website", started=False)
    (website / "privacy.md").write_text("# Privacy\n\nLast updated: 2021-01-07\n\nOne.\n", encoding="utf-8")
    git(website, "add", "privacy.md")
    git(website, "commit", "-q", "-m", "privacy", date="2021-01-07T10:00:00+00:00")
    old = _repo(tmp_path / "old", started=False)
    (old / "server.c").write_text("int main(void) { return 0; }\n", encoding="utf-8")
    git(old, "add", "server.c")
    git(old, "commit", "-q", "-m", "server", date="2020-12-01T10:00:00+00:00")
    git(old, "fetch", "-q", str(website), "main:website")
    git(old, "merge", "-q", "--no-commit", "--allow-unrelated-histories", "website")  # the index: both histories'
    merge = _commit_latin_1(old, "Fusionné le site", authored="1622541600", committed="1622541600", merge="website")
    said: list = []
    (tmp_path / "out").mkdir()
    git_sources.git_sources([old / "privacy.md"], tmp_path / "out", own=set(), languages=("en",), lang="en",
                            say=said.append)
    assert [line for line in said if getattr(line, "key", "") == "import.git-merged-history"] == [
        f"privacy.md: added at {merge[:7]} (committed June 1, 2021) by merging a history of its own (“Fusionné le site”), "
        "whose branch held it before: its texts there are read too, each from the day it was committed there"]


def test_a_language_dropped_is_said_by_the_publication_leaving_it_out_not_at_every_run_after(tmp_path):
    """English configured for two versions, then dropped: `policy history` said 'history.language-dropped' at every run
    (the daily job's), the versions it names published long since. It is said by the run publishing them, then not."""
    project, removal = english_dropped(tmp_path / "project")

    def dropped(outcome) -> list[str]:
        return [str(line) for line in outcome.warnings if getattr(line, "key", "") == "history.language-dropped"]

    first = project.history()
    assert first.published == ["2021-03-01", "2021-04-01", "2021-05-01"]
    assert dropped(first) == [f"English (en): docs/en/index.md held texts of the dated versions 2021-03-01, 2021-04-01, when the "
                              f"configuration had English, which commit {removal[:7]} removed from it: no version publishes "
                              "them (a version is published in the languages configured today), so the archive has no "
                              "English text; if they were public, configure English again"], first.warnings
    again = project.history()
    assert again.published == [] and dropped(again) == [], again.warnings


@pytest.mark.parametrize("edit", ["an entry added", "not JSON"])
def test_a_hand_edit_of_the_version_list_alone_is_named_where_it_is_written_again(tmp_path_factory, tmp_path, edit):
    """fr/versions.json edited by hand on gh-pages, nothing else (an entry '//evil.example/fr' the version menu offers,
    or a list broken): verify named it; `policy history` rewrote it saying "latest is now 2022-03-01 … (fr: versions.json
    and latest/ rewritten)", as if the calendar had moved, and `policy publish` of the next version said nothing."""
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    listed = json.loads(project.show("fr/versions.json"))

    def tamper(subject: str) -> str:
        data = "[{not JSON" if edit == "not JSON" else json.dumps(
            [{"version": "//evil.example/fr", "title": "x", "aliases": []}, *listed])
        return commit_on_branch(project, {"fr/versions.json": data}, subject)

    def put_back(lines: list, commit: str, subject: str) -> list[str]:
        said = [line for line in lines if getattr(line, "key", "") == "publish.listing-put-back"]
        assert said == [f"fr/versions.json: edited on gh-pages by hand (commit {commit[:7]} “{subject}”): not the list "
                        "of versions publishing writes from the publication records, which the version menu reads; written again "
                        "as publishing writes it (`git log gh-pages -- fr/versions.json` shows that edit)"], lines
        return said

    edited = tamper("Menu des versions")
    # (an entry the menu would show as markup is also refused by the served check's rule of a list of versions: safety81)
    assert {str(p).removeprefix("gh-pages: ").split(":")[0] for p in verify.verify(root=project.root).problems} == {
        "fr/versions.json"}
    refreshed = project.history()
    said = put_back(refreshed.warnings, edited, "Menu des versions")
    assert not any(getattr(line, "key", "") == "publish.latest-moved" for line in refreshed.messages), \
        refreshed.messages
    assert json.loads(project.show("fr/versions.json")) == listed and verify.verify(root=project.root).problems == []
    assert messages.said_in(said[0], "fr").startswith(
        f"fr/versions.json\u00a0: modifié à la main sur gh-pages (commit {edited[:7]} «\u00a0Menu des versions\u00a0»)")

    edited = tamper("Menu again")
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    published = project.publish()
    assert published.published == ["2023-01-01"]
    put_back(published.warnings, edited, "Menu again")
    assert [entry["version"] for entry in json.loads(project.show("fr/versions.json"))] == [
        "2023-01-01", "2022-03-01", "2021-02-17"]
