"""The first publication after `policy history --rebuild` by other code works out again only the summaries that may
have been edited: the rebuild rewrites every manifest (their `generator`) and leaves the history page as it was, so
git's newest commit writing that page is the older one, and every manifest counted as edited since (O(N))."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from helpers import git
from policy_repo import Project, copy_of, made_once
from policysite import archive, clock, manifest, provenance
from policysite.project import opened


@pytest.fixture(scope="module")
def rebuilt_once(tmp_path_factory) -> Project:
    """Three versions published, then rebuilt by other code: every manifest rewritten, the history page not (made once
    for the module, copied by `rebuilt`)."""
    def make(project: Project, _folder) -> None:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(clock, "today", lambda: dt.date(2024, 4, 1))
            project.commit("2024-01-15")
            project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
            project.commit("2024-03-01", fr="Troisième texte.", en="Third text.")
            assert project.history().published == ["2024-01-15", "2024-02-01", "2024-03-01"]
            history_page = git(project.root, "rev-parse", "gh-pages:fr/history/index.html")
            before = git(project.root, "rev-parse", "gh-pages").strip()
            mp.setattr(manifest, "code_digest", lambda: "0" * 16)
            project.history(rebuild=True)
            assert git(project.root, "rev-parse", "gh-pages:fr/history/index.html") == history_page
            changed = git(project.root, "diff", "--name-only", before, "gh-pages", "--", "manifest/").split()
            assert changed == [f"manifest/{v}.json" for v in ("2024-01-15", "2024-02-01", "2024-03-01")]
    return made_once(tmp_path_factory, make)


@pytest.fixture
def rebuilt(rebuilt_once, tmp_path, monkeypatch) -> Project:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 4, 1))
    return copy_of(rebuilt_once, tmp_path / "project")


def edited(project: Project) -> list[str]:
    with opened(project.root) as site:
        tip = git(project.root, "rev-parse", "gh-pages").strip()
        manifests = {v: manifest.VersionManifest.loads(git(project.root, "show", f"gh-pages:manifest/{v}.json"))
                     for v in ("2024-01-15", "2024-02-01", "2024-03-01")}
        return provenance.changes_edited(site.repo, tip, manifests, directory=site.settings.manifest_dir,
                                         base=site.settings.base, authoritative=site.settings.authoritative)


def test_no_summary_is_worked_out_again_after_a_rebuild_that_left_them_as_they_were(rebuilt, monkeypatch):
    worked: list[str] = []
    real = archive.changes_of
    monkeypatch.setattr(archive, "changes_of", lambda text, **k: worked.append(text) or real(text, **k))
    assert edited(rebuilt) == [] and worked == []
    rebuilt.commit("2024-03-20", fr="Quatrième texte.", en="Fourth text.")
    assert rebuilt.publish().published == ["2024-03-20"]
    assert git(rebuilt.root, "diff", "--name-only", "gh-pages^", "gh-pages", "--", "manifest/").split() == \
        ["manifest/2024-03-20.json"]


def _hand_edit(project: Project, name: str, edit) -> None:
    work = project.root.parent / "hand"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    path = work / "manifest" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    git(work, "commit", "-q", "-am", "hand edit")
    git(project.root, "worktree", "remove", "--force", str(work))


def test_a_summary_edited_after_the_rebuild_is_worked_out_again_and_refused(rebuilt):
    def edit(data: dict) -> None:
        data["languages"]["fr"]["changes"]["note"] = "Nous vendons désormais vos données."

    _hand_edit(rebuilt, "2024-03-01.json", edit)
    assert [p.split(":")[0] for p in edited(rebuilt)] == ["2024-03-01 (fr)"]


def test_a_summary_whose_previous_version_names_another_text_since_is_worked_out_again(rebuilt):
    """What a summary is worked out from is its text and the previous version's: one of them moved, it is read."""
    def moved() -> list[str]:
        with opened(rebuilt.root) as site:
            manifests = {v: manifest.VersionManifest.loads(git(rebuilt.root, "show", f"gh-pages:manifest/{v}.json"))
                         for v in ("2024-01-15", "2024-02-01", "2024-03-01")}
            written = git(site.repo.working_tree_dir, "log", "-1", "--format=%H", "gh-pages", "--",
                          "fr/history/").strip()
            return provenance._summary_inputs_moved(site.repo, [written, f"{written}^"], manifests,
                                                    ["2024-02-01", "2024-03-01"], directory="manifest")

    assert moved() == []

    def edit(data: dict) -> None:
        data["languages"]["en"]["source"]["sha256"] = "0" * 64

    _hand_edit(rebuilt, "2024-02-01.json", edit)
    assert moved() == ["2024-02-01", "2024-03-01"]
