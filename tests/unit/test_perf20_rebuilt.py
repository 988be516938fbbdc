"""perf20: rebuilt_pages tells a version's folder of a listing without the pattern on each of its paths, and vouches
for a folder a publication built or saw match a rebuild by one id, not one a page: the same folders, the same pages
rebuilt."""
from __future__ import annotations

import re
from types import SimpleNamespace

from policysite import passcache, rebuilt_pages, verify

V1, V2 = "2021-02-17", "2022-03-01"
ODD = {  # (path -> what the pattern said on each path before)
    "en/2021-02-17/index.html": "a", "en/2021-02-17/compare/index.html": "b", "fr/2021-02-17/x/2022-03-01/y": "c",
    "x/2020-01-01/en/2021-02-17/p": "d", "en/2021-02-170/index.html": "e", "en/2021-02-17": "f",
    "en/history/index.html": "g", "index.html": "h", "en/2021\n/2021-02-17/p": "i", "fr/ab\nc/2022-03-01/p": "j",
    "en/cookies/2022-03-01/index.html": "k", "en/2021-02-17/latest/2020-01-01/q": "l", "/2021-02-17/r": "m",
    "fr/2021-02-17/index.html": "n", "en/2021-02-17/sitemap.xml": "o",
}


def _by_pattern(listing):
    """What pages_by_folder gave before: the pattern on each path."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path, (_mode, blob) in listing.items():
        match = re.match(r"(.+?/\d{4}-\d{2}-\d{2})/", path)
        if match is not None:
            found.setdefault(match.group(1), []).append((path, blob))
    return found


def test_pages_by_folder_gives_what_the_pattern_on_each_path_gave_in_any_order():
    listing = {path: ("100644", blob) for path, blob in ODD.items()}
    for order in (sorted(listing), list(listing), sorted(listing, reverse=True)):
        ordered = {path: listing[path] for path in order}
        assert rebuilt_pages.pages_by_folder(ordered) == _by_pattern(ordered)
    assert rebuilt_pages.pages_by_folder(listing)["en/2021-02-17"][:2] == [
        ("en/2021-02-17/index.html", "a"), ("en/2021-02-17/compare/index.html", "b")]


def test_pages_by_folder_runs_the_pattern_once_a_folder_not_once_a_path(monkeypatch):
    listing = {f"{lang}/{version}/{n}/index.html": ("100644", f"{lang}{version}{n}") for lang in ("en", "fr")
               for version in (V1, V2) for n in range(10)}
    told: list[str] = []
    pattern = rebuilt_pages._FOLDER

    class Counted:
        def match(self, path):
            told.append(path)
            return pattern.match(path)

    monkeypatch.setattr(rebuilt_pages, "_FOLDER", Counted())
    assert rebuilt_pages.pages_by_folder(listing) == _by_pattern(listing)
    assert len(told) == 4  # (was 40: one a path)


def _site(tmp_path):
    settings = SimpleNamespace(base=lambda lang: lang)
    return SimpleNamespace(settings=settings, passed=tmp_path / "passed")


def _listing(blob_of=lambda path: f"blob-{path}"):
    return {f"{lang}/{version}/{name}": ("100644", blob_of(f"{lang}/{version}/{name}")) for lang in ("fr", "en")
            for version in (V1, V2) for name in ("index.html", "changes/index.html", "policy.json")}


MANIFESTS = {version: SimpleNamespace(languages={"fr": None, "en": None}) for version in (V1, V2)}


def _counting(monkeypatch):
    monkeypatch.setattr(rebuilt_pages, "folder_trees", lambda project, rev, folders: {})  # (no git: no tree known)
    hashed: list[int] = []
    ids = rebuilt_pages._ids

    def counted(pages):
        found = ids(pages)
        hashed.append(len(found))
        return found

    monkeypatch.setattr(rebuilt_pages, "_ids", counted)
    rebuilt: list[list[str]] = []

    def rebuild(project, manifests, listing, report, *, tip, only, noted):
        rebuilt.append(only)
        return [f"{only[0]}: differs"]

    monkeypatch.setattr(verify, "_rebuilt", rebuild)
    return hashed, rebuilt


def test_folders_a_publication_built_are_vouched_for_without_hashing_each_page(tmp_path, monkeypatch):
    site, listing = _site(tmp_path), _listing()
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    hashed, rebuilt = _counting(monkeypatch)
    assert rebuilt_pages.unlike_rebuild(site, "tip", listing, MANIFESTS) == []
    assert (hashed, rebuilt) == ([], [])  # (was a hash of each of its 12 pages, in two calls)


def test_a_machine_that_kept_only_each_page_vouches_as_before_then_by_folder(tmp_path, monkeypatch):
    site, listing = _site(tmp_path), _listing()
    passcache.keep_blobs(site.passed, rebuilt_pages._ids((path, blob) for path, (_mode, blob) in listing.items()),
                         text=True, scripts=rebuilt_pages.PROOF, any_code=True)
    hashed, rebuilt = _counting(monkeypatch)
    assert rebuilt_pages.unlike_rebuild(site, "tip", listing, MANIFESTS) == []
    assert (hashed, rebuilt) == ([6, 6], [])
    assert rebuilt_pages.unlike_rebuild(site, "tip", listing, MANIFESTS) == []
    assert (hashed, rebuilt) == ([6, 6], [])


def test_a_folder_with_a_page_the_machine_never_saw_is_rebuilt_as_before(tmp_path, monkeypatch):
    site, listing = _site(tmp_path), _listing()
    rebuilt_pages.keep_built(site, [(path, blob) for path, (_mode, blob) in listing.items()])
    edited = _listing(lambda path: "edited" if path == f"en/{V2}/index.html" else f"blob-{path}")
    added = {**listing, f"fr/{V1}/extra.html": ("100644", "blob-extra")}
    gone = {path: held for path, held in listing.items() if path != f"fr/{V1}/policy.json"}
    hashed, rebuilt = _counting(monkeypatch)
    assert rebuilt_pages.unlike_rebuild(site, "tip", edited, MANIFESTS) == [f"{V2}: differs"]
    assert rebuilt_pages.unlike_rebuild(site, "tip", added, MANIFESTS) == [f"{V1}: differs"]
    assert rebuilt == [[V2], [V1]]
    # a folder less one page: each of the others was seen (as before), and that folder is then vouched for whole
    assert rebuilt_pages.unlike_rebuild(site, "tip", gone, MANIFESTS) == []
    assert rebuilt == [[V2], [V1]]
    assert rebuilt_pages._folder_id([(f"fr/{V1}/index.html", "b")]) not in rebuilt_pages._ids(
        [(f"fr/{V1}/index.html", "b")])
