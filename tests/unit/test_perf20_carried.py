"""perf20: writing.carried tells a file of a version's folder as that folder's without the pattern on each path: the
same files named (listed, unlisted, nested, links, executables, another document's, a version written anew)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from policy_repo import new_project
from policysite import git, writing
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity")

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-01-01"
LISTED = ("index.html", "policy.json", "sitemap.xml", "changes/index.html")


def _manifests():
    entry = SimpleNamespace(files={rel: "digest" for rel in LISTED}, theme="theme")
    return {version: SimpleNamespace(languages={"fr": entry, "en": entry}) for version in (V1, V2, V3)}


LISTING = {f"{lang}/{version}/{rel}": (git.FILE, f"b{n}") for n, (lang, version, rel) in enumerate(
    (lang, version, rel) for lang in ("fr", "en") for version in (V1, V2, V3) for rel in LISTED)}
ODD = {
    f"en/{V1}/extra.html": git.FILE,  # unlisted, after listed files of its folder
    f"en/{V1}/a.html": git.FILE,  # unlisted, before them
    f"en/{V1}/sitemap.xml.gz": git.FILE,
    f"en/{V1}/x/{V2}/index.html": git.FILE,  # the pattern's folder: en/2021-02-17/x, no base (another's: left)
    f"en/{V1}/{V2}": git.FILE,  # the pattern's: en, 2021-02-17 and a file named 2022-03-01, unlisted
    f"en/{V1}/line\nbreak.html": git.FILE,  # not the pattern's: left as before
    f"en/{V1}/run.html": git.EXECUTABLE,
    f"en/{V1}/link.html": git.SYMLINK,
    f"fr/{V2}/mod": git.SUBMODULE,
    "fr/2020-01-01/index.html": git.FILE,  # a folder no manifest names
    f"fr/{V3}/new.html": git.FILE,  # a version written anew: left
    "fr/history/index.html": git.FILE,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("perf20") / "project")
    project.commit(V1)
    with opened(project.root) as opened_site:
        yield opened_site


def test_carried_names_the_same_files_as_before(site):
    listing = {**LISTING, **{path: (mode, "odd") for path, mode in ODD.items()}}
    found = writing.carried(site, dict(sorted(listing.items(), reverse=True)), _manifests(), written=[V3])
    assert [getattr(said, "key", said) for said in found] == [
        f"en/{V1}/{V2}", f"en/{V1}/a.html", f"en/{V1}/extra.html", "publish.carried/link", "verify.executable",
        f"en/{V1}/sitemap.xml.gz", "fr/2020-01-01/index.html", "publish.carried/submodule"]
    assert [str(said) for said in found][3:5] == [
        writing.Said("publish.carried/link", path=f"en/{V1}/link.html"),
        writing.Said("verify.executable", path=f"en/{V1}/run.html", mode=git.EXECUTABLE)]


def test_carried_runs_the_pattern_once_a_folder_and_where_a_path_goes_deeper(site, monkeypatch):
    told: list[str] = []
    pattern = writing._VERSION_FILE

    class Counted:
        def fullmatch(self, path):
            told.append(path)
            return pattern.fullmatch(path)

    monkeypatch.setattr(writing, "_VERSION_FILE", Counted())
    assert writing.carried(site, dict(LISTING), _manifests()) == []
    assert len(told) == 6  # once a folder, on its first path (changes/index.html: sorted first) (was 24: each path)


class _Walked(dict):
    """A listing that counts the walks through its paths."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_a_site_of_one_document_links_its_own_versions_themes_without_walking_the_listing(site):
    listing = _Walked({**LISTING, "manifest/2021-02-17.json": (git.FILE, "m")})
    manifests = _manifests()
    manifests[V2].languages = {"fr": SimpleNamespace(files={}, theme="other")}
    assert writing._linked_themes(site, listing, manifests) == {"theme", "other"}
    assert _Walked.walks == 0  # (was one: each path's folder told against no other document's manifests)
