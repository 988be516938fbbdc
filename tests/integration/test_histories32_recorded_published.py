"""unpublished.yml recording the commit of a version already published (a team "withdrawing" it): `policy history`
refused "a published version stays; remove the entry", while `policy publish` said "2021-02-17: not published: the
text of the current commit is that of …, which unpublished.yml records as never published; revert it", of a version
the archive holds, as if it were not published and a revert would do (histories32). Both now say the same; a commit
recorded that was never published is still refused as before. gh-pages is left as it was."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _record(project: Project, commit: str, reason: str) -> None:
    (project.root / "unpublished.yml").write_text(f"- commit: {commit[:10]}\n  reason: {reason}\n", encoding="utf-8")
    project.commit_all("record a commit as never published")


def test_publish_says_a_published_version_stays_as_history_says_it(tmp_path):
    project = new_project(tmp_path / "project")
    first = project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    tip = project.branch()
    _record(project, first, "withdrawn after publication")
    for argv in (["publish"], ["history"]):
        done = project.run(*argv, "--messages", "en")
        said = done.stdout + done.stderr
        assert done.returncode == 1, said
        assert said.startswith(f"error: unpublished.yml records {first[:7]} as never published, but it is the "
                               "published version 2021-02-17: a published version stays; remove the entry."), said
        assert "revert" not in said and "Traceback" not in said, said
    done = project.run("publish", "--messages", "fr")
    assert done.returncode == 1 and "une version publiée demeure" in done.stdout + done.stderr, done.stderr
    assert project.branch() == tip and git(project.root, "status", "--porcelain").strip() == ""


def test_a_recorded_commit_never_published_is_still_refused_as_such(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    second = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    _record(project, second, "withdrawn before publication")
    done = project.run("publish", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode == 1 and said.startswith(
        f"error: 2022-03-01: not published: the text of the current commit (HEAD) is that of {second[:7]}"), said
