"""Session 44, perf3 (issue 16): the versions of one theme build share one theme folder a language whatever their text
holds. The build trimmed its stylesheets to the classes its pages held (stylesheet.trim): a second version bringing a
table, a list four levels deep and, against the first, a changes page (a redline's added blocks, its numbered items)
kept rules the first had dropped, and an archive of two versions served four theme folders where two are the rule.
The trimming now keeps every class the build can write (written.of_build)."""
from __future__ import annotations

import re

import pytest

from policy_repo import Project, new_project
from policysite import export_site

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process
V1, V2 = "2021-02-17", "2022-03-01"
TABLE_FR = ("Un tableau :\n\n| Donnée | Durée |\n|---|---|\n| Nom | 1 an |\n\n"
            "- un\n    - deux\n        - trois\n            - quatre\n\n1. premier\n2. second\n")
TABLE_EN = ("A table:\n\n| Data | Period |\n|---|---|\n| Name | 1 year |\n\n"
            "- one\n    - two\n        - three\n            - four\n\n1. first\n2. second\n")


def linked(html: str) -> set[str]:
    """The shared folders a page links."""
    return set(re.findall(r'(?:href|src)="(?:\.\./)+assets/([0-9a-f]{16})/', html))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("perf3") / "site")
    project.commit(V1)
    project.commit(V2, fr=TABLE_FR, en=TABLE_EN)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Project, "in_process", True)  # its commands are not about the process
        assert project.run("history", "-j", "1").returncode == 0
    return project


def test_two_versions_whose_pages_hold_other_classes_share_one_theme_folder_a_language(site):
    changes = site.show(f"fr/{V2}/changes/index.html")
    assert "redline-block" in changes and "<table>" in site.show(f"fr/{V2}/index.html")  # (what the first lacks)
    assert "<table>" not in site.show(f"fr/{V1}/index.html")
    for lang in ("fr", "en"):
        first, second = linked(site.show(f"{lang}/{V1}/index.html")), linked(site.show(f"{lang}/{V2}/index.html"))
        assert len(first) == 1 and first == second == linked(site.show(f"{lang}/{V2}/changes/index.html")), lang
    digests = {f.split("/")[1] for f in site.files() if f.startswith("assets/")}
    assert len(digests) == 2, digests


def test_both_versions_find_their_theme_files_and_verify_passes(site, tmp_path):
    public = export_site.export(root=site.root, branch="gh-pages", site_dir=tmp_path / "public")
    for lang in ("fr", "en"):
        for page in (f"{lang}/{V1}/index.html", f"{lang}/{V2}/index.html", f"{lang}/{V2}/changes/index.html"):
            path = public / page
            urls = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css))"', path.read_text("utf-8"))
            assert urls and all((path.parent / url).resolve().is_file() for url in urls), (page, urls)
    # the second version's changes page is styled: its redline's rules are in the shared stylesheet
    folder = linked((public / f"fr/{V1}/index.html").read_text("utf-8")).pop()
    redline = (public / "assets" / folder / "stylesheets" / "redline.css").read_text("utf-8")
    assert ".redline-block-added" in redline and ".redline-item" in redline
    verified = site.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_version_serves_its_sitemap_once_not_again_deflated(site):
    """MkDocs writes sitemap.xml.gz beside sitemap.xml, the same locations deflated: Material's version selector reads
    the .xml, no robots.txt nor sitemap index names a version's .gz (0.5 KB gzip a version nobody read)."""
    files = set(site.files())
    for lang in ("fr", "en"):
        for version in (V1, V2):
            assert f"{lang}/{version}/sitemap.xml" in files and f"{lang}/{version}/sitemap.xml.gz" not in files
    for version in (V1, V2):  # (nor does its manifest account for one)
        manifest = site.show(f"manifest/{version}.json")
        assert "sitemap.xml" in manifest and "sitemap.xml.gz" not in manifest
