"""Benchmark of importing a page holding one large HTML table (a cookie list, a processors' register): its conversion.

Run: .venv/bin/python bench/bench_import_table.py [--cells 12500 25000 50000] [--columns 4]
A synthetic page, a title, a section and a table of N cells (`--columns` a row), converted as `policy import` converts
an HTML page, then read by `policy check`'s renderer. Its cost should double when N doubles: the ratio printed is the
time at N over the time at the size before it (2 is linear, 4 quadratic). CPU seconds (process time), a warm process.
Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policysite import rendering  # noqa: E402
from policysite.convert import convert  # noqa: E402


def page(cells: int, columns: int) -> str:
    head = "".join(f"<th>Column {c}</th>" for c in range(columns))
    rows = "".join("<tr>" + "".join(f"<td>Cookie {r} field {c}</td>" for c in range(columns)) + "</tr>"
                   for r in range(max(1, cells // columns)))
    return (f"<html><body><h1>Privacy</h1><h2>1. Cookies</h2><p>We use these.</p><table><thead><tr>{head}</tr>"
            f"</thead><tbody>{rows}</tbody></table></body></html>")


def timed(cells: int, columns: int, folder: Path) -> tuple[float, float]:
    """CPU seconds to convert the page, and to check the Markdown it gives."""
    path = folder / f"privacy-{cells}-2024-01-01.html"
    path.write_text(page(cells, columns), encoding="utf-8")
    start = time.process_time()
    converted = convert(path)
    converting = time.process_time() - start
    start = time.process_time()
    rendering.check(f"---\ndate: 2024-01-01\n---\n\n{converted.markdown}", path="docs/en/index.md", lang="en")
    return converting, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, nargs="+", default=[12500, 25000, 50000])
    parser.add_argument("--columns", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        timed(400, args.columns, Path(scratch))  # (imports and first compilations: not counted)
        before: tuple[float, float] | None = None
        for cells in args.cells:
            converting, checking = timed(cells, args.columns, Path(scratch))
            ratio = f" (×{converting / before[0]:.1f}, ×{checking / before[1]:.1f})" if before else ""
            print(f"{cells:>7} cells: convert {converting:.2f} s ({converting / cells * 1e6:.0f} µs a cell), "
                  f"check {checking:.2f} s{ratio}", flush=True)
            before = (converting, checking)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
