"""Benchmark of `policy publish` of one version onto an archive of N versions (issue 16: within 1.2x of onto a few).

The archive: `bench_history.make_history` of 3 versions published by `policy history`; for N above 3, N - 3 versions
dated weekly before the first, each one commit `Publish <date> (fr, en) from <its commit>` written by `git
fast-import`: the first version's files under the new date (the PDF renamed), its manifest with the date replaced,
versions.json and versions-recent.json as `branch.listings` writes them; the folders kept as this machine's builds
(`rebuilt_pages.keep_built`, as the publishing machine keeps them); then `policy history --archive-only` (history
pages, feeds). Onto it, versions 4, 5 and 6 are committed and published, each by a fresh `policy publish`: the first
reads every page of the branch once (the output check's verdicts are kept by this code's digest: a cold machine), the
next two are what a publishing machine pays. CPU is user + system of the command and its git (`os.wait4`): the
machine may be shared, walls say little. Figures only; nothing is asserted.

Run: .venv/bin/python bench/bench_publish_onto.py [--sizes 3 1000] [--rounds 2]
(perf5; perf4's scratch scripts, session 45, made the same archive)
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_history as bh  # noqa: E402

SEED = "2000-01-03"  # make_history's first version's date


def _git(repo: Path, *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, input=data).stdout


def widen(repo: Path, versions: int) -> None:
    """`repo`'s gh-pages (3 versions published) given `versions` - 3 more before its first, in one fast-import."""
    from policysite import branch, rebuilt_pages
    from policysite.project import opened

    listing = [line.split(None, 3) for line in _git(repo, "ls-tree", "-r", "gh-pages").decode().splitlines()]
    real = sorted({path.split("/")[1].removesuffix(".json") for _m, _k, _s, path in listing
                   if path.startswith("manifest/") and path.count("/") == 1})
    files = {lang: [(mode, sha, path[len(f"{lang}/{SEED}/"):]) for mode, _k, sha, path in listing
                    if path.startswith(f"{lang}/{SEED}/")] for lang in ("fr", "en")}
    manifest = _git(repo, "show", f"gh-pages:manifest/{SEED}.json").decode()
    commit = manifest.split('"commit": "')[1][:12]
    extra = [(dt.date(1999, 12, 27) - dt.timedelta(weeks=k)).isoformat() for k in range(versions - len(real))]
    lines: list[bytes] = []
    for n, date in enumerate(extra):
        message = f"Publish {date} (fr, en) from {commit}".encode()
        lines += [b"commit refs/heads/gh-pages", b"committer p <p@x> %d +0000" % (946900000 + n),
                  b"data %d" % len(message), message]
        if n == 0:
            lines.append(b"from refs/heads/gh-pages^0")
        for lang, held in files.items():
            lines += [f"M {mode} {sha} {lang}/{date}/{rel.replace(SEED, date)}".encode() for mode, sha, rel in held]
        data = manifest.replace(SEED, date).encode()
        lines += [f"M 100644 inline manifest/{date}.json".encode(), b"data %d" % len(data), data]
    dates = sorted(real + extra)
    for lang in ("fr", "en"):
        for name, data in zip(("versions.json", "versions-recent.json"), branch.listings(dates, lang)):
            lines += [f"M 100644 inline {lang}/{name}".encode(), b"data %d" % len(data), data]
    _git(repo, "fast-import", "--quiet", data=b"\n".join([*lines, b""]))
    pages = [(f"{lang}/{date}/{rel.replace(SEED, date)}", sha) for lang, held in files.items() for date in extra
             for _mode, sha, rel in held]
    with opened(repo) as project:
        rebuilt_pages.keep_built(project, pages)


def publish_cpu(repo: Path) -> tuple[float, int, int]:
    """CPU seconds of one `policy publish` and its children, its peak memory (KiB), its exit status."""
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.execve(str(bh.BIN / "policy"), [str(bh.BIN / "policy"), "--root", str(repo), "publish"], bh.ENV)
    _pid, status, usage = os.wait4(pid, 0)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[3, 100])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed"
        bh.make_history(seed, 3)
        bh.policy(seed, "history")
        figures: dict[int, list[list[float]]] = {}
        for size in args.sizes:
            made = Path(tmp) / f"n{size}"
            shutil.copytree(seed, made, symlinks=True)
            if size > 3:
                widen(made, size)
            bh.policy(made, "history", "--archive-only")
            for _round in range(args.rounds):
                repo = Path(tmp) / "run"
                shutil.rmtree(repo, ignore_errors=True)
                shutil.copytree(made, repo, symlinks=True)
                runs = []
                for n in (4, 5, 6):
                    bh.commit_version(repo, n)
                    cpu, peak, status = publish_cpu(repo)
                    if status:
                        raise SystemExit(f"policy publish of version {n} onto {size} failed ({status})")
                    runs.append(cpu)
                    print(f"onto {size + n - 4:5d}: version {n} {cpu:6.2f} s CPU, peak {peak / 1024:.0f} MiB",
                          flush=True)
                figures.setdefault(size, []).append(runs)
            shutil.rmtree(made)
        print("\nsize   first (cold verdicts)   next two (min, median)")
        for size, rounds in figures.items():
            nexts = [cpu for runs in rounds for cpu in runs[1:]]
            print(f"{size:5d}   {min(runs[0] for runs in rounds):6.2f} s   "
                  f"{min(nexts):6.2f} s, {statistics.median(nexts):6.2f} s")
        if len(figures) > 1:
            low, high = min(figures), max(figures)
            ratio = min(c for r in figures[high] for c in r[1:]) / min(c for r in figures[low] for c in r[1:])
            print(f"onto {high} / onto {low} (min of the next): {ratio:.2f}x (goal: within 1.2x)")


if __name__ == "__main__":
    main()
