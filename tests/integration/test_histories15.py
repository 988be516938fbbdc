"""main rewritten under a published archive (session 44, histories15): a version's commit reset away (a reset, or a
reset to a force-pushed origin) is said as what happened, by `policy history` and `policy verify`, the archive kept
as published; it was "a preview of another branch" to verify and nothing to history. Synthetic texts in a temporary
repository, fixed identity and dates. And `policy import --git` of an old site's pull request merged by rebase: the
text it landed, not its draft steps."""
from __future__ import annotations

import pytest

from helpers import git
from integration.test_import_git import imported, new_site, old_site, page
from policy_repo import new_project
from policysite import cli

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def test_a_published_version_reset_away_from_main_is_said_and_kept(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    gone = project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    assert project.run("history").returncode == 0
    git(project.root, "reset", "-q", "--hard", "HEAD~1")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")

    said = f"2022-01-01: published from {gone[:7]}, a text this branch held (at {gone[:7]}, a former tip this " \
        "clone's reflog records) until it was rewritten (a reset, or a force-push fetched): the archive keeps the " \
        "version as published, though the branch's history no longer shows its text"
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"warning: {said}" in result.stderr, result.stderr
    assert "Texte deux." in project.show("fr/2022-01-01/index.html")
    verified = project.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"note: {said}" in verified.stderr, verified.stderr
    assert "never held" not in verified.stdout + verified.stderr


def test_a_version_published_from_another_branch_is_still_no_text_of_this_one(tmp_path):
    """The reflog read is HEAD's branch's own: a draft published from a pull request's branch, whose reflog holds it,
    stays a preview to verify on main."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "pr")
    project.commit("2022-01-01", fr="Brouillon.", en="Draft.")
    assert project.run("history").returncode == 0
    git(project.root, "checkout", "-q", "main")

    verified = project.run("verify")
    assert verified.returncode == 1, verified.stdout + verified.stderr
    assert "2022-01-01: built from a text this branch never held" in verified.stdout + verified.stderr
    assert "a former tip" not in verified.stdout + verified.stderr


def test_an_old_sites_pull_request_merged_by_rebase_is_imported_as_the_text_it_landed(tmp_path, capsys, initialized):
    """`policy import --git`: the old site's pull request, dated March 1 then March 5 in review, merged by rebase on
    2024-03-10: the old site deployed the last text; its draft was imported, in force from 2024-03-01."""
    old = old_site(tmp_path / "old", [("2024-01-10T10:00:00+00:00", "January 10, 2024", "One.")])
    git(old, "checkout", "-q", "-b", "pr")
    for when, updated, words in (("2024-02-20T10:00:00+00:00", "March 1, 2024", "Draft."),
                                 ("2024-02-28T10:00:00+00:00", "March 5, 2024", "Final.")):
        (old / "privacy.md").write_text(page(updated, words), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", words, date=when)
    git(old, "checkout", "-q", "main")
    (old / "app.txt").write_text("app\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "app", date="2024-03-02T10:00:00+00:00")
    git(old, "checkout", "-q", "pr")
    git(old, "rebase", "-q", "main", date="2024-03-10T10:00:00+00:00")
    git(old, "checkout", "-q", "main")
    git(old, "merge", "-q", "--ff-only", "pr")
    final, draft = git(old, "rev-list", "-n", "2", "--abbrev-commit", "HEAD").split()

    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2024-01-10", "One."), ("2024-03-05", "Final.")]
    assert f"privacy.md at {draft} (committed March 10, 2024): a draft of the text of {final}: their commits reached the " \
        "branch at once on March 10, 2024 (a pull request rebased, or merged by rebase), so the old site never showed it" \
        in out, out
