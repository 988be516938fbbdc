"""Changes, history and compare pages, the feed, the JSON export and the PDF, as published on gh-pages.

A temporary project publishes three dated versions (the third adds, renumbers and removes
sections) with `policy history` then `policy publish`; everything is read back from the branch.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

import pytest

from helpers import git, poppler
from policy_repo import Project, commit_on_branch, copy_of, edit_pages, fr_page, made_once, new_project, publish_first
from policysite import cli, document, manifest as mf, publish, verify
from policysite.strings import long_date, strings

GOLDEN = Path(__file__).parent / "golden"
A = "{http://www.w3.org/2005/Atom}"
PUBLIC = "https://www.dial-once.com/politique-de-confidentialite/"
V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-05-10"

pytestmark = pytest.mark.usefixtures("commands_in_process")  # no test here is about the process

THIRD = {
    "fr": ("# Politique de confidentialité de test\n\n## 1. Version du document\n\nCe document est daté.\n\n"
           "## 2. Vos droits\n\nVous pouvez demander l’accès à vos données.\n\n"
           "## 3. Données traitées\n\nNous traitons vos données avec le plus grand soin.\n\n"
           "- votre nom\n- votre adresse\n"),
    "en": ("# Test privacy policy\n\n## 1. Document version\n\nThis document is dated.\n\n"
           "## 2. Your rights\n\nYou may ask for access to your data.\n\n"
           "## 3. Data processed\n\nWe process your data with the greatest care.\n\n"
           "- your name\n- your address\n"),
}


def commit_third(project: Project) -> str:
    for lang, body in THIRD.items():
        (project.root / "docs" / lang / "index.md").write_text(f"---\ndate: {V3}\n---\n\n{body}", encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    return project.commit_all(f"policy {V3}")


@pytest.fixture(autouse=True)
def no_git_identity(monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Project:
    """V1 and V2 by `policy history`, then V3 by `policy publish`; the branch before V3 is kept."""
    mp = pytest.MonkeyPatch()
    for name, value in (("GIT_CONFIG_GLOBAL", os.devnull), ("GIT_CONFIG_NOSYSTEM", "1"), ("NO_MKDOCS_2_WARNING", "1")):
        mp.setenv(name, value)
    project = new_project(tmp_path_factory.mktemp("archive-pages") / "project")
    project.commit(V1)
    project.commit(V2, fr="Nous traitons vos données avec le plus grand soin.",
                   en="We process your data with the greatest care.")
    project.history(jobs=2)
    project.before = project.branch()
    commit_third(project)
    project.outcome = project.publish()
    yield project
    mp.undo()


def blob(project: Project, path: str, rev: str = "gh-pages") -> bytes:
    return subprocess.run(["git", "show", f"{rev}:{path}"], cwd=project.root, capture_output=True, check=True).stdout


def archive_subjects(project: Project) -> list[str]:
    """The subjects of the commits that rewrote the archive's pages on gh-pages, newest first (before any `;`)."""
    log = subprocess.run(["git", "log", "--format=%s", "gh-pages"], cwd=project.root, capture_output=True, text=True,
                         check=True).stdout
    return [line.split(";")[0] for line in log.splitlines() if line.startswith("Update the history")]


def article(html: str) -> str:
    return re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', html, re.S).group(1).strip()


def normalise(html: str) -> str:
    """Dates as the version they name (V1, V2, V3), whichever way they are written."""
    for n, version in enumerate((V1, V2, V3), 1):
        for lang in ("fr", "en"):
            html = html.replace(long_date(dt.date.fromisoformat(version), lang), f"V{n}")
        html = html.replace(version, f"V{n}")
    html = re.sub(r'(id="|href="#)(?:modifications|changes)-[^"]+"', r'\1TITLE"', html)  # the title's slug
    return re.sub(r"[ \t]+\n", "\n", html)


# --- Each version's own pages: inside its folder, in its manifest ---------------------------

def test_each_version_has_its_changes_page_and_json_export_in_its_manifest(site):
    files = site.files()
    for version in (V1, V2, V3):
        manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
        for lang in ("fr", "en"):
            for rel in ("changes/index.html", "policy.json"):
                assert f"{lang}/{version}/{rel}" in files
                assert manifest.languages[lang].files[rel] == mf.sha256(blob(site, f"{lang}/{version}/{rel}"))
            assert manifest.languages[lang].changes["previous"] == {V1: None, V2: V1, V3: V2}[version]
    assert verify.verify(root=site.root).problems == []


