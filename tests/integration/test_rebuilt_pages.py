"""rebuilt_pages: a published version's page edited on gh-pages (its manifest's digest set to match, under
publishing's own subjects) is judged as `policy verify` judges it, built again from its source and compared, so that a
forged header, menu or footer is not carried by `policy publish` (safety4, session 33)."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from helpers import git as run_git, policy_in_process, policy_process
from policy_repo import copy_of, edit_pages, made_once, publish_two, set_digest
from policysite import branch, cli, git, messages, rebuilt_pages, verify
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")  # no test here is about the process

PAGE = "en/2021-02-17/index.html"


@pytest.fixture(scope="module")
def two_published(tmp_path_factory):
    """2021-02-17 and 2022-03-01 published one after the other by `policy publish`: made once for the run, copied by each test."""
    return made_once(tmp_path_factory, publish_two)


def _forge(project, tmp_path, before: str, after: str, path: str = PAGE) -> None:
    """What safety hunts 49 and 50 did by hand, aimed at the page's chrome: `before` replaced by `after` in the English
    page of 2021-02-17 (or another file of that folder, `path`), its digest set in the manifest, in a commit named as a
    rebuild; then one named as publishing's editing the history page, which moved the window `older_edited` reads past
    the first."""
    def forge(work):
        page = (work / path).read_text(encoding="utf-8")
        assert before in page
        (work / path).write_text(page.replace(before, after, 1), encoding="utf-8")
        set_digest(work, "2021-02-17", "en", path.split("/", 2)[2], (work / path).read_bytes())

    def touch(work):
        history = work / "fr" / "history" / "index.html"
        history.write_bytes(history.read_bytes() + b"\n")

    edit_pages(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    edit_pages(project, tmp_path, touch, "Update the history, compare and feed pages of 2 dated versions")


# What the output check's rules for any page let through outside the article (each passed `policy publish` before),
# and what they refuse anyway (a rebuild names those first now)
FORGED = {
    "overlay": ("<header", '<div style="position:fixed;inset:0;background:#fff;z-index:9">To object, call +1 555 '
                           "0100</div><header"),
    "form": ("<header", '<form><input name="password"><button>Sign in</button></form><header'),
    "dialog": ("<header", "<dialog open>We sell your data.</dialog><header"),
    "svg": ("<header", '<svg><a href="../../fr/"><text y="20">Cliquez ici</text></a></svg><header'),
    "math": ("<header", "<math><mtext><table><mglyph><style><img src=x></style></mglyph></table></mtext></math><header"),
    "template": ("<header", "<template><p>Hidden words</p></template><header"),
    "footer words": ("</footer>", "<p>We sell your data to anyone.</p></footer>"),
    "header hidden": ("<header", '<header style="display:none"'),
    "script": ("</head>", "<script>alert(1)</script></head>"),
    "handler": ("<body", '<body onload="alert(1)"'),
    "remote stylesheet": ("</head>", '<link rel="stylesheet" href="https://evil.example/x.css"></head>'),
    "meta refresh": ("</head>", '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>'),
    "base": ("</head>", '<base href="https://evil.example/"></head>'),
    "iframe": ("</footer>", '<iframe src="https://evil.example/"></iframe></footer>'),
    "form action": ("</footer>", '<form action="https://evil.example/"><button>Go</button></form></footer>'),
    "comment": ("</footer>", "<!-- --!><p>Words after a comment</p></footer>"),
}


@pytest.mark.parametrize("forged", sorted(FORGED))
def test_a_forged_chrome_on_an_older_versions_page_is_named_against_a_rebuild(two_published, tmp_path, forged):
    """Each forgery of the page's chrome is named by file, as differing from a rebuild of its source commit, and the
    version the command writes anew is not built again."""
    project = copy_of(two_published, tmp_path / "project")
    _forge(project, tmp_path, *FORGED[forged])
    with opened(project.root) as site:
        rev = git.rev_parse(site.repo, "refs/heads/gh-pages")
        listing = git.list_files(site.repo, rev)
        manifests = branch.manifests_at(site.repo, rev)
        found = rebuilt_pages.unlike_rebuild(site, rev, listing, manifests)
        assert [line.partition(": ")[0] for line in found] == [PAGE], found
        assert "differs from a rebuild of its source commit" in found[0]
        assert rebuilt_pages.unlike_rebuild(site, rev, listing, manifests, written=["2021-02-17"]) == []


@pytest.mark.parametrize(("path", "before", "after"), [
    ("en/2021-02-17/policy.json", "We process your data with care.", "We sell your data."),
    ("en/2021-02-17/sitemap.xml", "<loc>", "<loc>https://evil.example/"),
    ("en/2021-02-17/search/search_index.json", '"docs":[]',
     '"docs":[{"location":"","title":"We sell your data","text":"We sell your data."}]')])
def test_a_forged_file_beside_an_older_versions_pages_is_named_against_a_rebuild(two_published, tmp_path, path,
                                                                                  before, after):
    """Safety8, session 37: the other files of a version's folder given other words under a commit named as a rebuild,
    their digests in its manifest (policy.json, whose text the compare page shows as that version's; a sitemap naming
    another host; the search index), were carried by `policy publish` and `policy export`: only the folder's pages
    were built again. Each is named by file now, as differing from a rebuild of its source commit."""
    project = copy_of(two_published, tmp_path / "project")
    _forge(project, tmp_path, before, after, path)
    with opened(project.root) as site:
        rev = git.rev_parse(site.repo, "refs/heads/gh-pages")
        found = rebuilt_pages.unlike_rebuild(site, rev, git.list_files(site.repo, rev),
                                             branch.manifests_at(site.repo, rev))
        assert [line.partition(": ")[0] for line in found] == [path], found
        assert "differs from a rebuild of its source commit" in found[0]


def test_publish_and_export_refuse_a_forged_footer_in_the_sites_language(two_published, tmp_path):
    """The forged footer's words (a sentence the legal team never wrote, outside the article) made `policy publish`
    exit 0 and carry them onto the site, and `policy export` copy them into the folder served; now both refuse, naming
    the page in the site's language, and the branch and the folder are as they were."""
    project = copy_of(two_published, tmp_path / "project")
    _forge(project, tmp_path, *FORGED["footer words"])
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    before = project.branch()
    french = {key: value for key, value in os.environ.items() if key != messages.ENVIRONMENT}
    done = policy_in_process(["--root", str(project.root), "publish"], env=french)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"error: {PAGE}\u00a0: diffère d'une reconstruction de son commit source " in done.stderr, done.stderr
    assert "une page d'une version publiée n'est pas ce que donne une construction de son commit source" in done.stderr
    assert project.branch() == before
    exported = policy_in_process(["--root", str(project.root), "export", "--site-dir", str(tmp_path / "public")],
                              env=french)
    assert exported.returncode == 1 and "Traceback" not in exported.stderr, exported.stderr
    assert f"{PAGE}\u00a0: diffère d'une reconstruction de son commit source " in exported.stderr, exported.stderr
    assert not (tmp_path / "public").exists()


