"""A site of several documents: each with its own dated versions at /<lang>/<id>/<date>/, linked in time.

Three synthetic documents in two languages whose versions fall on different dates: the privacy policy (the
first document, at /<lang>/<date>/ as a one-document site has it), a retention policy and terms of use.
Everything is judged on the branch as published: files, manifests, links between documents, verify, export.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from documents_repo import (
    Site,
    commit_history,
    first_versions_published,
    made_for_the_run,
    new_site,
    retention,
    terms,
    write_first_versions,
)

from helpers import git, policy_in_process, without_identity
from policy_repo import commit_on_branch, copy_of, edit_pages, made_once, publish_first, set_digest
from policysite import export_site, publish, verify

# `site.run` and the other commands in the test's process (helpers.policy_in_process): the tests about the process
# (killed mid-way, two commands holding the branch's lock) run it in a process of its own
pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    """History: retention 2021-01-10, privacy 2021-02-17 (linking retention §2), terms 2021-03-01,
    retention 2021-06-01, privacy 2022-03-01; published by one `policy history`."""
    mp = without_identity(pytest.MonkeyPatch())
    site = new_site(tmp_path_factory.mktemp("documents") / "project")
    commit_history(site)
    site.outcome = site.history()
    yield site
    mp.undo()


@pytest.fixture(scope="module")
def first_versions(tmp_path_factory) -> Site:
    """Retention 2021-01-10, privacy 2021-02-17 and terms 2021-03-01 in one commit, published by `policy history`:
    made once for the run (documents_repo.first_versions_published), copied by `first_published`."""
    return made_for_the_run(tmp_path_factory, first_versions_published)


@pytest.fixture(scope="module")
def rebuilt(site, tmp_path_factory) -> Iterator[tuple[Site, publish.Outcome, verify.Verification]]:
    """A copy of `site` rebuilt by `policy history --rebuild`, its outcome, and verify's report on the copy: the one
    verify of the five versions (each verify rebuilds them all) that the verify and rebuild tests read."""
    mp = without_identity(pytest.MonkeyPatch())
    copy = copy_of(site, tmp_path_factory.mktemp("rebuilt") / "project")
    outcome = copy.history(rebuild=True)
    yield copy, outcome, verify.verify(root=copy.root)
    mp.undo()


@pytest.fixture
def first_published(first_versions, tmp_path) -> Site:
    """The three documents' first versions published: a copy of the module's, which the test may change."""
    return copy_of(first_versions, tmp_path / "project")


def test_each_document_has_its_versions_in_its_own_folder(site):
    assert not site.outcome.refused, site.outcome.refused
    files = set(site.files())
    for lang in ("fr", "en"):
        for path in ("2021-02-17/index.html", "2022-03-01/index.html", "versions.json", "latest/index.html",
                     "retention/2021-01-10/index.html", "retention/2021-06-01/index.html",
                     "retention/versions.json", "retention/latest/index.html", "retention/history/index.html",
                     "retention/index.html",  # where its pages' logo leads: on to its text in force (reader hunt 37)
                     "terms/2021-03-01/index.html", "terms/history/index.html", "terms/feed.xml",
                     "index.html", "updates.xml"):
            assert f"{lang}/{path}" in files, f"{lang}/{path}"
    # The first document's addresses are those of a one-document site; its pages are not in another's folder.
    assert not any(re.match(r"(fr|en)/retention/(retention|terms)/", path) for path in files)
    assert not any(path.endswith(("retention/index.html", "terms/index.html")) and "/20" in path for path in files)
    for name in ("2021-02-17", "2022-03-01"):
        assert f"manifest/{name}.json" in files
    assert "manifest/retention/2021-01-10.json" in files and "manifest/retention/2021-06-01.json" in files
    assert "manifest/terms/2021-03-01.json" in files
    listed = json.loads(site.show("fr/retention/versions.json"))
    assert [v["version"] for v in listed] == ["2021-06-01", "2021-01-10"] and listed[0]["aliases"] == ["latest"]
    # Each document is a mike deploy prefix of its own.
    mike = subprocess.run([sys.executable, "-c", "from mike.driver import main; main()", "list", "--deploy-prefix",
                           "en/retention", "-b", "gh-pages"], cwd=site.root, capture_output=True, text=True)
    assert mike.returncode == 0, mike.stderr
    assert [re.search(r"\((\d{4}-\d{2}-\d{2})\)", line).group(1) for line in mike.stdout.splitlines()] \
        == ["2021-06-01", "2021-01-10"]


def test_a_document_page_is_served_at_its_versions_root_with_its_own_text(site):
    page = site.show("fr/retention/2021-06-01/index.html")
    assert "Politique de conservation de test" in page and "six mois" in page
    assert "Politique de confidentialité de test" not in page
    # The language switch goes to the same document and version in the other language.
    assert 'href="../../../en/retention/2021-06-01/"' in page
    # Its theme files are the shared ones, three folders up.
    assert re.search(r'href="\.\./\.\./\.\./assets/[0-9a-f]+/', page)


def test_links_between_documents_land_on_the_version_in_force_on_the_date(site):
    """privacy 2021-02-17 links retention as in force then (2021-01-10); privacy 2022-03-01 the 2021-06-01 one;
    terms 2021-03-01 the 2021-01-10 one; the latest copy says where its links go for policy.js."""
    first = site.show("fr/2021-02-17/index.html")
    assert 'href="../../fr/retention/2021-01-10/#s2" data-policy-document' in first
    second = site.show("en/2022-03-01/index.html")
    assert 'href="../../en/retention/2021-06-01/#s2" data-policy-document' in second
    assert 'href="../../../fr/retention/2021-01-10/#s2"' in site.show("fr/terms/2021-03-01/index.html")
    manifest = json.loads(site.show("manifest/2021-02-17.json"))
    assert manifest["links"] == {"retention.md": ["retention", "2021-01-10"]}
    assert "links" not in json.loads(site.show("manifest/retention/2021-01-10.json"))
    # Every pinned link lands on a page of the branch with that anchor.
    files = set(site.files())
    for source, href in (("fr/2021-02-17/index.html", "../../fr/retention/2021-01-10/#s2"),
                         ("fr/terms/2021-03-01/index.html", "../../../fr/retention/2021-01-10/#s2")):
        target = os.path.normpath(os.path.join(os.path.dirname(source), href.split("#")[0])) + "/index.html"
        assert target in files
        assert 'id="s2"' in site.show(target)


def test_home_page_and_site_feed_list_every_document(site):
    home = site.show("fr/index.html")
    for title, folder, version in (("Politique de confidentialité de DialOnce", "", "2022-03-01"),
                                   ("Politique de conservation", "retention/", "2021-06-01"),
                                   ("Conditions d’utilisation", "terms/", "2021-03-01")):
        assert title in home or title.replace("’", "&#39;") in home or title.replace("’", "&rsquo;") in home
        assert f'href="{folder}latest/"' in home and f'href="{folder}{version}/"' in home
    root = site.show("index.html")  # sends readers to the authoritative home page, and names each language's
    assert 'content="0; url=fr/"' in root and '<a href="en/" hreflang="en" lang="en" dir="ltr">' in root
    feed = site.show("en/updates.xml")
    for url in ("en/2022-03-01/", "en/retention/2021-06-01/", "en/terms/2021-03-01/", "en/retention/2021-01-10/"):
        assert f"{url}" in feed
    assert "<title>Retention policy: Version of" in feed


def test_verify_and_export_cover_every_document(site, rebuilt, tmp_path):
    copy, _outcome, report = rebuilt
    # The rebuild wrote the published files byte for byte (the same tree) above the publishing commits: verify's
    # report on it is the published site's.
    assert copy.tree("") == site.tree("")
    assert report.problems == []
    assert report.versions == 5 and report.rebuilt == 5
    target = export_site.export(root=site.root, site_dir=tmp_path / "public")
    assert (target / "fr" / "retention" / "2021-01-10" / "index.html").is_file()
    assert (target / "en" / "index.html").is_file()


def test_verify_names_an_edited_page_of_a_further_document(site, tmp_path):
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--no-local", str(site.root), str(clone))
    git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")
    git(clone, "checkout", "-q", "gh-pages")
    path = clone / "fr" / "retention" / "2021-01-10" / "index.html"
    path.write_text(path.read_text(encoding="utf-8").replace("un an", "deux ans"), encoding="utf-8")
    git(clone, "commit", "-q", "-am", "edit an archived page")
    git(clone, "checkout", "-q", "main")
    problems = verify.verify(root=clone).problems
    assert any(p.startswith("fr/retention/2021-01-10/index.html: changed") for p in problems), problems


def test_verify_says_what_the_branchs_own_commits_show_once_for_every_document(site, tmp_path):
    """Archive hunt 22, findings 2 and 3: what the branch's commits show (a publishing commit re-dated by
    `git commit --amend --date`, a detached HEAD) is every document's: named once, not once a document."""
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--no-local", str(site.root), str(clone))
    git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")
    tip = git(clone, "rev-parse", "gh-pages").strip()
    env = {**os.environ, "GIT_AUTHOR_DATE": "2021-01-01T09:00:00+00:00", "GIT_COMMITTER_DATE": "2030-01-01T09:00:00Z",
           "GIT_AUTHOR_NAME": "x", "GIT_AUTHOR_EMAIL": "x@example.com", "GIT_COMMITTER_NAME": "x",
           "GIT_COMMITTER_EMAIL": "x@example.com"}
    parents = [a for p in git(clone, "show", "-s", "--format=%P", tip).split() for a in ("-p", p)]
    amended = subprocess.run(["git", "commit-tree", f"{tip}^{{tree}}", *parents, "-m",
                              git(clone, "show", "-s", "--format=%B", tip)], cwd=clone, env=env, check=True,
                             capture_output=True, text=True).stdout.strip()
    git(clone, "update-ref", "refs/heads/gh-pages", amended)
    git(clone, "checkout", "-q", "--detach", "main~1")
    report = verify.verify(root=clone)
    redated = [p for p in report.problems if p.startswith("gh-pages: its commit")]
    assert len(redated) == 1 and "by its author and 2030-01-01 09:00 UTC by its committer" in redated[0], \
        report.problems
    assert not [p for p in report.problems if "never held" in p], report.problems
    assert len([n for n in report.notes if n.startswith("the current commit (HEAD) is ")]) == 1, report.notes


