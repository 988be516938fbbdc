"""servedpages: every page a commit of the branch serves goes through the output check once a machine, kept by its git
blob id (safety hunt 50), on a temporary project's repository."""
from __future__ import annotations

import subprocess

import pytest

from policy_repo import new_project
from policysite import git, servedpages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity")

PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'\"><title>Historique</title></head><body><p>Version {n}</p>{extra}</body></html>")


def _blob(root, text: str) -> str:
    return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode().strip()


def test_a_page_is_read_once_a_machine_and_a_cold_one_says_it_reads_many(tmp_path, monkeypatch, capsys):
    """A cold machine reads every page of the tree through the output check and says so when they are many; a page
    with a script is named whatever else the tree holds; the next command (a new process: the kept pages on disk)
    reads none of the pages that passed, and says nothing, and reads the refused one again."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    count = servedpages.MANY + 1
    listing = {f"fr/history/p{n}.html": ("100644", _blob(project.root, PAGE.format(n=n, extra="")))
               for n in range(count)}
    listing["fr/history/bad.html"] = ("100644", _blob(project.root, PAGE.format(n="x", extra="<script>x()</script>")))
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
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               "<url><loc>https://example.test/en/2021-02-17/</loc></url></urlset>\n")
    listing = {"en/2021-02-17/sitemap.xml": ("100644", _blob(project.root, sitemap)),
               "en/2021-02-17/evil.xml": ("100644", _blob(project.root, xml))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
        assert len(found) == 1 and found[0].startswith("en/2021-02-17/evil.xml: refused: an XML file holding “"), found
        assert servedpages.unsafe(site, {"en/2021-02-17/sitemap.xml": listing["en/2021-02-17/sitemap.xml"]}) == []
        kept = servedpages.passcache.blobs_passed(site.passed, text=False, scripts=servedpages._XML_RULES)
        assert kept == {listing["en/2021-02-17/sitemap.xml"][1]}
