"""Benchmark of a version's PDF: time to print it, per language, and the bytes it adds to a version.

Run: .venv/bin/python bench/bench_pdf.py [--runs N]
Prints the load average and the print engine's import (paid once per build process), then per language
the median and best wall time, and the median CPU time, of N prints of the project's full policy
(the data from the document model, then `typeset.typeset` in this process, so that its CPU is counted:
a build sends it to its print server, the same work) split into the data, Typst's layout and PDF writing,
and pikepdf's packing (the page contents' strings written raw, pdfstrings, then the objects packed in one object stream, pdfpack); the wall time of `pdf.render_pdf` as a build calls it (through the server's pipe);
and the PDF's size as written and as git stores it (zlib, level 9: the PDF's own streams are already
deflated); the CPU of the publish gate's check of the PDF it serves (pdfactions.pdf_action: its actions, and the words
a reader gets in place of the printed ones; pdfunread.pdf_unread: words drawn outside the pages' content;
pdffonts.pdf_glyphs: each glyph drawn as its face draws its mapped text, its first call apart: the faces read once a
process; pdfplaces.pdf_hidden: each run of glyphs in view, uncovered, unclipped, legible), median of N. The first print of a process is given apart (cold caches).
Goals: under 0.5 s per version and language; under 150 KB added per version (all languages).
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jinja2 import Environment, FileSystemLoader  # noqa: E402

from policysite import (  # noqa: E402
    document,
    pdf,
    pdfactions,
    pdffonts,
    pdfpack,
    pdfplaces,
    pdfstrings,
    pdfunread,
    typeset,
)

VERSION_URL = "https://example.test/policy/{lang}/{version}/"


def import_time() -> float:
    """Typst's and pikepdf's import in a fresh interpreter, as a build process pays it."""
    code = "import time; t = time.perf_counter(); import typst, pikepdf; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    import pikepdf
    import typst

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}, {os.cpu_count()} cores")
    print(f"typst and pikepdf import (fresh process): {import_time() * 1000:.0f} ms")
    total, total_stored = 0, 0
    for lang in ("fr", "en"):
        source = (ROOT / "docs" / lang / "index.md").read_bytes()
        policy = document.parse(source.decode("utf-8"), path=f"{lang}/index.md", lang=lang)
        version = policy.date.isoformat() if policy.date else "2021-02-17"
        url = VERSION_URL.format(lang=lang, version=version)
        start_cpu = time.process_time()
        first_page = pdf.source(source, env=env, lang=lang, version=version, url=url)
        typeset.typeset(first_page.template, first_page.data, fonts=(), standards=pdf.STANDARDS)
        first = time.process_time() - start_cpu
        whole, cpu, served = [], [], []
        parts: dict[str, list[float]] = {"data": [], "typst": [], "pikepdf": []}
        for n in range(args.runs):
            url_n = f"{url}?run={n}"  # another text each run: nothing served from Typst's memo of a compile
            start, start_cpu = time.perf_counter(), time.process_time()
            page = pdf.source(source, env=env, lang=lang, version=version, url=url_n)
            data = typeset.typeset(page.template, page.data, fonts=(), standards=pdf.STANDARDS)
            whole.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            start = time.perf_counter()
            pdf.render_pdf(source, env=env, lang=lang, version=version, url=url_n + "/")
            served.append(time.perf_counter() - start)
            start = time.perf_counter()
            page = pdf.source(source, env=env, lang=lang, version=version, url=url_n + "x")
            made = time.perf_counter()
            printed = typst.compile(page.template.encode("utf-8"), sys_inputs={"data": page.data},
                                    ignore_system_fonts=True, pdf_standards=["ua-1"])
            laid = time.perf_counter()
            with pikepdf.open(io.BytesIO(printed)) as doc:
                pdfstrings.rewrite(doc)
                pdfpack.packed(doc)
                pages = len(doc.pages)
            done = time.perf_counter()
            parts["data"].append(made - start)
            parts["typst"].append(laid - made)
            parts["pikepdf"].append(done - laid)
        checked, unread, glyphs, placed = [], [], [], []
        start_cpu = time.process_time()
        pdffonts.pdf_glyphs(data)
        glyphs_first = time.process_time() - start_cpu
        for _ in range(args.runs):
            start_cpu = time.process_time()
            pdffonts.pdf_glyphs(data)
            glyphs.append(time.process_time() - start_cpu)
            start_cpu = time.process_time()
            pdfactions.pdf_action(data)
            checked.append(time.process_time() - start_cpu)
            start_cpu = time.process_time()
            pdfunread.pdf_unread(data)
            unread.append(time.process_time() - start_cpu)
            start_cpu = time.process_time()
            pdfplaces.pdf_hidden(data)
            placed.append(time.process_time() - start_cpu)
        stored = len(zlib.compress(data, 9))
        total += len(data)
        total_stored += stored
        split = " + ".join(f"{name} {statistics.median(times) * 1000:.0f}" for name, times in parts.items())
        print(f"{lang}: {len(policy.sections)} sections, {pages} pages: first print {first * 1000:.0f} ms CPU; "
              f"then median {statistics.median(whole) * 1000:.0f} ms, best {min(whole) * 1000:.0f} ms of {args.runs} "
              f"({split} ms), CPU median {statistics.median(cpu) * 1000:.0f} ms; through the print server "
              f"{statistics.median(served) * 1000:.0f} ms; {len(data) / 1024:.1f} KiB "
              f"written, {stored / 1024:.1f} KiB stored by git; the gate's check "
              f"{statistics.median(checked) * 1000:.1f} ms CPU, its words drawn outside the pages' content "
              f"(pdfunread) {statistics.median(unread) * 1000:.2f} ms CPU, its glyphs against their faces "
              f"(pdffonts) first {glyphs_first * 1000:.0f} ms, then {statistics.median(glyphs) * 1000:.1f} ms CPU, "
              f"its glyphs in view (pdfplaces) {statistics.median(placed) * 1000:.1f} ms CPU")
    print(f"one version, every language: {total / 1024:.1f} KiB written ({total / 1000:.1f} KB), "
          f"{total_stored / 1024:.1f} KiB stored by git")
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
