"""Benchmark the checks: `policy check` as a whole cold process, and a build with the check hooks
against the same build without them (goals: under 1 s; at most 1.15x)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def median_seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def check_process() -> None:
    subprocess.run([sys.executable, "-m", "policysite.cli", "check"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


def build_both(*, hooks: bool, site: Path) -> None:
    """`mkdocs build` of each language as a fresh process, as a developer or CI runs it."""
    for lang, config_file in (("fr", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
        if not hooks:
            # Same config without hooks: a sibling file (paths are relative to it) that inherits and drops them.
            plain = ROOT / f".bench-nohooks-{lang}.yml"
            plain.write_text(f"INHERIT: {config_file}\nhooks: []\n", encoding="utf-8")
            config_file = plain.name
        try:
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config_file, "-d",
                            str(site / lang)], cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        finally:
            if not hooks:
                plain.unlink()


def main() -> None:
    check = median_seconds(check_process)
    print(f"policy check, whole process: median {check * 1000:.0f} ms of {RUNS} (goal < 1000 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        build_both(hooks=True, site=site)  # warm the file system cache once for both
        plain = median_seconds(lambda: build_both(hooks=False, site=site))
        hooked = median_seconds(lambda: build_both(hooks=True, site=site))
    print(f"mkdocs build of each language, without hooks: median {plain * 1000:.0f} ms")
    print(f"mkdocs build of each language, with hooks:    median {hooked * 1000:.0f} ms "
          f"(ratio {hooked / plain:.2f}, goal <= 1.15)")


if __name__ == "__main__":
    main()
