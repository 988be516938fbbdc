"""Histories of other shapes (session 44, histories15): criss-cross merges, an octopus merge taking a branch's text, a
shallow clone whose newest commit is a merge, commits whose clocks disagree (committed before they were written, or in
the future): each text the branch held is dated as its front matter says, nothing else. Synthetic texts in temporary
repositories, fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git, policy_process
from policy_repo import Project, new_project
from policysite import history as hist
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _note(project: Project, name: str) -> None:
    (project.root / f"{name}.txt").write_text(f"{name}\n", encoding="utf-8")
    project.commit_all(name)


def test_criss_cross_merges_date_each_text_main_took_once(tmp_path):
    """Branch b merges main, main merges b's older commit, then b's newer one: two merge bases. Main took 2021-02-01
    from the first merge and 2021-03-01 from the second: each a version at the merge that took it, no draft, no text
    waiting for the team."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "b")
    project.commit("2021-02-01", fr="Texte B.", en="Text B.")
    git(project.root, "checkout", "-q", "main")
    _note(project, "notes")
    git(project.root, "checkout", "-q", "b")
    git(project.root, "merge", "-q", "--no-ff", "main", "-m", "main into b")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "b~1", "-m", "b's first text into main")
    first = git(project.root, "rev-parse", "HEAD").strip()
    git(project.root, "checkout", "-q", "b")
    project.commit("2021-03-01", fr="Texte B2.", en="Text B2.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "b", "-m", "b into main")
    second = git(project.root, "rev-parse", "HEAD").strip()

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2021-02-01", first), ("2021-03-01", second)]
    assert found.merged == [] and found.warnings == [] and found.left_out == [] and found.backdated == []


def test_an_octopus_merge_taking_one_branchs_text_dates_it_at_the_merge(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    for name in ("one", "two"):
        git(project.root, "checkout", "-q", "-b", name, "main")
        _note(project, name)
    git(project.root, "checkout", "-q", "-b", "text", "main")
    project.commit("2021-02-01", fr="Texte de l'octopus.", en="The octopus's text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "one", "two", "text", "-m", "octopus")
    octopus = git(project.root, "rev-parse", "HEAD").strip()

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2021-02-01", octopus)]
    assert found.merged == [] and found.warnings == [] and found.left_out == []


def test_a_shallow_clone_whose_newest_commit_is_a_merge_is_refused_with_an_error_line(tmp_path):
    """`git clone --depth 1` of a main ending with a pull request's merge (CI's checkout): the merge's parents are not
    in the clone. A first publication needs the whole history: said in one `error:` line, nothing written."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "pr")
    project.commit("2021-03-01", fr="Texte deux.", en="Text two.")
    git(project.root, "checkout", "-q", "main")
    _note(project, "app")
    git(project.root, "merge", "-q", "--no-ff", "pr", "-m", "merge pr")
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project.root}", str(clone.root))

    found = _found(clone)
    assert [v.version for v in found.versions] == ["2021-03-01"] and found.merged == [] and found.left_out == []
    result = policy_process(["--root", str(clone.root), "history"])
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("error: nothing published: "), result.stderr
    assert "git fetch --unshallow" in result.stderr and "Traceback" not in result.stderr
    assert clone.branch() is None


@pytest.mark.parametrize("clock", ["committed before written", "committed in the future"])
def test_commits_whose_clocks_disagree_are_dated_by_their_text(tmp_path, clock):
    """A commit made on a machine whose clock was wrong: its text is the version its date says, the commits around it
    too (no draft taken for a pull request's: they were not written at once)."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    project.write("2021-02-01", fr="Texte deux.", en="Text two.")
    git(project.root, "add", "-A")
    when = {"committed before written": ("2021-01-15T10:00:00+00:00", "2020-06-01T10:00:00+00:00"),
            "committed in the future": ("2021-01-15T10:00:00+00:00", "2099-01-01T10:00:00+00:00")}[clock]
    git(project.root, "-c", "user.name=x", "commit", "-q", "-m", "skewed", "--date", when[0], date=when[1])
    skewed = git(project.root, "rev-parse", "HEAD").strip()
    third = project.commit("2021-03-01", fr="Texte trois.", en="Text three.")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2021-02-01", skewed), ("2021-03-01", third)]
    assert found.left_out == [] and found.backdated == [] and found.warnings == []
