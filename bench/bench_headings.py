"""Benchmark of a text with thousands of headings: parsing it, and working out its page's ids against the version before.

Run: .venv/bin/python bench/bench_headings.py [--sizes 750 1500 3000]
A synthetic page of N `##` headings, two in three numbered (`## 7. Section 7`) and one in three plain (each a
`structure.unnumbered-heading` finding), each over a paragraph linking the section before. Its cost should double
when N doubles: the ratio printed is the time at N over the time at the size before it (2 is linear, 4 quadratic).
Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policysite import anchors, document  # noqa: E402


def page(size: int, *, word: str = "Text") -> str:
    """The synthetic page of `size` headings (`word` varies the paragraphs: a later version)."""
    lines = ["---", "date: 2024-01-01", "---", "", "# Policy", ""]
    for n in range(1, size + 1):
        heading = f"## Plain heading {n}" if n % 3 == 0 else f"## {n}. Section {n}"
        lines += [heading, "", f"{word} of section {n}, see [the one before](#s{max(1, n - 1)}).", ""]
    return "\n".join(lines)


def timed(size: int) -> tuple[float, float]:
    """Seconds of CPU to parse the page, and to work out its ids against the version before it."""
    start = time.process_time()
    old = document.parse(page(size), path="en/index.md", lang="en")
    parsed = time.process_time() - start
    new = document.parse(page(size, word="Words"), path="en/index.md", lang="en")
    start = time.process_time()
    anchors.page_anchors(new, previous=old, previous_version="2024-01-01")
    return parsed, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[750, 1500, 3000])
    args = parser.parse_args()
    before: tuple[float, float] | None = None
    for size in args.sizes:
        parsed, ids = timed(size)
        ratio = f" (×{parsed / before[0]:.1f}, ×{ids / before[1]:.1f})" if before else ""
        print(f"{size:>6} headings: parse {parsed:.2f} s, ids against the version before {ids:.2f} s{ratio}",
              flush=True)
        before = (parsed, ids)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