def test_an_archive_this_machine_wrote_builds_nothing_again_and_a_cold_one_builds_each_version_once(two_published,
                                                                                                       tmp_path,
                                                                                                       monkeypatch):
    """Publishing onto an archive whose pages this machine wrote builds no version again, after a configuration change
    and `policy history --rebuild` (every folder rewritten) too; on a machine that kept nothing (a fresh clone) the
    next publication builds each version once, finds it as its source builds it, and a later one builds none; nor does
    one after `policy verify` rebuilt them on such a machine."""
    project = copy_of(two_published, tmp_path / "project")
    rebuilt: list[list[str]] = []
    real = verify._rebuilt

    def counted(*args, only=None, **kwargs):
        rebuilt.append(sorted(only or []))
        return real(*args, only=only, **kwargs)

    monkeypatch.setattr(verify, "_rebuilt", counted)
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    assert project.publish().published == ["2023-01-01"]
    config = project.root / "mkdocs.en.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("All rights reserved.", "Rights reserved."),
                      encoding="utf-8")
    project.commit_all("The footer's copyright reworded")
    assert project.history(rebuild=True).published == ["2021-02-17", "2022-03-01", "2023-01-01"]
    assert "2016-2021. Rights reserved." in project.show(PAGE)
    project.commit("2024-01-01", fr="Texte quatre.", en="Text four.")
    assert project.publish().published == ["2024-01-01"]
    assert rebuilt == []
    with opened(project.root) as site:
        shutil.rmtree(site.passed)
    project.commit("2025-01-01", fr="Texte cinq.", en="Text five.")
    assert project.publish().published == ["2025-01-01"]
    assert rebuilt == [["2021-02-17"], ["2022-03-01"], ["2023-01-01"], ["2024-01-01"]]
    project.commit("2026-01-01", fr="Texte six.", en="Text six.")
    assert project.publish().published == ["2026-01-01"]
    assert len(rebuilt) == 4
    with opened(project.root) as site:  # `policy verify` (CI's daily job runs it first) keeps what it rebuilt
        shutil.rmtree(site.passed)
    # (in a process of its own, as CI runs it: what is counted is the rebuilds of this process's publications)
    assert policy_process(["--root", str(project.root), "verify"]).returncode == 0
    project.commit("2026-06-01", fr="Texte sept.", en="Text seven.")
    assert project.publish().published == ["2026-06-01"]
    assert len(rebuilt) == 4
    # `policy export` counts what publishing and verify kept: none built again; cold, each version once, then none
    # (cpu9, session 37: safety8's cold export was said to pay more than one rebuild a version)
    export = ["--root", str(project.root), "export", "--site-dir"]
    assert cli.main([*export, str(tmp_path / "warm")]) == 0
    assert len(rebuilt) == 4
    with opened(project.root) as site:
        shutil.rmtree(site.passed)
    assert cli.main([*export, str(tmp_path / "cold")]) == 0
    assert cli.main([*export, str(tmp_path / "again")]) == 0
    assert rebuilt[4:] == [[version] for version in ("2021-02-17", "2022-03-01", "2023-01-01", "2024-01-01",
                                                     "2025-01-01", "2026-01-01", "2026-06-01")]


