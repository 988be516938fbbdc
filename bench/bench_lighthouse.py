"""Lighthouse scores of the policy pages as published: performance, accessibility, best practices, SEO.

Run: .venv/bin/python bench/bench_lighthouse.py [--runs 3] [--preset mobile desktop] [--json]

The site as readers get it (bench_weight.publish_working_tree: the working tree published by
`policy history` and exported) is served on 127.0.0.1 with gzip as a production host would
(bench_weight.GzipHandler). Lighthouse (bench/package.json, pinned; `make bench` installs it with
`npm ci`) drives Debian's Chromium (CHROME_PATH=/usr/bin/chromium, a fresh profile per run, no
requests of Chromium's own) on `/fr/latest/` and `/en/latest/`, with its mobile preset (simulated
slow 4G and a 4x slower CPU) and its desktop preset. Scores are the median of --runs runs; every audit that cost points is listed
with what it found, so that a score under the goal says why.

Goals: 100 in accessibility, best practices and SEO, at least 95 in performance. A benchmark, not a
test: nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_weight import CHROMIUM, CHROMIUM_ARGS, publish_working_tree, serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "bench" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def lighthouse(url: str, *, preset: str, profile: Path) -> dict:
    """One Lighthouse run in a fresh Chromium profile: the JSON report."""
    flags = " ".join([*CHROMIUM_ARGS, f"--user-data-dir={profile}"])
    command = ["node", str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
               f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
               "--no-enable-error-reporting"]
    if preset == "desktop":
        command.append("--preset=desktop")
    result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    shutil.rmtree(profile, ignore_errors=True)
    if result.returncode:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def lost_points(report: dict, category: str) -> dict[str, str]:
    """Each weighted audit of `category` that did not score 1: its id -> what it found."""
    audits = report["audits"]
    lost = {}
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            items = (audit.get("details") or {}).get("items") or []
            where = [str(i.get("node", {}).get("snippet") or i.get("url") or "")[:100] for i in items[:3]]
            lost[ref["id"]] = " | ".join(filter(None, [f"{audit['title']} (weight {ref['weight']})",
                                                       audit.get("displayValue"), *where]))
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page and preset (median scores)")
    parser.add_argument("--preset", nargs="+", default=["mobile", "desktop"], choices=["mobile", "desktop"])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"bench_lighthouse skipped: install Chromium with `sudo apt-get install chromium` ({CHROMIUM})")
        return 0
    if not LIGHTHOUSE.exists():
        print("bench_lighthouse skipped: install Node.js and npm, then `make bench` installs Lighthouse into "
              "bench/node_modules")
        return 0
    version = subprocess.run(["node", str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split(" built")[0]
    rows = {}
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        tmp = Path(tmp)
        server = serve(publish_working_tree(tmp))
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for path in ("/fr/latest/", "/en/latest/"):
            for preset in args.preset:
                reports = [lighthouse(base + path, preset=preset, profile=tmp / f"profile-{n}")
                           for n in range(args.runs)]
                scores = {c: statistics.median(round(r["categories"][c]["score"] * 100) for r in reports)
                          for c in CATEGORIES}
                metrics = {m: statistics.median(r["audits"][m]["numericValue"] for r in reports)
                           for m in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                                     "cumulative-layout-shift", "speed-index")}
                lost: dict[str, list[str]] = {}  # audit -> what it found, in each run that lost points on it
                for r in reports:
                    for category in CATEGORIES:
                        for audit, found in lost_points(r, category).items():
                            lost.setdefault(audit, []).append(found)
                rows[(path, preset)] = {"scores": scores, "metrics": metrics, "lost": lost}
                print(f"{path} {preset}: {scores}", file=sys.stderr, flush=True)
        server.shutdown()
    if args.json:
        print(json.dumps({f"{p} {s}": row for (p, s), row in rows.items()}, indent=2))
        return 0
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    goals = ", ".join(f"{c} {'≥' if g < 100 else ''}{g}" for c, g in GOALS.items())
    print(f"Lighthouse {version}, {chromium}, Node.js {node}, median of {args.runs} run(s); goals: {goals}")
    print(f"{'page':<14}{'preset':<9}" + "".join(f"{c:>16}" for c in CATEGORIES)
          + f"{'FCP ms':>9}{'LCP ms':>9}{'TBT ms':>8}{'CLS':>7}")
    for (path, preset), row in rows.items():
        s, m = row["scores"], row["metrics"]
        print(f"{path:<14}{preset:<9}" + "".join(f"{s[c]:>16}" for c in CATEGORIES)
              + f"{m['first-contentful-paint']:>9.0f}{m['largest-contentful-paint']:>9.0f}"
              f"{m['total-blocking-time']:>8.0f}{m['cumulative-layout-shift']:>7.3f}")
    print("\nPoints lost (in how many runs, and what the first such run found):")
    for (path, preset), row in rows.items():
        for audit, found in sorted(row["lost"].items()):
            print(f"  {path} {preset}: {audit} in {len(found)} of {args.runs}: {found[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
