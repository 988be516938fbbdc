"""versions.json edited by hand on gh-pages (its `latest` alias moved to an older version, a version's entry taken
out): the list edited is named where it is written again, and versions-recent.json, left as published, is not said
edited by hand, naming the publication that wrote it (histories31)."""
from __future__ import annotations

import json

import pytest

from policy_repo import commit_on_branch, copy_of, history_two, made_once
from policysite import verify, writing

pytestmark = pytest.mark.usefixtures("no_identity")


def moved_alias(listed: list[dict]) -> list[dict]:
    return [{**entry, "aliases": ["latest"] if entry["version"] == "2021-02-17" else []} for entry in listed]


def version_removed(listed: list[dict]) -> list[dict]:
    return [entry for entry in listed if entry["version"] != "2021-02-17"]


@pytest.mark.parametrize("edit", [moved_alias, version_removed])
def test_only_the_list_edited_by_hand_is_said_edited(tmp_path_factory, tmp_path, edit):
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    listed = json.loads(project.show("fr/versions.json"))
    recent = project.show("fr/versions-recent.json")
    edited = commit_on_branch(project, {"fr/versions.json": json.dumps(edit(listed))}, "Menu by hand")
    assert {str(p).removeprefix("gh-pages: ").split(":")[0] for p in verify.verify(root=project.root).problems} == {
        "fr/versions.json"}
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    published = project.publish()
    assert published.published == ["2023-01-01"]
    said = [str(line) for line in published.warnings if getattr(line, "key", "") == "publish.listing-put-back"]
    assert said == [f"fr/versions.json: edited on gh-pages by hand (commit {edited[:7]} “Menu by hand”): not the list "
                    "of versions publishing writes from the publication records, which the version menu reads; written "
                    "again as publishing writes it (`git log gh-pages -- fr/versions.json` shows that edit)"], \
        published.warnings
    assert [entry["version"] for entry in json.loads(project.show("fr/versions.json"))] == [
        "2023-01-01", "2022-03-01", "2021-02-17"]
    assert project.show("fr/versions-recent.json") != recent  # (written anew with the new version, as publishing does)


def test_export_names_the_list_edited_alone(tmp_path_factory, tmp_path):
    """`policy export`'s reading of the branch's lists (listings_edited) names versions.json alone."""
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    listed = json.loads(project.show("fr/versions.json"))
    commit_on_branch(project, {"fr/versions.json": json.dumps(moved_alias(listed))}, "Menu by hand")
    from policysite import branch, git
    from policysite.project import opened

    with opened(project.root) as loaded:
        state = branch.read_branch(loaded.repo, branch="gh-pages", remote=None)
        listing = git.list_files(loaded.repo, "gh-pages")
        assert [line.split(":")[0] for line in writing.listings_edited(loaded, listing, state.manifests)] == \
            ["fr/versions.json"]