def test_each_folder_a_publication_writes_is_vouched_for_by_its_tree_as_the_branch_holds_it(two_published, tmp_path,
                                                                                            monkeypatch):
    """perf9: publishing keeps each version's folder it writes by its git tree id (worked out from the files it
    writes, as git makes the tree), so the next command onto the branch reads no file of them; one edited on the branch
    since is another tree, judged as before."""
    project = copy_of(two_published, tmp_path / "project")
    with opened(project.root) as site:
        tip = git.rev_parse(site.repo, branch.BRANCH)
        folders = [f"{lang}/{version}" for lang in ("fr", "en") for version in ("2021-02-17", "2022-03-01")]
        trees = rebuilt_pages.folder_trees(site, tip, folders)
        assert sorted(trees) == sorted(folders)
        kept = rebuilt_pages.passcache.blobs_passed(site.passed, text=True, scripts=rebuilt_pages.TREE_PROOF,
                                                   any_code=True)
        assert {rebuilt_pages._tree_id(folder, tree) for folder, tree in trees.items()} <= kept

        def unread(listing):
            raise AssertionError("the listing was read folder by folder")

        monkeypatch.setattr(rebuilt_pages, "pages_by_folder", unread)
        manifests = branch.manifests_at(site.repo, tip)
        assert rebuilt_pages.unlike_rebuild(site, tip, git.list_files(site.repo, tip), manifests) == []
    monkeypatch.undo()
    _forge(project, tmp_path, "<header", '<header data-x="1"')
    with opened(project.root) as site:
        tip = git.rev_parse(site.repo, branch.BRANCH)
        found = rebuilt_pages.unlike_rebuild(site, tip, git.list_files(site.repo, tip),
                                             branch.manifests_at(site.repo, tip))
    assert [str(line).split(":")[0] for line in found] == [PAGE]


