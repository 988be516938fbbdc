"""Benchmark of `policy check`: the whole cold process, as the legal team and CI run it (goal: under 1 s).

Run: .venv/bin/python bench/bench_check.py [--runs 5]
The check's cost inside a build is in bench_build.py (the project with and without its hooks).
Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check_process() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policysite.cli", "check"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    check_process()  # warm the file system cache
    times = [check_process() for _ in range(args.runs)]
    print(f"policy check, whole process: median {statistics.median(times) * 1000:.0f} ms of {args.runs} "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; goal < 1000 ms; "
          f"load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