def test_each_changes_page_offers_its_redline_as_docx_in_its_manifest(site):
    """Made at publication from the same redline as the page: one revision per inserted or deleted run."""
    import io

    import docx
    from docx.oxml.ns import qn

    from policysite import archive, redline

    files = site.files()
    for version, previous in ((V2, V1), (V3, V2)):
        manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
        for lang in ("fr", "en"):
            name = f"redline-{lang}-{previous}-{version}.docx"
            page = site.show(f"{lang}/{version}/changes/index.html")
            assert f'<a href="{name}">' in page
            data = blob(site, f"{lang}/{version}/changes/{name}")
            assert manifest.languages[lang].files[f"changes/{name}"] == mf.sha256(data)
            def source(v: str, lang: str = lang) -> str:
                entry = mf.VersionManifest.loads(site.show(f"manifest/{v}.json")).languages[lang].source
                return site.show(entry.path, rev=entry.commit)

            change = archive.changes_of(source(version), previous_text=source(previous), lang=lang)
            ops = [tag for s in redline.to_json(change)["sections"] for ops in [s["title_ops"]] + [
                o for b in s["blocks"] for o in (b["ops"], b["link_ops"])] for tag, _ in ops]
            body = docx.Document(io.BytesIO(data)).element.body
            marks = body.findall(".//" + qn("w:ins")) + body.findall(".//" + qn("w:del"))
            found = [r for r in marks if r.getparent().tag != qn("w:rPr")]  # not a paragraph added or removed whole
            # and each renumbered section's number, its old one deleted and its new one inserted (hunt 8)
            numbers = 2 * sum(s["kind"] in ("renumbered", "moved") and s["old_number"] != s["new_number"]
                              for s in redline.to_json(change)["sections"])
            assert len(found) == numbers + sum(tag in ("insert", "delete") for tag in ops) > 0
            assert {r.get(qn("w:date")) for r in marks} == {f"{version}T00:00:00Z"}
    assert not any(path.endswith(".docx") for path in files if path.startswith(f"fr/{V1}/"))


def pdf_objects(data: bytes) -> bytes:
    """A PDF's bytes with each stream inflated: its catalog and structure live in compressed object streams."""
    import zlib
    inflated = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            inflated.append(zlib.decompressobj().decompress(stream))
        except zlib.error:
            continue
    return data + b"\n".join(inflated)


