"""A publication's one new manifest is kept apart from the whole file of the branch's manifests (manifestcache, perf18).

perf17 kept the manifests read by blob id in one file that every publication wrote whole again for its one new
manifest (pickle and deflate of 1,000 manifests, some 20 ms, linear in N). Now the whole file stays as it is and the
manifests added since are kept beside it, until they are many; whatever pair of files is read, what a command gets is
what a cold reading gets.
"""
from __future__ import annotations

import json

import git as gitpython

from policysite import branch, manifest as mf, manifestcache
from tests.helpers import forget_readings, git


def _manifest(date: str) -> bytes:
    languages = {lang: {"source": {"path": f"docs/{lang}/index.md", "commit": date[-1] * 40, "sha256": "b" * 64},
                        "files": {"index.html": "c" * 64}, "aliases": {"s1": [f"title-{lang}"]}, "ids": ["s1"]}
                 for lang in ("fr", "en")}
    return json.dumps({"version": date, "languages": languages}).encode()


def _publish(tmp_path, date: str) -> None:
    (tmp_path / "manifest").mkdir(exist_ok=True)
    (tmp_path / "manifest" / f"{date}.json").write_bytes(_manifest(date))
    git(tmp_path, "add", "manifest")
    git(tmp_path, "commit", "-q", "-m", f"publish {date}")


def _repo(tmp_path) -> gitpython.Repo:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    _publish(tmp_path, "2022-03-01")
    _publish(tmp_path, "2022-04-02")
    return gitpython.Repo(tmp_path)


def _cold(tmp_path) -> dict[str, mf.VersionManifest]:
    return {path.stem: mf.VersionManifest.loads(path.read_bytes()) for path in sorted(tmp_path.glob("manifest/*.json"))}


def _files(repo: gitpython.Repo) -> dict[str, bytes]:
    place = manifestcache.folder(repo.common_dir)
    return {path.name: path.read_bytes() for path in place.iterdir() if not path.name.startswith(".")}


def _parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = mf.VersionManifest.loads.__func__  # type: ignore[attr-defined]

    def counted(cls, data):
        manifest = real(cls, data)
        parsed.append(manifest.version)
        return manifest

    monkeypatch.setattr(mf.VersionManifest, "loads", classmethod(counted))
    return parsed


def test_one_more_manifest_leaves_the_whole_file_as_it_was(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    (whole,) = _files(repo).items()
    _publish(tmp_path, "2022-05-03")
    forget_readings()  # (the next command: the publication's)
    branch.manifests_at(repo, "gh-pages")
    after = _files(repo)
    assert after[whole[0]] == whole[1]  # (not written again)
    assert set(after) == {whole[0], whole[0] + manifestcache.ADDED}
    added = manifestcache._unpacked(manifestcache.keptfiles.read(manifestcache.folder(repo.common_dir),
                                                                 whole[0] + manifestcache.ADDED))
    assert [m.version for m in added.values()] == ["2022-05-03"]
    # the next command parses none of the three and reads what a cold reading reads
    forget_readings()
    parsed = _parses(monkeypatch)
    got = branch.manifests_at(repo, "gh-pages")
    assert parsed == []
    assert got == _cold(tmp_path)


def test_many_added_write_the_whole_file_again(tmp_path, monkeypatch):
    monkeypatch.setattr(manifestcache, "ADDED_MOST", 1)
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    (name,) = _files(repo)
    _publish(tmp_path, "2022-05-03")
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    assert set(_files(repo)) == {name, name + manifestcache.ADDED}
    _publish(tmp_path, "2022-06-04")
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    files = _files(repo)
    assert set(files) == {name}  # (two added: more than one, so all four whole, nothing apart)
    whole = manifestcache._unpacked(manifestcache.keptfiles.read(manifestcache.folder(repo.common_dir), name))
    assert sorted(m.version for m in whole.values()) == ["2022-03-01", "2022-04-02", "2022-05-03", "2022-06-04"]
    forget_readings()
    parsed = _parses(monkeypatch)
    got = branch.manifests_at(repo, "gh-pages")
    assert parsed == []
    assert got == _cold(tmp_path)


def test_an_added_file_beside_another_whole_file_reads_right(tmp_path, monkeypatch):
    # another process wrote the whole file again in between (a branch rewritten): the added manifests kept by blob id
    # are still right beside it, the ones neither holds parsed again
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    (name,) = _files(repo)
    _publish(tmp_path, "2022-05-03")
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    place = manifestcache.folder(repo.common_dir)
    manifestcache.keptfiles.write(place, name, manifestcache._packed({}) or b"", most=manifestcache.KEPT)
    forget_readings()
    parsed = _parses(monkeypatch)
    got = branch.manifests_at(repo, "gh-pages")
    assert sorted(parsed) == ["2022-03-01", "2022-04-02"]
    assert got == _cold(tmp_path)


def test_added_apart():
    one, two, three = (mf.VersionManifest.loads(_manifest(date)) for date in ("2022-03-01", "2022-04-02", "2022-05-03"))
    assert manifestcache.added_apart(None, {"a": one, "b": two}) is None  # (the whole file not read: written whole)
    assert manifestcache.added_apart(frozenset(), {"a": one}) is None
    assert manifestcache.added_apart(frozenset({"a", "b"}), {"a": one, "b": two, "c": three}) == {"c": three}
    assert manifestcache.added_apart(frozenset({"a", "b"}), {"a": one, "b": two}) is None  # (none added)
    assert manifestcache.added_apart(frozenset({"a", "x"}), {"a": one, "c": three}) is None  # (x gone: rewritten)
    many = {str(n): one for n in range(manifestcache.ADDED_MOST + 3)}
    assert manifestcache.added_apart(frozenset({"0", "1"}), many) is None
    big = frozenset(str(n) for n in range(8 * (manifestcache.ADDED_MOST + 10)))
    more = dict.fromkeys(big, one) | {f"new{n}": two for n in range(manifestcache.ADDED_MOST + 10)}
    assert len(manifestcache.added_apart(big, more) or {}) == manifestcache.ADDED_MOST + 10  # (an eighth of the whole)