def test_publish_one_document_leaves_the_others_and_refreshes_the_home_page(tmp_path):
    site = new_site(tmp_path / "project")
    write_first_versions(site)
    site.commit("2021-02-17")
    outcome = site.publish(document="retention")
    assert outcome.published == ["retention 2021-01-10"]
    files = set(site.files())
    assert "fr/retention/2021-01-10/index.html" in files and not any(p.startswith("fr/2021-02-17/") for p in files)
    # The home page is among the first document's pages: it comes with its first version.
    assert "fr/index.html" not in files
    outcome = site.publish()
    assert sorted(outcome.published) == ["privacy 2021-02-17", "terms 2021-03-01"]
    assert "nothing to publish" in " ".join(outcome.messages)
    home = site.show("fr/index.html")
    assert 'href="2021-02-17/"' in home and 'href="retention/2021-01-10/"' in home and 'href="terms/2021-03-01/"' in home
    assert verify.verify(root=site.root).problems == []


def test_one_documents_version_refused_publishes_no_document(tmp_path):
    """A failed command changes nothing: the other documents' versions that passed are not published either."""
    site = new_site(tmp_path / "project")
    site.write_doc("retention.md", {"fr": retention("fr", "2021-01-10"), "en": retention("en", "2021-01-10")},
                   document="retention")
    site.write_doc("terms.md", {"fr": terms("fr", "2021-03-01").replace("retention.md#s2", "absente.md"),
                                "en": terms("en", "2021-03-01").replace("retention.md#s2", "missing.md")},
                   document="terms")
    site.commit("2021-02-17")
    assert site.publish(document="retention").published == ["retention 2021-01-10"]
    tip = site.branch()
    outcome = site.history()
    assert [r.version for r in outcome.refused] == ["2021-03-01"]
    assert outcome.published == [] and site.branch() == tip  # the privacy policy's 2021-02-17 passed, and waits
    assert outcome.messages[-1] == "nothing published: 1 version refused (below); gh-pages is as it was"
    assert not any(line.partition(": ")[2].startswith("published ") for line in outcome.messages)