def pdf_tool(tool: str, data: bytes, *args: str, tmp: Path) -> str:
    """What a poppler tool says of `data` (pdftotext to standard output, pdfinfo). pdfinfo -struct writes a
    structure element's UTF-16 title as raw bytes: what is not UTF-8 is replaced."""
    path = tmp / "read.pdf"
    path.write_bytes(data)
    return subprocess.run([poppler(tool), *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, errors="replace", check=True).stdout


def test_each_version_has_its_pdf_in_its_manifest_linked_from_its_page_changes_page_and_history(site):
    files = site.files()
    for version in (V1, V2, V3):
        manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
        for lang in ("fr", "en"):
            name = f"policy-{lang}-{version}.pdf"
            data = blob(site, f"{lang}/{version}/{name}")
            assert data.startswith(b"%PDF-1.7") and f"{lang}/{version}/{name}" in files
            assert manifest.languages[lang].files[name] == mf.sha256(data)
            for page, href in ((f"{lang}/{version}/index.html", name),
                               (f"{lang}/{version}/changes/index.html", f"../{name}"),
                               (f"{lang}/history/index.html", f"../{version}/{name}")):
                assert f'<a href="{href}"' in site.show(page), page
                assert_resolves(site, page, href)
    assert f"fr/latest/policy-fr-{V3}.pdf" in files  # latest/ is a copy of the newest: its page's link lands
    assert not [path for path in files if path.endswith(".typ")]  # the print template is read, never served


def test_pdf_text_states_every_section_title_the_date_the_source_digest_and_the_url(site, tmp_path):
    for version in (V2, V3):
        manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
        for lang in ("fr", "en"):
            source = manifest.languages[lang].source
            text = site.show(source.path, rev=source.commit)
            policy = document.parse(text, path=source.path, lang=lang)
            printed = pdf_tool("pdftotext", blob(site, f"{lang}/{version}/policy-{lang}-{version}.pdf"), tmp=tmp_path)
            flat = " ".join(printed.split())
            assert policy.title in flat
            for section in policy.sections:
                assert " ".join(section.written.split()) in flat, (lang, version, section.written)  # as written
            assert long_date(dt.date.fromisoformat(version), lang) in flat
            assert f"{PUBLIC}{lang}/{version}/" in flat
            assert source.sha256 in "".join(printed.split())  # the digest may break across lines


def test_pdf_is_tagged_pdf_ua_with_its_language_and_headings_as_structure(site, tmp_path):
    for lang in ("fr", "en"):
        data = blob(site, f"{lang}/{V3}/policy-{lang}-{V3}.pdf")
        objects = pdf_objects(data)
        assert f"/Lang ({lang})".encode() in objects and b"/StructTreeRoot" in objects
        assert re.search(rb'pdfuaid:part(="1"|>1<)', objects)  # PDF/UA-1 identification in the XMP metadata
        info = pdf_tool("pdfinfo", data, tmp=tmp_path)
        assert re.search(r"^Tagged:\s+yes$", info, re.M)
        assert re.search(rf"^CreationDate:\s+.*{V3[:4]}", info, re.M)  # the version's date, not the build's
        tags = pdf_tool("pdfinfo", data, "-struct", tmp=tmp_path).split()
        assert tags.count("H1") == 1 and tags.count("H2") == 3  # the title, then §1, §2, §3


def test_a_translations_version_has_its_side_by_side_page_linked_from_the_language_switcher(site):
    files = site.files()
    for version in (V1, V2, V3):
        manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
        assert "side-by-side/index.html" in manifest.languages["en"].files
        assert "side-by-side/index.html" not in manifest.languages["fr"].files  # French is the authoritative text
        assert f"fr/{version}/side-by-side/index.html" not in files
        for page in (f"fr/{version}/index.html", f"en/{version}/index.html", f"en/{version}/changes/index.html"):
            switcher = re.search(r'<ul class="md-select__list">(.*?)</ul>', site.show(page), re.S).group(1)
            href = re.search(r'<a href="([^"]+)" hreflang="en" class="md-select__link" data-policy-sides>\s*'
                             r'(?:Français et <span lang="en" dir="ltr">English</span> côte à côte|'
                             r'<span lang="fr" dir="ltr">Français</span> and English side by side)', switcher).group(1)
            assert resolve(page, href)[0] == f"en/{version}/side-by-side/index.html"
    page = f"en/{V3}/side-by-side/index.html"
    switcher = re.search(r'<ul class="md-select__list">(.*?)</ul>', site.show(page), re.S).group(1)
    assert f'href="../../../fr/{V3}/"' in switcher  # French has no such page: its policy


def test_side_by_side_page_pairs_every_section_under_its_anchor_with_the_notice(site):
    page = f"en/{V3}/side-by-side/index.html"
    body = article(site.show(page))
    assert "Only the French text is authoritative: where the translation differs, the French text prevails." in body
    rows = re.findall(r'<section class="policy-sides-row" id="([^"]+)">(.*?)</section>', body, re.S)
    policy_ids = re.findall(r'<h2 id="([^"]+)"', article(site.show(f"en/{V3}/index.html")))
    assert [anchor for anchor, _ in rows] == policy_ids == ["s1", "s2", "s3"]  # the anchors of the policy pages
    columns = [re.findall(r'<div class="policy-sides-col" lang="(fr|en)" dir="ltr">\s*<p[^>]*>[^<]*</p>\s*<h2>([^<]+)</h2>', row)
               for _, row in rows]
    assert [[lang for lang, _ in row] for row in columns] == [["fr", "en"]] * 3
    assert [row[0][1] for row in columns] == ["1. Version du document", "2. Vos droits", "3. Données traitées"]
    assert [row[1][1] for row in columns] == ["1. Document version", "2. Your rights", "3. Data processed"]
    assert "Nous traitons vos données avec le plus grand soin." in rows[2][1]
    assert "<li>your name</li>" in rows[2][1]
    for href in re.findall(r'href="([^"]+)"', body):
        assert_resolves(site, page, href)


@pytest.mark.parametrize("lang, version", [("fr", V1), ("fr", V2), ("en", V2), ("fr", V3), ("en", V3)])
def test_changes_page_matches_golden(site, lang, version):
    html = normalise(article(site.show(f"{lang}/{version}/changes/index.html")))
    golden = GOLDEN / f"changes-{lang}-{normalise(version)}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == golden.read_text(encoding="utf-8")


def test_changes_page_summary_links_into_both_versions_and_resolve(site):
    path = f"fr/{V3}/changes/index.html"
    html = site.show(path)
    summary = re.search(r'<ul class="redline-summary">(.*?)</ul>', html, re.S).group(1)
    # each named with its section too, in words the eye does not see (not an aria-label, which cannot mark them)
    unseen = '<span class="policy-unseen"> ({})</span>'
    assert f'<a href="../../{V2}/#s2-1">version précédente{unseen.format("§2.1 Durée de conservation")}</a>' \
        in summary  # §2.1, removed
    assert f'<a href="../#s2">nouvelle version{unseen.format("§2 Vos droits")}</a>' in summary  # §2, added
    assert re.search(f'<a href="\\.\\./\\.\\./{V2}/#s2">version précédente<span class="policy-unseen"> \\([^<]+\\)</span>'
                     '</a> · <a href="\\.\\./#s3">nouvelle version<span class="policy-unseen"> \\([^<]+\\)</span></a>',
                     summary), summary
    for href in re.findall(r'href="([^"]+)"', article(html)):
        assert_resolves(site, path, href)


def resolve(page: str, href: str) -> tuple[str, str]:
    """The branch path and anchor a relative link of the page at `page` points to."""
    url = urljoin(f"https://host/{page}", href)
    target, _, anchor = url.removeprefix("https://host/").partition("#")
    target = str(PurePosixPath(target)) if target else page
    return (target + "/index.html" if href.split("#")[0].endswith("/") or target.endswith("..") or target == "."
            else target), anchor


def assert_resolves(site: Project, page: str, href: str) -> None:
    if href.startswith(("https:", "http:", "mailto:")):
        return
    target, anchor = resolve(page, href)
    target = target.replace("//", "/")
    assert target in site.files(), f"{page}: {href} -> {target} is not on the branch"
    if re.fullmatch(r"[\d-]{10}\.\.[\d-]{10}", anchor):  # the compare page's two dates, from versions.json
        listed = {v["version"] for v in json.loads(blob(site, resolve(target, "../versions.json")[0]))}
        assert set(anchor.split("..")) <= listed, href
    elif anchor and target.endswith(".html"):
        assert f'id="{anchor}"' in site.show(target), f"{page}: {href}: no #{anchor} in {target}"


def test_the_first_version_says_it_is_the_first(site):
    for lang, words in (("fr", "c’est la première version publiée"), ("en", "the first published version")):
        html = article(site.show(f"{lang}/{V1}/changes/index.html"))
        assert words in html and "redline" not in html


def test_changes_page_is_in_the_theme_in_its_language_with_the_version_selector(site):
    for lang in ("fr", "en"):
        html = site.show(f"{lang}/{V2}/changes/index.html")
        assert f'<html lang="{lang}"' in html
        assert re.search(r'href="\.\./\.\./\.\./assets/[0-9a-f]{16}/stylesheets/redline\.css"', html)
        assert "compare.js" not in html
        assert f'<link rel="canonical" href="{PUBLIC}{lang}/{V2}/changes/">' in html
        other = "en" if lang == "fr" else "fr"
        assert f'<a href="../../../{other}/{V2}/changes/" hreflang="{other}" class="md-select__link" lang="{other}">' \
            in html
        assert '"version": {"provider": "mike"' in html or '"provider": "mike"' in html
        # archived: the banner sends readers to the policy in force, from this page one level down
        assert '<a href="../../latest/">' in html
    policy = site.show(f"fr/{V3}/index.html")
    assert "redline.css" not in policy and "compare.js" not in policy  # the policy page loads neither


def test_a_version_s_search_index_holds_its_configuration_not_its_text_again(site):
    """The entries are read from the page in the browser (on-demand.js; tests/e2e/test_privacy.py)."""
    index = json.loads(site.show(f"fr/{V2}/search/search_index.json"))
    assert index["docs"] == [] and index["config"]["lang"] == ["fr"]
    assert long_date(dt.date.fromisoformat(V1), "fr") in site.show(f"fr/{V2}/index.html")


# --- Shared pages: beside the versions, rebuilt on each publication -------------------------

def test_history_lists_every_version_newest_first_with_its_summary_and_links(site):
    for lang in ("fr", "en"):
        path = f"{lang}/history/index.html"
        html = site.show(path)
        assert f'<html lang="{lang}"' in html
        body = article(html)
        assert re.findall(r'<h2 id="v([\d-]+)">', body) == [V3, V2, V1]
        for version in (V1, V2, V3):
            assert f'<a href="../{version}/changes/">' in body and f'<a href="../{version}/policy.json"' in body
        for href in re.findall(r'href="([^"]+)"', body):
            assert_resolves(site, path, href)
        assert re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="\.\./feed\.xml">',
                         html)
    fr = article(site.show("fr/history/index.html"))
    third = fr.split(f'id="v{V3}"')[1].split('<h2 id="v')[0]
    assert "En vigueur depuis le 10 mai 2023" in third and "modifiée(s)" not in third  # sections named, not counted
    # (a removed section's link opens the version before, named with its date for a screen reader's list: reader8)
    assert re.search(rf'<li>Sections supprimées\u00a0: <a href="\.\./{V2}/#s2-1"\s+aria-label="§2\.1 Durée de '
                     rf'conservation \(1er mars 2022\)">§2\.1 Durée de conservation</a></li>', third), third
    assert "(en vigueur)" in third


