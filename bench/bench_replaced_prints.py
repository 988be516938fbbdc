"""Benchmark of what the publish gate pays to read a branch's PDFs' digests against the manifests its history first
added (rebuilt_pages.replaced_prints, safety59): one walk of the branch's history for the commits adding a manifest,
their manifests and the tip's read and compared. No build: a synthetic branch of --versions commits, each adding one
version's manifest (two languages, 24 files each, a PDF and its print key), as `policy publish` adds them, then one
commit of the daily job's. The branch's commit is new at each publication, so nothing is kept between runs.
Then `branch.manifest_additions` (which commit added each manifest) after one more publication: the whole history
read, and the new commit read onto the tip kept by the reading before (perf4).

Run: .venv/bin/python bench/bench_replaced_prints.py [--versions 1000]
Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policysite import branch, git, manifest as mf


def _cpu() -> float:
    """CPU seconds of this process and its children (git), user + system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _manifest(version: str, n: int) -> bytes:
    def entry(lang: str) -> mf.LanguageEntry:
        files = {f"file-{k}.html": f"{n:08x}{k:056x}" for k in range(23)}
        files[f"policy-{lang}-{version}.pdf"] = f"{n:064x}"
        return mf.LanguageEntry(mf.Source(f"docs/{lang}/index.md", f"{n:040x}", f"{n:064x}"), files, None, {}, "",
                                f"{n:064x}")
    return mf.VersionManifest(version, {"fr": entry("fr"), "en": entry("en")}).dumps()


def make_branch(repo: Path, versions: int) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    lines: list[bytes] = []  # (fast-import chains the commits of one branch)
    start = dt.date(2000, 1, 1)
    for n in range(versions):
        version = (start + dt.timedelta(days=7 * n)).isoformat()
        data = _manifest(version, n)
        message = f"Publish {version} (fr, en) from {n:012x}".encode()
        lines += [b"commit refs/heads/gh-pages", f"committer p <p@x> {946684800 + n * 3600} +0000".encode(),
                  b"data %d" % len(message), message]
        lines += [b"M 100644 inline manifest/%s.json" % version.encode(), b"data %d" % len(data), data]
    message = b"Daily: versions.json"
    lines += [b"commit refs/heads/gh-pages", f"committer p <p@x> {946684800 + versions * 3600} +0000".encode(),
              b"data %d" % len(message), message,
              b"M 100644 inline versions.json", b"data 3", b"[]\n", b""]
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"\n".join(lines), check=True)


def _one_more(repo: Path, n: int) -> None:
    version = (dt.date(2000, 1, 1) + dt.timedelta(days=7 * n)).isoformat()
    data, message = _manifest(version, n), f"Publish {version} (fr, en) from {n:012x}".encode()
    stream = [b"commit refs/heads/gh-pages", f"committer p <p@x> {946684800 + n * 3600} +0000".encode(),
              b"data %d" % len(message), message, b"from refs/heads/gh-pages^0",
              b"M 100644 inline manifest/%s.json" % version.encode(), b"data %d" % len(data), data, b""]
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"\n".join(stream), check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=1000)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-replaced-") as tmp:
        repo = Path(tmp) / "repo"
        make_branch(repo, args.versions)
        import git as gitpython

        handle = gitpython.Repo(repo)
        tip = git.rev_parse(handle, "gh-pages") or ""
        listing = git.list_files(handle, tip)  # (the publish gate holds the new commit's files)
        for label, options in (("every manifest read (verify's)", {}), ("the gate's, with the files", {"listing": listing})):
            walls, cpus = [], []
            for _ in range(5):
                branch._ADDITIONS.clear()  # (a publication's commit is new: nothing kept)
                branch._LAST_MANIFESTS.clear()
                wall, cpu = time.perf_counter(), _cpu()
                found = branch.replaced_pdfs(handle, tip, **options)
                walls.append(time.perf_counter() - wall)
                cpus.append(_cpu() - cpu)
            assert not found, found
            print(f"{args.versions} versions, {label}: {statistics.median(walls) * 1000:.0f} ms wall, "
                  f"{statistics.median(cpus) * 1000:.0f} ms CPU (median of 5; min {min(cpus) * 1000:.0f} ms CPU)")
        kept = Path(handle.common_dir) / "policysite" / branch.ADDITIONS_FOLDER
        whole, onto = [], []
        for n in range(args.versions + 1, args.versions + 6):
            branch.manifest_additions(handle, "gh-pages")  # (the reading before keeps its tip)
            _one_more(repo, n)
            branch._ADDITIONS.clear()  # (a new process)
            cpu = _cpu()
            found = branch.manifest_additions(handle, "gh-pages")
            onto.append(_cpu() - cpu)
            shutil.rmtree(kept)
            branch._ADDITIONS.clear()
            cpu = _cpu()
            assert branch.manifest_additions(handle, "gh-pages") == found
            whole.append(_cpu() - cpu)
        print(f"{args.versions} versions, one publication more, which commit added each manifest: the whole history "
              f"{statistics.median(whole) * 1000:.1f} ms CPU, onto the tip kept {statistics.median(onto) * 1000:.1f} ms "
              f"CPU (medians of 5)")


if __name__ == "__main__":
    sys.exit(main())
