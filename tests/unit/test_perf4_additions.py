"""perf4: the commits that added each version's manifest, read once: a publication reads its own commit(s) onto the tip
the last reading kept (`.git/policysite/manifest-additions/`), not the branch's whole history again (0.2 s of git's at
1,000 versions: each commit's manifest/ tree of N entries diffed); anything else than such a chain is read whole."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from helpers import git, git_started
from policysite import branch, git as pgit

MANIFEST = '{"layout": 5, "version": "%s", "languages": {}, "extra": "%s"}'


def _publish(folder: Path, version: str, *, extra: str = "", date: str = "2030-01-01T12:00:00+00:00") -> str:
    (folder / "manifest").mkdir(exist_ok=True)
    (folder / "manifest" / f"{version}.json").write_text(MANIFEST % (version, extra), encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", f"Publish {version} (fr) from {'a' * 12}", date=date)
    return git(folder, "rev-parse", "HEAD").strip()


def _branch(folder: Path, versions: int) -> str:
    git(folder, "init", "-q", "-b", "gh-pages")
    tip = ""
    for n in range(versions):
        tip = _publish(folder, f"2021-{n + 1:02d}-01", date=f"2030-01-{n + 1:02d}T12:00:00+00:00")
    return tip


def _whole(repo, tip: str) -> dict:
    """What a reading of the whole history answers (nothing kept; the kept answer put back after)."""
    folder = Path(repo.common_dir) / "policysite" / "manifest-additions"
    aside = folder.with_name("manifest-additions-aside")
    if folder.exists():
        folder.rename(aside)
    branch._ADDITIONS.clear()
    try:
        return branch.manifest_additions(repo, tip)
    finally:
        branch._ADDITIONS.clear()
        shutil.rmtree(folder, ignore_errors=True)
        if aside.exists():
            aside.rename(folder)


def _logs(started: list[list[str]]) -> list[list[str]]:
    return [args for args in started if args[:1] == ["log"]]


def test_a_publication_reads_its_own_commit_onto_the_tip_last_read(tmp_path, monkeypatch):
    first = _branch(tmp_path, 3)
    repo = pgit.open_repo(tmp_path)
    assert set(branch.manifest_additions(repo, "gh-pages")) == {"2021-01-01", "2021-02-01", "2021-03-01"}
    tip = _publish(tmp_path, "2021-04-01", date="2030-01-09T12:00:00+00:00")
    branch._ADDITIONS.clear()  # (a new process)
    started = git_started(monkeypatch)
    found = branch.manifest_additions(repo, "gh-pages")
    assert [args for args in _logs(started) if f"{first}..{tip}" in args], _logs(started)
    assert not [args for args in _logs(started) if "gh-pages" in args or tip in args and f"{first}..{tip}" not in args]
    assert found == _whole(repo, tip)
    assert found["2021-04-01"] == [(tip, "Publish 2021-04-01 (fr) from aaaaaaaaaaaa", found["2021-04-01"][0][2])]
    branch._ADDITIONS.clear()
    started.clear()
    kept = next((Path(repo.common_dir) / "policysite" / "manifest-additions").iterdir())
    written = kept.stat().st_mtime_ns
    assert branch.manifest_additions(repo, tip) == found  # the tip kept: no log at all, nothing written again
    assert not _logs(started)
    assert [p.name for p in kept.parent.iterdir()] == [kept.name] and kept.stat().st_mtime_ns == written


def test_a_merged_line_a_rewound_branch_or_a_spoilt_kept_file_is_read_whole(tmp_path):
    _branch(tmp_path, 3)
    repo = pgit.open_repo(tmp_path)
    branch.manifest_additions(repo, "gh-pages")
    # a line of history merged in from elsewhere, dated before the publications, adding a version's manifest otherwise:
    # git's log lists its commit last, so it is the first addition (the chain's order would have put it first)
    git(tmp_path, "checkout", "-q", "--orphan", "elsewhere")
    git(tmp_path, "rm", "-q", "-r", "--cached", ".")
    for path in (tmp_path / "manifest").iterdir():
        path.unlink()
    _publish(tmp_path, "2021-02-01", extra="other", date="2029-06-01T12:00:00+00:00")
    git(tmp_path, "checkout", "-q", "-f", "gh-pages")
    git(tmp_path, "merge", "-q", "--allow-unrelated-histories", "-s", "ours", "-m", "merged", "elsewhere",
        date="2030-02-01T12:00:00+00:00")
    tip = git(tmp_path, "rev-parse", "HEAD").strip()
    branch._ADDITIONS.clear()
    found = branch.manifest_additions(repo, "gh-pages")
    assert found == _whole(repo, tip)
    assert len(found["2021-02-01"]) == 2
    # rewound: the tip last read is no ancestor of the branch's
    git(tmp_path, "reset", "-q", "--hard", "gh-pages~2")
    git(tmp_path, "reflog", "expire", "--expire=now", "--all")
    git(tmp_path, "gc", "-q", "--prune=now")
    tip = _publish(tmp_path, "2021-05-01", date="2030-03-01T12:00:00+00:00")
    branch._ADDITIONS.clear()
    assert branch.manifest_additions(repo, "gh-pages") == _whole(repo, tip)
    # the kept file edited into something else than the answer's shape, or cut short: read whole
    folder = Path(repo.common_dir) / "policysite" / "manifest-additions"
    for n, spoilt in enumerate((b'{"tip": "%s", "added": {"2021-01-01": [["x"]]}}' % tip.encode(), b"[]", b"{")):
        for kept in folder.iterdir():
            kept.write_bytes(hashlib.sha256(spoilt).digest() + spoilt)
        _publish(tmp_path, f"2021-0{6 + n}-01", date="2030-04-01T12:00:00+00:00")
        branch._ADDITIONS.clear()
        assert branch.manifest_additions(repo, "gh-pages") == _whole(repo, git(tmp_path, "rev-parse", "HEAD").strip())
