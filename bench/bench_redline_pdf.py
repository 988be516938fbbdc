"""Benchmark of the redline's PDF (`policy diff --format pdf`): what one costs beside the Word one, in CPU and bytes.

Run: .venv/bin/python bench/bench_redline_pdf.py [--runs N]
The frozen policy of tests/data/policy in each language, against the next version bench_redline.mutate makes (a
section inserted, every later one renumbered, one removed, a word edited in every seventh paragraph). Each print
is made again (the process's memory of printed PDFs emptied); its CPU is this process's and the print server's
(typeset.py, read from /proc), user and system.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_redline import mutate  # noqa: E402

from policysite import document, redline, typeset  # noqa: E402
from policysite.redline.docx import render_docx  # noqa: E402
from policysite.redline.pdf import render_pdf  # noqa: E402


def server_cpu() -> float:
    """The print server's user + system CPU so far, in seconds (0 before it starts)."""
    server = typeset._server
    if server is None:
        return 0.0
    fields = Path(f"/proc/{server.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu(make: Callable[[], bytes]) -> tuple[float, int]:
    """The CPU one call of `make` takes (this process and the print server), and its bytes."""
    typeset._printed.clear()
    before = resource.getrusage(resource.RUSAGE_SELF)
    server_before = server_cpu()
    data = make()
    after = resource.getrusage(resource.RUSAGE_SELF)
    spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime + server_cpu() - server_before
    return spent, len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {args.runs} runs each, median (min) CPU, user + system")
    for lang in ("fr", "en"):
        text = (ROOT / "tests" / "data" / "policy" / lang / "index.md").read_text(encoding="utf-8")
        old = document.parse(text, path="a", lang=lang)
        new = document.parse(mutate(text), path="b", lang=lang)
        r = redline.diff(old, new)
        render_pdf(r, site="bench", lang=lang)  # the server started and warm
        print(f"\n[{lang}] {len(text.split())} words, {len(old.sections)} sections; summary {r.summary.counts}")
        for label, make in (("pdf", lambda: render_pdf(r, site="bench", lang=lang)),
                            ("docx", lambda: render_docx(r, author="bench", lang=lang))):
            found = [cpu(make) for _ in range(args.runs)]
            spent = [s for s, _ in found]
            print(f"  {label:<5} {statistics.median(spent) * 1000:7.0f} ms ({min(spent) * 1000:.0f}), "
                  f"{found[0][1]:,} bytes")


if __name__ == "__main__":
    main()