def _forge_first_publication(project, tmp_path, version: str, subject: str) -> None:
    """A version the legal team never wrote, added to gh-pages by hand as a publication would add it: the folders of
    2022-03-01 copied under `version`, other words in the English article, the manifest copied under its name with that
    page's digest, in one commit named `subject` (publishing's own)."""
    def forge(work):
        for lang in ("en", "fr"):
            shutil.copytree(work / lang / "2022-03-01", work / lang / version)
        page = work / "en" / version / "index.html"
        text = page.read_text(encoding="utf-8")
        assert "Text two." in text
        page.write_text(text.replace("Text two.", "We sell your data to anyone."), encoding="utf-8")
        record = json.loads((work / "manifest" / "2022-03-01.json").read_text(encoding="utf-8"))
        record["version"] = version
        (work / "manifest" / f"{version}.json").write_text(json.dumps(record), encoding="utf-8")
        set_digest(work, version, "en", "index.html", page.read_bytes())

    edit_pages(project, tmp_path, forge, subject)


def test_a_version_added_by_hand_as_a_first_publication_is_not_carried(two_published, tmp_path):
    """A version folder and its manifest added to gh-pages by hand in one commit named as a publication ('Publish
    2022-09-01 (en, fr) from …'): its folders were those the commit that first added its manifest wrote, so it was taken
    for a version publishing wrote and never built again, and `policy history --archive-only` made its words the
    version in force (exit 0), as `policy publish` of the next version did. Both refuse now, naming the page: only a
    build of its source vouches for a version this machine did not write; gh-pages is as it was."""
    project = copy_of(two_published, tmp_path / "project")
    _forge_first_publication(project, tmp_path, "2022-09-01", "Publish 2022-09-01 (en, fr) from 0123456789ab")
    before = project.branch()
    done = policy_in_process(["--root", str(project.root), "history", "--archive-only"])
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stdout + done.stderr
    assert "fr/2022-09-01/index.html: differs from a rebuild of its source commit" in done.stderr, done.stderr
    assert "or the version added there by hand" in done.stderr
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    done = policy_in_process(["--root", str(project.root), "publish"])
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stdout + done.stderr
    assert "fr/2022-09-01/index.html: differs from a rebuild of its source commit" in done.stderr, done.stderr
    assert project.branch() == before


def test_a_shallow_clone_lacking_the_text_a_published_version_is_compared_with_names_both(two_published, tmp_path):
    """histories5: a CI checkout of depth 2 holds the commit the newest published version, 2022-03-01, was built from,
    so publishing a new version goes on; but that machine never built 2022-03-01's pages, so it builds them again to
    judge them, and its changes page needs 2021-02-17's text, whose commit the clone lacks. The refusal named only
    "2022-03-01: its changes page compares it with 2021-02-17 … run `git fetch --unshallow` first", as if 2022-03-01
    were what was being published; it says now that 2022-03-01 is published already and built again, and which commit
    it needed."""
    project = copy_of(two_published, tmp_path / "project")
    first = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["source"]["commit"]
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    shallow = tmp_path / "shallow"
    run_git(tmp_path, "clone", "-q", "--depth", "2", "--branch", "main", f"file://{project.root}", str(shallow))
    run_git(shallow, "fetch", "-q", "origin", "gh-pages:gh-pages")  # (whole: one cut short is refused first)
    before = run_git(shallow, "rev-parse", "gh-pages")
    said = {lang: policy_in_process(["--root", str(shallow), "publish"], env={**os.environ, messages.ENVIRONMENT: lang})
            for lang in ("en", "fr")}
    assert said["en"].returncode == 1 and (
        f"error: 2022-03-01, published already, is built again from its commit (to check its pages on the branch, or "
        f"to rebuild them): its changes page compares it with 2021-02-17, published from commit {first[:7]} (docs/"
    ) in said["en"].stderr, said["en"].stderr
    assert "), which this clone lacks: run `git fetch --unshallow` first (on GitHub Actions: `fetch-depth: 0` in " \
        "actions/checkout)\n" in said["en"].stderr, said["en"].stderr
    assert said["fr"].returncode == 1 and (
        "error: 2022-03-01, déjà publiée, est reconstruite à partir de son commit (pour vérifier ses pages sur la "
        "branche, ou les reconstruire)\u00a0: sa page des modifications la compare à la version 2021-02-17, publiée à "
        f"partir du commit {first[:7]} (docs/") in said["fr"].stderr, said["fr"].stderr
    assert run_git(shallow, "rev-parse", "gh-pages") == before