def test_a_link_to_a_missing_document_or_anchor_is_a_finding(tmp_path):
    site = new_site(tmp_path / "project")
    site.write_doc("retention.md", {"fr": retention("fr", "2021-01-10"), "en": retention("en", "2021-01-10")},
                   document="retention")
    site.write_doc("terms.md", {"fr": terms("fr", "2021-03-01").replace("retention.md#s2", "retention.md#s9"),
                                "en": terms("en", "2021-03-01").replace("retention.md#s2", "cookies.md")},
                   document="terms")
    site.write("2021-02-17")
    result = site.run("check")
    assert result.returncode == 1
    assert re.search(r"docs/fr/terms\.md:\d+: \[links\.document\] the link to retention\.md#s9", result.stdout)
    assert re.search(r"docs/en/terms\.md:\d+: \[links\.document\] the link to cookies\.md names no document",
                     result.stdout)


def test_documents_setting_is_checked(tmp_path):
    site = new_site(tmp_path / "project")
    site.write("2021-02-17")
    config = site.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("id: terms", "id: latest"), encoding="utf-8")
    result = site.run("check")
    assert result.returncode != 0 and "error:" in result.stderr and "latest" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_document_site_is_unchanged(tmp_path_factory):
    """Without `documents`, no home page, no site feed, no folder per document: the layout as before (the
    language's root sends on to its text in force)."""
    project = made_once(tmp_path_factory, publish_first)  # 2021-02-17 published by `policy publish`: read, not changed
    files = set(project.files())
    assert "url=latest/" in project.show("fr/index.html") and "fr/updates.xml" not in files
    assert 'latest/' in project.show("index.html")
    assert {p.split("/")[1] for p in files if p.startswith("manifest/")} == {"2021-02-17.json", "assets"}


