"""Dated versions on gh-pages: publish, history, verify, failures and concurrency, on real temp repos.

Each test gets a temporary project: copies of today's mkdocs.yml, hooks and overrides, a tiny
synthetic policy committed with a fixed identity and dates, and no git identity of its own
(GIT_CONFIG_GLOBAL=/dev/null), as in CI. Everything is checked on the branch as published.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import git, policy_process
from policy_repo import Project, en_page, fr_page, new_project
from policysite import export_site, git as policy_git, manifest as mf, publish, verify

PUBLIC = "https://www.dial-once.com/politique-de-confidentialite/"


pytestmark = pytest.mark.usefixtures("no_identity")


@pytest.fixture
def project(tmp_path) -> Project:
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Project:
    """Two dated versions published one after the other, with a theme-only commit between them."""
    mp = pytest.MonkeyPatch()
    for name, value in (("GIT_CONFIG_GLOBAL", os.devnull), ("GIT_CONFIG_NOSYSTEM", "1"), ("NO_MKDOCS_2_WARNING", "1")):
        mp.setenv(name, value)
    for name in ("GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        mp.delenv(name, raising=False)
    project = new_project(tmp_path_factory.mktemp("archive") / "project")
    project.commit("2021-02-17")
    project.publish()
    project.first_tree = {lang: project.tree(f"{lang}/2021-02-17") for lang in ("fr", "en")}
    (project.root / "overrides" / "assets" / "stylesheets" / "policy.css").open("a", encoding="utf-8").write("\n")
    project.commit_all("theme only")
    project.commit("2022-03-01", fr="Nous traitons vos données avec le plus grand soin.",
                   en="We process your data with the greatest care.")
    project.outcome = project.publish()
    yield project
    mp.undo()


# --- The branch as published ----------------------------------------------------------------

def test_first_and_second_version_in_mikes_layout(archive):
    files = archive.files()
    for lang in ("fr", "en"):
        for version in ("2021-02-17", "2022-03-01", "latest"):
            assert f"{lang}/{version}/index.html" in files
            assert f"{lang}/{version}/search/search_index.json" in files
        assert f"{lang}/versions.json" in files
    assert {"index.html", ".nojekyll", "manifest/2021-02-17.json", "manifest/2022-03-01.json"} <= set(files)
    assert archive.outcome.published == ["2022-03-01"]
    assert '<meta http-equiv="refresh" content="0; url=fr/latest/">' in archive.show("index.html")


def test_published_version_never_changes_and_latest_is_the_newest(archive):
    for lang in ("fr", "en"):
        assert archive.tree(f"{lang}/2021-02-17") == archive.first_tree[lang]
        assert archive.tree(f"{lang}/latest") == archive.tree(f"{lang}/2022-03-01")


@pytest.mark.parametrize("lang,titles", [("fr", ["1er mars 2022 (en vigueur)", "17 février 2021"]),
                                         ("en", ["March 1, 2022 (in force)", "February 17, 2021"])])
def test_version_selector_lists_every_date_newest_first_with_latest(archive, lang, titles):
    versions = json.loads(archive.show(f"{lang}/versions.json"))
    assert [v["version"] for v in versions] == ["2022-03-01", "2021-02-17"]
    assert [v["title"] for v in versions] == titles
    assert [v["aliases"] for v in versions] == [["latest"], []]
    html = archive.show(f"{lang}/2021-02-17/index.html")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
    # The selector says which version is in force in the title, in the page's language: never "latest".
    assert config["version"] == {"provider": "mike", "default": "latest", "alias": False}


def test_mike_reads_the_branch(archive):
    """mike itself lists the versions of each language prefix."""
    mike = Path(sys.executable).parent / "mike"
    result = subprocess.run([str(mike), "list", "--deploy-prefix", "fr", "-b", "gh-pages", "-j"],
                            cwd=archive.root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [v["version"] for v in json.loads(result.stdout)] == ["2022-03-01", "2021-02-17"]


@pytest.mark.parametrize("lang,text,link", [
    ("fr", "Version archivée du 17 février 2021 : ce texte n’est plus en vigueur.", "Lire la version en vigueur"),
    ("en", "Archived version of February 17, 2021: this text is no longer in force.", "Read the version in force"),
])
def test_archived_banner_in_the_page_language_links_the_latest(archive, lang, text, link):
    html = archive.show(f"{lang}/2021-02-17/index.html")
    banner = re.search(r'<div data-md-color-scheme="default" data-md-component="outdated" hidden>(.*?)</div>\s*</div>',
                       html, re.S).group(1)
    assert text in banner
    assert f'<a href="../latest/" data-policy-keep-section>{link}</a>' in banner
    assert f'<p class="policy-archived" role="status">{text}' in banner  # announced when shown
    # Material's version check no longer keeps its answer for each version read (reader audit 13, finding 18)
    assert '__md_set=function(k){"__outdated"!=k&&' in banner and "sessionStorage" not in banner


def test_canonical_link_is_the_latest_version(archive):
    for version in ("2021-02-17", "2022-03-01"):
        html = archive.show(f"fr/{version}/index.html")
        assert f'<link rel="canonical" href="{PUBLIC}fr/latest/">' in html
    assert f"<loc>{PUBLIC}en/2021-02-17/</loc>" in archive.show("en/2021-02-17/sitemap.xml")
    assert "<lastmod>2021-02-17</lastmod>" in archive.show("en/2021-02-17/sitemap.xml")


def test_language_switch_stays_on_the_same_version(archive):
    html = archive.show("fr/2021-02-17/index.html")
    assert re.search(r'<a href="../../en/2021-02-17/" hreflang="en" class="md-select__link" lang="en">', html)
    assert 'hreflang="en">' not in html.split("</head>")[0]  # no relative hreflang in the head


def test_each_version_shows_its_date_and_the_versions_known_when_published(archive):
    old = archive.show("fr/2021-02-17/index.html")
    new = archive.show("fr/2022-03-01/index.html")
    assert '<time datetime="2021-02-17">Dernière mise à jour : 17 février 2021</time>' in old
    assert '<time datetime="2022-03-01">Dernière mise à jour : 1er mars 2022</time>' in new
    section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>', new, re.S).group(1)
    assert re.findall(r'<time datetime="([\d-]+)">', section) == ["2022-03-01", "2022-03-01", "2021-02-17"]
    assert '<a href="../2021-02-17/"><time datetime="2021-02-17">17 février 2021</time></a>' in section
    old_section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>', old, re.S).group(1)
    assert "2022-03-01" not in old_section
    # The published page never changes: the newer versions come from ../versions.json in the browser
    # (policy.js), told which version this is and what to say.
    assert '<div class="policy-version" data-policy-version="2021-02-17" data-policy-newer="Cette version n’est plus ' \
           'en vigueur. Versions publiées depuis\u00a0:" data-policy-in-force="en vigueur">' in old


def test_manifest_records_commit_source_and_every_file(archive):
    manifest = mf.VersionManifest.loads(archive.show("manifest/2022-03-01.json"))
    head = git(archive.root, "rev-parse", "main").strip()
    for lang in ("fr", "en"):
        entry = manifest.languages[lang]
        assert entry.source.commit == head
        assert entry.source.path == f"docs/{lang}/index.md"
        source = subprocess.run(["git", "show", f"{head}:docs/{lang}/index.md"], cwd=archive.root,
                                capture_output=True).stdout
        assert entry.source.sha256 == mf.sha256(source)
        published = [p.removeprefix(f"{lang}/2022-03-01/") for p in archive.files() if p.startswith(f"{lang}/2022-03-01/")]
        assert sorted(entry.files) == sorted(published)
        data = subprocess.run(["git", "show", f"gh-pages:{lang}/2022-03-01/index.html"], cwd=archive.root,
                              capture_output=True).stdout
        assert entry.files["index.html"] == mf.sha256(data)
    assert verify.verify(root=archive.root).problems == []


def test_publishing_commits_need_no_git_identity(archive):
    committer = git(archive.root, "log", "-1", "--format=%cn <%ce>", "gh-pages").strip()
    assert committer == "policysite <policysite@localhost>"


def test_export_is_the_branch_as_served(archive, tmp_path):
    public = export_site.export(root=archive.root, site_dir=tmp_path / "public")
    assert (public / "index.html").exists()
    for lang in ("fr", "en"):
        for version in ("2021-02-17", "2022-03-01", "latest"):
            assert (public / lang / version / "index.html").is_file()
        assert (public / lang / "versions.json").is_file()
    assert not (public / ".git").exists()


def test_every_git_process_reads_packs_in_bounded_memory(archive, tmp_path, monkeypatch):
    """git maps the packs it reads in windows of 1 GiB by default, all counted as its memory: `git archive`
    of a 1,000-version branch held 352 MiB so. Each git process started here gets bounded windows."""
    repo = policy_git.open_repo(archive.root)
    assert policy_git.run(repo, "config", "core.packedGitLimit") == "64m"
    assert repo.git.config("core.packedGitWindowSize") == "16m"  # GitPython's own processes (cat-file)
    started = []
    real_popen = subprocess.Popen

    def spy(args, *rest, **kwargs):
        started.append(args)
        return real_popen(args, *rest, **kwargs)
    monkeypatch.setattr(policy_git.subprocess, "Popen", spy)
    export_site.export(root=archive.root, site_dir=tmp_path / "public")  # its blobs read by `git cat-file --batch`
    readers = [args for args in started if "cat-file" in args]
    assert readers and all(args[1:1 + len(policy_git.OPTIONS)] == list(policy_git.OPTIONS) for args in readers)


# --- Refusals --------------------------------------------------------------------------------

def test_republishing_the_same_text_changes_nothing_and_says_so(project):
    project.commit("2021-02-17")
    project.publish()
    before = project.branch()
    result = project.run("publish")
    assert result.returncode == 0, result.stderr
    assert "nothing to publish: 2021-02-17 is already on gh-pages with this text" in result.stdout
    assert project.branch() == before


def test_republishing_a_date_with_another_text_is_refused(project):
    project.commit("2021-02-17")
    project.publish()
    before = project.branch()
    project.commit("2021-02-17", fr="Nous traitons vos données autrement.", en="We process your data differently.")
    result = project.run("publish")
    assert result.returncode == 1
    assert result.stderr.startswith("error: 2021-02-17 is already published with a different text (fr: §2; en: §2)")
    assert project.branch() == before


def test_an_older_date_is_refused(project):
    project.commit("2022-03-01")
    project.publish()
    before = project.branch()
    typo = project.commit("2021-02-17", fr="Un texte plus ancien.", en="An older text.")[:7]
    with pytest.raises(publish.PublishError, match=r"^2021-02-17 is older than the latest published version "
                                                   r"2022-03-01 \(the text differs: fr: §2; en: §2\)") as raised:
        project.publish()
    assert project.branch() == before
    # History hunt 33: "a new text needs a date after 2022-03-01" alone: the team re-dated the text in a new commit,
    # published it, and the next day verify said the typo's date was "removed from the archive; it was in force" and
    # history refused it, advising a new date again
    assert str(raised.value).endswith(f"if {typo} is merged already, commit the text with its new date and record "
                                      f"{typo} in unpublished.yml as never published, in the same change")
    project.commit("2022-04-01", fr="Un texte plus ancien.", en="An older text.")
    assert project.publish().published == ["2022-04-01"]
    assert verify.verify(root=project.root).problems == [
        f"2021-02-17 (commit {typo}): a dated version of the history, before 2022-04-01, is not on gh-pages: never "
        f"published (dated before 2022-03-01, published from an earlier commit: publishing refused it); record {typo} "
        "in unpublished.yml as never published"]
    (project.root / "unpublished.yml").write_text(f"- commit: {typo}\n  reason: dated 2021 by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record the typo")
    assert verify.verify(root=project.root).problems == [] and project.history().refused == []


def test_uncommitted_changes_to_the_policy_are_refused(project):
    project.commit("2021-02-17")
    (project.root / "docs" / "en" / "index.md").write_text(en_page("2021-02-17", "Edited."), encoding="utf-8")
    result = project.run("publish")
    assert result.returncode == 1
    assert "error: 2021-02-17: not published: uncommitted changes to the policy (docs/en/index.md)" in result.stderr
    assert project.branch() is None


def test_a_failing_check_is_refused(project):
    broken = fr_page("2021-02-17").replace("### 2.1 Durée", "### 2.3 Durée")
    project.commit("2021-02-17")
    (project.root / "docs" / "fr" / "index.md").write_text(broken, encoding="utf-8")
    project.commit_all("skip a number")
    with pytest.raises(publish.PublishError, match=r"(?s)^2021-02-17 \(commit \w+\): not published, \d+ finding\(s\).*"
                                                   r"\[structure\.number-skipped\]"):
        project.publish()
    assert project.branch() is None


# --- History ---------------------------------------------------------------------------------

def test_history_publishes_each_date_from_its_last_commit_oldest_first(project):
    project.commit("2021-02-17", fr="Premier jet.", en="First draft.")
    first = project.commit("2021-02-17")  # a correction under the same date: this text is the version
    (project.root / "overrides" / "assets" / "stylesheets" / "policy.css").open("a", encoding="utf-8").write("\n")
    project.commit_all("theme only: not a version")
    second = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    third = project.commit("2023-05-10", fr="Troisième texte.", en="Third text.")
    outcome = project.history(jobs=2)
    assert outcome.published == ["2021-02-17", "2022-03-01", "2023-05-10"]
    log = git(project.root, "log", "--reverse", "--format=%s", "gh-pages").splitlines()
    assert log == [f"Publish 2021-02-17 (fr, en) from {first[:12]}", f"Publish 2022-03-01 (fr, en) from {second[:12]}",
                   f"Publish 2023-05-10 (fr, en) from {third[:12]}"]
    assert "Nous traitons vos données avec soin." in project.show("fr/2021-02-17/index.html")
    assert [v["version"] for v in json.loads(project.show("en/versions.json"))] == ["2023-05-10", "2022-03-01",
                                                                                   "2021-02-17"]
    section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>',
                        project.show("fr/2022-03-01/index.html"), re.S).group(1)
    assert re.findall(r'<li.*?datetime="([\d-]+)"', section) == ["2022-03-01", "2021-02-17"]
    assert project.history().messages == ["nothing to publish: the 3 dated version(s) of the history are on gh-pages"]
    assert verify.verify(root=project.root).problems == []
    assert git(project.root, "worktree", "list").count("\n") == 1  # its worktrees are gone
    assert git(project.root, "status", "--porcelain") == ""


def test_history_adds_only_missing_versions_and_rebuild_gives_identical_files(project):
    project.commit("2021-02-17")
    project.publish()
    published = project.tree("fr/2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2022-03-01"]
    trees = {path: project.tree(path) for path in ("fr/2021-02-17", "en/2021-02-17", "fr/2022-03-01", "en/2022-03-01")}
    assert trees["fr/2021-02-17"] == published
    outcome = project.history(rebuild=True, jobs=2)
    assert outcome.published == ["2021-02-17", "2022-03-01"]
    assert {path: project.tree(path) for path in trees} == trees  # byte-identical, file for file
    assert project.tree("manifest") == project.tree("manifest", "gh-pages~2")


def test_verify_names_a_tampered_file(project, tmp_path):
    project.commit("2021-02-17")
    project.publish()
    checkout = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    page = checkout / "fr" / "2021-02-17" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("avec soin", "sans soin"), encoding="utf-8")
    (checkout / "en" / "2021-02-17" / "sitemap.xml").unlink()
    git(checkout, "commit", "-q", "-am", "tamper")
    git(project.root, "worktree", "remove", "--force", str(checkout))
    result = project.run("verify")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("fr/2021-02-17/index.html: changed (manifest sha256") for line in lines), lines
    assert "en/2021-02-17/sitemap.xml: missing (listed in the manifest, absent from the branch)" in lines
    assert "fr/latest/: differs from fr/2021-02-17/, the version in force today (`policy history` moves it)" in lines


# --- Failures, concurrency, remotes ---------------------------------------------------------

def test_a_failure_while_committing_leaves_the_branch_as_it_was(project, monkeypatch):
    project.commit("2021-02-17")
    project.publish()
    before = project.branch()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    real_add, calls = policy_git.CommitWriter.add, []

    def failing_add(self, path, data=None, **kwargs):
        calls.append(path)
        if len(calls) == 30:
            raise OSError("disk full (injected)")
        return real_add(self, path, data, **kwargs)

    monkeypatch.setattr(policy_git.CommitWriter, "add", failing_add)
    with pytest.raises(OSError, match="injected"):
        project.publish()
    assert project.branch() == before
    assert git(project.root, "for-each-ref", "refs/policysite") == ""
    monkeypatch.setattr(policy_git.CommitWriter, "add", real_add)
    assert project.publish().published == ["2022-03-01"]  # the lock was released, nothing left behind


def test_a_version_refused_in_the_middle_of_history_is_named_and_nothing_published_until_recorded(project):
    """A failed command changes nothing: published without it, the versions after it would leave it out of the
    archive for ever (older than the newest published). Recorded in unpublished.yml, the others are published."""
    project.commit("2021-02-17")
    bad = project.commit("2022-03-01", fr="Voir [la page absente](absente.md).", en="See [the missing page](missing.md).")
    project.commit("2023-05-10", fr="Troisième texte.", en="Third text.")
    outcome = project.history(jobs=2)
    assert [(r.version, r.commit) for r in outcome.refused] == [("2022-03-01", bad)]
    assert outcome.published == [] and outcome.commit is None
    assert project.branch() is None
    assert "nothing published: 1 dated version(s) refused (below): 2 passed and wait for them; gh-pages is as " \
        "it was" in outcome.messages
    result = project.run("history")
    assert result.returncode == 1 and "error: 2022-03-01 (commit" in result.stderr, result.stderr
    assert project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {bad}\n  reason: a link to a page that never "
                                                  "existed\n", encoding="utf-8")
    project.commit_all("record the version never published")
    outcome = project.history(jobs=2)
    assert outcome.refused == [] and outcome.published == ["2021-02-17", "2023-05-10"]
    assert [v["version"] for v in json.loads(project.show("fr/versions.json"))] == ["2023-05-10", "2021-02-17"]
    assert "2022-03-01" not in project.show("fr/2023-05-10/changes/index.html")


def test_a_version_refused_by_the_output_check_after_the_others_were_built_publishes_none(project, monkeypatch):
    """The output check runs on the built HTML, after the versions are built: a refusal there publishes none."""
    from policysite import building, gate
    from policysite.findings import Finding

    project.commit("2021-02-17")
    tip = project.history().commit
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2023-05-10", fr="Troisième texte.", en="Third text.")
    real = building.build_or_refuse

    def refuse_one(project_, task):
        result = real(project_, task)
        if task[0] == "2022-03-01":
            return gate.Refusal(task[0], "0" * 40, (Finding("docs/fr/index.md", 1, "output.unsafe", "injected"),))
        return result
    monkeypatch.setattr(building, "build_or_refuse", refuse_one)
    outcome = project.history(jobs=1)
    assert [r.version for r in outcome.refused] == ["2022-03-01"] and outcome.published == []
    assert project.branch() == tip


def test_history_refuses_a_version_dated_before_the_newest_published_and_keeps_the_archive(project):
    """As `policy publish`: publishing it would change what the archive says was in force, and the version after."""
    project.commit("2024-01-15")
    project.commit("2024-06-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2024-01-15", "2024-06-01"]
    tip = project.branch()
    late = project.commit("2024-03-01", fr="Texte antidaté.", en="Backdated text.")
    outcome = project.history()
    assert outcome.published == [] and [(r.version, r.commit) for r in outcome.refused] == [("2024-03-01", late)]
    finding = outcome.refused[0].findings[0]
    assert (finding.path, finding.line, finding.rule) == ("docs/fr/index.md", 2, "history.order")
    assert "before 2024-06-01, which is published already" in finding.message
    assert f"record {late[:7]} in unpublished.yml as never published (its date stays" in finding.message
    assert project.branch() == tip and verify.verify(root=project.root).problems == []
    result = project.run("history")
    assert result.returncode == 1 and "error: 2024-03-01 (commit" in result.stderr, result.stderr


def test_publish_first_publishes_the_dated_versions_pushed_with_it_oldest_first(project):
    """Two pull requests merged before one publication: the older text was in force between its date and the
    newer one's, so the archive must hold it; published after, it would be refused as older than the newest."""
    project.commit("2024-01-15")
    assert project.publish().published == ["2024-01-15"]
    between = project.commit("2024-03-01", fr="Texte du milieu.", en="Middle text.")
    project.commit("2024-04-01", fr="Texte final.", en="Final text.")
    (project.root / "NOTES.md").write_text("A commit that leaves the policy as it is.\n", encoding="utf-8")
    project.commit_all("notes")
    outcome = project.publish()
    assert outcome.published == ["2024-03-01", "2024-04-01"] and outcome.refused == []
    assert "published 2 dated version(s) on gh-pages: 2024-03-01, 2024-04-01" in outcome.messages
    tip = project.branch()
    assert len(git(project.root, "rev-list", f"{tip}^..{tip}").split()) == 1  # one commit for both
    manifest = mf.VersionManifest.loads(git(project.root, "show", "gh-pages:manifest/2024-03-01.json"))
    assert manifest.languages["fr"].source.commit == between
    entries = json.loads(git(project.root, "show", "gh-pages:fr/versions.json"))
    middle = next(e for e in entries if e["version"] == "2024-03-01")
    assert middle["properties"]["in_force"] == {"from": "2024-03-01", "until": "2024-03-31"}
    assert verify.verify(root=project.root).problems == []
    again = project.history()
    assert again.published == [] and again.refused == []


