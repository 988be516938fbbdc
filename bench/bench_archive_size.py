"""Benchmark of what the archive serves: bytes per version, page size and export size as the history grows.

Run: .venv/bin/python bench/bench_archive_size.py [--sizes 10 100] (add 1000 for the issue's largest
size: about 0.3 s a version, so roughly six minutes, plus the export)

Each synthetic history is bench_history's: today's project and the real policy in both languages,
one text-only version a week. For each size N, `policy history` publishes all N versions, then
`policy export` writes the site as served. Measured:

- the served bytes one more version adds, both languages: its own folders plus any theme folder
  no earlier version shares (as files, and gzip-compressed as a host sends them), and file by file
  (each kind of file of the newest version, per language, raw and gzip);
- the size of a version's page (`<lang>/<date>/index.html`) at the second version and at the N-th;
- the size of the pages every version shares (at, compare, history, feed, versions.json): the at and compare
  pages list no version, the same at any N; the history, the feed and versions.json grow, linearly;
- the whole export, in bytes, and the shared theme folders in it; and what `policy export` took
  (wall, and CPU of its processes: git archive included), per version.

Figures only; nothing is asserted (goals in bench/README.md).
"""
from __future__ import annotations

import argparse
import gzip
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_history import make_history, policy, timed_cpu  # noqa: E402


def files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file under `folder` (relative path): its bytes, raw and gzip-compressed as a host sends them."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found[path.relative_to(folder).as_posix()] = (len(data), len(gzip.compress(data, compresslevel=9, mtime=0)))
    return found


def size(folder: Path) -> tuple[int, int]:
    """Bytes of the files under `folder`, raw and each gzip-compressed."""
    sizes = files(folder).values()
    return sum(r for r, _ in sizes), sum(g for _, g in sizes)


def kind(rel: str) -> str:
    """A version's file named by what it is, the same in every version (`changes/redline-….docx` → `changes/*.docx`)."""
    folder, _, name = rel.rpartition("/")
    if name.endswith((".pdf", ".docx")):
        name = "*" + name[name.rfind("."):]
    return f"{folder}/{name}" if folder else name


def breakdown(public: Path, version: str) -> list[str]:
    """Lines of a table: each kind of file of one version, per language, raw and gzip, largest first."""
    rows: dict[str, dict[str, tuple[int, int]]] = {}
    for lang in ("fr", "en"):
        for rel, sizes in files(public / lang / version).items():
            rows.setdefault(kind(rel), {})[lang] = sizes
    lines = [f"    {'file':<34}{'fr raw':>10}{'fr gzip':>10}{'en raw':>10}{'en gzip':>10}"]
    for name, by_lang in sorted(rows.items(), key=lambda item: -sum(r for r, _ in item[1].values())):
        cells = "".join(f"{by_lang[lang][0]:>10,}{by_lang[lang][1]:>10,}" if lang in by_lang else f"{'-':>10}{'-':>10}"
                        for lang in ("fr", "en"))
        lines.append(f"    {name:<34}{cells}")
    totals = {lang: [sum(sizes[lang][i] for sizes in rows.values() if lang in sizes) for i in (0, 1)]
              for lang in ("fr", "en")}
    lines.append(f"    {'total':<34}" + "".join(f"{totals[lang][0]:>10,}{totals[lang][1]:>10,}" for lang in ("fr", "en")))
    return lines


SHARED = ("at/index.html", "compare/index.html", "history/index.html", "feed.xml", "versions.json")


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    args = parser.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
            repo = Path(tmp) / "repo"
            dated = make_history(repo, n)
            start = time.perf_counter()
            policy(repo, "history")
            seconds = time.perf_counter() - start
            public = Path(tmp) / "public"
            wall, cpu = timed_cpu(lambda: policy(repo, "export", "--site-dir", str(public)))
            newest, second = dated[-1][0], dated[1][0] if n > 1 else dated[0][0]
            own = [size(public / lang / newest) for lang in ("fr", "en")]
            themes = sorted(p for p in (public / "assets").iterdir()) if (public / "assets").is_dir() else []
            theme_bytes = [size(p) for p in themes]
            page_second = (public / "fr" / second / "index.html").stat().st_size
            page_newest = (public / "fr" / newest / "index.html").stat().st_size
            total = size(public)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
            print(f"{n} versions: history {seconds:.1f} s ({seconds / n:.2f} s a version); peak memory of a "
                  f"policy process so far {peak:,.0f} MiB (goal under 300 MB at 1,000)")
            print(f"  one more version, both languages: {kib(sum(r for r, _ in own))} as files, "
                  f"{kib(sum(g for _, g in own))} gzip (goal: at most 150 KB); theme files shared by all: "
                  f"{len(themes)} folder(s), {kib(sum(r for r, _ in theme_bytes))}")
            print("\n".join(breakdown(public, newest)))
            print(f"  fr page of version 2: {page_second:,} bytes; of version {n}: {page_newest:,} bytes "
                  f"(difference {page_newest - page_second:+,}; goal within 1 KB)")
            shared = ", ".join(f"{name} {(public / 'fr' / name).stat().st_size:,}" for name in SHARED)
            print(f"  fr pages shared by the versions, bytes: {shared} (goal: only the history and the feed grow)")
            print(f"  whole export: {total[0] / 1024 / 1024:,.1f} MiB ({total[1] / 1024 / 1024:,.1f} MiB gzip; "
                  f"goal at 1,000 versions: under 300 MB)")
            print(f"  policy export: {wall:.1f} s wall, {cpu:.1f} s CPU ({cpu / n * 1000:.1f} ms CPU a version)")


if __name__ == "__main__":
    main()
