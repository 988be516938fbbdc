"""Dated versions on gh-pages: publish, history, verify, failures and concurrency, on real temp repos.

Each test gets a temporary project: copies of today's mkdocs.yml, hooks and overrides, a tiny
synthetic policy committed with a fixed identity and dates, and no git identity of its own
(GIT_CONFIG_GLOBAL=/dev/null), as in CI. Everything is checked on the branch as published.
"""
from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, copy_of, en_page, fr_page, made_once, new_project, publish_first
from policysite import export_site, git as policy_git, manifest as mf, publish, verify
from policysite.strings import plural_rule

PUBLIC = "https://www.dial-once.com/politique-de-confidentialite/"


pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")  # no test here is about the process


@pytest.fixture
def project(tmp_path) -> Project:
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published (`publish`, no git identity), once for the run: copied by `published`."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture
def published(first_published, tmp_path) -> Project:
    """The project with 2021-02-17 published: a copy of the module's, which the test may change."""
    return copy_of(first_published, tmp_path / "project")


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
    project.commit("2022-03-01", fr="Nous traitons vos données avec le plus grand soin.\n\n<!-- note : à relire -->",
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


def test_an_editors_comment_is_not_published(archive):
    """Safety hunt 35: a comment on lines of its own, a note the checks allow, was served in the page's source."""
    assert "à relire" not in archive.show("fr/2022-03-01/index.html")
    assert "avec le plus grand soin." in archive.show("fr/2022-03-01/index.html")


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
    ("fr", "Version archivée du 17 février 2021\u00a0: ce texte n’est plus en vigueur.", "Lire la version en vigueur"),
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
    assert '<time datetime="2021-02-17">Dernière mise à jour\u00a0: 17 février 2021</time>' in old
    assert '<time datetime="2022-03-01">Dernière mise à jour\u00a0: 1er mars 2022</time>' in new
    section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>', new, re.S).group(1)
    assert re.findall(r'<time datetime="([\d-]+)">', section) == ["2022-03-01", "2022-03-01", "2021-02-17"]
    assert '<a href="../2021-02-17/"><time datetime="2021-02-17">17 février 2021</time></a>' in section
    old_section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>', old, re.S).group(1)
    assert "2022-03-01" not in old_section
    # The published page never changes: the newer versions come from ../versions.json in the browser
    # (policy.js), told which version this is and what to say.
    assert '<div class="policy-version" data-policy-version="2021-02-17" data-policy-newer="Cette version n’est plus ' \
           'en vigueur. Versions publiées depuis\u00a0:" data-policy-in-force="en vigueur" data-policy-between="' in old
    # ... and how to count the versions it leaves out (issue 16: it links a bounded number), each plural form
    between = re.search(r'data-policy-between="([^"]*)"', old).group(1)
    assert json.loads(html.unescape(between)) == {"lang": "fr", "forms": {
        "other": "… {count} autres versions entre-temps, dans l’historique des versions",
        "one": "… {count} autre version entre-temps, dans l’historique des versions"},
        "number": {"group": "\u202f", "grouping": [3, 3], "minimum": 1},  # its digits grouped as French groups them (words8)
        "rule": plural_rule("fr")}  # the rules the build counts with, where the browser has none (small2)


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

def test_republishing_the_same_text_changes_nothing_and_says_so(published):
    project = published
    before = project.branch()
    result = project.run("publish")
    assert result.returncode == 0, result.stderr
    assert "nothing to publish: 2021-02-17 is already on gh-pages with this text" in result.stdout
    assert project.branch() == before


def test_republishing_a_date_with_another_text_is_refused(published):
    project = published
    before = project.branch()
    project.commit("2021-02-17", fr="Nous traitons vos données autrement.", en="We process your data differently.")
    result = project.run("publish")
    assert result.returncode == 1
    assert result.stderr.startswith("error: 2021-02-17 is already published with a different text (French: §2; English: §2)")
    assert project.branch() == before


def test_an_older_date_is_refused(project):
    project.commit("2022-03-01")
    project.publish()
    before = project.branch()
    typo = project.commit("2021-02-17", fr="Un texte plus ancien.", en="An older text.")[:7]
    with pytest.raises(publish.PublishError, match=r"^2021-02-17 is older than the newest published version "
                                                   r"2022-03-01 \(the text differs: French: §2; English: §2\)") as raised:
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
        f"2021-02-17 (commit {typo}): a dated version of the history, before April 1, 2022, is not on gh-pages: never "
        f"published (dated before March 1, 2022, published from an earlier commit: publishing refused it); record {typo} "
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
    assert "error: nothing was published: the edits to docs/en/index.md are not committed" in result.stderr
    assert project.branch() is None


def test_a_failing_check_is_refused(project):
    broken = fr_page("2021-02-17").replace("### 2.1 Durée", "### 2.3 Durée")
    project.commit("2021-02-17")
    (project.root / "docs" / "fr" / "index.md").write_text(broken, encoding="utf-8")
    project.commit_all("skip a number")
    with pytest.raises(publish.PublishError, match=r"(?s)^2021-02-17 \(commit \w+\): not published, \d+ findings?:.*"
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
    assert project.history().messages == ["nothing to publish: the 3 dated versions of the history are on gh-pages"]
    assert verify.verify(root=project.root).problems == []
    assert git(project.root, "worktree", "list").count("\n") == 1  # its worktrees are gone
    assert git(project.root, "status", "--porcelain") == ""


def test_history_adds_only_missing_versions_and_rebuild_gives_identical_files(published):
    project = published
    published = project.tree("fr/2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2022-03-01"]
    trees = {path: project.tree(path) for path in ("fr/2021-02-17", "en/2021-02-17", "fr/2022-03-01", "en/2022-03-01")}
    assert trees["fr/2021-02-17"] == published
    outcome = project.history(rebuild=True, jobs=2)
    assert outcome.published == ["2021-02-17", "2022-03-01"]
    assert {path: project.tree(path) for path in trees} == trees  # byte-identical, file for file
    assert project.tree("manifest") == project.tree("manifest", "gh-pages~2")


def test_verify_names_a_tampered_file(published, tmp_path):
    project = published
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
    assert any(line.startswith("fr/2021-02-17/index.html: changed (recorded fingerprint") for line in lines), lines
    assert "en/2021-02-17/sitemap.xml: missing (listed in the publication record, absent from the branch): gh-pages " \
        "was edited by hand since it was published (`git log gh-pages -- en/2021-02-17/sitemap.xml` shows that edit); " \
        "`policy history --rebuild` puts the version back as its source gives it" in lines
    # each file said once: not again as the rebuild's (histories21)
    assert not [line for line in lines if "a rebuild of its source commit" in line], lines
    # latest/ is as published: the edit is named where it was made, not again as latest/'s (history hunt 40)
    assert not [line for line in lines if line.startswith(("fr/latest/", "en/latest/"))], lines


def test_a_publication_that_brings_no_earlier_version_names_none(project):
    """Safety hunt 22, finding 5: HEAD's configuration reading a translation where it has no page (`docs_dir` moved
    to a folder not yet written) published the version from its own commit, as `policy history` does, and said
    ": dated before 2021-02-17 and not yet published, in the branch's history: …", naming no version."""
    project.commit("2021-02-17")
    config = project.root / "mkdocs.en.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/en\n", "docs_dir: docs/en-new\n"),
                      encoding="utf-8")
    project.commit_all("the translation's folder, before its page")
    result = project.run("publish")
    assert result.returncode == 0, result.stderr
    assert "published 1 dated version on gh-pages: 2021-02-17" in result.stdout
    assert not any(line.startswith(":") for line in (result.stdout + result.stderr).splitlines()), result.stdout


