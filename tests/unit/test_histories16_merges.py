"""What the archive records of how each version came to be (session 44, histories16): a merge that only moves the
page is not said to have edited the text. Synthetic texts in temporary repositories, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from helpers import git
from policy_repo import Project, new_project
from policysite import history as hist, manifest as mf
from policysite.messages import Said
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _move_docs(project: Project, folder: str) -> None:
    """`git mv docs <folder>`, every configuration's docs_dir following."""
    git(project.root, "mv", "docs", folder)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config = project.root / name
        config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/", f"docs_dir: {folder}/"),
                          encoding="utf-8")


def test_a_merge_that_only_moves_the_page_is_not_said_to_have_edited_the_text(tmp_path):
    """A pull request's draft dated 2021-03-01 merged `-s ours` into main at 2021-02-01, the merge moving the pages
    (docs/ to content/): its text is main's, byte for byte, where it now is. Read at the merge's path, neither parent
    had the page, and the note said the merge changed the text itself and the draft was replaced; it is a draft merged
    without its text."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "pr")
    draft = project.commit("2021-03-01", fr="Brouillon.", en="Draft.")
    git(project.root, "checkout", "-q", "main")
    mains = project.commit("2021-02-01", fr="Texte de main.", en="Main's text.")
    subprocess.run(["git", "merge", "-q", "--no-ff", "--no-commit", "-s", "ours", "pr"], cwd=project.root,
                   capture_output=True, check=False)
    _move_docs(project, "content")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "merge pr, pages moved", date="2021-02-10T10:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()

    found = _found(project)
    assert [v.version for v in found.versions] == ["2021-01-01", "2021-02-01"]
    assert found.versions[1].commit in (mains, merge)
    said = found.said_by_publishing(["2021-02-01"])

    assert [note.key for note in said] == ["history.draft-merged"], said
    assert draft[:7] in said[0] and merge[:7] in said[0]


def test_a_manifest_records_when_its_version_was_published_and_an_old_one_still_reads():
    """`published` (UTC, to the second) is written only when known, read back, and a malformed one is named."""
    entry = mf.LanguageEntry(mf.Source("docs/fr/index.md", "a" * 40, "b" * 64), {"index.html": "c" * 64})
    old = mf.VersionManifest("2024-01-10", {"fr": entry})
    assert b"published" not in old.dumps() and mf.VersionManifest.loads(old.dumps()).published == ""
    stamp = int(dt.datetime(2024, 2, 15, 9, 30, tzinfo=dt.UTC).timestamp())
    new = mf.VersionManifest("2024-01-10", {"fr": entry}, published=mf.published_at(stamp))
    assert new.published == "2024-02-15T09:30:00Z" and mf.moment(new.published) == stamp
    assert mf.VersionManifest.loads(new.dumps()) == new
    for wrong in ("2024-02-15", "2024-02-30T09:30:00Z", "yesterday"):
        with pytest.raises(mf.ManifestError):
            mf.VersionManifest.loads(new.dumps().replace(b"2024-02-15T09:30:00Z", wrong.encode()))


def test_a_manifest_keeps_a_bounded_record_of_how_its_version_came_to_be():
    """The notes a publication said of its version: kept by key and fields (a text cut, a number as is), at most
    NOTES_KEPT, said again as the catalogue says them; an unknown key (a later generator's) is read, not said; a field
    neither text nor number is a malformed manifest."""
    entry = mf.LanguageEntry(mf.Source("docs/fr/index.md", "a" * 40, "b" * 64), {"index.html": "c" * 64})
    said = [Said("history.draft-merged", day="2024-03-01", commit=f"{n:07d}", merge="1234567", parent=2)
            for n in range(mf.NOTES_KEPT + 3)]
    said[0] = Said("history.undated", commit="7654321", path="docs/fr/" + "x" * 500)
    manifest = mf.VersionManifest("2024-01-10", {"fr": entry}, notes=mf.notes_of(said))
    back = mf.VersionManifest.loads(manifest.dumps())
    assert back == manifest and len(back.notes) == mf.NOTES_KEPT
    assert back.said_notes()[1:] == said[1:mf.NOTES_KEPT]
    assert back.said_notes()[0] == Said("history.undated", commit="7654321", path=("docs/fr/" + "x" * 500)[:200])
    assert dict(back.notes[1][1])["parent"] == 2
    later = manifest.dumps().replace(b'"history.undated"', b'"history.later-kind"')
    assert len(mf.VersionManifest.loads(later).said_notes()) == mf.NOTES_KEPT - 1
    with pytest.raises(mf.ManifestError):
        mf.VersionManifest.loads(manifest.dumps().replace(b'"parent": 2', b'"parent": [2]'))
    assert mf.VersionManifest.loads(mf.VersionManifest("2024-01-10", {"fr": entry}).dumps()).notes == ()