def test_rebuild_keeps_every_document_and_where_its_links_land(site, rebuilt):
    copy, outcome, report = rebuilt
    assert not outcome.refused and len(outcome.published) == 5
    paths = ("fr/2021-02-17", "fr/retention/2021-01-10", "en/terms/2021-03-01")
    assert {path: copy.tree(path) for path in paths} == {path: site.tree(path) for path in paths}
    assert copy.branch() != site.branch()  # rebuilt: its own commits on the branch, not the site's left as it was
    assert not any("removed" in line and "theme" in line for line in outcome.messages), outcome.messages
    assert report.problems == []


def test_document_options_and_a_link_overtaken_by_a_later_publication(first_published):
    site = first_published
    # Retention published with a date before the terms' version, which links it as of 2021-01-10.
    site.write_doc("retention.md", {"fr": retention("fr", "2021-02-01", "Les données sont conservées six mois."),
                                    "en": retention("en", "2021-02-01", "Data is kept for six months.")},
                   document="retention")
    site.commit_all("retention 2021-02-01")
    result = site.run("publish", "--document", "retention")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "terms 2021-03-01 links retention.md as in force on its date, 2021-01-10; retention 2021-02-01" \
        in result.stdout + result.stderr
    diff = site.run("diff", "2021-01-10", "2021-02-01", "--document", "retention", "--lang", "en")
    assert diff.returncode == 0 and "six months" in diff.stdout and "one year" in diff.stdout
    at = site.run("at", "2021-01-20", "--document", "retention")
    assert at.returncode == 0 and "/fr/retention/2021-01-10/" in at.stdout
    unknown = site.run("publish", "--document", "faq")
    assert unknown.returncode != 0 and "error: no document 'faq'" in unknown.stderr and "Traceback" not in unknown.stderr


