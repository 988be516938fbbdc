"""Which text a merge put in force (session 44, histories15): a merge that edits the text itself (a conflict resolved,
words changed in the merge) is the version, from its own date, and the branch's text it replaced is no version (it
waited as a text that may have been in force); a pull request's draft merged without its text stays a draft when a later
version comes (it turned into a refusal), said by a publication, not at every run. Synthetic texts in temporary
repositories, fixed identity and dates."""
from __future__ import annotations

import subprocess

import pytest

from helpers import git
from policy_repo import Project, new_project
from policysite import history as hist, messages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _merged_by_hand(project: Project, branch: str, date: str, *, fr: str, en: str, strategy: str = "") -> str:
    """`git merge` of `branch` into the branch checked out, stopped before its commit (a conflict, or
    `--no-commit`), the pages written dated `date` with these words, committed: the merge."""
    subprocess.run(["git", "merge", "-q", "--no-ff", "--no-commit", *([strategy] if strategy else []), branch],
                   cwd=project.root, capture_output=True, check=False)
    project.write(date, fr=fr, en=en)
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", f"merge {branch}, edited", date="2024-02-01T10:00:00+00:00")
    return git(project.root, "rev-parse", "HEAD").strip()


def _pull_request(project: Project, date: str, *, fr: str, en: str) -> str:
    """A branch `pr` from main committing the pages dated `date`, main checked out again: its commit."""
    git(project.root, "checkout", "-q", "-b", "pr")
    commit = project.commit(date, fr=fr, en=en)
    git(project.root, "checkout", "-q", "main")
    return commit


def test_a_merge_resolving_a_conflict_to_its_own_text_is_the_version_from_its_date(tmp_path):
    """A pull request dated 2021-03-01, main meanwhile at 2021-02-01, the conflict resolved to a text dated 2021-03-10:
    the branch's 2021-03-01 waited as a text that may have been in force, which it never was (main went from 2021-02-01
    to the merge's text). The merge's text is the version; said once, by the publication of its version."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    draft = _pull_request(project, "2021-03-01", fr="Texte de la branche.", en="The branch's text.")
    project.commit("2021-02-01", fr="Texte de main.", en="Main's text.")
    merge = _merged_by_hand(project, "pr", "2021-03-10", fr="Texte résolu.", en="Resolved text.")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions] == [("2021-01-01", found.versions[0].commit),
                                                               ("2021-02-01", found.versions[1].commit),
                                                               ("2021-03-10", merge)]
    assert found.merged == [] and found.warnings == []
    assert found.said_by_publishing(["2021-01-01", "2021-02-01"]) == []
    said = found.said_by_publishing(["2021-02-01", "2021-03-10"])
    assert said == [f"2021-03-10: the merge {merge[:7]} changed the text itself (a conflict resolved, or words edited "
                    "in the merge): version 2021-03-10 is the merge's own text, in force from 2021-03-10, not the text "
                    f"of its 2nd parent {draft[:7]} (dated March 1, 2021), which is no version"]
    assert messages.said_in(said[0], "fr").startswith(f"2021-03-10\u00a0: la fusion {merge[:7]} a elle-même modifié le "
                                                      "texte")


def test_a_merge_editing_the_branchs_words_under_its_date_says_the_version_is_the_merges_text(tmp_path):
    """The pull request's date kept, its words changed in the merge: the version of that date is the merge's text (as
    before), and the archive's note says it is not the text the pull request proposed."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    draft = _pull_request(project, "2021-03-01", fr="Texte proposé.", en="Proposed text.")
    merge = _merged_by_hand(project, "pr", "2021-03-01", fr="Texte corrigé.", en="Corrected text.")

    found = _found(project)
    assert [(v.version, v.commit) for v in found.versions][1:] == [("2021-03-01", merge)]
    assert found.merged == [] and found.warnings == []
    assert found.said_by_publishing(["2021-03-01"]) == [
        f"2021-03-01: the merge {merge[:7]} changed the text itself (a conflict resolved, or words edited in the merge): "
        f"version 2021-03-01 is the merge's own text, in force from 2021-03-01, not the text of its 2nd parent "
        f"{draft[:7]} (dated March 1, 2021), which is no version"]


def test_a_merge_editing_the_text_of_a_branch_dated_before_its_own_still_waits_for_the_team(tmp_path):
    """The merged branch's text dated before the text the branch held (main merged into a pull request's branch,
    the conflict resolved, main then moved to it: main's own text, which may have been in force): git cannot tell,
    publishing waits for the team to say, as for a merge that does not edit."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "feature")
    project.commit("2023-01-01", fr="Texte de la fonctionnalité.", en="The feature's text.")
    git(project.root, "checkout", "-q", "main")
    mains = project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    git(project.root, "checkout", "-q", "feature")
    merge = _merged_by_hand(project, "main", "2023-02-01", fr="Texte fusionné.", en="Merged text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--ff-only", "feature")

    found = _found(project)
    assert found.merged == [(merge, mains, found.merged[0][2], 2)] and found.merged[0][2].isoformat() == "2022-01-01"


def test_a_draft_merged_without_its_text_stays_a_draft_when_a_later_version_comes_said_by_a_publication(tmp_path):
    """`git merge -s ours` of a pull request dated 2024-03-01 into main at 2024-01-10: a draft, said at every
    `policy history` while it was ahead of every version; once main published 2024-06-01, it was refused as a text
    that may have been in force. It is a draft for good (it was ahead of the text main held when it was merged), said
    by the publication of the version in force at the merge, or of the first after it."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    draft = _pull_request(project, "2024-03-01", fr="Brouillon rejeté.", en="Rejected draft.")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "merge pr, keeping main",
        date="2024-02-01T10:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    note = f"March 1, 2024: the text of {draft[:7]}, reached only through the 2nd parent of the merge {merge[:7]}, is " \
        "not published: a pull request's draft is not a version"

    found = _found(project)
    assert found.warnings == [] and found.merged == []
    assert found.said_by_publishing(["2024-01-10"]) == [note]

    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-10", "2024-06-01"]
    assert found.merged == [] and found.warnings == []
    assert found.said_by_publishing(["2024-01-10", "2024-06-01"]) == [note]  # once
    assert found.said_by_publishing(["2024-06-01"]) == [note]


def test_what_a_rewritten_branch_and_an_imported_landing_leave_out_is_said_in_french():
    left = messages.Said("history.left-behind", version="2022-01-01", commit="1a2b3c4", tip="5d6e7f8")
    assert messages.said_in(left, "fr") == (
        "2022-01-01\u00a0: publiée depuis 1a2b3c4, un texte que cette branche a porté (en 5d6e7f8, une ancienne pointe "
        "que le reflog de ce clone enregistre) jusqu'à sa réécriture (un reset, ou un force-push récupéré)\u00a0: "
        "l'archive garde la version telle que publiée, bien que l'historique de la branche ne montre plus son texte")
    landed = messages.Said("import.git-landed-draft", final="1a2b3c4", landed="2024-03-10")
    assert messages.said_in(landed, "fr") == (
        "un brouillon du texte de 1a2b3c4\u00a0: leurs commits sont arrivés ensemble sur la branche le 10 mars 2024 (une "
        "pull request rebasée, ou fusionnée par rebase), l'ancien site ne l'a donc jamais montré")
