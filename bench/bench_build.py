"""Benchmark of the build: the project's `mkdocs build` against plain Material on the same Markdown.

Run: .venv/bin/python bench/bench_build.py [--runs 5]

Three builds of both languages (docs/fr, docs/en), each language a fresh `mkdocs build` process
as a developer or CI runs it, timed together (fr then en):

  plain Material     the same Markdown with Material alone: no hooks, no overrides, no extra CSS or
                     JavaScript, no generated pages (a minimal mkdocs.yml per language, written to a
                     temporary folder: theme, language, search, the same Markdown extensions with
                     Python-Markdown's own slugify)
  project, no hooks  the project's configuration with `hooks: []`: what the hooks alone cost
  project            `mkdocs build -f mkdocs.yml` and `-f mkdocs.en.yml`, hooks on

The configurations take turns within each run, so that a change in the machine's load falls on
all three; medians of --runs runs. Figures only; nothing is asserted.
Goals: the project at most 1.15x without its hooks.
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

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
LANGS = (("fr", "mkdocs.yml"), ("en", "mkdocs.en.yml"))


def plain_config(folder: Path, lang: str) -> Path:
    """A minimal Material configuration for the language's Markdown, in `folder`."""
    config = {
        "site_name": f"Plain Material ({lang})",
        "docs_dir": str(ROOT / "docs" / lang),
        "use_directory_urls": True,
        "theme": {"name": "material", "language": lang, "font": False},
        "plugins": [{"search": {"lang": lang}}],
        "markdown_extensions": [{"toc": {"permalink": True, "toc_depth": "2-6"}}, "tables", "attr_list"],
    }
    path = folder / f"plain-{lang}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def without_hooks(lang: str, config_file: str) -> Path:
    """The project's configuration without its hooks: a sibling file (paths are relative to it)."""
    path = ROOT / f".bench-nohooks-{lang}.yml"
    path.write_text(f"INHERIT: {config_file}\nhooks: []\n", encoding="utf-8")
    return path


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(config: Path, site: Path) -> tuple[float, float]:
    """One `mkdocs build` in a fresh process: its wall time and CPU time (with its own children), in seconds."""
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=ROOT, env=ENV, check=True)
    return time.perf_counter() - start, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp = Path(tmp)
        configs = {
            "plain Material": {lang: plain_config(tmp, lang) for lang, _ in LANGS},
            "project, no hooks": {lang: without_hooks(lang, name) for lang, name in LANGS},
            "project": {lang: ROOT / name for lang, name in LANGS},
        }
        times: dict[str, dict[str, list[tuple[float, float]]]] = {name: {lang: [] for lang, _ in LANGS}
                                                                  for name in configs}
        try:
            for name, files in configs.items():  # once each, untimed: file system cache, .pyc files
                for lang, config in files.items():
                    build(config, tmp / "site" / name / lang)
            for _ in range(args.runs):
                for name, files in configs.items():
                    for lang, config in files.items():
                        times[name][lang].append(build(config, tmp / "site" / name / lang))
        finally:
            for lang, _ in LANGS:
                (ROOT / f".bench-nohooks-{lang}.yml").unlink(missing_ok=True)
    def median(name: str, langs: list[str], which: int) -> float:
        """Median over runs of the wall (0) or CPU (1) seconds of `langs` built one after the other."""
        return statistics.median(sum(times[name][lang][run][which] for lang in langs) for run in range(args.runs))

    both = [lang for lang, _ in LANGS]
    plain = median("plain Material", both, 0), median("plain Material", both, 1)
    print(f"\nmkdocs build of both languages, each a fresh process; median of {args.runs} runs "
          "(wall time, then CPU time of the process and its children)\n")
    print("| build | fr + en | fr | en | × plain Material | CPU fr + en | × plain Material |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in configs:
        wall, cpu = median(name, both, 0), median(name, both, 1)
        print(f"| {name} | {wall:.2f} s | {median(name, ['fr'], 0):.2f} s | {median(name, ['en'], 0):.2f} s "
              f"| {wall / plain[0]:.2f}× | {cpu:.2f} s | {cpu / plain[1]:.2f}× |")
    print(f"\nhooks: {median('project', both, 0) / median('project, no hooks', both, 0):.2f}× the project without "
          f"them in wall time, {median('project', both, 1) / median('project, no hooks', both, 1):.2f}× in CPU time "
          "(goal ≤ 1.15)")

if __name__ == "__main__":
    main()