def test_a_published_document_dropped_from_the_configuration_is_refused_and_its_archive_kept(first_published):
    """The cookie policy merged into the privacy policy, its entry removed: publishing on would rewrite the archive's
    pages without it and delete every version of it from the site (hunt 13)."""
    site = first_published
    tip, files = site.branch(), set(site.files())
    assert "fr/terms/2021-03-01/index.html" in files
    config = site.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      - id: terms\n        page: terms.md\n        title: {fr: Conditions d’utilisation, en: Terms of use}\n",
        ""), encoding="utf-8")
    for lang in ("fr", "en"):
        (site.root / "docs" / lang / "terms.md").unlink()
    site.commit_all("terms merged into the privacy policy")
    for command in (["history"], ["publish"]):
        result = policy_in_process(["--root", str(site.root), *command], env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.startswith("error: terms: a document published on gh-pages"), result.stderr
        assert "Traceback" not in result.stderr and "extra.policy.documents" in result.stderr
        assert site.branch() == tip and set(site.files()) == files


def test_import_takes_the_document_its_texts_are_of(tmp_path):
    """Adoption hunt 13, f_import_second_document: `policy import` had no --document, so a site's past cookie
    policies were refused as older than the privacy policy, and a later one became a version of the privacy policy."""
    site = new_site(tmp_path / "project")
    site.commit("2021-02-17")
    sources = tmp_path / "old"
    sources.mkdir()
    for date in ("2020-01-10", "2020-06-01"):
        (sources / f"retention-{date}.md").write_text(retention("fr", date, f"Conservées jusqu’au {date}."),
                                                      encoding="utf-8")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.test",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.test"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return policy_in_process(["--root", str(site.root), "import", "--lang", "fr", *args, str(sources)], env=env)

    privacy = (site.root / "docs" / "fr" / "index.md").read_text(encoding="utf-8")
    head = git(site.root, "rev-parse", "HEAD")
    refused = run()
    assert refused.returncode != 0 and refused.stderr.startswith("error: this site has several documents"), refused.stderr
    assert git(site.root, "rev-parse", "HEAD") == head
    done = run("--document", "retention")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Conservées jusqu’au 2020-06-01." in (site.root / "docs" / "fr" / "retention.md").read_text(encoding="utf-8")
    assert (site.root / "docs" / "fr" / "index.md").read_text(encoding="utf-8") == privacy
    assert run("--document", "nothing").stderr.startswith("error: no document 'nothing'")


def test_a_document_refused_after_another_was_written_leaves_the_branch_as_it_was(first_published):
    """History hunt 13, f_multi_document_partial_publish: a new retention version and, by mistake, an in-place edit of
    the published privacy text: publish refused the privacy policy after writing the retention version, and left it."""
    site = first_published
    tip = site.branch()
    site.write_doc("retention.md", {"fr": retention("fr", "2021-06-01", "Conservées six mois."),
                                    "en": retention("en", "2021-06-01", "Kept six months.")}, document="retention")
    site.commit("2021-02-17", fr="Nous traitons vos données autrement.", en="We process your data otherwise.")
    result = site.run("publish")
    assert result.returncode == 1 and result.stderr.startswith("error: privacy: 2021-02-17 is already published"), \
        result.stderr
    assert site.branch() == tip and "Traceback" not in result.stderr


def test_a_rebuild_keeps_the_links_a_version_was_published_with_not_those_edited_into_its_manifest(site, tmp_path):
    """Safety hunt 45, finding 3: every rebuild keeps where a version's links to the site's other documents land, as
    its publication record holds them; edited there by hand (privacy 2021-02-17's link to the retention policy in force then
    sent to the one of June), `policy history --rebuild` rebuilt the page with the edited links, without a word. Read
    against the publication record the branch's history first added, the rebuild keeps those the version was published with, and
    says so."""
    site = copy_of(site, tmp_path / "project")
    manifest = json.loads(site.show("manifest/2021-02-17.json"))
    assert manifest["links"] == {"retention.md": ["retention", "2021-01-10"]}
    manifest["links"] = {"retention.md": ["retention", "2021-06-01"]}  # the version in force from June
    commit_on_branch(site, {"manifest/2021-02-17.json": json.dumps(manifest, indent=1, sort_keys=True,
                                                                   ensure_ascii=False) + "\n"},
                     "Rebuild 2021-02-17 (fr, en) from 0123456789ab")
    result = site.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2021-02-17: its links to the site's other documents were edited on gh-pages since" in result.stderr
    assert "as in force on its date, 2021-06-01" not in result.stderr, result.stderr
    page = site.show("fr/2021-02-17/index.html")
    assert 'href="../../fr/retention/2021-01-10/#s2" data-policy-document' in page and "2021-06-01/#s2" not in page
    assert json.loads(site.show("manifest/2021-02-17.json"))["links"] == {"retention.md": ["retention", "2021-01-10"]}


@pytest.mark.parametrize("command", ["publish", "history"])
def test_a_publication_of_several_documents_stopped_before_its_end_leaves_the_branch_as_it_was(first_published,
                                                                                               monkeypatch, command):
    """History hunt 19, finding 4: killed once the first documents were written (a cancelled CI job, a timeout),
    `policy publish` left gh-pages with the retention policy's new version and not the privacy policy's it went
    with. Every document is now written onto a branch of the command's own, and the branch moves once, at the end;
    the next command takes away what a stopped one left."""
    site = first_published
    tip = site.branch()
    site.write_doc("retention.md", {"fr": retention("fr", "2022-03-01", "Modifié."),
                                    "en": retention("en", "2022-03-01", "Changed.")}, document="retention")
    site.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")

    def killed(*args, **kwargs):  # every document written, the site's pages not yet: the process ends at once
        os._exit(137)

    monkeypatch.setattr(publish, "_finish_site", killed)
    site.in_process = False  # (the process ends at once: in a process of its own)
    result = site.run(command)  # forked: the child finds _finish_site replaced
    assert result.returncode == 137
    assert site.branch() == tip
    left = git(site.root, "for-each-ref", "--format=%(refname:short)", "refs/heads/").split()
    assert len([name for name in left if name.startswith("gh-pages.publishing-")]) == 1, left
    monkeypatch.undo()
    outcome = site.publish() if command == "publish" else site.history()
    assert sorted(outcome.published) == ["privacy 2022-03-01", "retention 2022-03-01"], outcome.messages
    assert all("publishing-" not in line for line in outcome.messages + outcome.warnings), outcome.messages
    left = git(site.root, "for-each-ref", "--format=%(refname:short)", "refs/heads/").split()
    assert not [name for name in left if ".publishing-" in name], left
    assert not list((site.root / ".git").glob("*publishing-*")), "no lock file of a staging branch is left"
    assert site.branch() != tip and verify.verify(root=site.root).problems == []


def test_a_publication_of_several_documents_waits_for_another_and_starts_where_it_left_the_branch(tmp_path):
    """The branch is locked while the documents are written onto the command's own: a second publication waits.
    The lock is held until the command says it waits, whatever the time it takes to get there: held 3 s, it was let
    go before a busy machine's command had tried it."""
    from types import SimpleNamespace

    import git as gitpython

    from helpers import Started, until
    from policysite import branch as branch_module

    site = new_site(tmp_path / "project")
    write_first_versions(site)
    site.commit("2021-02-17")
    with branch_module.lock(SimpleNamespace(repo=gitpython.Repo(site.root)), "gh-pages", None):  # another one holds it
        publish = Started(["--root", str(site.root), "publish"])
        until(lambda: "waiting for another publication to finish" in publish.said(), what="the publication waits")
        assert site.branch() is None
    result = publish.result()
    assert result.returncode == 0, result
    assert "published 2021-02-17" in result.stdout and "published 2021-01-10" in result.stdout
    assert verify.verify(root=site.root).problems == []


def test_a_file_of_another_documents_older_version_edited_by_hand_is_not_carried(site, tmp_path):
    """Safety hunt 47: a script put by hand into en/retention/2021-01-10/index.html (retention's version before the one
    in force) was carried onto the site by the next publication of the privacy policy, exit 0, without a word (each
    document's command read only its own folders). Refused now, naming the file; gh-pages as it was."""
    site = copy_of(site, tmp_path / "project")
    path = "en/retention/2021-01-10/index.html"
    commit_on_branch(site, {path: site.show(path).replace("</body>", "<script>alert(1)</script></body>")}, "hand edit")
    before = site.branch()
    site.commit("2023-03-01", fr="Troisième texte.", en="Third text.")
    result = policy_in_process(["--root", str(site.root), "publish"])
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: privacy: {path}: changed (recorded fingerprint" in result.stderr, result.stderr
    assert "not as published (edited on the branch by hand" in result.stderr and "Traceback" not in result.stderr
    assert site.branch() == before


@pytest.mark.parametrize("path", ["en/retention/latest/index.html", "fr/terms/history/index.html"])
def test_another_documents_page_edited_by_hand_is_not_carried_by_one_documents_publication(site, tmp_path, path):
    """Safety hunt 48: `policy publish -d privacy` carried a script put by hand into another document's latest/ or
    archive pages (en/retention/latest/index.html), exit 0, without a word: each document's command writes its own
    pages again, and read the others' dated files only (safety hunt 47). Refused now, naming the file and the commit;
    gh-pages as it was; once the edit is reverted, the version is published."""
    site = copy_of(site, tmp_path / "project")
    work = tmp_path / "edit"

    def on_branch(edit, message):
        git(site.root, "worktree", "add", "-q", str(work), "gh-pages")
        edit()
        git(work, "commit", "-q", "-am", message)
        git(site.root, "worktree", "remove", "--force", str(work))

    on_branch(lambda: (work / path).write_text((work / path).read_text(encoding="utf-8").replace(
        "</body>", "<script>alert(1)</script></body>"), encoding="utf-8"), "hand edit")
    before = site.branch()
    site.commit("2023-03-01", fr="Troisième texte.", en="Third text.")
    result = policy_in_process(["--root", str(site.root), "publish", "-d", "privacy"])
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: privacy: {path}: changed by commit " in result.stderr and "'hand edit'), none of publishing's" in \
        result.stderr, result.stderr
    assert "Traceback" not in result.stderr and site.branch() == before
    on_branch(lambda: git(work, "checkout", "-q", "HEAD~1", "--", "."), "revert the hand edit")
    result = policy_in_process(["--root", str(site.root), "publish", "-d", "privacy"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "alert(1)" not in git(site.root, "show", f"gh-pages:{path}")


@pytest.mark.parametrize("path", ["en/retention/latest/index.html", "fr/terms/history/index.html"])
def test_another_documents_words_edited_in_a_commit_named_as_publishings_are_not_carried(site, tmp_path, path):
    """Safety8, session 37: a page title beside another document's versions (its latest/ copy, its history page)
    edited in a commit named as publishing's ('Update the history, compare and feed pages of …') was carried by
    `policy publish -d privacy` and served by `policy export`, exit 0: the subject vouched for it, and the output check
    reads no words outside the article. Both refuse now, naming the page: latest/ is a copy of a version as
    published, the archive's files what publishing writes from the publication records; the branch and the folder as they
    were. (Since publish9, `publish -d privacy` writes another document's archive page again from its publication records
    rather than refuse it: its words are not carried either.)"""
    site = copy_of(site, tmp_path / "project")

    def forge(work):
        page = (work / path).read_text(encoding="utf-8")
        (work / path).write_text(re.sub(r"<title[^>]*>.*?</title>", "<title>We sell your data</title>", page, count=1),
                                 encoding="utf-8")

    edit_pages(site, tmp_path, forge, "Update the history, compare and feed pages of 2 dated versions")
    before = site.branch()
    exported = policy_in_process(["--root", str(site.root), "export", "--site-dir", str(tmp_path / "public")])
    assert exported.returncode == 1 and "Traceback" not in exported.stderr, exported.stderr
    assert exported.stderr.startswith(f"error: {path}: "), exported.stderr
    assert not (tmp_path / "public").exists()
    site.commit("2023-03-01", fr="Troisième texte.", en="Third text.")
    result = policy_in_process(["--root", str(site.root), "publish", "-d", "privacy"])
    if "/latest/" not in path:  # publish9: another document's archive page is written again from its publication records
        assert result.returncode == 0, result.stdout + result.stderr
        assert "We sell your data" not in git(site.root, "show", f"gh-pages:{path}")
        return
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert f"{path}: " in result.stderr and "is not what publishing writes from the publication records" in result.stderr, \
        result.stderr
    assert site.branch() == before


def test_a_forged_footer_on_another_documents_older_version_is_refused_by_publish_and_export(site, tmp_path):
    """A sentence put into the footer of en/retention/2021-01-10/index.html (outside the article: the output check lets
    words there pass), its digest set in retention's manifest by a commit named as a rebuild, then one named as
    publishing's: `policy export` copied it into the folder served and `policy publish` carried it, exit 0, for only
    the first document's versions were built again and compared (rebuilt_pages). Both refuse now, naming the page;
    the branch and the folder are as they were."""
    site = copy_of(site, tmp_path / "project")
    path = "en/retention/2021-01-10/index.html"

    def forge(work):
        page = (work / path).read_text(encoding="utf-8")
        (work / path).write_text(page.replace("</footer>", "<p>We sell your data to anyone.</p></footer>", 1),
                                 encoding="utf-8")
        set_digest(work, "2021-01-10", "en", "index.html", (work / path).read_bytes(), directory="manifest/retention")

    def touch(work):
        history = work / "fr" / "history" / "index.html"
        history.write_bytes(history.read_bytes() + b"\n")

    edit_pages(site, tmp_path, forge, "Rebuild 2021-01-10 (en, fr) from 0123456789ab")
    edit_pages(site, tmp_path, touch, "Update the history, compare and feed pages of 2 dated versions")
    exported = policy_in_process(["--root", str(site.root), "export", "--site-dir", str(tmp_path / "public")])
    assert exported.returncode == 1 and "Traceback" not in exported.stderr, exported.stderr
    assert f"{path}: differs from a rebuild of its source commit" in exported.stderr, exported.stderr
    assert not (tmp_path / "public").exists()
    before = site.branch()
    site.commit("2023-03-01", fr="Troisième texte.", en="Third text.")
    result = policy_in_process(["--root", str(site.root), "publish"])
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert f"{path}: differs from a rebuild of its source commit" in result.stderr, result.stderr
    assert site.branch() == before