def test_publish_refuses_all_when_a_version_pushed_with_it_is_refused_and_leaves_the_branch(project):
    """Published after it, the refused one could never be: nothing is, until it is fixed or recorded unpublished."""
    project.commit("2024-01-15")
    assert project.publish().published == ["2024-01-15"]
    tip = project.branch()
    refused = project.commit("2024-03-01", fr="Texte avec une fautte.", en="Text with a misspeling.")
    project.commit("2024-04-01", fr="Texte final.", en="Final text.")
    outcome = project.publish()
    assert outcome.published == [] and [r.version for r in outcome.refused] == ["2024-03-01"]
    assert project.branch() == tip
    (project.root / "unpublished.yml").write_text(f"- commit: {refused}\n  reason: a typo, fixed the next month\n",
                                                  encoding="utf-8")
    project.commit_all("record")
    assert project.publish().published == ["2024-04-01"]


def test_publish_leaves_out_a_version_recorded_unpublished_and_on_an_empty_branch_publishes_the_history(project):
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    assert project.publish().published == ["2024-01-15", "2024-02-01"]  # every dated version, oldest first
    skipped = project.commit("2024-07-01", fr="Brouillon jamais publié.", en="Draft never published.")
    (project.root / "unpublished.yml").write_text(f"- commit: {skipped}\n  reason: merged by mistake, replaced "
                                                  "the next day\n", encoding="utf-8")
    project.commit("2024-07-02", fr="Texte corrigé.", en="Corrected text.")
    outcome = project.publish()
    assert outcome.published == ["2024-07-02"] and outcome.refused == []
    assert not any("never published" in line for line in outcome.messages)


