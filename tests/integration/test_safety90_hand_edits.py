"""safety90: gh-pages edited by hand between two publications. A version's file changed, added or removed, its
folder renamed, its PDF replaced, or its page changed with the manifest edited to match: `policy verify` names each
file and `policy publish` refuses, saying which file and what to do (tests of earlier hunts hold these). An archive
page (a language's history page) edited by hand was replaced by the next publication without a word, where a
`latest/` page or a versions.json so edited is said put back: it is now said too, naming the hand commit."""
from __future__ import annotations

import pytest

from policy_repo import commit_on_branch, copy_of, made_once, publish_first
from policysite.branch import archive_on_branch

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture
def project(tmp_path_factory, tmp_path):
    return copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")


def _history_page(project) -> str:
    listing = {path: ("100644", "") for path in project.files()}
    pages = sorted(archive_on_branch(listing, "en"))
    return next(f"en/{rel}" for rel in pages if rel.endswith(".html") and "history" in rel)


def test_an_archive_page_edited_by_hand_is_said_put_back(project):
    page = _history_page(project)
    edit = commit_on_branch(project, {page: project.show(page).replace("</body>", "<p>x</p></body>")}, "tamper")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 0, said
    assert f"{page}: edited on gh-pages by hand (commit {edit[:7]} “tamper”): an archive page publishing writes" \
        in said, said
    assert "<p>x</p>" not in project.show(page)
    checked = project.run("verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_publication_after_publishings_own_commits_says_no_archive_page_put_back(project):
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 0 and "an archive page publishing writes" not in said, said
    commit_on_branch(project, {"en/latest/index.html": project.show("en/latest/index.html") + "\n"}, "tamper")
    project.commit("2023-03-01", fr="Texte trois.", en="Text three.")
    result = project.run("publish")
    said = result.stdout + result.stderr
    assert result.returncode == 0 and "an archive page publishing writes" not in said, said
    assert "en/latest/index.html" in said, said  # (latest/ said put back, as before)
