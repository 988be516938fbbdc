"""Leads46: the changes pages published before their section labels were marked (reader20's span.redline-label, which
policy.js's version selector leaves out of a section's title) take the new markup at `policy history --rebuild`."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import archive, clock
from policysite.redline import render

CHANGES = "en/2024-02-01/changes/index.html"


def test_a_rebuild_writes_the_changes_pages_published_before_with_the_section_labels_marked(tmp_path, monkeypatch):
    """reader20 left the changes pages already published as they were: `--rebuild` renders every version's changes
    page with today's partial, the label in its span, and says which versions it rebuilt."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    project = new_project(tmp_path / "project")
    real = render.heading_parts
    monkeypatch.setattr(render, "heading_parts", lambda section, t: ("", "".join(real(section, t))))  # as before
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Nous traitons vos données avec un soin extrême.",
                   en="We process your data with the utmost care.")
    assert project.history().published == ["2024-01-15", "2024-02-01"]
    assert "redline-label" not in project.show(CHANGES)
    monkeypatch.setattr(render, "heading_parts", real)  # reader20's
    archive._changes.cache_clear()  # (as a new process)
    outcome = project.history(rebuild=True, jobs=1)
    assert outcome.published == ["2024-01-15", "2024-02-01"]
    assert 'class="redline-label"' in project.show(CHANGES)
    assert any("rebuilt 2 dated versions on gh-pages: 2024-01-15, 2024-02-01" in str(line)
               for line in outcome.messages), outcome.messages
