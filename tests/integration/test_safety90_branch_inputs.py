"""safety90: what safety88 left said wrong or unsaid at `policy publish`.

A hand-added robots.txt at gh-pages' root (a site in a folder of its host, which publishing writes none for; or a
company's own rules beside the sitemap's line) was removed or replaced by the next publication without a word. A
versions.json edited by hand so that it names no published version in force (`"version": 5`) was put back, as it
should be, but versions-recent.json was said "edited by hand" too, in the real publication commit that wrote it. A
theme.custom_dir outside the project named the inheriting file alone at publish (`mkdocs.en.yml: theme.custom_dir
'/etc' is outside the project`), where check and build name mkdocs.yml's line."""
from __future__ import annotations

import json

import pytest

from policy_repo import commit_on_branch, copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture
def project(tmp_path_factory, tmp_path):
    return copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")


@pytest.mark.parametrize("robots", [
    "User-agent: *\nAllow: /\nSitemap: https://evil.example/s.xml\n",
    "User-agent: *\nDisallow: /private/\n",
    "Sitemap: https://www.example.com/sitemap.xml\nDisallow: /\n",
])
def test_a_robots_txt_added_by_hand_is_not_removed_without_a_word(project, robots):
    commit_on_branch(project, {"robots.txt": robots})
    before = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in said, said
    assert "error: robots.txt (not as publishing writes it: a company's own rules" in said, said
    assert project.branch() == before and project.show("robots.txt") == robots


def test_a_robots_txt_publishing_wrote_for_a_former_address_is_removed(project):
    """The site moved into a folder of its host: the robots.txt an earlier publication wrote at the host's root (its
    sitemap's line alone) is publishing's own, removed as before."""
    commit_on_branch(project, {"robots.txt": "Sitemap: https://www.example.com/sitemap.xml\n"},
                     subject="Publish 2021-02-17 (fr, en) from 1234567")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "robots.txt" not in project.files()


@pytest.mark.parametrize("entries", [
    lambda listed: [{"version": 5, "title": None, "aliases": "latest"}],
    lambda listed: [dict(listed[0], version=f"../{listed[0]['version']}")],
])
def test_a_versions_json_edited_by_hand_is_put_back_naming_its_own_edit_alone(project, entries):
    listed = json.loads(project.show("en/versions.json"))
    edit = commit_on_branch(project, {"en/versions.json": json.dumps(entries(listed))}, subject="edit by hand")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 0, said
    assert f"en/versions.json: edited on gh-pages by hand (commit {edit[:7]} “edit by hand”)" in said, said
    assert "versions-recent.json" not in said, said


def test_a_theme_folder_outside_the_project_is_refused_at_its_line(project):
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("custom_dir: overrides", "custom_dir: /etc", 1), encoding="utf-8")
    line = next(n for n, row in enumerate(config.read_text(encoding="utf-8").splitlines(), 1) if "custom_dir" in row)
    before = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 1 and f"error: mkdocs.yml:{line}: theme.custom_dir '/etc' is outside the project" \
        in said, said
    assert project.branch() == before