@pytest.mark.parametrize("page", [f"fr/{V1}/index.html", f"fr/{V3}/index.html", "fr/latest/index.html",
                                  f"en/{V2}/changes/index.html", "en/history/index.html", "fr/compare/index.html"])
def test_every_page_links_the_history_and_compare_pages_in_its_footer(site, page):
    footer = re.search(r'<nav class="policy-links" aria-label="[^"]+">(.*?)</nav>', site.show(page), re.S).group(1)
    hrefs = re.findall(r'href="([^"]+)"', footer)
    lang = page.split("/")[0]
    assert [resolve(page, href)[0] for href in hrefs] == [f"{lang}/history/index.html", f"{lang}/compare/index.html",
                                                          f"{lang}/at/index.html"]


@pytest.mark.parametrize("page", [f"fr/{V3}/index.html", "fr/latest/index.html", f"en/{V2}/changes/index.html",
                                  f"en/{V3}/side-by-side/index.html", "fr/history/index.html",
                                  "en/compare/index.html", "fr/at/index.html", "fr/404.html", "en/404.html"])
def test_every_page_s_skip_link_goes_to_its_title(site, page):
    """Reader hunt 42: "Skip to content" went to §1, past the title, the "last updated" line and any introduction;
    the archive's pages had none. The sidebar still lists the sections, not the title. Reader hunt 46: nor had the
    404 page (Material writes it from a table of contents): 7 tab stops before its one link."""
    html = site.show(page)
    skip = re.search(r'<a href="#([^"]+)" class="md-skip">', html)
    assert skip, "no skip link"
    assert re.search(f'<h1 id="{re.escape(skip.group(1))}"', html)
    if page.endswith(f"{V3}/index.html") or page.startswith("fr/latest"):
        contents = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', html, re.S).group(0)
        assert 'href="#s1"' in contents and f'href="#{skip.group(1)}"' not in contents


