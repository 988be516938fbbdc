"""Session 44, perf3 (issue 16): what a build or a publication read again for nothing. The hooks read the build's
release some 200 times a build, each reading a copy of every version's date (settings.release_from_extra); the branch's
rules by depth (servedpages._by_depth) read their kept verdicts at every depth of the tree, those holding none of the
rule's endings too (a theme folder's scripts five folders deep, the manifests)."""
from __future__ import annotations

from types import SimpleNamespace

from policysite import passcache, servedpages, settings
from policysite.formerhosts import FormerHosts

VERSIONS = [f"{2000 + n // 12}-{n % 12 + 1:02d}-01" for n in range(1000)]


def _extra(**release) -> dict:
    return {"policy": {"release": {"version": VERSIONS[-1], "versions": list(VERSIONS), "latest": "latest",
                                   "aliases": {"2": ["3"]}, **release}}}


def test_the_release_of_one_build_is_read_once_and_read_again_once_it_changes():
    extra = _extra()
    first = settings.release_from_extra(extra)
    assert first is not None and first.versions == tuple(VERSIONS) and first.aliases == {"2": ["3"]}
    assert settings.release_from_extra(extra) is first
    extra["policy"]["release"]["versions"].append("2099-01-01")  # (the same list, longer)
    assert settings.release_from_extra(extra).versions[-1] == "2099-01-01"
    extra["policy"]["release"]["version"] = "2099-01-01"
    assert settings.release_from_extra(extra).version == "2099-01-01"
    other = _extra(previous={"version": VERSIONS[-2], "text": "x"})  # another build's
    assert settings.release_from_extra(other).previous == VERSIONS[-2]
    assert settings.release_from_extra({"policy": {}}) is None and settings.release_from_extra({}) is None


def test_the_rules_by_depth_read_kept_verdicts_only_where_the_tree_holds_their_endings(monkeypatch, tmp_path):
    listing = {path: ("100644", f"{n:040x}") for n, path in enumerate([
        "index.html", "fr/history/index.html", "fr/2021-02-17/index.html", "fr/versions.json",
        "assets/0123456789abcdef/javascripts/lunr/min/lunr.fr.min.js", "manifest/assets/0123456789abcdef.json"])}
    every = {blob for _mode, blob in listing.values()}
    asked: list[str] = []

    def kept(place, *, text, scripts, any_code=False):
        asked.append(scripts[-1])
        return every

    monkeypatch.setattr(passcache, "blobs_passed", kept)
    project = SimpleNamespace(settings=SimpleNamespace(public_url="https://www.company.example/politique/"),
                              passed=tmp_path, repo=tmp_path)
    assert servedpages._above_root(project, servedpages.Tree(listing), FormerHosts(project, listing)) == []  # type: ignore[arg-type]
    assert asked == ["root /politique/, depth 0", "root /politique/, depth 2"]
