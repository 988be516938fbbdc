"""Benchmark of the dated archive: `policy history --rebuild` against a plain mike loop, and its growth.

Run: .venv/bin/python bench/bench_history.py [--sizes 10 50 100] [--baseline-max 50] [--jobs N]
(`make bench LARGE=1` adds 1,000 versions: about 30 minutes more on two cores)

Each synthetic history is a temporary repository holding today's project files and the real
policy (both languages), with one commit per dated version; every version changes one sentence
of §3 in both languages (a text-only version) and moves the date on by a week. Measured:

- `policy history --rebuild` onto an empty branch, one process as a user runs it; then again onto
  the branch it wrote (an archive rebuilt in place), and `policy verify`: wall and CPU time (every
  process: the pool's workers and the printers' forks included);
- the plain loop it replaces: check out each commit and run `mike deploy` for each language
  (`--deploy-prefix <lang> --update-aliases <date> latest`), only up to --baseline-max versions
  (it takes minutes);
- `policy publish` of one new version onto each archive, against the first publication onto an
  empty branch;
- the bytes of new git objects that this version adds to the gh-pages repository
  (`git rev-list --objects old..new`): as written (loose objects, each zlib-compressed, as the
  publication leaves them), inflated, packed alone (one pack of just those objects, deltas between
  them only: the least a repository can hold them in before a repack joins them to the archive), as
  `git push` sends them (a thin pack), and kept (what the whole branch packed in one pack grows by, every
  delta found anew: the same objects as deltas against the versions of their files already on the branch,
  as a repack keeps them); and the whole largest branch packed as git keeps it in the long run (`git repack
  -a -d`), per version. Goal (issue 16): the bytes one more version writes, flat in N. As written and
  packed alone cannot be: git keeps a delta's base in the same pack (packfile.c, get_delta_base), so the
  history pages, versions.json and the trees of N entries a publication rewrites are stored whole until a
  repack; kept is what flat means for the repository (bench/README, session 34).

Figures only; nothing is asserted (see bench/README or the issue for the goals).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROJECT_FILES = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "overrides")
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",  # mike runs `mkdocs`
       "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
       "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.test",
       "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.test"}
# Weekly from here, so that 1,000 versions (19 years) all lie in the past: the gate refuses a future date
# without notice (from 2015, the 623rd version was refused).
FIRST = dt.date(2000, 1, 3)


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**ENV, **({"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {})}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def policy(repo: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BIN / "policy"), "--root", str(repo), *args], env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"policy {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def version_texts(n: int) -> tuple[str, dict[str, str]]:
    """The date and both pages of the n-th synthetic version (n from 0)."""
    date = (FIRST + dt.timedelta(weeks=n)).isoformat()
    pages = {}
    for lang, heading, sentence in (("fr", "## 3. Préambule", f"Révision {n + 1} du document."),
                                    ("en", "## 3. Preamble", f"Revision {n + 1} of the document.")):
        text = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
        text = re.sub(r"^date: .*$", f"date: {date}", text, count=1, flags=re.M)
        pages[lang] = text.replace(heading + "\n\n", f"{heading}\n\n{sentence}\n\n", 1)
    return date, pages


def commit_version(repo: Path, n: int) -> str:
    date, pages = version_texts(n)
    for lang, text in pages.items():
        (repo / "docs" / lang / "index.md").write_text(text, encoding="utf-8")
    policy(repo, "sync-mark", "en", "--all")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", f"policy {date}", date=f"{date}T12:00:00+00:00")
    return date


def make_history(path: Path, versions: int) -> list[tuple[str, str]]:
    """A repository with `versions` dated versions; returns (date, commit) oldest first."""
    path.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, path / name)
    shutil.copytree(ROOT / "docs", path / "docs")
    git(path, "init", "-q", "-b", "main")
    dated = []
    for n in range(versions):
        date = commit_version(path, n)
        dated.append((date, git(path, "rev-parse", "HEAD").strip()))
    return dated


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of `fn`'s child processes and theirs (pool workers, forks)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    fn()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def mike_loop(repo: Path, dated: list[tuple[str, str]]) -> None:
    """The plain way: check out each version's commit and `mike deploy` each language."""
    for date, commit in dated:
        git(repo, "checkout", "-q", "--detach", commit)
        for lang, config in (("fr", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
            subprocess.run([str(BIN / "mike"), "deploy", "--deploy-prefix", lang, "--config-file", config,
                            "--update-aliases", date, "latest"], cwd=repo, env=ENV, check=True,
                           capture_output=True)


def new_objects(repo: Path, old: str, new: str) -> dict[str, int]:
    """What branch `new` adds to `old`, in bytes: its new objects as written (loose, zlib each), inflated,
    of which outside the version's own folders and manifest (`archive`), packed alone (a pack of them only), as
    `git push` sends them (a thin pack, deltas against what the remote has), and kept (what one pack of the whole branch grows by: the new objects as deltas against the branch's)."""
    listed = [line.split(" ", 1) for line in git(repo, "rev-list", "--objects", f"{old}..{new}").splitlines()]
    ids = "".join(f"{fields[0]}\n" for fields in listed)
    sizes = subprocess.run(["git", "cat-file", "--batch-check=%(objectsize:disk) %(objectsize)"], cwd=repo,
                           input=ids, env=ENV, check=True, capture_output=True, text=True).stdout.split("\n")
    pairs = [tuple(map(int, line.split())) for line in sizes if line.strip()]
    # the archive's: what is not the version's own folders and manifest (history pages, versions.json, feeds, the
    # trees listing every version), the part that grows with N
    archive = sum(disk for fields, (disk, _) in zip(listed, pairs, strict=True)
                  if not re.search(r"(^|/)\d{4}-\d{2}-\d{2}(/|\.json$|$)", fields[-1] if len(fields) > 1 else ""))
    return {"objects": len(pairs), "disk": sum(p[0] for p in pairs), "inflated": sum(p[1] for p in pairs),
            "archive": archive,
            "alone": packed(repo, new, f"^{old}"), "pushed": packed(repo, new, f"^{old}", thin=True),
            "kept": kept(repo, old, new)}


def kept(repo: Path, old: str, new: str) -> int:
    """What one pack of branch `new` weighs more than one of `old`, both with every delta found anew (`git
    pack-objects --no-reuse-delta`): `new`'s own objects as deltas against what the branch holds, as a repack that
    finds its deltas again keeps them. (Reusing the deltas of the repository's mix of packs and loose objects, the
    two packs differ by more than that, either way: 976 kB less at 151 versions.)"""
    return packed(repo, new, fresh=True) - packed(repo, old, fresh=True)


def packed(repo: Path, *revs: str, thin: bool = False, fresh: bool = False) -> int:
    """Bytes of one pack of the objects of `revs` (`git pack-objects --revs`); `thin`: as `git push` sends it;
    `fresh`: every delta found anew."""
    # one thread when every delta is searched: threads split the search, and the pack's size with it (±2 %)
    options = [*(["--thin"] if thin else []), *(["--no-reuse-delta", "--threads=1"] if fresh else [])]
    return len(subprocess.run(["git", "pack-objects", "--revs", *options, "--stdout", "-q"], cwd=repo, env=ENV,
                              input="".join(f"{rev}\n" for rev in revs).encode(), check=True,
                              capture_output=True).stdout)


def packed_size(repo: Path) -> int:
    """The whole branch packed as git keeps it in the long run (`git repack -a -d`), in bytes."""
    clone = repo.parent / f"{repo.name}-packed"
    git(repo.parent, "clone", "-q", "--bare", "--single-branch", "--branch", "gh-pages", str(repo), str(clone))
    git(clone, "repack", "-a", "-d", "-q")
    size = sum(f.stat().st_size for f in (clone / "objects" / "pack").glob("*.pack"))
    shutil.rmtree(clone)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 100])
    parser.add_argument("--baseline-max", type=int, default=50, help="largest history timed with the mike loop")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-history-") as tmp:
        tmp = Path(tmp)
        largest = None
        cpu: dict[int, float] = {}  # CPU a version of the rebuild in place, by size
        for size in args.sizes:
            repo = tmp / f"h{size}"
            dated = make_history(repo, size)
            plain = tmp / f"h{size}-mike"
            git(tmp, "clone", "-q", str(repo), str(plain))  # the same history, for the mike loop
            ours, ours_cpu = timed_cpu(lambda: policy(repo, "history", "--rebuild", *jobs))
            # Again, onto the branch it wrote: what `policy history --rebuild` costs an archive in place.
            again, again_cpu = timed_cpu(lambda: policy(repo, "history", "--rebuild", *jobs))
            checked, checked_cpu = timed_cpu(lambda: policy(repo, "verify"))
            baseline = timed(lambda: mike_loop(plain, dated)) if size <= args.baseline_max else None
            shutil.rmtree(plain)
            # One more text-only version onto this archive: its time and what it adds to the branch.
            before = git(repo, "rev-parse", "gh-pages").strip()
            commit_version(repo, size)
            onto, onto_cpu = timed_cpu(lambda: policy(repo, "publish"))
            added = new_objects(repo, before, git(repo, "rev-parse", "gh-pages").strip())
            rows.append((size, ours, baseline, onto, added))
            cpu[size] = again_cpu / size
            largest = (repo, size)
            print(f"{size} versions, CPU of every process (wall): history --rebuild onto an empty branch "
                  f"{ours_cpu / size:.2f} s/version ({ours / size:.2f} s); again onto that branch "
                  f"{again_cpu / size:.2f} s/version ({again / size:.2f} s); verify {checked_cpu / size:.2f} s/version "
                  f"({checked / size:.2f} s); publish of version {size + 1} {onto_cpu:.2f} s ({onto:.2f} s); "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
            line = f"{size} versions: policy history --rebuild {ours:.1f}s ({ours / size:.2f}s/version)"
            if baseline:
                line += f"; mike loop {baseline:.1f}s ({baseline / size:.2f}s/version), {baseline / ours:.1f}x"
            print(line, flush=True)

        print("\n| versions | `policy history --rebuild` | per version | mike loop | per version | speed-up |")
        print("|---:|---:|---:|---:|---:|---:|")
        for size, ours, baseline, _, _ in rows:
            base = f"{baseline:.1f} s | {baseline / size:.2f} s | {baseline / ours:.1f}×" if baseline else "– | – | –"
            print(f"| {size} | {ours:.1f} s | {ours / size:.2f} s | {base} |")

        if 100 in cpu:
            for size in sorted(cpu):
                print(f"rebuild in place, CPU a version at {size} versions: {cpu[size]:.3f} s, "
                      f"{cpu[size] / cpu[100]:.2f}x that at 100 (goal at 1,000: within 1.2x)")

        first = tmp / "first"
        make_history(first, 1)
        first_time, first_cpu = timed_cpu(lambda: policy(first, "publish"))
        print(f"\npolicy publish, first version onto an empty branch: {first_time:.2f} s ({first_cpu:.2f} s CPU)")
        for size, _, _, onto, _ in rows:
            print(f"policy publish, version {size + 1} onto a {size}-version branch: {onto:.2f} s "
                  f"({onto / first_time:.2f}× the first)")

        print("\nWhat one more text-only version adds to gh-pages (KiB; 1 KiB = 1,024 bytes):\n")
        print("| versions before | new objects | as written (loose) | of which outside the version's folders "
              "| packed alone | as pushed (thin pack) | kept (branch packed grows by) | inflated |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size, _, _, _, added in rows:
            print(f"| {size} | {added['objects']} | {added['disk'] / 1024:.1f} | {added['archive'] / 1024:.1f} "
                  f"| {added['alone'] / 1024:.1f} "
                  f"| {added['pushed'] / 1024:.1f} | {added['kept'] / 1024:.1f} | {added['inflated'] / 1024:.1f} |")
        smallest = rows[0][4]
        for size, _, _, _, added in rows[1:]:
            print(f"git bytes of one more version at {size} versions, x that at {rows[0][0]} (goal: flat in N): "
                  + ", ".join(f"{name} {added[key] / smallest[key]:.2f}x" for key, name in (
                      ("disk", "as written"), ("alone", "packed alone"), ("pushed", "pushed"), ("kept", "kept"))))
        repo, size = largest
        packed = packed_size(repo)
        print(f"\nthe whole {size + 1}-version branch packed (git repack -a -d): {packed / 1024 / 1024:.2f} MiB, "
              f"{packed / 1024 / (size + 1):.1f} KiB per version (the theme's files, shared, included)")

if __name__ == "__main__":
    main()