def test_a_text_dated_before_an_earlier_commits_date_is_refused_and_nothing_published(project):
    """A later commit reusing an earlier date would replace that version's text (or, pushed with later ones, be
    taken for it while the newer date goes on as latest): history and publish refuse it, naming both commits."""
    project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    backdated = project.commit("2021-01-01", fr="Texte trois.", en="Text three.")
    said = rf"{backdated[:7]} dates docs/fr/index.md 2021-01-01, before 2022-01-01 of the earlier commit [0-9a-f]{{7}}"
    refused = [f for r in project.history().refused for f in r.findings if f.rule == "history.backdated"]
    assert len(refused) == 1 and re.search(said, refused[0].message), refused
    assert project.branch() is None
    with pytest.raises(publish.PublishError, match=said + ".*Nothing was published"):
        project.publish()
    assert project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {backdated}\n  reason: dated by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record the mistake")
    assert project.history().published == ["2021-01-01", "2022-01-01"]
    assert "Texte un." in project.show("fr/2021-01-01/index.html")


def test_history_refuses_when_heads_page_has_no_date_it_can_read(project):
    """Its scan passes such a commit over: the daily job said "nothing to publish" of a text never published."""
    project.commit("2021-01-01")
    tip = project.history().commit
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2021-01-01", "date: 2021-06-01T00:00:00"),
                    encoding="utf-8")
    project.commit_all("a date with a time")
    with pytest.raises(publish.PublishError, match=r"^docs/fr/index.md at HEAD has no date that can be read"):
        project.history()
    assert project.branch() == tip


