"""Benchmark of a version's PDF: time to print it, per language, and the bytes it adds to a version.

Run: .venv/bin/python bench/bench_pdf.py [--runs N]
Prints the load average and WeasyPrint's import (paid once per build process), then per language
the median and best wall time, and the median CPU time, of N prints of the project's full policy
(`pdf.render_pdf`: the HTML from the model, then `pdf.print_page` as a build prints it) split into the
HTML from the document model, WeasyPrint's layout and its PDF writing, and the PDF's size as
written and as git stores it (zlib, level 9: the PDF's own streams are already deflated).
Goals: under 0.5 s per version and language; under 150 KB added per version (all languages).
"""
from __future__ import annotations

import argparse
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

from policysite import document, pdf  # noqa: E402

VERSION_URL = "https://example.test/policy/{lang}/{version}/"


def import_time() -> float:
    """WeasyPrint's import in a fresh interpreter, as a build process pays it."""
    code = "import time; t = time.perf_counter(); import weasyprint; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from weasyprint import HTML

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}, {os.cpu_count()} cores")
    print(f"weasyprint import (fresh process): {import_time() * 1000:.0f} ms")
    total, total_stored = 0, 0
    for lang in ("fr", "en"):
        source = (ROOT / "docs" / lang / "index.md").read_bytes()
        policy = document.parse(source.decode("utf-8"), path=f"{lang}/index.md", lang=lang)
        version = policy.date.isoformat() if policy.date else "2021-02-17"
        url = VERSION_URL.format(lang=lang, version=version)
        pdf.render_pdf(source, env=env, lang=lang, version=version, url=url)  # warm: fonts found, caches filled
        whole, cpu, parts = [], [], {"html": [], "layout": [], "write": []}
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            data = pdf.render_pdf(source, env=env, lang=lang, version=version, url=url)
            whole.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            start = time.perf_counter()
            page = pdf.html(source, env=env, lang=lang, version=version, url=url)
            made = time.perf_counter()
            rendered = HTML(string=page).render(font_config=pdf.font_configuration(), **pdf.OPTIONS)
            laid = time.perf_counter()
            rendered.write_pdf(**pdf.OPTIONS)
            done = time.perf_counter()
            parts["html"].append(made - start)
            parts["layout"].append(laid - made)
            parts["write"].append(done - laid)
        stored = len(zlib.compress(data, 9))
        total += len(data)
        total_stored += stored
        split = " + ".join(f"{name} {statistics.median(times) * 1000:.0f}" for name, times in parts.items())
        print(f"{lang}: {len(policy.sections)} sections, {len(rendered.pages)} pages: median "
              f"{statistics.median(whole) * 1000:.0f} ms, best {min(whole) * 1000:.0f} ms of {args.runs} "
              f"({split} ms), CPU median {statistics.median(cpu) * 1000:.0f} ms; {len(data) / 1024:.1f} KiB written, {stored / 1024:.1f} KiB stored by git")
    print(f"one version, every language: {total / 1024:.1f} KiB written ({total / 1000:.1f} KB), "
          f"{total_stored / 1024:.1f} KiB stored by git")
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
