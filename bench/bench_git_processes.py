"""Benchmark of what one command asks git: the git processes of `policy publish`, `history`, `verify`, `export`,
`check` and `at`, by kind, and the command's CPU, its own and its children's (git's, a print worker's).

Run: .venv/bin/python bench/bench_git_processes.py [--versions 2 20] [--runs N]
For each size, a temporary repository with today's project files and the real policy holds that many dated
versions, all but the last published by `policy history`; `publish` and `history` then publish the last (each run in
a new copy of that repository), `verify`, `export`, `check` and `at` read a copy where the last is published too. Each run is a
fresh process (`python -c` calling the CLI); git is counted by a `git` first on PATH that logs its arguments and runs
the real one (a run apart: the log costs CPU). CPU is user + system, the process's (RUSAGE_SELF) and its children's
(RUSAGE_CHILDREN, the git processes among them), the lowest of the runs. Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import ENV, commit_version, make_history, policy  # noqa: E402

COMMANDS = {"publish": ["publish"], "history": ["history"], "verify": ["verify"], "export": ["export"],
            "check": ["check"], "at": ["at", "2000-01-04"]}
WRITES = {"publish", "history"}  # run on a new copy of the repository before the last version
DRIVER = ("import json, resource, sys; from policysite import cli; code = cli.main(sys.argv[2:]); "
          "me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN); "
          "open(sys.argv[1], 'w').write(json.dumps([code, me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime]))")
WRAPPER = '#!/bin/sh\nprintf "%s\\n" "$*" >> "$POLICY_BENCH_GIT_LOG"\nexec {git} "$@"\n'


def run(repo: Path, argv: list[str], tmp: Path, *, logged: Path | None = None) -> tuple[float, float]:
    """The command's own CPU and its children's, in seconds; with `logged`, each git command appended there."""
    env = dict(ENV)
    if logged is not None:
        env["PATH"] = f"{tmp / 'bin'}{os.pathsep}{env['PATH']}"
        env["POLICY_BENCH_GIT_LOG"] = str(logged)
    out = tmp / "rusage.json"
    extra = ["--site-dir", str(tmp / "public")] if argv[0] == "export" else []
    done = subprocess.run([sys.executable, "-c", DRIVER, str(out), "--root", str(repo), *argv, *extra], env=env,
                          capture_output=True, text=True)
    code, me, kids = json.loads(out.read_text(encoding="utf-8"))
    if code != 0:
        sys.exit(f"policy {' '.join(argv)} failed ({code}):\n{done.stdout}{done.stderr}")
    shutil.rmtree(tmp / "public", ignore_errors=True)
    return me, kids


def kinds(log: Path) -> collections.Counter:
    """The git commands of a log by their first words (options given with -c left out)."""
    counted: collections.Counter = collections.Counter()
    for line in log.read_text(encoding="utf-8").splitlines():
        words = line.split()
        while words[:1] == ["-c"]:
            words = words[2:]
        counted[" ".join(words[:2]) if words[:1] in (["cat-file"], ["rev-parse"], ["ls-tree"]) else words[0]] += 1
    return counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, nargs="+", default=[2, 20])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-git-") as folder:
        tmp = Path(folder)
        (tmp / "bin").mkdir()
        (tmp / "bin" / "git").write_text(WRAPPER.format(git=shutil.which("git")), encoding="utf-8")
        (tmp / "bin" / "git").chmod(0o755)
        for size in args.versions:
            pending, repo = tmp / f"pending-{size}", tmp / f"repo-{size}"
            make_history(pending, size - 1)
            policy(pending, "history")
            commit_version(pending, size - 1)
            shutil.copytree(pending, repo, symlinks=True)
            policy(repo, "history")

            def fresh(name: str) -> Path:
                """The repository a run reads (the published one), or a new copy of the one before the last version
                (a branch put back by hand is refused: its reflog remembers the publication)."""
                if name not in WRITES:
                    return repo
                shutil.rmtree(tmp / "copy", ignore_errors=True)
                shutil.copytree(pending, tmp / "copy", symlinks=True)
                return tmp / "copy"

            for name, argv in COMMANDS.items():
                log = tmp / "git.log"
                log.unlink(missing_ok=True)
                run(fresh(name), argv, tmp, logged=log)
                counted = kinds(log)
                figures = [run(fresh(name), argv, tmp) for _ in range(args.runs)]
                me, kids = min(figures, key=sum)
                top = ", ".join(f"{n} {kind}" for kind, n in counted.most_common(4))
                print(f"{size:>3} versions  {name:<8} {sum(counted.values()):>4} git processes ({top}); "
                      f"CPU {me:.2f} s + children {kids:.2f} s")


if __name__ == "__main__":
    main()
