"""Benchmark of what `policy publish` pays to judge the versions' folders it carries without writing them
(rebuilt_pages, safety4 of session 33, safety5 of session 34): on an archive this machine wrote (its pages kept by
place and blob id: none built again), the same on a machine that kept nothing (each version built again once), and
with one version's page edited on the branch (that version built again and compared); and the walk of the branch's
history that reads its PDFs' digests against the manifests it first added (safety59).

Run: .venv/bin/python bench/bench_rebuilt.py [--versions 30]
A temporary repository of --versions synthetic dated versions (bench_history's) is published by `policy history`;
`refuse_unlike_rebuild` is then timed against the branch as a publication finds it. Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import git, make_history, policy  # noqa: E402

from policysite import branch, rebuilt_pages  # noqa: E402
from policysite.git import list_files as git_files  # noqa: E402
from policysite.project import opened  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and its children (git, the build's workers), user + system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds (`_cpu`) of `runs` calls of `fn`."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), _cpu()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=30)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-rebuilt-") as tmp:
        repo = Path(tmp) / "repo"
        dated = make_history(repo, args.versions)
        policy(repo, "history")
        with opened(repo) as project:
            state = branch.read_branch(project.repo, branch="gh-pages", remote="origin")
            tip = state.base or ""
            unedited = timed(lambda: rebuilt_pages.refuse_unlike_rebuild(project, tip, state), 5)
            print(f"{args.versions} versions, no folder edited, written by this machine: {unedited[0] * 1000:.1f} ms "
                  f"wall, {unedited[1] * 1000:.1f} ms CPU (versions built again: 0)")
            listing = git_files(project.repo, tip)  # (the gate holds the new commit's files)

            def walked() -> None:
                branch._ADDITIONS.clear()  # (a publication's commit is new: the branch's history is walked once)
                branch._LAST_MANIFESTS.clear()
                rebuilt_pages.replaced_prints(project, tip, project.settings.manifest_dir, on="gh-pages", listing=listing)

            walk = timed(walked, 5)
            print(f"{args.versions} versions, PDFs' digests against the manifests the branch's history first added "
                  f"(safety59, uncached): {walk[0] * 1000:.1f} ms wall, {walk[1] * 1000:.1f} ms CPU")
            kept = Path(tmp) / "kept"
            shutil.copytree(project.passed, kept)

            def nothing_kept() -> None:
                shutil.rmtree(project.passed, ignore_errors=True)
                rebuilt_pages.refuse_unlike_rebuild(project, tip, state)

            fresh = timed(nothing_kept, 1)
            print(f"{args.versions} versions, no folder edited, nothing kept (a fresh clone): {fresh[0]:.2f} s wall, "
                  f"{fresh[1]:.2f} s CPU (every version built again once)")
            shutil.rmtree(project.passed, ignore_errors=True)
            shutil.copytree(kept, project.passed)
            oldest = dated[0][0]
            page = f"fr/{oldest}/index.html"
            work = Path(tmp) / "pages"
            git(repo, "worktree", "add", "-q", str(work), "gh-pages")
            (work / page).write_bytes((work / page).read_bytes() + b"\n")  # a page of the same chrome, one byte more
            git(work, "commit", "-q", "-am", f"Rebuild {oldest} (fr) by hand")
            edited = git(repo, "rev-parse", "gh-pages").strip()

            def cold() -> None:
                shutil.rmtree(project.passed, ignore_errors=True)
                shutil.copytree(kept, project.passed)  # the other versions' pages kept: that one built
                try:
                    rebuilt_pages.refuse_unlike_rebuild(project, edited, state)
                except Exception as exc:  # noqa: BLE001 - the edited page is refused: what is timed is the rebuild
                    assert "differs from a rebuild" in str(exc), exc

            one = timed(cold, 3)
            print(f"{args.versions} versions, one version's page edited: {one[0]:.2f} s wall, {one[1]:.2f} s CPU "
                  "(that version built again and compared, refused)")


if __name__ == "__main__":
    main()
