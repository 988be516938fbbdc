"""verify on histories real teams have (session 54, histories27): a version to publish while `policy history` refuses
the current commit's text before reading any version. Synthetic texts of a fictional company, in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_of, history_two, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _moved(project) -> None:
    """The docs folder renamed legal/ by a commit that left the configuration reading docs/."""
    git(project.root, "mv", "docs", "legal")
    project.commit_all("Move the texts to legal/")


def _undated(project) -> None:
    """The French page's `date:` removed by a commit (its text otherwise the version's)."""
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2023-01-01\n", "title: Politique\n"),
                    encoding="utf-8")
    project.commit_all("Front matter tidied")


@pytest.mark.parametrize("head", [_moved, _undated])
def test_verify_names_the_refusal_of_the_current_commit_s_text_not_publish_it(tmp_path_factory, tmp_path, head):
    """2023-01-01 committed after two published versions, then the docs folder renamed without the configuration (or
    the page's date removed): `policy history` refuses the current commit's text before any version, while verify said
    of 2023-01-01 "publish it (`policy history`)". It says `policy history` refuses the current commit's text and to
    run it to see why; put back, verify says to publish it, and publishing does."""
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    head(project)
    refused = project.run("history", "--messages", "en")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused
    checked = project.run("verify", "--messages", "en")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked
    lines = [line for line in checked.stdout.splitlines() if line and not line.startswith("note: ")]
    commit = git(project.root, "rev-parse", "HEAD~1").strip()
    assert lines[0] == (f"2023-01-01 (commit {commit[:7]}): a dated version of the history, in force since its date "
                        "by it, is not on gh-pages: `policy history` publishes no version while it refuses the current "
                        "commit's text (run it: it says why)"), lines
    assert len(lines) == 1 and "publish it" not in checked.stdout, lines
    french = project.run("verify", "--messages", "fr")
    assert "tant qu'il refuse le texte du commit courant (lancez-le\u00a0: il dit pourquoi)" in french.stdout, french
    git(project.root, "revert", "--no-edit", "HEAD", date="2024-02-01T12:00:00+00:00")
    again = project.run("verify", "--messages", "en")
    assert again.returncode == 1 and "2023-01-01" in again.stdout and "publish it (`policy history`)" in \
        again.stdout, again
    published = project.run("history", "--messages", "en")
    assert published.returncode == 0 and "2023-01-01" in published.stdout, published
