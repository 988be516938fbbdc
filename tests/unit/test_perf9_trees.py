"""perf9: rebuilt_pages vouches for a version's folder it vouched for before by its git tree id at its place (one
`git ls-tree` of the languages' folders), not by a pass over every file of the branch: a folder whose pages changed
since, or the same tree at another place, is judged as before (built again where nothing else vouches for it)."""
from __future__ import annotations

from types import SimpleNamespace

import git as gitpython
import pytest

from helpers import git
from policysite import git as policygit, rebuilt_pages, verify

pytestmark = pytest.mark.usefixtures("fixed_git")

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-04-05"
MANIFESTS = {version: SimpleNamespace(languages={"fr": None, "en": None}) for version in (V1, V2)}


def _commit(repo, files: dict[str, str]) -> tuple[str, dict[str, tuple[str, str]]]:
    """A commit of `files` (path -> text) on HEAD, as the only files of its tree: its id and listing."""
    git(repo, "rm", "-rq", "--ignore-unmatch", ".")
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "pages")
    listing = {}
    for line in git(repo, "ls-tree", "-r", "HEAD").splitlines():
        meta, path = line.split("\t", 1)
        mode, _kind, blob = meta.split()
        listing[path] = (mode, blob)
    return git(repo, "rev-parse", "HEAD").strip(), listing


def _pages(versions=(V1, V2), edit: dict[str, str] | None = None) -> dict[str, str]:
    files = {f"{lang}/{version}/{name}": f"<p>{lang} {version} {name}</p>" for lang in ("fr", "en")
             for version in versions for name in ("index.html", "changes/index.html", "policy.json")}
    return {**files, "fr/history/index.html": "<p>history</p>", **(edit or {})}


@pytest.fixture
def site(git_repo, tmp_path, monkeypatch):
    rebuilt: list[list[str]] = []

    def rebuild(project, manifests, listing, report, *, tip, only, noted):
        rebuilt.append(only)
        return [f"{only[0]}: differs"]

    monkeypatch.setattr(verify, "_rebuilt", rebuild)
    project = SimpleNamespace(settings=SimpleNamespace(base=lambda lang: lang), passed=tmp_path / "passed",
                              repo=gitpython.Repo(git_repo), root=git_repo, rebuilt=rebuilt)
    yield project
    project.repo.close()


def test_a_folder_vouched_for_once_is_vouched_for_by_its_tree_without_reading_the_listing(site, monkeypatch):
    rev, listing = _commit(site.root, _pages())
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []

    def unread(listing):
        raise AssertionError("the listing was read folder by folder")

    monkeypatch.setattr(rebuilt_pages, "pages_by_folder", unread)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    assert site.rebuilt == []


def test_a_folder_whose_page_changed_since_is_built_again_and_refused(site):
    rev, listing = _commit(site.root, _pages())
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []  # (each folder's tree kept)
    forged = _pages(edit={f"en/{V1}/index.html": "<p>en</p><script>alert(1)</script>"})
    rev, listing = _commit(site.root, forged)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == [f"{V1}: differs"]
    assert site.rebuilt == [[V1]]
    # and a page added to a folder alike; one gone from it is judged by its pages as before (each seen: passes here,
    # the manifest's check of its files names it)
    rev, listing = _commit(site.root, _pages(edit={f"fr/{V2}/extra.html": "<p>x</p>"}))
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == [f"{V2}: differs"]
    gone = {path: text for path, text in _pages().items() if path != f"fr/{V2}/policy.json"}
    rev, listing = _commit(site.root, gone)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    assert site.rebuilt == [[V1], [V2]]


def test_a_tree_vouched_for_at_one_place_vouches_for_no_other(site):
    rev, listing = _commit(site.root, _pages())
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    # V1's folders copied under a later date: the same trees, at other places
    copied = {**_pages(), **{path.replace(V1, V3, 1): text for path, text in _pages().items() if f"/{V1}/" in path}}
    rev, listing = _commit(site.root, copied)
    later = {**MANIFESTS, V3: SimpleNamespace(languages={"fr": None, "en": None})}
    assert git(site.root, "rev-parse", f"{rev}:fr/{V1}") == git(site.root, "rev-parse", f"{rev}:fr/{V3}")
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, later) == [f"{V3}: differs"]
    assert site.rebuilt == [[V3]]


