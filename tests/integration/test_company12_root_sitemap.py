"""company12: a language's `sitemap.xml` (leads45) was named by nothing at the site's root, where a search engine looks:
no sitemap index, no robots.txt. Publishing writes `sitemap.xml` at the root, a sitemap index naming each published
language's sitemap by absolute address (the sitemaps protocol), and `robots.txt` naming it where the site is at its
host's root (read there only). Both are root files as index.html is: written by publish and history, kept by the next
publication and `history --rebuild`, accounted for by verify and the carried-file check, judged by the gate."""
from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from policy_repo import Project, commit_on_branch, copy_of, made_once, publish_two
from policysite import rootfiles, settings as policy_settings

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process

ROOTED = "https://policies.example.test/"
INDEX = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _rooted_two(project: Project, _folder: Path) -> None:
    """publish_two on a site whose public_url is its host's root."""
    project.commit("2021-02-17")
    config = project.root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^(    public_url: ).*$", rf"\g<1>{ROOTED}", config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    project.commit_all("the site at its host's root")
    project.publish()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    project.publish()


@pytest.fixture(scope="module")
def in_folder(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, publish_two)


@pytest.fixture(scope="module")
def rooted(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _rooted_two)


def _named(project: Project, rev: str = "gh-pages") -> list[str]:
    tree = ElementTree.fromstring(project.show("sitemap.xml", rev))
    assert tree.tag == f"{INDEX}sitemapindex"
    return [loc.text or "" for loc in tree.iter(f"{INDEX}loc")]


def _root_files(project: Project, rev: str = "gh-pages") -> dict[str, str]:
    return {name: project.show(name, rev) for name in rootfiles.NAMES if name in project.files(rev)}


def test_the_root_sitemap_index_names_each_language_s_sitemap_by_its_absolute_address(in_folder, rooted):
    for project in (in_folder, rooted):
        public_url = policy_settings.load(project.root).public_url
        assert _named(project) == [f"{public_url}fr/sitemap.xml", f"{public_url}en/sitemap.xml"]
        for lang in ("fr", "en"):  # each one named is there, a urlset listing the language's text in force
            assert f"<loc>{public_url}{lang}/latest/</loc>" in project.show(f"{lang}/sitemap.xml")
        # the first publication wrote them already, the second kept them (no carried-file refusal)
        assert _named(project, "gh-pages~1") == _named(project)


def test_robots_txt_names_the_index_only_where_the_site_is_at_its_host_s_root(in_folder, rooted):
    assert rooted.show("robots.txt") == f"Sitemap: {ROOTED}sitemap.xml\n"
    assert "robots.txt" not in in_folder.files()  # a folder's robots.txt is read by no crawler


@pytest.mark.parametrize("which", ["in_folder", "rooted"])
def test_verify_accepts_them_and_history_rebuild_keeps_them(which, request, tmp_path):
    project = copy_of(request.getfixturevalue(which), tmp_path / "project")
    result = project.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr
    before = _root_files(project)
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _root_files(project) == before
    result = project.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_site_published_before_them_gets_them_from_the_next_command_and_verify_names_a_hand_edit(rooted, tmp_path):
    project = copy_of(rooted, tmp_path / "project")
    before = _root_files(project)
    commit_on_branch(project, {"sitemap.xml": None, "robots.txt": None}, subject="as an older generator left it")
    assert project.run("history").returncode == 0
    assert _root_files(project) == before
    commit_on_branch(project, {"robots.txt": "User-agent: *\nDisallow: /\n"})
    result = project.run("verify")
    assert result.returncode != 0
    assert "robots.txt" in result.stdout + result.stderr


def test_a_site_moved_into_a_folder_of_a_host_no_longer_writes_robots_txt(rooted, tmp_path):
    project = copy_of(rooted, tmp_path / "project")
    config = project.root / "mkdocs.yml"
    moved = "https://privacy.example.test/policy/"
    # (the move stated, the former address kept: safety75)
    config.write_text(re.sub(r"(?m)^(    public_url: )(.*)$", rf"\g<1>{moved}\n    former_urls: [\g<2>]",
                             config.read_text(encoding="utf-8")), encoding="utf-8")
    project.commit_all("the site in a folder of its host")
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "robots.txt" not in project.files()  # a host's root is no longer the site's to write
    assert _named(project) == [f"{moved}fr/sitemap.xml", f"{moved}en/sitemap.xml"]
    result = project.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr
