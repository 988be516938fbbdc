"""The branch's manifests read by this code are kept by blob id between commands (manifestcache, perf17).

Every command parsed every manifest of the branch: 12 MB of JSON at 1,000 versions, 0.15 s a command. A manifest's
reading is a function of its bytes (its blob id) and of the code, so a new process reads back the ones kept and
parses only the others; what it returns is what a cold reading returns; a malformed manifest is said by every
command; a kept file cut short, or kept by another code, is not read.
"""
from __future__ import annotations

import json

import git as gitpython
import pytest

from policysite import branch, findingcache, manifest as mf, manifestcache
from tests.helpers import forget_readings, git


def _manifest(date: str, commit: str) -> bytes:
    languages = {lang: {"source": {"path": f"docs/{lang}/index.md", "commit": commit, "sha256": "b" * 64},
                        "files": {"index.html": "c" * 64}, "aliases": {"s1": [f"title-{lang}"]}, "ids": ["s1"]}
                 for lang in ("fr", "en")}
    return json.dumps({"version": date, "languages": languages}).encode()


def _publish(tmp_path, date: str, data: bytes | None = None) -> None:
    (tmp_path / "manifest").mkdir(exist_ok=True)
    (tmp_path / "manifest" / f"{date}.json").write_bytes(data if data is not None else _manifest(date, date[-1] * 40))
    git(tmp_path, "add", "manifest")
    git(tmp_path, "commit", "-q", "-m", f"publish {date}")


def _repo(tmp_path) -> gitpython.Repo:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    _publish(tmp_path, "2022-03-01")
    _publish(tmp_path, "2022-04-02")
    return gitpython.Repo(tmp_path)


def _parses(monkeypatch) -> list[str]:
    """The versions VersionManifest.loads parses from now on."""
    parsed: list[str] = []
    real = mf.VersionManifest.loads.__func__  # type: ignore[attr-defined]

    def counted(cls, data):
        manifest = real(cls, data)
        parsed.append(manifest.version)
        return manifest

    monkeypatch.setattr(mf.VersionManifest, "loads", classmethod(counted))
    return parsed


def _cold(tmp_path) -> dict[str, mf.VersionManifest]:
    """The manifests as parsed from their bytes, nothing kept."""
    return {path.stem: mf.VersionManifest.loads(path.read_bytes()) for path in sorted(tmp_path.glob("manifest/*.json"))}


def test_a_new_process_parses_no_manifest_a_command_read_before(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    forget_readings()
    first = branch.manifests_at(repo, "gh-pages")
    assert first == _cold(tmp_path)

    forget_readings()  # (the next command)
    parsed = _parses(monkeypatch)
    again = branch.manifests_at(repo, "gh-pages")
    assert parsed == []
    assert again == first
    assert {m.version: m.source_commits() for m in again.values()} == {
        "2022-03-01": frozenset({"1" * 40}), "2022-04-02": frozenset({"2" * 40})}
    assert mf.kept_commits(git(tmp_path, "rev-parse", "gh-pages:manifest/2022-04-02.json").strip()) == {"2" * 40}


def test_one_more_version_parses_its_manifest_only(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    _publish(tmp_path, "2022-05-03")
    forget_readings()
    parsed = _parses(monkeypatch)
    assert set(branch.manifests_at(repo, "gh-pages")) == {"2022-03-01", "2022-04-02", "2022-05-03"}
    assert parsed == ["2022-05-03"]
    forget_readings()
    parsed.clear()
    got = branch.manifests_at(repo, "gh-pages")
    assert parsed == []
    assert got == _cold(tmp_path)
    parsed.clear()
    # the tip before it, read after it (a publication reads both): nothing parsed either
    forget_readings()
    assert set(branch.manifests_at(repo, "gh-pages~1")) == {"2022-03-01", "2022-04-02"}
    assert parsed == []


def test_a_malformed_manifest_is_said_by_every_command(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    _publish(tmp_path, "2022-05-03", b'{"version": "2022-05-03", "languages": []}')
    for _command in range(2):
        forget_readings()
        with pytest.raises(branch.ManifestUnreadable) as raised:
            branch.manifests_at(repo, "gh-pages")
        assert "manifest/2022-05-03.json" in str(raised.value)


def test_a_kept_file_cut_short_or_kept_by_another_code_is_not_read(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    forget_readings()
    branch.manifests_at(repo, "gh-pages")
    place = manifestcache.folder(repo.common_dir)
    (kept,) = [path for path in place.iterdir() if not path.name.startswith(".")]
    kept.write_bytes(kept.read_bytes()[:-5])
    forget_readings()
    parsed = _parses(monkeypatch)
    got = branch.manifests_at(repo, "gh-pages")
    assert sorted(parsed) == ["2022-03-01", "2022-04-02"]
    assert got == _cold(tmp_path)

    forget_readings()
    parsed.clear()
    monkeypatch.setattr(findingcache, "checks_digest", lambda: "another code")
    got = branch.manifests_at(repo, "gh-pages")
    assert sorted(parsed) == ["2022-03-01", "2022-04-02"]
    assert got == _cold(tmp_path)


def test_a_kept_file_of_another_shape_is_not_read(tmp_path):
    place = tmp_path / "kept"
    manifestcache.keep(place, "manifest", {"0" * 40: mf.VersionManifest.loads(_manifest("2022-03-01", "1" * 40))})
    assert set(manifestcache.kept(place, "manifest")) == {"0" * 40}
    assert manifestcache.kept(place, "manifest/other") == {}
    manifestcache.keep(place, "manifest", {"0" * 40: "not a manifest"})  # type: ignore[dict-item]
    assert manifestcache.kept(place, "manifest") == {}
    assert manifestcache.kept(None, "manifest") == {}