def test_a_version_s_pages_say_in_their_language_when_the_address_names_a_section_they_lack(site):
    """Reader hunt 42: policy.js shows it (tests/e2e/test_versions.py); a changes page, which shows only the sections
    that changed, has none."""
    for page, lang in ((f"fr/{V3}/index.html", "fr"), ("en/latest/index.html", "en"),
                       (f"en/{V3}/side-by-side/index.html", "en")):
        notice = re.search(r'<p class="policy-missing admonition warning" role="status" hidden>(.*?)</p>',
                           site.show(page), re.S)
        assert notice, page
        assert strings(lang)["section_missing"] in notice.group(1)
        href = re.search(r'<a href="([^"]+)">', notice.group(1)).group(1)
        assert resolve(page, href)[0] == f"{lang}/history/index.html"
    assert "policy-missing" not in site.show(f"fr/{V3}/changes/index.html")


def test_section_one_links_the_history_and_this_versions_changes(site):
    html = site.show(f"fr/{V2}/index.html")
    notice = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert ('<a href="changes/">Ce qui a changé dans cette version</a> · '
            f'<a href="policy-fr-{V2}.pdf">Cette version en PDF</a> · '
            '<a href="../history/">Historique des versions</a>') in notice


def test_compare_page_offers_every_version_and_its_data_is_each_versions_json(site):
    for lang in ("fr", "en"):
        path = f"{lang}/compare/index.html"
        html = site.show(path)
        assert f'<html lang="{lang}"' in html and "assets/javascripts/compare.js" in html
        assert re.search(r'<script src="\.\./assets/javascripts/compare\.js"></script>', html)
        assert f"{lang}/assets/javascripts/compare.js" in site.files()
        assert '<select id="policy-compare-old" name="old"></select>' in html  # compare.js fills it
        target, _ = resolve(path, "../versions.json")  # what compare.js reads: mike's list, newest first
        listed = json.loads(blob(site, target))
        assert [v["version"] for v in listed] == [V3, V2, V1]
        in_force = {"fr": " (en vigueur)", "en": " (in force)"}[lang]
        assert [v["title"] for v in listed] == [long_date(dt.date.fromisoformat(v), lang) + (in_force if v == V3 else "")
                                                for v in (V3, V2, V1)]
        for version in (V1, V2, V3):
            target, _ = resolve(path, f"../{version}/policy.json")  # side() in compare.js
            assert target == f"{lang}/{version}/policy.json"
            data = json.loads(blob(site, target))
            manifest = mf.VersionManifest.loads(site.show(f"manifest/{version}.json"))
            source = manifest.languages[lang].source
            assert data["source"]["sha256"] == source.sha256
            policy = document.parse(git(site.root, "show", f"{source.commit}:{source.path}"), path="", lang=lang)
            assert (data["version"], data["date"], data["lang"]) == (version, version, lang)
            assert data["url"] == f"{PUBLIC}{lang}/{version}/"
            assert [(s["number"], s["anchor"], s["title"], "\n".join(b["text"] for b in s["blocks"]))
                    for s in data["sections"]] == [(s.number, s.anchor, s.title, s.text) for s in policy.sections]
            assert [[b["text"] for b in s["blocks"]] for s in data["sections"]] == [
                [b.text for b in s.blocks] for s in policy.sections]
        for href in re.findall(r'href="([^"]+)"', article(html)):
            assert_resolves(site, path, href)


def feed_entries(xml: bytes) -> list[dict]:
    root = ET.fromstring(xml)
    assert root.tag == f"{A}feed"
    return [{"id": e.findtext(f"{A}id"), "title": e.findtext(f"{A}title"), "updated": e.findtext(f"{A}updated"),
             "summary": e.findtext(f"{A}summary"), "link": e.find(f"{A}link[@rel='alternate']").get("href")}
            for e in root.findall(f"{A}entry")]


def test_feed_is_valid_atom_with_one_entry_per_version_linking_its_changes_page(site):
    for lang in ("fr", "en"):
        xml = blob(site, f"{lang}/feed.xml")
        root = ET.fromstring(xml)
        for name in ("id", "title", "updated", "author"):
            assert root.find(f"{A}{name}") is not None, name
        assert root.find(f"{A}link[@rel='self']").get("href") == f"{PUBLIC}{lang}/feed.xml"
        assert root.findtext(f"{A}updated") == f"{V3}T00:00:00Z"
        entries = feed_entries(xml)
        assert [e["id"] for e in entries] == [f"{PUBLIC}{lang}/{v}/" for v in (V3, V2, V1)]
        assert [e["updated"] for e in entries] == [f"{v}T00:00:00Z" for v in (V3, V2, V1)]
        assert [e["link"] for e in entries] == [f"{PUBLIC}{lang}/{v}/changes/" for v in (V3, V2, V1)]
        for entry in entries:
            assert entry["title"] and entry["summary"]