def test_a_language_the_print_engine_cannot_print_is_published_without_links_to_a_pdf(project, monkeypatch):
    """A language without fonts for its script: the version is published without its PDF, and its page and
    changes page no longer link one that is not there (an adoption hunt found both links dead)."""
    from policysite import printing

    real = printing.printed
    monkeypatch.setattr(printing, "printed", lambda page: printing.Printed(None, note="no PDF: no font for it")
                        if page.lang == "en" else real(page))
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01"]
    files = project.files()
    assert "fr/2022-03-01/policy-fr-2022-03-01.pdf" in files and "en/2022-03-01/policy-en-2022-03-01.pdf" not in files
    for page in ("en/2022-03-01/index.html", "en/2022-03-01/changes/index.html", "en/history/index.html"):
        assert "policy-en-2022-03-01.pdf" not in project.show(page), page
    assert "policy-fr-2022-03-01.pdf" in project.show("fr/2022-03-01/index.html")


def test_a_language_published_then_dropped_from_the_configuration_is_refused(project):
    project.commit("2021-02-17")
    tip = project.publish().commit
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      - code: en\n        name: English\n" in text
    config.write_text(text.replace("      - code: en\n        name: English\n", ""), encoding="utf-8")
    (project.root / "mkdocs.en.yml").unlink()
    shutil.rmtree(project.root / "docs" / "en")
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2022-03-01", "Deuxième texte."), encoding="utf-8")
    project.commit_all("French only from now on")
    for run in (project.publish, project.history):
        with pytest.raises(publish.PublishError, match=r"^en: published on gh-pages, and no longer in the configur"):
            run()
        assert project.branch() == tip


def test_publish_of_an_earlier_versions_text_again_says_the_site_keeps_the_newest(project):
    """A `git revert` of the newest version: nothing to publish, and the text at HEAD is not the one in force."""
    project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    project.publish()
    git(project.root, "revert", "--no-edit", "HEAD")
    outcome = project.publish()
    assert outcome.published == [] and any("is already on gh-pages with this text" in m for m in outcome.messages)
    assert outcome.warnings == ["the text at HEAD is that of 2021-01-01, and 2022-01-01 came after it: the site keeps "
                                "the newest in force; to bring this text back, give it a new date"]
    reverted = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    assert project.history().warnings == [f"{reverted} dates the text 2021-01-01, after the text of 2022-01-01 was "
                                          "published: the site keeps 2022-01-01 in force; to bring this text back, "
                                          "give it a new date"]
    # History hunt 33: the revert reverted, the branch holds the text in force again: the daily job said the warning
    # above at every run, for ever, advising to bring back a text the branch no longer holds.
    git(project.root, "revert", "--no-edit", "HEAD")
    assert project.history().warnings == []


def test_history_is_the_branchs_own_a_merged_branchs_drafts_are_not_versions(project):
    """Its first parents: a merge brings the text its branch ends with; a draft dated otherwise on the way is not
    a version, and a version the branch carried is one even when a later merge takes the other side's text."""
    project.commit("2024-01-15")
    git(project.root, "checkout", "-q", "-b", "pr")
    project.commit("2024-02-10", fr="Brouillon daté autrement.", en="Draft dated otherwise.")
    project.commit("2024-02-01", fr="Texte de la branche.", en="The branch's text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "pr", "-m", "merge pr", date="2024-01-01T13:00:00+00:00")
    git(project.root, "checkout", "-q", "-b", "other", "HEAD~1")
    project.commit("2024-03-01", fr="Autre branche.", en="Other branch.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-X", "theirs", "other", "-m", "merge other",
        date="2024-01-01T14:00:00+00:00")
    outcome = project.history()
    assert outcome.published == ["2024-01-15", "2024-02-01", "2024-03-01"]


def _foxtrot_merge(project, *on_main: tuple[str, str, str]) -> str:
    """A "foxtrot merge": a pull request's branch (its draft dated 2023-01-01) merges main, which holds the versions
    `on_main` (date, French, English) committed meanwhile, and main is fast-forwarded to it. Returns the merge's second
    parent: main's own last text, now off main's first parents."""
    git(project.root, "checkout", "-q", "-b", "feature")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    git(project.root, "checkout", "-q", "main")
    for date, fr, en in on_main:
        project.commit(date, fr=fr, en=en)
    git(project.root, "checkout", "-q", "feature")
    git(project.root, "merge", "-q", "-X", "ours", "main", "-m", "merge main into feature",
        date="2024-01-01T13:00:00+00:00")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--ff-only", "feature")
    return git(project.root, "rev-parse", "HEAD^2").strip()


def test_a_text_reached_only_through_a_merges_second_parent_waits_for_the_team_to_say_what_it_was(project):
    """A "foxtrot merge" (main merged into a pull request's branch, main then fast-forwarded to it) leaves main's own
    versions behind the merge's second parent, where a pull request's drafts also are: git cannot tell them apart.
    Dated before the newest version, such a text stops the publication (it may have been in force) until it is
    published from its commit or recorded as never published; dated after, it is a draft, said and left out."""
    project.commit("2021-01-01")
    side = _foxtrot_merge(project, ("2022-01-01", "Texte deux.", "Text two."),
                          ("2022-06-01", "Texte deux et demi.", "Text two and a half."))
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None
    assert [(r.version, r.commit, r.findings[0].rule) for r in outcome.refused] == [("2022-06-01", side,
                                                                                    "history.merged")]
    assert f"publish it first from its commit and push it from there (`git checkout {side[:7]}`" in \
        outcome.refused[0].findings[0].message
    git(project.root, "checkout", "-q", side)  # it was in force: published first, from its commit
    assert project.publish().published == ["2021-01-01", "2022-01-01", "2022-06-01"]
    git(project.root, "checkout", "-q", "main")
    outcome = project.history()
    assert outcome.refused == [] and outcome.published == ["2023-01-01"]
    assert "Texte deux et demi." in project.show("fr/2022-06-01/index.html")


def test_a_text_reached_only_through_a_merges_second_parent_is_pushed_by_following_the_advice(project, tmp_path):
    """History hunt 31: the advice said `policy publish` from the commit; back on main, `policy history --push` then
    refused to push it (a text main's first parents never held: a preview?) and verify named it: a dead end. Published
    and pushed from its commit, it is public, and the branch's next publication goes on."""
    _published_with_an_origin(project, tmp_path)
    side = _foxtrot_merge(project, ("2022-01-01", "Texte deux.", "Text two."))
    refused = project.run("history", "--push")
    assert refused.returncode == 1 and f"`git checkout {side[:7]}`, `policy publish --push`" in refused.stderr
    git(project.root, "checkout", "-q", side)
    assert project.run("publish", "--push").returncode == 0
    git(project.root, "checkout", "-q", "main")
    result = project.run("history", "--push")
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.run("verify").returncode == 0


def test_a_pull_request_merged_with_its_draft_left_out_publishes_no_draft(project):
    """`git merge -s ours`: the draft, dated after every version, is said and never published."""
    project.commit("2024-01-10")
    git(project.root, "checkout", "-q", "-b", "pr")
    draft = project.commit("2024-03-01", fr="Brouillon rejeté.", en="Rejected draft.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "merge pr, keeping main",
        date="2024-01-01T13:00:00+00:00")
    outcome = project.history()
    assert outcome.refused == [] and outcome.published == ["2024-01-10"]
    assert any(line.startswith(f"2024-03-01: the text of {draft[:7]}, reached only through the second parent")
               for line in outcome.warnings), outcome.warnings


def move_docs(project: Project) -> None:
    """`git mv docs/<lang> content/<lang>` and each configuration's docs_dir after it (not committed)."""
    (project.root / "content").mkdir()
    for lang, config in (("fr", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
        git(project.root, "mv", f"docs/{lang}", f"content/{lang}")
        path = project.root / config
        path.write_text(path.read_text(encoding="utf-8").replace(f"docs_dir: docs/{lang}", f"docs_dir: content/{lang}"),
                        encoding="utf-8")


def test_pages_moved_or_renamed_are_followed_back_every_version_published_rebuilt_and_verified(project):
    """A new docs_dir (`git mv docs/fr content/fr`), then the page renamed: each version is read where its page was
    at its commit, on a fresh branch as on one published before the moves, and its manifest says where."""
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2024-01-15", "2024-02-01"]
    move_docs(project)
    project.commit_all("the pages move to content/")
    outcome = project.history(rebuild=True)
    assert outcome.published == ["2024-01-15", "2024-02-01"] and outcome.warnings == []
    report = verify.verify(root=project.root)
    assert report.problems == [] and report.rebuilt == 2, report.notes
    source = mf.VersionManifest.loads(project.show("manifest/2024-01-15.json")).languages["fr"].source
    assert source.path == "docs/fr/index.md"
    git(project.root, "branch", "-q", "-D", "gh-pages")
    assert project.history().published == ["2024-01-15", "2024-02-01"]  # a fresh branch: none is left behind
    assert verify.verify(root=project.root).problems == []
    assert "Deuxième texte." in project.show("fr/2024-02-01/index.html")


def test_a_page_renamed_into_place_is_followed_back_to_its_first_name(project):
    """politique.md at the top, then renamed docs/fr/index.md (a new site adopting its own history): the versions
    before the rename are found, each with where its page was; the snapshot reads it from there."""
    from policysite import history as hist
    from policysite.project import opened

    project.write("2024-01-15")
    (project.root / "docs" / "fr" / "index.md").rename(project.root / "politique.md")
    project.commit_all("the policy, at the top")
    git(project.root, "mv", "politique.md", "docs/fr/index.md")
    project.commit_all("the policy, where the site reads it")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
        assert [(v.version, v.paths) for v in found.versions] == [("2024-01-15", {}), ("2024-02-01", {})]
        # the rename commit itself carries 2024-01-15 at today's path: the version's last commit
        first = found.versions[0]
        assert first.commit == git(project.root, "rev-parse", "HEAD~1").strip()
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths,
                                   skip=frozenset({first.commit}))
        assert [(v.version, v.paths) for v in found.versions] == [("2024-01-15", {"fr": "politique.md"}),
                                                                  ("2024-02-01", {})]
        snap = site.snapshot(found.versions[0].commit, project.root.parent / "snap", at=found.versions[0].paths)
        assert b"date: 2024-01-15" in snap.sources["fr"] and snap.blocking == []


def test_a_move_git_does_not_see_as_one_is_followed_by_the_configuration_before_it(project):
    """docs/ moved to content/ and rewritten in the same commit (git sees an add), with a draft git would pair with
    the moved page: the page before is the one the previous commit's configuration read."""
    from policysite import history as hist
    from policysite.project import opened

    project.commit("2024-01-15")
    (project.root / "drafts").mkdir()
    shutil.copytree(project.root / "docs" / "fr", project.root / "drafts" / "fr")
    project.commit_all("a draft beside the policy")
    move_docs(project)
    git(project.root, "rm", "-q", "-r", "drafts")
    for lang in ("fr", "en"):
        page = project.root / "content" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace("2024-01-15", "2024-03-01") + "\n" + "\n\n".join(
            f"Paragraph {n} added by the move." for n in range(40)) + "\n", encoding="utf-8")
    project.commit_all("moved and rewritten")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [(v.version, v.paths.get("fr")) for v in found.versions] == [("2024-01-15", "docs/fr/index.md"),
                                                                        ("2024-03-01", None)]


def test_run_from_a_subfolder_finds_its_project_and_a_missing_source_commit_is_named(project, tmp_path):
    project.commit("2024-01-15")
    assert project.history().published == ["2024-01-15"]
    published = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    result = policy_process(["verify"], cwd=project.root / "docs" / "fr",
                            env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})
    assert result.returncode == 0 and "match the manifest" in result.stdout, result.stdout + result.stderr
    git(project.root, "commit", "-q", "--amend", "-m", "policy 2024-01-15, reworded")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--no-local", str(project.root), str(clone))
    git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")
    result = policy_process(["--root", str(clone), "diff", "latest", "worktree", "--lang", "fr"],
                            env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})
    assert result.returncode != 0 and (f"published 2024-01-15 was built from commit {published}, which is not in "
                                       "this clone") in result.stderr, result.stderr


