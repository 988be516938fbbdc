"""Benchmark of the output check of every page a command serves (servedpages, safety hunt 50): CPU on a warm machine
(every page kept as passed in .git/policysite/passed), on a cold one (a fresh clone: each distinct page read), and warm
at about 1,000 versions' worth of page names.

Run: .venv/bin/python bench/bench_served.py [--versions 30] [--scale 40]
A temporary repository of --versions synthetic dated versions (bench_history's) is published by `policy history`; the
check then reads its gh-pages tree. --scale repeats the tree's names that many times over (the same blobs, kept as
passed: what a warm machine looks up at that many versions). Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import make_history, policy  # noqa: E402

from policysite import git, safety, servedpages  # noqa: E402
from policysite.project import opened  # noqa: E402


def cpu(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        servedpages._PASSED.clear()
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=30)
    parser.add_argument("--scale", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-served-") as tmp:
        repo = Path(tmp) / "repo"
        make_history(repo, args.versions)
        policy(repo, "history")
        with opened(repo) as project:
            listing = git.list_files(project.repo, "gh-pages")
            pages = sum(1 for path in listing if path.endswith(servedpages.DOCUMENTS))

            def cold() -> None:
                safety._PASSED.clear()
                shutil.rmtree(project.passed, ignore_errors=True)
                servedpages.unsafe(project, listing)

            cold_cpu = cpu(cold, 3)
            warm_cpu = cpu(lambda: servedpages.unsafe(project, listing), 15)
            big = {f"{n}/{path}": entry for n in range(args.scale) for path, entry in listing.items()}
            big_pages = sum(1 for path in big if path.endswith(servedpages.DOCUMENTS))
            big_cpu = cpu(lambda: servedpages.unsafe(project, big), 5)
    print(f"{args.versions} versions, {len(listing)} files, {pages} pages: cold {cold_cpu:.2f} s CPU "
          f"({cold_cpu / pages * 1000:.1f} ms a page), warm {warm_cpu * 1000:.2f} ms CPU; "
          f"{big_pages} page names warm {big_cpu * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
