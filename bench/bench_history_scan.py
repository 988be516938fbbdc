"""Benchmark of the history's scan: what finding the dated versions costs in a repository of many other commits.

Run: .venv/bin/python bench/bench_history_scan.py [--commits 5000] [--configs 1000] [--merges 100]

A synthetic repository (bench_history.make_history: today's project files and policy) holds two dated versions
with, between them, --commits commits that change no policy page: files of the company's other work, and in
--configs of them another MkDocs site's configuration (`handbook/mkdocs.yml`, a monorepo's), or, last, the project's
own mkdocs.yml (a comment added: each such commit may move the pages, so the scan reads the configuration before
it); and, last, the same other commits followed by --merges pull requests merged with a merge commit, each a draft
then its text (the merges' texts and drafts read: histories15). Measured: `history.find_versions`, in this process,
three times each (the scan every publish, history and verify starts with), wall and CPU (the process's and its git
children's). Its cost should follow the policy's changes and the project's configuration's, not the repository's other
commits.

Figures only; nothing is asserted (see bench/README.md).
"""
from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_history import ENV, ROOT, commit_version, make_history

sys.path.insert(0, str(ROOT / "src"))


def other_commits(repo: Path, count: int, configs: int, config: str) -> None:
    """`count` commits changing no policy page, `configs` of them (spread evenly) changing `config`, by one
    `git fast-import` onto main."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=ENV, check=True, capture_output=True,
                          text=True).stdout.strip()
    base = (repo / config).read_text(encoding="utf-8") if (repo / config).exists() else "site_name: Handbook\n"
    every = max(count // configs, 1) if configs else 0
    stream = []
    for n in range(count):
        stream.append(f"commit refs/heads/main\ncommitter Bench <bench@example.test> {1_700_000_000 + n} +0000\n"
                      f"data <<END\nwork {n}\nEND\n" + (f"from {head}\n" if n == 0 else ""))
        name, text = (config, f"{base}# change {n}\n") if every and n % every == 0 and n // every < configs \
            else (f"work/file{n % 50}.txt", f"{n}\n")
        data = text.encode("utf-8")
        stream.append(f"M 100644 inline {name}\ndata {len(data)}\n{text}\n")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, env=ENV, input="".join(stream).encode("utf-8"),
                   check=True)
    subprocess.run(["git", "reset", "-q", "--hard"], cwd=repo, env=ENV, check=True)


def pull_requests(repo: Path, count: int) -> None:
    """`count` pull requests merged into main with a merge commit, each a draft then its text (the French page, dated
    after the versions), as a legal team's reviews leave them."""
    page = repo / "docs" / "fr" / "index.md"
    text = page.read_text(encoding="utf-8")

    def run(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True)

    for n in range(count):
        run("checkout", "-q", "-b", f"pr{n}", "main")
        dated = re.sub(r"date: \S+", f"date: 2001-{1 + n // 28:02d}-{1 + n % 28:02d}", text, count=1)
        for words in (f"Brouillon {n}.", f"Texte {n}."):
            page.write_text(f"{dated}\n{words}\n", encoding="utf-8")
            run("commit", "-q", "-am", words)
        run("checkout", "-q", "main")
        run("merge", "-q", "--no-ff", f"pr{n}", "-m", f"Merge pull request #{n}")


def scan(repo: Path) -> tuple[list[float], list[float], list[str]]:
    from policysite import git, history, settings

    opened = git.open_repo(repo)
    loaded = settings.load(repo)
    times, cpu, found = [], [], []
    for _ in range(3):
        start, used = time.perf_counter(), _cpu()
        found = [v.version for v in history.find_versions(opened, root=repo, settings=loaded).versions]
        times.append(time.perf_counter() - start)
        cpu.append(_cpu() - used)
    return times, cpu, found


def _cpu() -> float:
    """CPU seconds of this process and its children (git's)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--configs", type=int, default=1000)
    parser.add_argument("--merges", type=int, default=100)
    args = parser.parse_args()
    cases = [("no configuration", 0, "mkdocs.yml", 0), ("another site's configuration", args.configs,
             "handbook/mkdocs.yml", 0), ("the project's configuration", args.configs, "mkdocs.yml", 0),
             (f"no configuration, then {args.merges} pull requests merged", 0, "mkdocs.yml", args.merges)]
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        for n, (what, configs, config, merges) in enumerate(cases):
            repo = Path(tmp) / f"r{n}"
            make_history(repo, 1)
            other_commits(repo, args.commits, configs, config)
            commit_version(repo, 1)
            pull_requests(repo, merges)
            times, cpu, found = scan(repo)
            print(f"{args.commits} other commits, {configs} changing {what} ({config}): find_versions "
                  f"{statistics.median(times):.2f} s (runs {', '.join(f'{t:.2f}' for t in times)}), CPU "
                  f"{statistics.median(cpu):.2f} s (runs {', '.join(f'{t:.2f}' for t in cpu)}), "
                  f"versions {', '.join(found[:3])}{' …' if len(found) > 3 else ''} ({len(found)})")


if __name__ == "__main__":
    main()