def test_a_branch_moved_by_someone_else_is_not_overwritten(project, monkeypatch):
    project.commit("2021-02-17")
    project.publish()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    real_build = publish.build_version

    def build_while_someone_commits(*args, **kwargs):
        other = git(project.root, "commit-tree", "-p", "gh-pages", "-m", "someone else",
                    project.tree("", "gh-pages")).strip()
        git(project.root, "update-ref", "refs/heads/gh-pages", other)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(publish, "build_version", build_while_someone_commits)
    with pytest.raises(publish.PublishError, match="gh-pages moved while publishing"):
        project.publish()
    assert git(project.root, "log", "-1", "--format=%s", "gh-pages").strip() == "someone else"


def test_two_publishes_at_once_one_waits_and_the_branch_is_sound(project):
    project.commit("2021-02-17")
    env = os.environ.copy()
    command = [sys.executable, "-m", "policysite.cli", "--root", str(project.root), "publish"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for _ in range(2)]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in results] == [0, 0], results
    outputs = sorted(out for _, out, _ in results)
    assert outputs[0].startswith("nothing to publish: 2021-02-17 is already on gh-pages with this text")
    assert outputs[1].startswith("published 2021-02-17 (fr, en) on gh-pages")
    assert git(project.root, "rev-list", "--count", "gh-pages").strip() == "1"
    assert verify.verify(root=project.root).problems == []


def test_push_to_a_remote_and_publish_from_a_fresh_clone(project, tmp_path):
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    git(project.root, "remote", "add", "origin", str(remote))
    project.commit("2021-02-17")
    git(project.root, "push", "-q", "origin", "main")
    result = project.run("publish", "--push")
    assert result.returncode == 0, result.stderr
    assert "pushed gh-pages to origin" in result.stdout
    assert git(remote, "rev-parse", "gh-pages").strip() == project.branch()

    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", str(remote), str(clone.root))
    assert clone.branch() is None  # a fresh clone has origin/gh-pages only
    assert "nothing to publish" in clone.history().messages[0]
    assert clone.branch() == git(remote, "rev-parse", "gh-pages").strip()  # `make build` can export it
    exported = export_site.export(root=clone.root, site_dir=tmp_path / "public")
    assert (exported / "fr" / "2021-02-17" / "index.html").exists()
    clone.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert clone.publish(push=True).published == ["2022-03-01"]
    assert git(remote, "log", "--format=%s", "gh-pages").splitlines()[1].startswith("Publish 2021-02-17")
    # The first clone's local gh-pages is now behind: its push catches up rather than failing at every run
    # (history hunt 9: f_stale_local_push).
    git(project.root, "pull", "-q", "origin", "main")
    result = project.run("publish", "--push")
    assert result.returncode == 0 and "the local gh-pages was behind origin/gh-pages: brought up to it" in \
        result.stdout, result.stdout + result.stderr
    assert project.branch() == git(remote, "rev-parse", "gh-pages").strip()