def test_shared_urls_stay_valid_and_older_entries_unchanged_after_a_new_version(site):
    for lang in ("fr", "en"):
        before = feed_entries(blob(site, f"{lang}/feed.xml", site.before))
        after = feed_entries(blob(site, f"{lang}/feed.xml"))
        assert after[1:] == before  # V2 and V1 as they were: ids, links, summaries
        for path in ("history/index.html", "compare/index.html", "feed.xml"):
            assert f"{lang}/{path}" in site.files(site.before) and f"{lang}/{path}" in site.files()
        for version in (V1, V2):
            assert site.tree(f"{lang}/{version}") == site.tree(f"{lang}/{version}", site.before)


def test_a_publication_is_one_commit_with_the_version_and_the_rebuilt_shared_pages(site):
    assert git(site.root, "rev-parse", "gh-pages~1").strip() == site.before
    changed = git(site.root, "diff", "--name-only", site.before, "gh-pages").split()
    assert f"fr/{V3}/changes/index.html" in changed and f"manifest/{V3}.json" in changed
    assert {"fr/history/index.html", "en/feed.xml", "fr/versions.json"} <= set(changed)
    # The compare and at pages list no version (issue 16: they do not grow with the archive): only their footer's
    # copyright year follows the version in force (V3, 2023).
    for lang in ("fr", "en"):
        for page in ("compare", "at"):
            if f"{lang}/{page}/index.html" in changed:
                old, new = (git(site.root, "show", f"{rev}:{lang}/{page}/index.html") for rev in (site.before, "gh-pages"))
                assert new == old.replace("2016-2022", "2016-2023") and old != new, page
                assert V1 not in new and V2 not in new, page
    assert not [p for p in changed if p.startswith((f"fr/{V1}/", f"fr/{V2}/", f"en/{V1}/", f"en/{V2}/"))]


def test_what_a_publication_does_not_repeat(site):
    """Kept out of each version and of the shared pages, so that a new version adds little to the branch:
    no 404 page per version (a host serves the site's own), no search on the history and compare pages
    (each version has its own index), no section text twice in policy.json."""
    files = site.files()
    assert git(site.root, "rev-parse", "gh-pages:404.html") == git(site.root, "rev-parse", "gh-pages:fr/404.html")
    for lang in ("fr", "en"):
        assert f"{lang}/404.html" in files
        title = re.search(r"<title>(.*?)</title>", site.show(f"{lang}/404.html")).group(1)  # not the policy's own
        assert title.startswith({"fr": "Cette page n’existe pas. - ", "en": "This page does not exist. - "}[lang])
        assert not [p for p in files if re.fullmatch(rf"{lang}/\d{{4}}-\d\d-\d\d/404\.html", p)]
        for version in (V1, V2, V3):
            assert f"{lang}/{version}/search/search_index.json" in files
            assert 'class="md-search"' in site.show(f"{lang}/{version}/index.html")
        assert f"{lang}/search/search_index.json" not in files
        for page in ("history", "compare"):
            assert 'class="md-search"' not in site.show(f"{lang}/{page}/index.html")
        sections = json.loads(blob(site, f"{lang}/{V3}/policy.json"))["sections"]
        # (`numbering`: how a numbered heading writes its number, `1.`: what the compare page shows a change of)
        assert sections and all(set(s) == {"number", "anchor", "title", "level", "line", "numbering", "blocks"}
                                for s in sections)


# --- verify, refresh, atomicity --------------------------------------------------------------

@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """V1 (2021-02-17) committed and published by `policy publish`, made once for the run (policy_repo.publish_first)."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture
def project(first_published, tmp_path) -> Project:
    """V1 published: a copy of the run's, which the test may change."""
    return copy_of(first_published, tmp_path / "project")


def test_verify_rebuilds_the_shared_pages_and_names_those_that_differ(project, tmp_path):
    def edit(checkout: Path) -> None:
        feed = checkout / "fr" / "feed.xml"
        feed.write_text(feed.read_text(encoding="utf-8").replace("Première", "Dernière"), encoding="utf-8")
        shutil.rmtree(checkout / "en" / "history")
        # a page of the site's own Content-Security-Policy (passes the output check: safety53 asks every HTML page for one)
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"',
                           (checkout / "fr" / "history" / "index.html").read_text(encoding="utf-8")).group(1)
        (checkout / "fr" / "stray.html").write_text(
            f'<meta http-equiv="Content-Security-Policy" content="{policy}"><p><a href="../">x</a></p>', encoding="utf-8")
        (checkout / "404.html").unlink()

    edit_pages(project, tmp_path, edit)
    result = project.run("verify")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        "en/history/index.html: missing (one of the archive's pages, which `policy history` rebuilds)",
        "fr/feed.xml: differs from the archive's pages the publication records give (edited, or built with another theme: "
        "`policy history` rebuilds them)",
        "fr/stray.html: added (neither in a version nor one of the archive's pages)",
        "404.html: missing: it is a copy of fr/404.html, the page for a missing address (`policy history` "
        "rebuilds it)",
    ]
    assert "4 problems on gh-pages: the archive is not as it was published (each is named above)" in result.stderr
    # the page added by hand is not removed without a word (histories10: `policy history` refuses, naming it and its
    # commit, the branch as it was); once a commit of gh-pages removes it, `policy history` with nothing to publish
    # puts the rest back, in one commit; then there is nothing to do
    before = project.branch()
    with pytest.raises(publish.PublishError, match=r"fr/stray\.html: on gh-pages, beside the versions, added by commit"):
        project.history()
    assert project.branch() == before
    commit_on_branch(project, {"fr/stray.html": None}, "Remove the page added by hand")
    outcome = project.history()
    assert outcome.messages == ["nothing to publish: the 1 dated version of the history is on gh-pages",
                                "updated the history, compare and feed pages on gh-pages"]
    # its commit counts the one version in the singular (words8: "of 1 dated version(s)")
    assert archive_subjects(project)[0] == "Update the history, compare and feed pages of 1 dated version"
    result = project.run("verify")
    assert result.returncode == 0, result.stdout
    assert "files of the history, compare and feed pages are as the publication records give" in result.stdout
    before = project.branch()
    assert project.history().messages == ["nothing to publish: the 1 dated version of the history is on gh-pages"]
    assert project.run("publish").returncode == 0 and project.branch() == before


