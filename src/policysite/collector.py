"""The garbage collector's pace in a `policy` command's own process.

Python's defaults (a young collection every 700 new containers, a whole one every 100 young ones when the old have
grown by a quarter) cost a publication onto 1,000 versions some 0.27 s of CPU, 0.13 s onto 3 (four and two whole
collections of a heap of 180 and 117 MiB, each read in full: perf6, bench/README). A young collection every 50,000
new containers reads the same objects (the cycles are found as before, later), and the modules loaded before the
command starts are set apart from every collection (`gc.freeze`: they live as long as the process). Once a process,
and only where the command is the process (the `policy` script): a test calling `cli.main` keeps its own.
"""
from __future__ import annotations

import gc

THRESHOLDS = (50_000, 10, 10)

_SET: list[bool] = []


def for_command() -> None:
    """Set this process's collector for a command (the second call: nothing)."""
    if _SET:
        return
    _SET.append(True)
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