def test_a_version_whose_folder_is_gone_in_one_language_is_judged_as_before(site):
    rev, listing = _commit(site.root, _pages())
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    rev, listing = _commit(site.root, {path: text for path, text in _pages().items()
                                       if not path.startswith(f"en/{V2}/")})
    # (its other language's folder is as vouched for: the version is judged as before the trees were kept, by its
    # pages, each seen)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    assert rebuilt_pages.folder_trees(site, rev, [f"fr/{V2}", f"en/{V2}", "fr/history"]) == {
        f"fr/{V2}": git(site.root, "rev-parse", f"{rev}:fr/{V2}").strip(),
        "fr/history": git(site.root, "rev-parse", f"{rev}:fr/history").strip()}


def test_tree_id_is_the_id_git_gives_the_folder(git_repo):
    files = {"index.html": "a", "a.b": "b", "a/x.html": "c", "a-b/y": "d", "a/b/c/d.txt": "e", "z": "f",
             "changes/index.html": "g", "é.pdf": "h", "run.sh": "i"}
    for path, text in files.items():
        (git_repo / "f" / path).parent.mkdir(parents=True, exist_ok=True)
        (git_repo / "f" / path).write_text(text, encoding="utf-8")
    (git_repo / "f" / "run.sh").chmod(0o755)
    (git_repo / "f" / "link").symlink_to("index.html")
    git(git_repo, "add", "-A")
    git(git_repo, "commit", "-qm", "folder")
    listed = {}
    for record in git(git_repo, "ls-tree", "-r", "-z", "HEAD:f").split("\0"):
        if record:
            meta, path = record.split("\t", 1)
            mode, _kind, blob = meta.split()
            listed[path] = (mode, blob)
    assert "100755" in {mode for mode, _blob in listed.values()} and "120000" in {m for m, _b in listed.values()}
    assert policygit.tree_id(listed) == git(git_repo, "rev-parse", "HEAD:f").strip()
    assert policygit.tree_id(dict(reversed(listed.items()))) == git(git_repo, "rev-parse", "HEAD:f").strip()
    assert policygit.tree_id({}) == "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  # (git's empty tree)


def test_a_folder_kept_as_written_is_vouched_for_by_its_tree_without_reading_the_listing(site, monkeypatch):
    rev, listing = _commit(site.root, _pages())
    for version in (V1, V2):
        for lang in ("fr", "en"):
            prefix = f"{lang}/{version}"
            rebuilt_pages.keep_built_folder(site, prefix, {path[len(prefix) + 1:]: held for path, held in
                                                           listing.items() if path.startswith(f"{prefix}/")})

    def unread(listing):
        raise AssertionError("the listing was read folder by folder")

    monkeypatch.setattr(rebuilt_pages, "pages_by_folder", unread)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    monkeypatch.undo()
    # a page of it changed since: built again, and refused
    monkeypatch.setattr(verify, "_rebuilt", lambda project, manifests, listing, report, *, tip, only, noted:
                        [f"{only[0]}: differs"])
    rev, listing = _commit(site.root, _pages(edit={f"fr/{V2}/index.html": "<p onclick=x>fr</p>"}))
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == [f"{V2}: differs"]


def test_the_files_of_the_folders_left_to_judge_only_are_grouped(site, monkeypatch):
    """Where the trees vouch for every folder but the last publication's (written by it, judged by the next command),
    that folder's files are taken from the listing and grouped, not every file of the branch."""
    rev, listing = _commit(site.root, _pages())
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, {V1: MANIFESTS[V1]}) == []  # (V1's trees kept)
    grouped: list[list[str]] = []
    by_folder = rebuilt_pages.pages_by_folder

    def counted(listing):
        grouped.append(sorted(listing))
        return by_folder(listing)

    monkeypatch.setattr(rebuilt_pages, "pages_by_folder", counted)
    assert rebuilt_pages.unlike_rebuild(site, rev, listing, MANIFESTS) == []
    assert grouped == [sorted(path for path in listing if f"/{V2}/" in path)]
    assert site.rebuilt == []
