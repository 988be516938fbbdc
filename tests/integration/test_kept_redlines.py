"""A version's redline as a Word document is rendered once per repository, not once per command: a rebuild (or
`policy verify`) reads back the .docx the git folder keeps for the same two texts, and publishes the same bytes."""
from __future__ import annotations

import datetime as dt
import subprocess

from helpers import git
from policy_repo import new_project
from policysite import archive, clock
from policysite.redline import docx as redline_docx


def test_a_rebuild_in_a_new_process_reads_the_redlines_kept_and_publishes_the_same_tree(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Nous traitons vos données avec un soin extrême.",
                   en="We process your data with the utmost care.")
    assert project.history().published == ["2024-01-15", "2024-02-01"]
    kept = project.root / ".git" / "policysite" / "redlines"
    published = {subprocess.run(["git", "show", f"gh-pages:{lang}/2024-02-01/changes/redline-{lang}-2024-01-15-2024-02-01"
                                 ".docx"], cwd=project.root, check=True, capture_output=True).stdout
                 for lang in ("fr", "en")}
    assert {path.read_bytes()[32:] for path in kept.iterdir()} == published  # one a language
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    archive._changes.cache_clear()  # as a new process
    rendered: list[str] = []
    real = redline_docx._rendered
    monkeypatch.setattr(redline_docx, "_rendered", lambda r, **k: rendered.append(k["lang"]) or real(r, **k))
    assert project.history(rebuild=True, jobs=1).published == ["2024-01-15", "2024-02-01"]
    assert rendered == [] and git(project.root, "rev-parse", "gh-pages^{tree}") == tree
    # nothing kept (another machine, a cache dropped): rendered again, the same bytes
    for path in kept.iterdir():
        path.unlink()
    assert project.history(rebuild=True, jobs=1).published == ["2024-01-15", "2024-02-01"]
    assert sorted(rendered) == ["en", "fr"] and git(project.root, "rev-parse", "gh-pages^{tree}") == tree