def test_a_new_date_on_the_same_words_is_published_and_said(published):
    """Texts 27: the words of the version in force under a new date were published with no word; the legal team is
    told that the archive now lists a version with no change in the text (a review may re-date a text: published)."""
    published.commit("2022-03-01")
    outcome = published.publish()
    assert outcome.published == ["2022-03-01"]
    assert [line for line in outcome.warnings if "word for word" in line] == [
        "2022-03-01: its text is, word for word, that of 2021-02-17, the version before it, in every language (fr, "
        "en): its date alone changed; the archive lists 2022-03-01 as a version whose history entry, changes page and "
        "feed item say “No change in the text.” (if a change was meant, it is not in this commit; a review confirming "
        "the text may say so in `summary:`)"]


def test_a_version_whose_headings_number_otherwise_shows_them_on_its_changes_page(published):
    """Texts 28: `## 1.` become `## 1)` (the words the same) was warned of at publish, but its changes page said
    only "No change in the text.": it now shows each such heading's numbering, old and new; the history keeps no
    section changed (no word did), and the page passes the output check."""
    for lang in ("fr", "en"):
        page = published.root / "docs" / lang / "index.md"
        text = page.read_text(encoding="utf-8").replace("date: 2021-02-17", "date: 2022-03-01")
        page.write_text(text.replace("\n## 1. ", "\n## 1) ").replace("\n## 2. ", "\n## 2) "), encoding="utf-8")
    published.commit_all("numbers written 1)")
    outcome = published.publish()
    assert outcome.published == ["2022-03-01"]
    assert [line[:70] for line in outcome.warnings if "only the way its headings write" in line] == [
        "2022-03-01: its words are those of 2021-02-17, the version before it, "]
    changes = published.show("en/2022-03-01/changes/index.html")
    assert changes.count('class="redline-title redline-numbering"') == 2, changes
    assert '<del class="redline-del"><span class="redline-sr">deleted: </span>.</del>' in changes
    assert "(numbering written otherwise)" in changes and "No change in the text." in changes
    manifest = json.loads(published.show("manifest/2022-03-01.json"))
    assert manifest["languages"]["en"]["changes"]["sections"] == []


def test_history_says_a_new_date_on_the_same_words(project):
    project.commit("2021-02-17")
    project.commit("2022-03-01")
    outcome = project.history()
    assert outcome.published == ["2021-02-17", "2022-03-01"]
    assert [line[:80] for line in outcome.warnings if "word for word" in line] == [
        "2022-03-01: its text is, word for word, that of 2021-02-17, the version before i"]


def test_an_earlier_version_published_with_the_newest_is_said_in_french_in_its_number(project):
    """Words 30: publish naming the versions it brought along said "datée(s) … publiée(s)" whatever their number;
    one is said as one, several as several."""
    from policysite import messages

    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    outcome = project.publish()
    assert outcome.published == ["2021-02-17", "2022-03-01"]
    assert [messages.said_in(line, "fr") for line in outcome.messages if line.startswith("2021-02-17: dated")] == [
        "2021-02-17\u00a0: de date antérieure au 1er mars 2022 et pas encore publiée, dans l'historique de la branche\u00a0: publiée "
        "avec elle, à partir de son dernier commit"]
