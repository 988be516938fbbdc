"""Benchmark of the history page's body at N versions (archive.history_page, one language): rendered whole, as a
command without a kept folder renders it; with its rows kept (`.git/policysite/history-rows`) and the same versions,
as `policy verify` or a refresh renders it again; and with one version more, as `policy publish` renders it.

Run: .venv/bin/python bench/bench_history_page.py [--versions 100 1000] [--runs 5]
   (BENCH_ROOT=<another checkout>: its src and overrides measured)

Synthetic entries, as an archive build reads them from the manifests (archive.entries_from_extra): a version a week,
each naming two changed sections, one in three with a note, one in four editorial, a PDF each. The environment is
MkDocs' for Material with the project's overrides, as a build has it. CPU of this process (time.process_time), the
median of `--runs`; each run a fresh kept folder, warmed by one rendering. Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT / "src"))


def entries(count: int) -> list:
    from policysite import archive

    raw = []
    for n in range(count):
        version = (dt.date(2000, 1, 3) + dt.timedelta(weeks=n)).isoformat()
        changes = None if n == 0 else {
            "change": "editorial" if n % 4 == 3 else "material", **({"note": f"Révision {n}."} if n % 3 else {}),
            "previous": raw[-1]["version"], "preamble": False,
            "counts": {"added": 0, "changed": 2, "moved": 0, "removed": 0, "renumbered": 0},
            "sections": [{"kind": "changed", "old": str(s), "new": str(s), "title": f"Section {s}", "changed": True}
                         for s in (3, 7)]}
        raw.append({"version": version, "changes": changes, "pdf": f"politique-{version}.pdf"})
    return archive.entries_from_extra({"policy": {"archive": {"entries": raw, "today": "2026-12-05"}}}) or []


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from mkdocs.theme import Theme

    from policysite import archive

    env = Theme(name="material", custom_dir=str(ROOT / "overrides")).get_env()
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
    for count in args.versions:
        listed, more = entries(count), entries(count + 1)
        for lang in ("fr", "en"):
            whole, same, added = [], [], []
            for _ in range(args.runs):
                with archive.rows_kept_in(None):
                    whole.append(cpu(lambda: archive.history_page(env=env, lang=lang, entries=listed)))
                with tempfile.TemporaryDirectory() as tmp, archive.rows_kept_in(Path(tmp)):
                    archive.history_page(env=env, lang=lang, entries=listed)
                    same.append(cpu(lambda: archive.history_page(env=env, lang=lang, entries=listed)))
                    added.append(cpu(lambda: archive.history_page(env=env, lang=lang, entries=more)))
            print(f"{count} versions, {lang}: whole {1000 * statistics.median(whole):.1f} ms; rows kept, the same "
                  f"versions {1000 * statistics.median(same):.1f} ms; one version more "
                  f"{1000 * statistics.median(added):.1f} ms (median of {args.runs})", flush=True)
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