def test_an_auditors_fresh_clone_reads_origins_archive_without_publishing_anything(project, tmp_path):
    """History hunt 13, f_low_fresh_clone_readers: in a fresh clone (origin/gh-pages, no local gh-pages) verify, at,
    diff and export said there was nothing and advised publishing from the auditor's clone."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    git(project.root, "remote", "add", "origin", str(remote))
    project.commit("2021-02-17")
    git(project.root, "push", "-q", "origin", "main")
    assert project.run("publish", "--push").returncode == 0
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", str(remote), str(clone.root))
    checked = clone.run("verify")
    assert checked.returncode == 0 and "origin/gh-pages is verified (there is no local gh-pages)" in checked.stderr, \
        checked.stdout + checked.stderr
    found = clone.run("at", "2022-01-01")
    assert found.returncode == 0 and "2021-02-17" in found.stdout, found.stdout + found.stderr
    compared = clone.run("diff", "latest", "worktree", "--lang", "fr")
    assert compared.returncode == 0, compared.stdout + compared.stderr
    assert clone.run("export", "--site-dir", str(tmp_path / "public")).returncode == 0
    assert (tmp_path / "public" / "fr" / "2021-02-17" / "index.html").is_file()
    assert clone.branch() is None  # nothing written: a reader only read
    named = clone.run("verify", "-b", "origin/gh-pages")  # the remote's copy, named
    assert named.returncode == 0 and "origin/gh-pages is verified" in named.stderr, named.stdout + named.stderr
    assert clone.run("at", "2022-01-01", "-b", "origin/gh-pages").stdout.startswith("2021-02-17 ")
    bare = Project(tmp_path / "bare")
    git(tmp_path, "clone", "-q", "--single-branch", "-b", "main", str(remote), str(bare.root))
    refused = bare.run("verify")
    assert refused.returncode != 0 and "there is no gh-pages branch here, nor origin/gh-pages: fetch the archive" \
        in refused.stderr, refused.stderr
    named = bare.run("verify", "-b", "origin/gh-pages")  # the remote's copy named: not "origin/origin/gh-pages" (31)
    assert named.returncode != 0 and "there is no origin/gh-pages here: fetch the archive (`git fetch origin " \
        "gh-pages`)" in named.stderr, named.stderr


def test_a_draft_translation_beside_the_final_text_on_a_merged_branch_is_never_pushed(project, tmp_path):
    """Hunt 14, f_foreign_translation_draft: only the authoritative page was compared with HEAD's first parents; a
    preview with main's French and a draft English passed once the branch was merged with a merge commit."""
    _published_with_an_origin(project, tmp_path)
    git(project.root, "checkout", "-q", "-b", "translation")
    project.commit("2023-05-01", fr="Texte relu.", en="Draft translation.")
    assert project.run("history").returncode == 0  # make build on the branch
    project.commit("2023-05-01", fr="Texte relu.", en="Reviewed text.", message="reviewed translation")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-m", "Merge pull request #8", "translation")
    result = project.run("history", "--push")
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "the local gh-pages holds 2023-05-01, built from a text this branch never " \
        "held" in out, out
    assert project.run("publish", "--push").returncode != 0  # "already published with a different text"
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    assert "2023-05-01: built from a text this branch never held" in project.run("verify").stdout


def test_a_first_publication_from_a_shallow_clone_is_refused_naming_what_is_missing(project, tmp_path):
    """Published from a `--depth 1` checkout, the versions before HEAD's could never be published after it
    (history hunt 9: f_shallow_first_publish)."""
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    shallow = Project(tmp_path / "shallow")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project.root}", str(shallow.root))
    boundary = git(shallow.root, "rev-parse", "--short=7", "HEAD").strip()
    for command in ("history", "publish"):
        result = shallow.run(command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "a first publication needs the whole history" in result.stderr
        assert (f"shallow clone: git history stops at {boundary} (2024-01-01), so dated versions committed before "
                "it are missing; the oldest dated version found is 2022-03-01") in result.stderr
        assert shallow.branch() is None


def test_history_progress_only_on_a_terminal(project):
    import pty

    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    piped = project.run("history", "--jobs", "1")
    assert piped.returncode == 0 and "version" not in piped.stderr, piped.stderr
    git(project.root, "branch", "-q", "-D", "gh-pages")
    leader, follower = pty.openpty()
    run = subprocess.Popen([sys.executable, "-m", "policysite.cli", "--root", str(project.root), "history", "-j", "1"],
                           stdout=subprocess.PIPE, stderr=follower, env=os.environ.copy())
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    run.wait(timeout=120)
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "version 1 of 2: 2021-02-17" in shown and "version 2 of 2: 2022-03-01" in shown


def test_a_date_going_back_in_the_history_is_refused_until_the_later_one_is_dated_after_or_recorded(project):
    """A text dated before an earlier commit's later date (a date corrected backwards, an old pull request landing
    late, a revert before publication) made the text it replaced the version in force (history hunt 9:
    f_backdated_new_date, f_reverted_published)."""
    project.commit("2021-02-17")
    later = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2021-06-01", fr="Texte corrigé.", en="Corrected text.")
    result = project.run("history")
    assert result.returncode == 1 and "[history.backdated]" in result.stderr, result.stdout + result.stderr
    assert f"was never in force, {later[:7]})" in result.stderr and project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {later}\n  reason: dated by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record it")
    assert project.history().published == ["2021-02-17", "2021-06-01"]
    # A revert of a later date before it was published: the branch's text is the earlier one again.
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "revert", "--no-edit", "HEAD")
    result = project.run("history")
    assert result.returncode == 1 and "[history.backdated]" in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-06-01"  # nothing published
    # ... still so once a later version follows the revert (history hunt 13, f_reverted_then_new_version: the daily
    # history published the reverted text as in force for a year; publish refused)
    project.commit("2024-01-15", fr="Quatrième texte.", en="Fourth text.")
    for command in ("history", "publish"):
        result = project.run(command)
        assert result.returncode == 1 and "2021-06-01, before 2023-05-01" in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-06-01"


def test_unpublished_yml_never_publishes_heads_text_and_never_names_a_published_version(project):
    """`policy publish` published HEAD's text recorded as never to publish; a record of a published version's
    commit hid it once its folder was removed (history hunt 9: f_publish_ignores_unpublished,
    f_unpublished_hides_published)."""
    first = project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    mistake = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    (project.root / "unpublished.yml").write_text(f"- commit: {mistake}\n  reason: merged by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record it")
    result = project.run("publish")
    assert result.returncode == 1 and f"the text at HEAD is that of {mistake[:7]}, which unpublished.yml records" \
        in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-02-17"
    (project.root / "unpublished.yml").write_text(f"- commit: {first}\n  reason: hide it\n", encoding="utf-8")
    project.commit_all("record the published one")
    result = project.run("history")
    assert result.returncode == 1 and "is the published version 2021-02-17" in result.stderr, result.stderr


def _published_with_an_origin(project, tmp_path) -> None:
    """2021-02-17 published, and the repository cloned as its origin (gh-pages there too)."""
    project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    origin = tmp_path / "origin.git"
    git(project.root, "clone", "-q", "--bare", str(project.root), str(origin))
    git(project.root, "remote", "add", "origin", str(origin))
    git(project.root, "fetch", "-q", "origin")


def _preview_on_a_branch(project, tmp_path) -> None:
    """2021-02-17 published and pushed to an origin; on the branch pr-draft, a draft dated 2023-05-01 put on the
    local gh-pages by `make build` (`policy history`) there."""
    _published_with_an_origin(project, tmp_path)
    git(project.root, "checkout", "-q", "-b", "pr-draft")
    project.commit("2023-05-01", fr="Texte en relecture.", en="Text under review.")
    assert project.run("history").returncode == 0  # make build on the branch


def test_a_preview_built_on_another_branch_is_never_pushed_and_verify_names_it(project, tmp_path):
    """`make build` on a pull request's branch put its draft on the local gh-pages; the next `publish --push` from
    main pushed it as a version (history hunt 9: f_branch_draft_pushed)."""
    _preview_on_a_branch(project, tmp_path)
    git(project.root, "checkout", "-q", "main")
    project.commit("2023-06-01", fr="Texte relu.", en="Reviewed text.")
    result = project.run("publish", "--push")
    assert result.returncode == 1 and "nothing pushed: the local gh-pages holds 2023-05-01" in result.stderr, \
        result.stdout + result.stderr
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    result = project.run("verify")
    assert result.returncode == 1 and "2023-05-01: built from a text this branch never held" in \
        result.stdout + result.stderr


def test_a_commit_changing_only_line_ends_is_the_same_text(project):
    """Converting a published page to CRLF made every later `policy publish` fail (history hunt 9:
    f_low_crlf_blocks_publish): every command reads CRLF and a byte order mark alike."""
    project.commit("2021-02-17")
    tip = project.publish().commit
    page = project.root / "docs" / "fr" / "index.md"
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes().replace(b"\n", b"\r\n"))
    project.commit_all("line ends")
    result = project.run("publish")
    assert result.returncode == 0 and "line ends or a byte order mark only" in result.stderr, \
        result.stdout + result.stderr
    result = project.run("history")
    assert result.returncode == 0 and "differs" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert project.branch() == tip


