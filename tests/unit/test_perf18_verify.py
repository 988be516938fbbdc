"""perf18: verify's rebuilds compare each version's folder with the branch's files read once, not the whole tree walked
for each version and language (issue 16: per-version cost flat in N)."""
from __future__ import annotations

from types import SimpleNamespace

from helpers import calls_to
from policysite import verify

TREE = {path: ("100644", blob) for path, blob in {
    "fr/2021-02-17/index.html": "a1", "fr/2021-02-17/policy.json": "a2", "fr/2021-02-17/2020-01-01/x.html": "a3",
    "fr/2022-03-01/index.html": "b1", "fr/latest/index.html": "c1", "fr/2021-02-17": "d1", "fr2/2021-02-17/y": "e1",
    "fr/cookies/2021-02-17/index.html": "f1", "en/2021-02-17/index.html": "g1", "manifest/2021-02-17.json": "h1",
    "fr/index.html": "i1", "x/fr/2021-02-17/index.html": "j1"}.items()}


def _scanned(tree, prefix: str) -> dict[str, str]:
    """What each rebuild compared before: every path of the tree tried against the version's folder."""
    return {path[len(prefix):]: blob for path, (_m, blob) in tree.items() if path.startswith(prefix)}


def test_a_folders_files_are_those_a_scan_of_the_whole_tree_finds():
    for base in ("fr", "en", "fr/cookies", "x/fr", "f", "manifest"):
        found = verify._by_folder(TREE, base)
        names = {path[len(base) + 1:].split("/")[0] for path in TREE if path.startswith(f"{base}/")}
        for name in names | {"2099-01-01"}:
            assert found.get(name, {}) == _scanned(TREE, f"{base}/{name}/"), (base, name)
    assert verify._by_folder(TREE, "fr")["2021-02-17"] == {"index.html": "a1", "policy.json": "a2",
                                                           "2020-01-01/x.html": "a3"}
    assert "fr" not in verify._by_folder(TREE, "fr/cookies") and verify._by_folder(TREE, "f") == {}


def test_the_rebuilds_of_several_versions_read_the_tree_once_a_language(monkeypatch, tmp_path):
    record = SimpleNamespace
    builds = {"2021-02-17": {"fr": {"index.html": record(blob="a1"), "policy.json": record(blob="zz"),
                                    "2020-01-01/x.html": record(blob="a3")}, "en": {"index.html": record(blob="g1")}},
              "2022-03-01": {"fr": {"index.html": record(blob="b1"), "feed.xml": record(blob="k1")}}}
    monkeypatch.setattr(verify, "build_version", lambda *_a, version, **_k: SimpleNamespace(
        shared={}, files=builds[version], changes={}, reused=[]))
    monkeypatch.setattr(verify, "previous_of", lambda *_args, **_kwargs: None)
    settings = SimpleNamespace(authoritative="fr", manifest_dir="manifest", base=lambda lang: lang)
    project = SimpleNamespace(settings=settings, snapshot=lambda *_a, **_k: None)
    walked = calls_to(monkeypatch, verify, "_by_folder")
    folders: dict = {}
    found = []
    for version in builds:
        manifest = SimpleNamespace(languages={lang: SimpleNamespace(source=SimpleNamespace(commit="abc1234" * 6,
                                                                                           path="docs/x.md"))
                                              for lang in builds[version]}, links={}, ids={})
        found += verify._rebuild_one(project, manifest, TREE, SimpleNamespace(rebuilt=0, pdfs_kept=0),
                                     version=version, known=[], since={}, on_branch=[], manifests={}, tmp=tmp_path,
                                     print_pdfs=True, noted=False, folders=folders)
    assert len(walked) == 2  # once for fr, once for en, whatever the number of versions
    assert [(said.key, said.fields["path"]) for said in found] == [
        ("verify.rebuilt-differs", "fr/2021-02-17/policy.json"), ("verify.rebuilt-missing", "fr/2022-03-01/feed.xml")]
