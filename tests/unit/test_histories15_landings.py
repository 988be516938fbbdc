"""A pull request rebased, or merged by rebase (session 44, histories15): its commits reach the branch at once, so the
branch never held a draft step; a version is what it landed, not each step. Told apart from texts committed on the
branch one after the other, a history rewritten long after its texts, a squash merge and a stage still to come.
Synthetic texts in temporary repositories, fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, new_project
from policysite import history as hist, messages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _committed(project: Project, date: str, when: str, *, fr: str, en: str) -> str:
    """The pages dated `date` with these words, committed (authored and committed) at `when`."""
    project.write(date, fr=fr, en=en)
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", f"policy {date}", date=when)
    return git(project.root, "rev-parse", "HEAD").strip()


def _app_commit(project: Project, when: str) -> None:
    (project.root / "app.txt").write_text(f"{when}\n", encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "app", date=when)


def _pull_request(project: Project, steps: list[tuple[str, str, str, str]]) -> list[str]:
    """A branch `pr` from main, each step (date, when written, French, English) a commit; main checked out again."""
    git(project.root, "checkout", "-q", "-b", "pr")
    commits = [_committed(project, date, when, fr=fr, en=en) for date, when, fr, en in steps]
    git(project.root, "checkout", "-q", "main")
    return commits


def _rebase_merged(project: Project, when: str) -> list[str]:
    """`pr` rebased onto main at `when` (its authors' dates kept), main fast-forwarded to it: the commits landed,
    newest first."""
    git(project.root, "checkout", "-q", "pr")
    git(project.root, "rebase", "-q", "main", date=when)
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--ff-only", "pr")
    return git(project.root, "rev-list", "--first-parent", "-n", "2", "HEAD").split()


STEPS = [("2024-03-01", "2024-02-20T10:00:00+00:00", "Brouillon.", "Draft."),
         ("2024-03-05", "2024-02-28T10:00:00+00:00", "Texte final.", "Final text.")]


def test_a_pull_request_merged_by_rebase_dates_one_version_its_draft_steps_none(tmp_path):
    """Dated 2024-03-01, re-dated 2024-03-05 in review, merged by rebase on 2024-03-10: 2024-03-01 was a version, in
    force (the archive would say) from 2024-03-01 to 2024-03-05, though main went from 2024-01-10's text to the final
    one at once. Said once, by the publication of the version it landed."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _pull_request(project, STEPS)
    _app_commit(project, "2024-03-02T10:00:00+00:00")
    final, draft = _rebase_merged(project, "2024-03-10T10:00:00+00:00")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2024-03-05", final)]
    assert found.warnings == [] and found.backdated == [] and found.merged == []
    assert found.said_by_publishing(["2024-01-10"]) == []
    said = found.said_by_publishing(["2024-03-05"])
    assert said == [f"March 1, 2024: the text of {draft[:7]} is a draft of version 2024-03-05 ({final[:7]}): their "
                    "commits reached the branch at once on March 10, 2024 (a pull request rebased, or merged by rebase, "
                    "written from February 20, 2024 on), so the branch never held it; it is no version"]
    assert messages.said_in(said[0], "fr").startswith(f"1er mars 2024\u00a0: le texte de {draft[:7]} est un brouillon "
                                                      "de la version 2024-03-05")


def test_a_draft_re_dated_earlier_in_review_is_no_backdated_version_either(tmp_path):
    """Dated 2024-03-20, re-dated 2024-03-05 in review, landed by rebase on 2024-03-25: the final text was refused as
    dated before a later one, the draft's."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _pull_request(project, [("2024-03-20", "2024-02-20T10:00:00+00:00", "Brouillon.", "Draft."),
                            ("2024-03-05", "2024-02-28T10:00:00+00:00", "Texte final.", "Final text.")])
    _app_commit(project, "2024-03-02T10:00:00+00:00")
    final, _draft = _rebase_merged(project, "2024-03-25T10:00:00+00:00")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2024-03-05", final)]
    assert found.backdated == []


def test_texts_committed_on_main_one_after_the_other_are_each_a_version(tmp_path):
    """The same steps committed on main itself, each when it was written: each was the branch's text."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    first = _committed(project, *STEPS[0][:2], fr=STEPS[0][2], en=STEPS[0][3])
    second = _committed(project, *STEPS[1][:2], fr=STEPS[1][2], en=STEPS[1][3])

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2024-03-01", first), ("2024-03-05", second)]
    assert found.said_by_publishing(["2024-03-01", "2024-03-05"]) == []


def test_a_history_rewritten_long_after_its_texts_keeps_every_version(tmp_path):
    """A year of publications made on main, then rewritten in one go (`git rebase` onto a new first commit, as a
    reworded message or a removed secret needs): one moment, but texts written months apart, each in force."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-10")
    git(project.root, "checkout", "-q", "-b", "pr")
    for date, fr, en in (("2021-03-01", "Deux.", "Two."), ("2021-09-01", "Trois.", "Three."),
                         ("2022-01-01", "Quatre.", "Four.")):
        _committed(project, date, f"{date}T10:00:00+00:00", fr=fr, en=en)
    git(project.root, "checkout", "-q", "main")
    _app_commit(project, "2021-02-01T10:00:00+00:00")
    _rebase_merged(project, "2023-06-01T10:00:00+00:00")

    found = _found(project)
    assert [v.version for v in found.versions] == ["2021-01-10", "2021-03-01", "2021-09-01", "2022-01-01"]
    assert found.left_out == []


def test_a_squash_merged_pull_request_is_one_version(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _pull_request(project, STEPS)
    git(project.root, "merge", "-q", "--squash", "pr")
    git(project.root, "commit", "-q", "-m", "Update the policy (#12)", date="2024-03-10T10:00:00+00:00")
    squashed = git(project.root, "rev-parse", "HEAD").strip()

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2024-03-05", squashed)]
    assert found.warnings == [] and found.left_out == []


def test_a_step_still_to_come_when_it_landed_is_a_stage_left_to_the_team(tmp_path):
    """A change in two stages announced at once (2024-04-01, then 2024-07-01), landed by rebase on 2024-03-10: the
    first stage is no draft; whether it is one or a re-dated announcement, publishing asks (History.superseded)."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _pull_request(project, [("2024-04-01", "2024-02-20T10:00:00+00:00", "Étape un.", "Stage one."),
                            ("2024-07-01", "2024-02-28T10:00:00+00:00", "Étape deux.", "Stage two.")])
    _app_commit(project, "2024-03-02T10:00:00+00:00")
    final, stage = _rebase_merged(project, "2024-03-10T10:00:00+00:00")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2024-04-01", stage), ("2024-07-01", final)]
    assert found.left_out == []


def test_a_history_rewritten_whole_keeps_every_version(tmp_path):
    """`git rebase --root` (every commit rewritten at one moment, its first commit too), the texts written minutes
    apart: a history rewritten, no pull request; each text stays a version."""
    project = new_project(tmp_path / "project")
    for date, fr, en in (("2024-01-10", "Un.", "One."), ("2024-03-01", "Deux.", "Two."), ("2024-03-05", "Trois.", "Three.")):
        project.commit(date, fr=fr, en=en)
    git(project.root, "rebase", "-q", "--force-rebase", "--root", date="2024-06-01T10:00:00+00:00")

    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-10", "2024-03-01", "2024-03-05"]
    assert found.left_out == []
