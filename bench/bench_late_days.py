"""Benchmark of what the at page's late days cost an archive build: `at.reached_days` and `at.late_windows` at N
versions (building.build_archive asks them once per build: publish, refresh, verify, export).

Run: .venv/bin/python bench/bench_late_days.py [--versions 100 1000]   (BENCH_ROOT=<another checkout>: its src measured)

A synthetic repository whose `gh-pages` has one commit a version (one `git fast-import`), each adding its manifest
on the day after its date for one version in ten (published late), else on its date. Measured, in CPU (user+sys of
this process and its git children): the first call at a commit (the branch's history read) and again (its manifests'
additions kept; the commits' days read again), and the windows from the days.

Figures only; nothing is asserted (see bench/README.md).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT / "src"))

ENV = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.test",
       "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.test", "GIT_CONFIG_GLOBAL": os.devnull}


def make(repo: Path, versions: int) -> list[str]:
    """`versions` commits on gh-pages, each adding a version's manifest, one in ten a day after its date."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], env=ENV, check=True)
    start, stream, dates = dt.date(2000, 1, 1), [], []
    for n in range(versions):
        day = start + dt.timedelta(days=7 * n)
        stamp = int(dt.datetime.combine(day + dt.timedelta(days=1 if n % 10 == 5 else 0), dt.time(12),
                                        dt.UTC).timestamp())
        data = f'{{"version": "{day}"}}\n'
        stream.append(f"commit refs/heads/gh-pages\ncommitter Bench <bench@example.test> {stamp} +0000\n"
                      f"data <<END\nPublish {day} (bench)\nEND\nM 100644 inline manifest/{day}.json\n"
                      f"data {len(data)}\n{data}\n")
        dates.append(day.isoformat())
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, env=ENV, input="".join(stream).encode(), check=True)
    return dates


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    from policysite import at, git

    for versions in args.versions:
        with tempfile.TemporaryDirectory() as tmp:
            dates = make(Path(tmp), versions)
            repo = git.open_repo(Path(tmp))
            rev = git.rev_parse(repo, "gh-pages")
            today = dt.date.fromisoformat(dates[-1])
            figures = []
            for _ in range(2):
                before = cpu()
                days = at.reached_days(repo, rev, "manifest", dates, today=today)
                figures.append(cpu() - before)
            before = cpu()
            windows = at.late_windows(days)
            figures.append(cpu() - before)
            print(f"{versions:5} versions: reached_days {figures[0] * 1000:7.1f} ms first, {figures[1] * 1000:6.1f} ms "
                  f"again; late_windows {figures[2] * 1000:6.1f} ms ({len(windows)} windows)")


if __name__ == "__main__":
    main()
