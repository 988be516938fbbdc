"""A rebuild writes its versions' builds in memory where the machine has a tmpfs with room (scratch.py): their
files' system calls on a disk were a sixth of its CPU; the branch it writes is the same."""
from __future__ import annotations

from policy_repo import new_project
from policysite import building


def test_history_builds_its_versions_in_the_memory_folder_and_leaves_nothing_there(tmp_path, monkeypatch,
                                                                                   nothing_chosen):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.commit("2021-03-01", fr="Nous traitons vos données avec grand soin.",
                   en="We process your data with great care.")
    memory = nothing_chosen
    built_in = []
    build_version = building.build_version

    def spied(*args, out, **kwargs):
        built_in.append(out)
        return build_version(*args, out=out, **kwargs)
    monkeypatch.setattr(building, "build_version", spied)

    outcome = project.history(jobs=1)

    assert outcome.published == ["2021-02-17", "2021-03-01"]
    assert len(built_in) == 2 and all(memory in out.parents for out in built_in)
    assert list(memory.iterdir()) == []  # every folder removed
    assert "fr/2021-03-01/index.html" in project.files()