@pytest.mark.parametrize(("name", "said"), [
    ("main", "is checked out"), ("HEAD", "not a name"), ("refs/heads/x", "not a name"), ("origin/gh-pages", "not a name"),
    ("a..b", "not a name"), ("", "not a name")])
def test_a_branch_that_is_not_one_of_its_own_is_refused_before_anything_is_built(project, name, said):
    """History hunt 13, f_branch_option_unchecked: `-b main` committed the site onto the checked-out branch (109 files
    staged for deletion in the working tree), `-b HEAD` made refs/heads/HEAD."""
    project.commit("2021-02-17")
    git(project.root, "remote", "add", "origin", str(project.root))
    head, refs = git(project.root, "rev-parse", "HEAD"), git(project.root, "for-each-ref")
    for command in ("publish", "history") if name == "main" else ("publish",):  # both check it the same way
        result = project.run(command, "-b", name)
        assert result.returncode == 1 and result.stderr.startswith("error: -b ") and said in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        assert git(project.root, "rev-parse", "HEAD") == head and git(project.root, "for-each-ref") == refs
        assert git(project.root, "status", "--porcelain") == ""


def test_a_branch_checked_out_in_a_worktree_is_refused_naming_it_and_the_way_out(project, tmp_path):
    """History hunt 33: gh-pages checked out in a worktree (a DPO reading the archive) was refused with "publish onto
    a branch of its own, such as gh-pages", no way out for gh-pages itself; nor did it say where, or that a
    worktree whose folder was deleted holds its branch until `git worktree prune`."""
    project.commit("2021-02-17")
    git(project.root, "branch", "pages")
    where = tmp_path / "the pages"
    git(project.root, "worktree", "add", "-q", str(where), "pages")
    with pytest.raises(publish.PublishError) as raised:
        project.publish(branch="pages")
    assert str(raised.value) == (f"-b pages: this branch is checked out in {where}: publishing would move it under "
                                 f"that working tree; close that worktree first (`git worktree remove '{where}'`); "
                                 "nothing was published")
    shutil.rmtree(where)
    with pytest.raises(publish.PublishError, match=r"that folder is gone: `git worktree prune` forgets it; nothing"):
        project.history(branch="pages")


def test_a_preview_of_a_branch_merged_with_a_merge_commit_is_never_pushed(project, tmp_path):
    """History hunt 13, f_draft_merged_pushed: GitHub's merge commit makes every commit of a pull request part of
    main's history, so the draft a `make build` on its branch had put on the local gh-pages passed as main's and
    was pushed; main's own first parents never held it."""
    _preview_on_a_branch(project, tmp_path)
    project.commit("2023-06-01", fr="Texte relu.", en="Reviewed text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-m", "Merge pull request #7", "pr-draft")
    result = project.run("publish", "--push")
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "nothing pushed: the local gh-pages holds 2023-05-01" in out, out
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    result = project.run("verify")
    assert result.returncode == 1 and "2023-05-01: built from a text this branch never held" in \
        result.stdout + result.stderr
    # set back to origin's, the branch publishes the merged text, which its merge commit holds
    git(project.root, "branch", "-f", "gh-pages", "origin/gh-pages")
    result = project.run("publish", "--push")
    assert result.returncode == 0, result.stdout + result.stderr
    pushed = git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    assert "2023-06-01" in pushed and "2023-05-01" not in pushed
    assert project.run("verify").returncode == 0


def test_ctrl_c_as_the_build_pool_ends_stops_the_publication(project, monkeypatch):
    """A Ctrl-C landing as the pool of builds shut down (after the last build) was raised in a generator the garbage
    collector closed: Python printed "Exception ignored" and a traceback, and the publication went on, exit 0 (history
    hunt 23, f_ctrl_c_swallowed)."""
    import concurrent.futures.process as pool_module

    for n, date in enumerate(("2021-02-17", "2022-03-01", "2023-05-01")):
        project.commit(date, fr=f"Texte numéro {n}.", en=f"Text number {n}.")
    real = pool_module.ProcessPoolExecutor.shutdown
    interrupted = []

    def shutdown(self, *args, **kwargs):
        real(self, *args, **kwargs)  # the workers end; then the Ctrl-C lands
        if not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt

    monkeypatch.setattr(pool_module.ProcessPoolExecutor, "shutdown", shutdown)
    with pytest.raises(KeyboardInterrupt):
        project.history(jobs=2)
    assert interrupted and project.branch() is None


@pytest.mark.parametrize(("signum", "code", "said"), [(signal.SIGINT, 130, "error: interrupted"),
                                                     (signal.SIGTERM, 143, "error: stopped (SIGTERM)")])
def test_a_signal_to_the_process_group_ends_the_command_its_workers_and_its_temporary_folders(project, tmp_path,
                                                                                              signum, code, said):
    """A terminal's Ctrl-C is a SIGINT to the whole process group: each forked worker printed its own traceback, and
    one interrupted as the pool started left the command waiting for ever on its idle workers. A cancelled job's
    SIGTERM ended it at once, without a word, its temporary folders (the versions' built sites) left behind (history
    hunt 23). The command alone is interrupted now, says so, and leaves nothing: no process, no folder."""
    for n, date in enumerate(("2021-02-17", "2022-03-01", "2023-05-01", "2024-04-01")):
        project.commit(date, fr=f"Texte numéro {n}.", en=f"Text number {n}.")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    run = subprocess.Popen([sys.executable, "-m", "policysite.cli", "--root", str(project.root), "history", "-j", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "TMPDIR": str(temporary)},
                           start_new_session=True)
    deadline = time.monotonic() + 120
    while run.poll() is None and time.monotonic() < deadline and not _forked_workers(run.pid):
        time.sleep(0.01)
    if run.poll() is None:
        os.killpg(run.pid, signum)
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        raise AssertionError("still running 60 s after the signal") from None
    stderr = err.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    if run.returncode != 0:  # else it had finished before the signal
        assert run.returncode == code and stderr.strip().endswith(said), stderr
        assert project.branch() is None
    deadline = time.monotonic() + 30  # a worker's print server ends once its print is done
    while (_running_in_group(run.pid) or any(temporary.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running_in_group(run.pid)  # nothing of the group left: workers, print servers, git
    assert not list(temporary.iterdir())


def _forked_workers(pid: int) -> list[str]:
    """The children of process `pid` that are forks of it (its build workers, not its git processes); on a system
    without /proc, a placeholder: the Ctrl-C is sent at once."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return ["?"]
    forks = []
    for child in children:
        with contextlib.suppress(OSError):
            if Path(f"/proc/{child}/cmdline").read_bytes() == command:
                forks.append(child)
    return forks


def _running_in_group(group: int) -> list[str]:
    """The processes of process group `group` still running (a zombie is no longer running: it waits for a parent
    that may not be there to reap it, as in a container)."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rpartition(")")[2].split()  # after "pid (command)": state, ppid, pgrp …
            if int(fields[2]) == group and fields[0] != "Z":
                running.append(stat.parent.name)
    return running


def test_refused_settings_are_named_as_the_projects_file_at_its_commit(project):
    """history, publish and verify read the configuration from git into a temporary folder, and named that copy
    (`/tmp/policy-theme-…/project/mkdocs.yml`), gone when the message was read (history hunt 23,
    f_low_temp_config_path)."""
    project.commit("2021-02-17")
    project.publish()
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("authoritative: fr", "authoritative: de"),
                      encoding="utf-8")
    commit = project.commit_all("a language not listed")
    for command in ("history", "publish", "verify"):
        result = project.run(command)
        assert result.returncode == 2, result.stdout + result.stderr
        assert (f"error: mkdocs.yml at {commit[:7]}: extra.policy.authoritative 'de' is not one of the languages"
                in result.stderr), result.stderr


