"""Benchmark of `policy publish` of one version, wall and CPU time: as it is (its PDFs printed in the build
process) and, for reference, with PDFs that cost nothing to print, so the difference is what printing adds.

Run: .venv/bin/python bench/bench_publish.py [--runs N]
A temporary repository holds today's project files and the real policy (both languages) as two dated
versions; the first is published, then the second is published N times in each mode, in turn, the
branch put back before each run. Each run is a fresh `policy publish` process (the print engine's import
included, as a user pays it). CPU is the process's and its children's, user + system. Figures only;
nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import ENV, commit_version, git, make_history, policy  # noqa: E402

MODES = {
    "as built": "",
    # A reference: the same publication with a PDF that costs nothing to print (neither printed nor imported).
    "nowhere (reference)": ("from policysite import printing; "
                            "printing.printed = lambda page: printing.Printed(b'%PDF-1.7 reference', page.key); "),
}


def publish(repo: Path, mode: str) -> tuple[float, float]:
    code = (MODES[mode] + "import sys; from policysite import cli; "
            f"sys.exit(cli.main(['--root', {str(repo)!r}, 'publish']))")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"policy publish failed:\n{result.stdout}{result.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        repo = Path(tmp) / "repo"
        make_history(repo, 1)
        policy(repo, "history")
        base = git(repo, "rev-parse", "gh-pages").strip()
        commit_version(repo, 1)
        times: dict[str, list[tuple[float, float]]] = {mode: [] for mode in MODES}
        for _ in range(args.runs):
            for mode in MODES:
                git(repo, "update-ref", "refs/heads/gh-pages", base)
                times[mode].append(publish(repo, mode))
        for mode, runs in times.items():
            print(f"policy publish, PDFs printed {mode}: wall median {statistics.median(w for w, _ in runs):.2f} s "
                  f"(best {min(w for w, _ in runs):.2f} s), CPU median {statistics.median(c for _, c in runs):.2f} s "
                  f"of {args.runs}")
    print(f"load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
