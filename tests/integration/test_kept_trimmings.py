"""The theme's stylesheets are read once per repository, not once per command: their trimmings are kept in the git
folder, and a later command publishes the same bytes without reading them again (stylesheet.trim)."""
from __future__ import annotations

import datetime as dt

from helpers import git
from policy_repo import new_project
from policysite import clock, stylesheet


def test_a_rebuild_in_a_new_process_trims_the_stylesheets_as_kept_and_publishes_the_same_tree(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    assert project.history().published == ["2024-01-15"]
    kept = project.root / ".git" / "policysite" / "stylesheets"
    assert len(list(kept.iterdir())) >= 2  # what each stylesheet requires, and each trimming
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    for cached in (stylesheet._named_kept, stylesheet._trim_kept, stylesheet._named, stylesheet._trim,
                   stylesheet._parsed, stylesheet._plan):
        cached.cache_clear()  # as a new process
    read: list[int] = []
    real = stylesheet.tinycss2.parse_stylesheet
    monkeypatch.setattr(stylesheet.tinycss2, "parse_stylesheet", lambda *a, **k: read.append(1) or real(*a, **k))
    assert project.history(rebuild=True).published == ["2024-01-15"]
    assert read == [] and git(project.root, "rev-parse", "gh-pages^{tree}") == tree