def test_a_new_version_is_published_after_main_was_rewritten_when_the_history_still_holds_the_last_text(project):
    """main rewritten after publication (a rebase fixing a word of an older text, force-pushed, the old commits gone):
    the newest version's commit is no longer in the clone, though its text is, at another commit. No version could be
    published again, and the advised `history --rebuild` refused too (a published text changed): history hunt 27."""
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    published = project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    project.history()
    git(project.root, "checkout", "-q", "--orphan", "rewritten")
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte, corrigé.", en="Second text.")
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "branch", "-M", "rewritten", "main")
    git(project.root, "reflog", "expire", "--expire=now", "--all")
    git(project.root, "gc", "-q", "--prune=now")
    assert subprocess.run(["git", "cat-file", "-e", published], cwd=project.root).returncode != 0
    project.commit("2024-01-05", fr="Quatrième texte.", en="Fourth text.")
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    changes = project.show("fr/2024-01-05/changes/index.html")
    assert "Troisième" in changes and "Quatrième" in changes  # compared with the text published as 2023-05-01
    # verify tells a text still in the history (rebuild records it there) from one lost (history hunt 27)
    said = project.run("verify").stdout
    assert re.search(r"fr/2023-05-01: source docs/fr/index\.md at \w+ is not in this repository, .*; the same text "
                     r"is at \w+: `policy history --rebuild` publishes it again from there", said), said
    assert re.search(r"fr/2022-03-01: .*; its text is at no commit of the history: the version cannot be proven from "
                     r"its source until the commit is fetched from a clone that still has it \(`git fetch <that clone> "
                     r"[0-9a-f]{40}`\)", said)  # what to do, as --rebuild says (history hunt 31)
    assert re.search(r"en/2022-03-01: .*; the same text is at \w+, but another language's published text is lost",
                     said)
    # a text still in the history is the branch's own, not "a preview of another branch" (history hunt 31)
    assert "2023-05-01: built from a text this branch never held" not in said, said


def test_rebuild_takes_a_version_from_its_published_commit_after_an_edit_under_the_same_date(project):
    """A published text edited in place under the same date (the README asks for a new date): history keeps the
    published one and says so, but every `history --rebuild` refused for ever, though the commit it was published
    from still holds it (history hunt 27)."""
    project.commit("2021-02-17")
    published = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.history()
    json_before = project.show("en/2022-03-01/policy.json")
    project.commit("2022-03-01", fr="Deuxième texte.", en="The second text.")
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    assert project.run("history").returncode == 0
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"rebuilt from the commit it was published from, {published[:7]}" in result.stderr
    assert project.show("en/2022-03-01/policy.json") == json_before
    assert json.loads(project.show("manifest/2022-03-01.json"))["languages"]["en"]["source"]["commit"] == published
    assert project.run("verify").returncode == 0


def test_a_first_publication_onto_another_sites_branch_is_refused_naming_its_files(project):
    """History hunt 31: a gh-pages holding an older site (no manifest) had its index.html and 404.html replaced without
    a word and its other pages left beside the archive, which verify then refused. GitHub Pages' CNAME is no site."""
    project.commit("2021-02-17")
    git(project.root, "checkout", "-q", "--orphan", "gh-pages")
    git(project.root, "rm", "-q", "-r", "-f", ".")
    (project.root / "index.html").write_text("<p>Our old site</p>\n", encoding="utf-8")
    (project.root / "about.html").write_text("<p>About us</p>\n", encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "Old site")
    git(project.root, "checkout", "-q", "-f", "main")
    old = project.branch()
    for command in (("history",), ("publish",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "error: gh-pages holds 2 file(s) and no published version (about.html, index.html): another site's?" \
            in result.stderr, result.stderr
        assert project.branch() == old
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "rm", "-q", "index.html", "about.html")
    (project.root / "CNAME").write_text("www.dial-once.com\n", encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "GitHub Pages' custom domain")
    git(project.root, "checkout", "-q", "-f", "main")
    assert project.run("history").returncode == 0
    assert project.show("CNAME") == "www.dial-once.com\n"


def test_the_reading_commands_read_origins_copy_when_the_local_branch_is_behind_it_and_say_so(project, tmp_path):
    """History hunt 31: another clone published 2023-06-01 and pushed; here, fetched, the local gh-pages is behind.
    `policy at` answered from it that 2021-02-17 was still in force, without a word."""
    _published_with_an_origin(project, tmp_path)
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", str(tmp_path / "origin.git"), str(other.root))
    git(other.root, "fetch", "-q", "origin", "gh-pages:gh-pages")
    other.commit("2023-06-01", fr="Texte suivant.", en="Next text.")
    assert other.run("publish", "--push").returncode == 0
    git(other.root, "push", "-q", "origin", "main")
    git(project.root, "fetch", "-q", "origin")
    git(project.root, "merge", "-q", "--ff-only", "origin/main")
    result = project.run("at", "2023-07-01")
    assert result.stdout.startswith("2023-06-01 "), result.stdout
    assert "note: origin/gh-pages is read: the local gh-pages is behind it" in result.stderr, result.stderr
    checked = project.run("verify")
    assert checked.returncode == 0 and "the local gh-pages is behind it" in checked.stderr, checked.stdout
    # diverged (a commit of the local branch's own): the local branch is read, and said
    git(project.root, "branch", "-f", "gh-pages", git(project.root, "commit-tree", "-p", "gh-pages", "-m", "hand",
                                                      "gh-pages^{tree}").strip())
    result = project.run("at", "2023-07-01")
    assert result.stdout.startswith("2021-02-17 ") and "it has diverged from origin/gh-pages" in result.stderr


def test_a_command_run_with_the_archives_branch_checked_out_says_to_check_out_the_policys(project):
    """History hunt 31: with gh-pages checked out (to look at it), every command said "mkdocs.yml is not committed at
    <id>: commit the project's configuration first", which would commit it onto the archive."""
    project.commit("2021-02-17")
    assert project.run("history").returncode == 0
    git(project.root, "checkout", "-q", "gh-pages")
    for command in (("verify",), ("history",), ("publish",)):
        result = project.run(*command)
        assert result.returncode == 1 and "is a commit of the published archive (its manifests), not of the policy: " \
            "check out the policy's branch (`git checkout main`)" in result.stderr, result.stderr


def test_a_rebuild_says_which_files_of_the_branch_it_put_back_after_a_hand_edit(project):
    """History hunt 31: `history --rebuild` over a page edited by hand (and a file added) wrote the version again from
    its source without a word, and verify passed after it: the edit was only to be found in the branch's log."""
    project.commit("2021-02-17")
    project.history()
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    page = work / "fr" / "2021-02-17" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Nous traitons", "Nous vendons"), encoding="utf-8")
    (work / "fr" / "2021-02-17" / "extra.html").write_text("<p>x</p>", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "hand edit")
    git(project.root, "worktree", "remove", "--force", str(work))
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    for path, what in (("fr/2021-02-17/index.html", "changed"), ("fr/2021-02-17/extra.html", "added")):
        assert f"warning: {path}: {what} " in result.stderr and f"by a hand edit of gh-pages since it was published: " \
            f"the rebuild put the version back as its source gives it (`git log gh-pages -- {path}`" in result.stderr
    assert "en/2021-02-17" not in result.stderr  # the files as published are not named


def test_a_published_version_recorded_in_unpublished_yml_is_named_once(project):
    """History hunt 31: the refusal named the version once per language ("… 2023-06-01; … 2023-06-01")."""
    project.commit("2021-02-17")
    published = project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    project.history()
    (project.root / "unpublished.yml").write_text(f"- commit: {published}\n  reason: a draft\n", encoding="utf-8")
    project.commit_all("record it")
    result = project.run("history")
    assert result.returncode == 1 and result.stderr.count("as never published, but it is the published version "
                                                          "2022-03-01") == 1, result.stderr


def test_an_alias_in_unpublished_yml_is_refused_in_words_true_of_that_file(project):
    """History hunt 31: MetaLoader's message said "not allowed in front matter" of unpublished.yml too."""
    project.commit("2021-02-17")
    (project.root / "unpublished.yml").write_text("a: &a [1]\nb: *a\n", encoding="utf-8")
    project.commit_all("an alias")
    result = project.run("history")
    assert result.returncode == 1 and "unpublished.yml: not valid YAML: aliases (*name) are not allowed" in \
        result.stderr and "front matter" not in result.stderr, result.stderr