def _manifest_naming(draft: str, *, sha256: str | None = None):
    """An edit of the branch: 2021-02-17's French source named as `draft`'s (its SHA-256 as recorded, or `sha256`)."""
    def edit(checkout: Path) -> None:
        path = checkout / "manifest" / f"{V1}.json"
        manifest = mf.VersionManifest.loads(path.read_bytes())
        entry = manifest.languages["fr"]
        source = dataclasses.replace(entry.source, commit=draft, sha256=sha256 or entry.source.sha256)
        languages = {**manifest.languages, "fr": dataclasses.replace(entry, source=source)}
        path.write_bytes(dataclasses.replace(manifest, languages=languages).dumps())
    return edit


def _draft(project: Project) -> str:
    """A draft's commit, off main but in the repository (a pull request's branch, fetched)."""
    (project.root / "docs" / "fr" / "index.md").write_text(
        fr_page(V1, "Nous vendons vos données à nos partenaires."), encoding="utf-8")
    draft = project.commit_all("a draft, never merged")
    git(project.root, "reset", "-q", "--hard", "HEAD~1")
    return draft


def test_the_text_before_a_new_version_is_the_one_its_manifest_records_whatever_commit_it_names(project, tmp_path):
    """Safety hunt 44: 2021-02-17's manifest edited on the branch to name a draft's commit (its recorded SHA-256 left
    as it was): publishing the next version read the draft as the text published before, and its changes page (and
    with it the history and the feed) said 2021-02-17 had said "Nous vendons vos données", words no check ever
    read. Since safety hunt 48 a manifest written by a commit not publishing's own is refused, naming it, the branch
    as it was; the DPO's redline of what was published reads the text of the digest recorded, wherever the history
    holds it."""
    edit_pages(project, tmp_path, _manifest_naming(_draft(project)))
    before = project.branch()
    project.commit(V2, fr="Nous traitons vos données avec le plus grand soin.")
    result = project.run("publish")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: manifest/{V1}.json: written by commit" in result.stderr and "'tamper'" in result.stderr
    assert project.branch() == before and "vendons" not in result.stdout + result.stderr
    diff = project.run("diff", V1, V2)
    assert diff.returncode == 0 and "vendons" not in diff.stdout and "Nous traitons vos données" in diff.stdout


def test_a_manifest_naming_a_text_the_history_never_held_refuses_the_next_version(project, tmp_path):
    """The same edit with a digest no text of the history has: nothing tells which text was published before, and
    the next version is refused, the branch as it was (the version's policy.json says it was built from another text:
    safety hunt 45, finding 1)."""
    edit_pages(project, tmp_path, _manifest_naming(_draft(project), sha256="0" * 64))
    before = project.branch()
    project.commit(V2)
    result = project.run("publish")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: {V1} (fr): its publication record names the text of" in result.stderr and "(fingerprint 000000000000…)" in \
        result.stderr and f"{V1}/policy.json, published with it, was built from another text" in result.stderr
    assert f"the publication record of {V1} was edited on gh-pages" in result.stderr
    assert project.branch() == before
    french = project.run("publish", "--messages", "fr")  # what a French site's legal team reads
    assert french.returncode == 1 and project.branch() == before, french.stdout + french.stderr
    assert (f"error: {V1} (fr)\u00a0: son relevé de publication désigne le texte de " in french.stderr and "(empreinte 000000000000…)"
            in french.stderr and f"{V1}/policy.json, publié avec elle, a été construit à partir d'un autre texte"
            in french.stderr), french.stderr
    assert (f"\u00a0: le relevé de publication de {V1} a été modifié sur gh-pages, et la publication ne s'en remet jamais à la branche "
            "pour savoir ce qui a été publié\u202f; rétablissez-le") in french.stderr and "Rien n'a été publié." in \
        french.stderr, french.stderr