def test_verify_in_a_shallow_clone_lacking_a_predecessor_s_text_notes_that_version_and_checks_the_rest(two_published,
                                                                                                      tmp_path):
    """histories6: in a depth-1 clone holding 2022-03-01's commit and not 2021-02-17's, verify ended in one hard error
    raised while rebuilding 2022-03-01 (its changes page needs 2021-02-17's text), naming no other check. Each version
    it cannot rebuild is a note now, 2022-03-01 naming the version whose text it lacks; the archive is still checked,
    and the exit is the one a version not rebuilt gives (1, `git fetch --unshallow`)."""
    project = copy_of(two_published, tmp_path / "project")
    first = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["source"]["commit"]
    shallow = tmp_path / "shallow"
    run_git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "main", f"file://{project.root}", str(shallow))
    run_git(shallow, "fetch", "-q", "--depth", "1", "origin", "gh-pages:gh-pages")
    said = {lang: policy_in_process(["--root", str(shallow), "verify"], env={**os.environ, messages.ENVIRONMENT: lang})
            for lang in ("en", "fr")}
    english, french = said["en"], said["fr"]
    assert english.returncode == 1 and "Traceback" not in english.stderr, english.stderr
    assert f"note: 2021-02-17: its commit {first[:7]} is not in this clone: not rebuilt\n" in english.stderr
    assert (f"note: 2022-03-01: not rebuilt: its changes page compares it with 2021-02-17, whose commit {first[:7]} "
            "is not in this clone\n") in english.stderr, english.stderr
    # histories7: the last line said of both "their source commits missing": 2022-03-01's is here, its predecessor's
    # text is what is missing
    assert english.stderr.endswith(
        "error: gh-pages: 2021-02-17: not rebuilt, its source commit missing from this shallow clone: nothing proves "
        "its pages are what publishing built from its text; fetch the whole history (`git fetch --unshallow`; on "
        "GitHub Actions, `fetch-depth: 0` in actions/checkout) and verify again\n"
        "error: gh-pages: 2022-03-01: not rebuilt: its changes page compares it with 2021-02-17, whose text (commit "
        f"{first[:7]}) is not in this clone: nothing proves its pages are what publishing built; run `git fetch "
        "--unshallow` first (on GitHub Actions: `fetch-depth: 0` in actions/checkout) and verify again\n"), \
        english.stderr
    assert french.returncode == 1 and (
        f"note: 2022-03-01\u00a0: non reconstruite\u00a0: sa page des modifications la compare à la version "
        f"2021-02-17, dont le commit {first[:7]} n'est pas dans ce clone\n") in french.stderr, french.stderr
    assert french.stderr.endswith(
        "error: gh-pages\u00a0: 2022-03-01\u00a0: non reconstruite\u00a0: sa page des modifications la compare à "
        f"2021-02-17, dont le texte (commit {first[:7]}) n'est pas dans ce clone\u00a0: rien ne prouve que ses pages "
        "sont ce que la publication a construit\u202f; lancez d'abord `git fetch --unshallow` (sur GitHub Actions\u00a0: "
        "`fetch-depth: 0` dans actions/checkout) et vérifiez de nouveau\n"), french.stderr
    report = verify.verify(root=shallow)  # the other checks ran: the archive's pages compared, nothing else named
    assert report.versions == 2 and report.archive_files > 0 and report.problems == [], report
