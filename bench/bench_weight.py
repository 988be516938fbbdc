"""First-visit weight of the French policy page in Chromium: gzip bytes, requests, third parties.

Publishes the working tree's policy as a dated version (`policy history` in a temporary repository,
exported as served: `publish_working_tree`), serves it on 127.0.0.1 with gzip as a production server
would, and opens `/fr/latest/`, where readers land, in a fresh headless Chromium (Debian's, driven
by Playwright). Prints three rows:

  first visit            what a new reader downloads before doing anything
  after using search     the same reader after focusing the search box and finding a word
  after opening versions the same reader after opening the version menu (with the number of its links)
  Material's default     first visit with overrides/assets/javascripts/on-demand.js taken out of
                         the built page: the theme loading search and versions.json eagerly

`--versions N` measures the same pages as if the archive held N versions: each language's versions.json and
versions-recent.json are rewritten as publishing writes them for N weekly versions ending with this one
(the issue's goal is stated at 1,000). Bytes are response bodies as the server sent them (gzip level 6 for text; Chromium reports 0
for a worker's script, so the server counts); response headers, as Chromium counts them, apart. A benchmark, not a test: it asserts nothing, except that no
request leaves 127.0.0.1. Run with `make bench` or `.venv/bin/python bench/bench_weight.py`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.server
import json
import mimetypes
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# as tests/e2e/conftest.py: the headless shell when installed (what .ci/run installs), else the full browser
CHROMIUM = next((path for path in ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium") if Path(path).exists()),
                "/usr/bin/chromium")
CHROMIUM_ARGS = [  # as in tests/e2e/conftest.py: no sandbox, no GPU, no requests of Chromium's own
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
BIN = Path(sys.executable).parent
PROJECT_FILES = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "overrides", "docs")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
       "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.test",
       "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.test"}
COMPRESSIBLE = re.compile(r"^(text/|application/(javascript|json|xml)|image/svg)")
GZIP_LEVEL = 6  # nginx' and most hosts' setting for gzip


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed for browsers that accept it, as a production host serves them."""

    def do_GET(self):  # noqa: N802 - the base class's name
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                self.server.served.append((self.path, 0))
                self.send_response(301)
                self.send_header("Location", urlsplit(self.path).path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            path = path / "index.html"
        if not path.is_file():
            self.server.served.append((self.path, 0))
            self.send_error(404)
            return
        body = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        if COMPRESSIBLE.match(kind) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.server.served.append((self.path, len(body)))
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002
        pass


def publish_working_tree(tmp: Path) -> Path:
    """The working tree's policy as its dated version on a gh-pages branch, exported as served."""
    repo = tmp / "project"
    repo.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, repo / name)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "policy"]):
        subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True)
    for args in (["history"], ["export", "--site-dir", str(tmp / "public")]):
        result = subprocess.run([str(BIN / "policy"), "--root", str(repo), *args], env=ENV, capture_output=True,
                                text=True)
        if result.returncode:
            sys.exit(f"policy {args[0]} failed:\n{result.stdout}{result.stderr}")
    return tmp / "public"


def with_versions(site: Path, count: int) -> None:
    """Each language's lists of versions as publishing writes them for `count` weekly versions ending with the
    one published (in force): what a page of a `count`-version archive reads; the pages themselves are bounded."""
    from policysite import branch

    for listing in sorted(site.glob(f"*/{branch.VERSIONS}")):
        newest = dt.date.fromisoformat(json.loads(listing.read_text(encoding="utf-8"))[0]["version"])
        dates = [(newest - dt.timedelta(weeks=n)).isoformat() for n in range(count)]
        full, recent = branch.listings(dates, listing.parent.name, today=newest)
        listing.write_bytes(full)
        (listing.parent / branch.RECENT).write_bytes(recent)


def without_search_on_demand(site: Path, target: Path) -> Path:
    """A copy of the built site whose pages load Material's search and versions.json eagerly, as the theme does."""
    shutil.copytree(site, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'\s*<script src="[^"]*on-demand\.js"></script>', "", html), encoding="utf-8")
    return target


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: GzipHandler(*a, directory=str(site)))
    server.served = []  # (path, body bytes sent) of every request
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(browser, server, path: str, *, search: str | None = None, menu: bool = False) -> dict:
    """Open `path` in a fresh context; optionally search for a word, or open the version menu (and count its
    links); count what was transferred."""
    url = f"http://127.0.0.1:{server.server_address[1]}{path}"
    server.served.clear()
    finished = []
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    if search:
        page.locator(".md-search__input").focus()
        page.keyboard.type(search)
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_load_state("networkidle")
    links = None
    if menu:
        page.hover(".md-header .md-version")
        page.locator(".md-header .md-version__list").wait_for(state="visible")
        page.wait_for_load_state("networkidle")
        links = page.locator(".md-header .md-version__link").count()
    header_bytes = sum(request.sizes()["responseHeadersSize"] for request in finished)
    context.close()
    return {
        "requests": len(finished),
        "body_bytes": sum(size for _, size in server.served),
        "header_bytes": header_bytes,
        "third_party": [r.url for r in finished if urlsplit(r.url).hostname != "127.0.0.1"],
        "menu_links": links,
        "files": [{"path": p, "body": size} for p, size in server.served],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON, with every file")
    parser.add_argument("--files", action="store_true", help="list every file of the first visit")
    parser.add_argument("--versions", type=int, default=1, help="as if the archive held this many versions")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench_weight skipped: install Chromium with `sudo apt-get install chromium-headless-shell` ({CHROMIUM})")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-weight-") as tmp:
        site = publish_working_tree(Path(tmp))
        if args.versions > 1:
            with_versions(site, args.versions)
        stock = without_search_on_demand(site, Path(tmp) / "stock")
        ours, theirs = serve(site), serve(stock)
        path = f"/{args.lang}/latest/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            word = "cookies"
            results = {
                "first visit": measure(browser, ours, path),
                "after using search": measure(browser, ours, path, search=word),
                "after opening versions": measure(browser, ours, path, menu=True),
                "Material's default": measure(browser, theirs, path),
            }
            version = browser.version
            browser.close()
        ours.shutdown()
        theirs.shutdown()

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"First-visit weight of {path} in an archive of {args.versions:,} version(s) (gzip -{GZIP_LEVEL}), Chromium {version}, {platform.machine()}, "
              f"Python {platform.python_version()}")
        print(f"{'':<22}{'KiB (bodies)':>14}{'bytes':>9}{'requests':>10}{'headers B':>11}{'3rd party':>11}")
        for name, r in results.items():
            print(f"{name:<22}{r['body_bytes'] / 1024:>14.1f}{r['body_bytes']:>9}{r['requests']:>10}"
                  f"{r['header_bytes']:>11}{len(r['third_party']):>11}"
                  + (f"  ({r['menu_links']:,} links in the menu)" if r["menu_links"] is not None else ""))
        if args.files:
            for row in results["first visit"]["files"]:
                print(f"  {row['body']:>8}  {row['path']}")
    third = sum(len(r["third_party"]) for r in results.values())
    if third:
        print(f"error: {third} third-party request(s): {[u for r in results.values() for u in r['third_party']]}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
