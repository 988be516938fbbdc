"""Benchmark of reading the archive branch's reflog: what `branch.rewound_versions` costs at N reflog entries.

Run: .venv/bin/python bench/bench_reflog.py [--entries 10000]   (BENCH_ROOT=<another checkout>: its src measured)

A synthetic repository whose `gh-pages` has --entries commits (one `git fast-import`) and a reflog of one entry a
commit, as a publishing clone's grows. Measured, in CPU (user+sys of this process and its git children):
`rewound_versions` with nothing proven yet (the first run, or one after a reset), again (every later run: the entries
an earlier run proved are not handed to git again), and after one more publication (one new entry). Every command
that reads the archive asks it (publish, history, verify). Its cost should follow the new entries, not the reflog.

Figures only; nothing is asserted (see bench/README.md).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT / "src"))

ENV = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.test",
       "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.test", "GIT_CONFIG_GLOBAL": os.devnull}
NO_MANIFESTS = "no-manifests"  # (the versions' manifests are read once a command and kept: not this figure)


def make(repo: Path, entries: int) -> None:
    """`entries` commits on gh-pages, each adding a file, and its reflog, one entry a commit, oldest first."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], env=ENV, check=True)
    stream = []
    for n in range(entries):
        data = f"{n}\n"
        stream.append(f"commit refs/heads/gh-pages\ncommitter Bench <bench@example.test> {1_600_000_000 + n} +0000\n"
                      f"data <<END\nPublish {n}\nEND\nM 100644 inline pages/{n}.txt\ndata {len(data)}\n{data}\n")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, env=ENV, input="".join(stream).encode(), check=True)
    tips = subprocess.run(["git", "rev-list", "--reverse", "gh-pages"], cwd=repo, env=ENV, capture_output=True,
                          text=True, check=True).stdout.split()
    lines, old = [], "0" * 40
    for n, tip in enumerate(tips):
        lines.append(f"{old} {tip} Bench <bench@example.test> {1_600_000_000 + n} +0000\tcommit: Publish {n}\n")
        old = tip
    log = repo / ".git" / "logs" / "refs" / "heads" / "gh-pages"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("".join(lines), encoding="utf-8")


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(repo: Path) -> tuple[float, dict]:
    from policysite import branch, git

    opened = git.open_repo(repo)
    start = cpu()
    found = branch.rewound_versions(opened, "gh-pages", "gh-pages", NO_MANIFESTS)
    return cpu() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-reflog-") as tmp:
        repo = Path(tmp) / "repo"
        make(repo, args.entries)
        for what in ("nothing proven yet", "again", "again"):
            spent, found = measured(repo)
            print(f"{args.entries} reflog entries, {what}: {spent:.3f} s CPU, versions found {len(found)}")
        tip = subprocess.run(["git", "commit-tree", "-m", "Publish more", "-p", "gh-pages", "gh-pages^{tree}"],
                             cwd=repo, env=ENV, check=True, capture_output=True, text=True).stdout.strip()
        subprocess.run(["git", "update-ref", "-m", "publish", "refs/heads/gh-pages", tip], cwd=repo, env=ENV,
                       check=True)
        spent, found = measured(repo)
        print(f"{args.entries + 1} reflog entries, one new: {spent:.3f} s CPU, versions found {len(found)}")


if __name__ == "__main__":
    main()
