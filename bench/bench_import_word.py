"""Benchmark of importing a long Word policy: its conversion, and `policy check`'s renderer on the result.

Run: .venv/bin/python bench/bench_import_word.py [--pages 75 150 300]
A synthetic document written by python-docx (Word's own default template), N pages of some 500 words each: a title, a
numbered section every five pages, a subsection a page, a bulleted list, a table and a page break typed between two
sentences every page. Converted as `policy import` converts a .docx, then read by `policy check`'s renderer. Its cost
should double when N doubles: the ratio printed is the time at N over the time at the size before it (2 is linear, 4
quadratic). CPU seconds (process time) of a warm process, and the process's peak memory. Figures only; nothing is
asserted.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policysite import rendering  # noqa: E402
from policysite.convert import convert  # noqa: E402

_SENTENCE = ("We keep the personal data of each customer only as long as the purpose for which it was collected "
             "requires, and no longer than the law allows. ")


def document(pages: int, path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    written = docx.Document()
    written.add_heading("Acme Group Privacy Policy", 0)
    for page in range(pages):
        if page % 5 == 0:
            written.add_heading(f"{page // 5 + 1}. Section {page // 5 + 1}", 1)
        written.add_heading(f"{page // 5 + 1}.{page % 5 + 1} Subsection", 2)
        for _ in range(3):
            written.add_paragraph(_SENTENCE * 5)
        broken = written.add_paragraph(_SENTENCE)
        broken.add_run().add_break(WD_BREAK.PAGE)
        broken.add_run(_SENTENCE)
        for item in ("Your name", "Your address"):
            written.add_paragraph(item, style="List Bullet")
        table = written.add_table(rows=2, cols=2)
        for row, (kind, period) in enumerate((("Invoices", "10 years"), ("Logs", "1 year"))):
            table.cell(row, 0).text, table.cell(row, 1).text = kind, period
    written.save(str(path))


def timed(pages: int, folder: Path) -> tuple[float, float, int]:
    """CPU seconds to convert the document and to check the Markdown it gives, and the Markdown's characters."""
    path = folder / f"privacy-{pages}-2024-01-01.docx"
    document(pages, path)
    start = time.process_time()
    converted = convert(path)
    converting = time.process_time() - start
    start = time.process_time()
    rendering.check(f"---\ndate: 2024-01-01\n---\n\n{converted.markdown}", path="docs/en/index.md", lang="en")
    return converting, time.process_time() - start, len(converted.markdown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[75, 150, 300])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        timed(2, Path(scratch))  # (imports and first compilations: not counted)
        before: tuple[float, float] | None = None
        for pages in args.pages:
            converting, checking, characters = timed(pages, Path(scratch))
            ratio = f" (×{converting / before[0]:.1f}, ×{checking / before[1]:.1f})" if before else ""
            print(f"{pages:>4} pages, {characters:,} characters: convert {converting:.2f} s, check {checking:.2f} s"
                  f"{ratio}", flush=True)
            before = (converting, checking)
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
