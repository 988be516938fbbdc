"""Benchmark of `publish_refusals.published_with_words`: which published versions hold the words of a text dated
back (what `revert.dated` says, every publish while such a commit is the newest dated one), at N versions.

Run: .venv/bin/python bench/bench_revert_words.py [--versions 1000] [--kb 40] [--gone] [--rewritten]

A synthetic repository holds --versions commits of one authoritative page (docs/fr/index.md, --kb KB of generated
words, each version's body differing in one line); a manifest per version names its commit, path and SHA-256 (as
publishing writes them; with --gone, commits main no longer holds, as after a rebase). Measured in this process,
three times: `published_with_words` for the first version's text (the revert case), or with --rewritten
`sources_rewritten` (publish's and history's warning that published commits are gone), CPU (user+sys) of this process
and of the git processes it waited for (GitPython's `cat-file` runs beside it, not counted) and wall time.

Figures only; nothing is asserted (see bench/README.md).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent", "GIT_AUTHOR_NAME": "Bench",
       "GIT_AUTHOR_EMAIL": "bench@example.test", "GIT_COMMITTER_NAME": "Bench",
       "GIT_COMMITTER_EMAIL": "bench@example.test"}
PATH = "docs/fr/index.md"


def page(n: int, kb: int) -> str:
    """Version `n`'s page: a date, then about `kb` KB of numbered articles, one line of which names `n`."""
    date = dt.date(2000, 1, 1) + dt.timedelta(days=n)
    lines = [f"---\ndate: {date.isoformat()}\n---\n# Politique\n"]
    article, size = 0, 0
    while size < kb * 1024:
        article += 1
        size += len(lines[-1])
        lines.append(f"## {article}. Article {article}\n\nLes données de la catégorie {article} sont conservées "
                     f"pendant {article} mois puis supprimées, sauf obligation légale contraire.\n")
    lines.append(f"Version {n}.\n")
    return "\n".join(lines)


def make(repo: Path, versions: int, kb: int) -> list[tuple[str, str, str]]:
    """The repository and each version's (date, commit, SHA-256 of its page)."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], env=ENV, check=True)
    stream, texts = [], []
    for n in range(versions):
        data = page(n, kb).encode("utf-8")
        texts.append(data)
        stream.append(f"commit refs/heads/main\nmark :{n + 1}\ncommitter Bench <bench@example.test> "
                      f"{946_684_800 + n * 86_400} +0000\ndata 2\nv\n" + (f"from :{n}\n" if n else ""))
        stream.append(f"M 100644 inline {PATH}\ndata {len(data)}\n")
        stream.append(data.decode("utf-8") + "\n")
    subprocess.run(["git", "fast-import", "--quiet", "--export-marks=marks"], cwd=repo, env=ENV,
                   input="".join(stream).encode("utf-8"), check=True)
    marks = dict(line.split() for line in (repo / "marks").read_text().splitlines())
    return [((dt.date(2000, 1, 1) + dt.timedelta(days=n)).isoformat(), marks[f":{n + 1}"],
             hashlib.sha256(texts[n]).hexdigest()) for n in range(versions)]


def _cpu() -> float:
    """User and system CPU of this process and of the git processes it waited for."""
    return sum(usage.ru_utime + usage.ru_stime for usage in (resource.getrusage(resource.RUSAGE_SELF),
                                                             resource.getrusage(resource.RUSAGE_CHILDREN)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=40)
    parser.add_argument("--gone", action="store_true", help="each manifest's commit gone (main rewritten): each text "
                                                             "found in the history by its digest")
    parser.add_argument("--rewritten", action="store_true", help="time `sources_rewritten` (the warning publish and "
                                                                 "history give when commits are gone) instead")
    args = parser.parse_args()
    from policysite import git, publish_refusals

    with tempfile.TemporaryDirectory(prefix="bench-revert-words-") as tmp:
        repo = Path(tmp) / "repo"
        versions = make(repo, args.versions, args.kb)
        project = SimpleNamespace(repo=git.open_repo(repo), settings=SimpleNamespace(authoritative="fr"))
        state = SimpleNamespace(manifests={date: SimpleNamespace(languages={"fr": SimpleNamespace(
            source=SimpleNamespace(commit=hashlib.sha1(commit.encode()).hexdigest() if args.gone else commit, path=PATH, sha256=sha))}) for date, commit, sha in versions})
        first = git.read_blob(project.repo, versions[0][1], PATH)
        for run in range(3):
            before, start = _cpu(), time.perf_counter()
            found = publish_refusals.sources_rewritten(project, state) if args.rewritten else \
                publish_refusals.published_with_words(project, state, first)  # type: ignore[arg-type]
            cpu, wall = _cpu() - before, time.perf_counter() - start
            print(f"run {run + 1}: {args.versions} versions of {args.kb} KB: CPU {cpu:.2f} s, wall {wall:.2f} s, "
                  f"found {str(found)[:200]}, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
