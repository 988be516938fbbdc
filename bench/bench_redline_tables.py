"""Benchmark of the redline of a table: N rows, a column removed from the middle, each row's date cell edited.

Run: .venv/bin/python bench/bench_redline_tables.py [--sizes 10 40 200 2000]
CPU time (user + system, resource.getrusage) of `redline.diff` of the two versions, the best of a few runs: the
columns are paired by content (engine.match_columns), the rows by their kept cells; a replaced run of rows is
searched for the most alike pairs up to engine.MAX_RUN_BLOCKS pairs, beyond it each row is paired in its place, so
the time follows N, not its square or cube.
"""
from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policysite import document, redline  # noqa: E402


def version(rows: int, *, edited: bool) -> document.Policy:
    """A synthetic policy of one table of `rows` rows: Data | Kept | Why | Date, or edited: without `Kept`, each
    date a year later."""
    year = 2031 if edited else 2030
    head = "| Data | Why | Date |\n|---|---|---|\n" if edited else "| Data | Kept | Why | Date |\n|---|---|---|---|\n"
    body = "".join(f"| item {k} |{'' if edited else f' kept {k} days |'} purpose {k} of the processing | "
                   f"{year}-01-{k % 28 + 1:02d} |\n" for k in range(rows))
    text = f"---\ndate: {year}-01-01\n---\n# Synthetic\n\n## 1. Table\n\n{head}{body}"
    return document.parse(text, path="index.md", lang="en")


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40, 200, 2000])
    args = parser.parse_args()
    redline.diff(version(3, edited=False), version(3, edited=True))  # imports and first compilations
    for rows in args.sizes:
        old, new = version(rows, edited=False), version(rows, edited=True)
        best = float("inf")
        for _ in range(5):
            start = cpu()
            result = redline.diff(old, new)
            best = min(best, cpu() - start)
        kinds: dict[str, int] = {}
        for block in result.sections[1].blocks:
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
        print(f"{rows:>6} rows: {best * 1000:8.1f} ms CPU  {kinds}")


if __name__ == "__main__":
    main()