def test_history_writes_the_root_page_anew_when_an_earlier_generator_wrote_another(project, tmp_path):
    """A site an earlier generator published keeps that one's root page (titled "Redirect"): verify names it, and
    says `policy history` rebuilds such pages, but history and --archive-only left it for ever (history hunt 27)."""
    written = project.show("index.html")

    def edit(checkout: Path) -> None:
        (checkout / "index.html").write_text(written.replace("<title>", "<title>Redirect</title><!--", 1)
                                             .replace("</title>", "-->", 1), encoding="utf-8")

    edit_pages(project, tmp_path, edit)
    result = project.run("verify")
    assert result.returncode == 1 and "index.html: is not the redirect publishing writes" in result.stdout
    assert project.run("history", "--archive-only").returncode == 0
    assert project.show("index.html") == written
    assert project.run("verify").returncode == 0


def test_a_failure_building_the_shared_pages_leaves_the_branch_as_it_was(project, monkeypatch):
    before = project.branch()
    project.commit(V2, fr="Deuxième texte.", en="Second text.")

    def failing(*args, **kwargs):
        raise publish.PublishError("the fr history, compare and feed pages could not be built: injected")

    monkeypatch.setattr(publish, "build_archive", failing)
    with pytest.raises(publish.PublishError, match="injected"):
        project.publish()
    with pytest.raises(publish.PublishError, match="injected"):
        project.history()
    assert project.branch() == before
    assert git(project.root, "for-each-ref", "refs/policysite") == ""


def test_rebuilding_gives_the_same_shared_pages(project):
    project.commit(V2, fr="Deuxième texte.", en="Second text.")
    project.publish()
    trees = {path: project.tree(path) for path in ("fr/history", "en/compare", "fr/assets")}
    feeds = {lang: blob(project, f"{lang}/feed.xml") for lang in ("fr", "en")}
    project.history(rebuild=True, jobs=1)
    assert {path: project.tree(path) for path in trees} == trees
    assert {lang: blob(project, f"{lang}/feed.xml") for lang in ("fr", "en")} == feeds


# --- the compare page's script, run by Node on the published data ----------------------------

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_compare_engine_finds_what_the_redline_found_between_neighbours(site, tmp_path):
    """The compare page's engine, on the policy.json files as published, against each changes page's record."""
    script = site.root / "overrides" / "assets" / "javascripts" / "redline.js"
    for lang in ("fr", "en"):
        for old, new in ((V1, V2), (V2, V3)):
            a, b = tmp_path / "a.json", tmp_path / "b.json"
            a.write_bytes(blob(site, f"{lang}/{old}/policy.json"))
            b.write_bytes(blob(site, f"{lang}/{new}/policy.json"))
            code = (f"const e = require({json.dumps(str(script))}); const fs = require('fs');"
                    f"const r = e.toJson(e.diff(JSON.parse(fs.readFileSync({json.dumps(str(a))}, 'utf8')),"
                    f" JSON.parse(fs.readFileSync({json.dumps(str(b))}, 'utf8'))));"
                    "console.log(JSON.stringify({counts: r.summary.counts,"
                    " shown: r.sections.map(x => [x.kind, x.old_number, x.new_number])}));")
            result = subprocess.run([NODE, "-e", code], capture_output=True, text=True, check=True)
            found = json.loads(result.stdout)
            recorded = mf.VersionManifest.loads(site.show(f"manifest/{new}.json")).languages[lang].changes
            assert found["counts"] == recorded["counts"], (lang, old, new)
            assert found["shown"] == [[s["kind"], s["old"], s["new"]] for s in recorded["sections"]]


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_compare_engine_word_ops_rebuild_both_texts_and_match_the_redline_on_simple_edits(tmp_path):
    from helpers import ROOT
    from policysite import redline

    pairs = [("Nous traitons vos données avec soin.", "Nous traitons vos données avec le plus grand soin."),
             ("a b c d e", "a x c d e f"), ("same  words\nhere", "same words here"), ("", "new text"),
             ("old text", ""), ("l’accès aux « données »", "l’accès à vos « données » personnelles")]
    script = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"
    code = (f"const e = require({json.dumps(str(script))});"
            f"console.log(JSON.stringify({json.dumps(pairs)}.map(p => e.wordOps(p[0], p[1]))));")
    ops = json.loads(subprocess.run([NODE, "-e", code], capture_output=True, text=True, check=True).stdout)
    for (old, new), found in zip(pairs, ops):
        assert redline.apply(old, [tuple(op) for op in found]) == new
        assert "".join(text for tag, text in found if tag != "insert").split() == old.split()
        assert found == [list(op) for op in redline.word_ops(old, new)], (old, new)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_languages_root_sends_readers_on_to_the_text_in_force(site, lang):
    """History hunt 13, f_low_language_root_404: `…/fr/`, the address a reader trims a version's to, was the host's
    404 page, and so was the 404 page's own logo link."""
    page = blob(site, f"{lang}/index.html").decode("utf-8")
    assert f'<html lang="{lang}" dir="ltr">' in page and '<meta http-equiv="refresh" content="0; url=latest/">' in page
    assert f'<a href="latest/" hreflang="{lang}" lang="{lang}" dir="ltr">' in page
    assert blob(site, "index.html").decode("utf-8").count('url=fr/latest/"') == 1  # the site's root, as before
