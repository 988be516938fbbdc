"""A page removed between two versions (session 43, histories14): said by the `policy history` that publishes the
version after it, and by no run after that one. A temporary repository, fixed identity and dates."""
from __future__ import annotations

from policy_repo import new_project


def test_a_removal_between_versions_is_said_by_the_run_publishing_the_next_and_never_again(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    assert project.history().published == ["2021-02-17"]
    for lang in ("fr", "en"):
        (project.root / "docs" / lang / "index.md").unlink()
    removed = project.commit_all("the policy removed")
    said = f"{removed[:7]}: docs/fr/index.md removed, so it is no version: the site keeps the version before it in " \
        "force until the next"
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    outcome = project.history()
    assert outcome.published == ["2022-03-01"] and said in [str(w) for w in outcome.warnings]
    outcome = project.history()
    assert outcome.published == [] and said not in [str(w) for w in outcome.warnings], outcome.warnings
