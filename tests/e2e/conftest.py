"""End-to-end fixtures: one published site, one local server, one headless Chromium per session.

The browser is Debian's Chromium (`/usr/bin/chromium`) driven by Playwright for Python; Playwright
never downloads a browser of its own. Without Chromium or axe-core a developer's run skips these
tests with one line saying what to install; with CI=true they fail instead.
"""
from __future__ import annotations

import dataclasses
import functools
import http.server
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers import ROOT
from policysite import document

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
# As the machine notes advise: no sandbox (CI runs as root), no GPU, and no background requests
# of Chromium's own (updates, sync, safe browsing), which would fail on a closed network. Playwright
# gives every launch a new empty profile (--user-data-dir) and removes it afterwards.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


# --- The site under test --------------------------------------------------------------------

# Every page a reader may land on, by name. Each one gets every generic check (requests,
# storage, console, axe, print, phone); publish_site says where it is. When the changes,
# history and compare pages land, add their names here and their paths in publish_site.
LANDING_PAGES = ("policy-fr", "policy-en")


@dataclass(frozen=True)
class Landing:
    """A page a reader may land on: its language and its path on the site."""

    name: str
    lang: str
    path: str


@dataclass(frozen=True)
class Site:
    """A published tree as a reader's browser sees it."""

    root: Path                    # the folder served at http://127.0.0.1:<port>/
    pages: dict[str, Landing]     # every name of LANDING_PAGES -> where it is
    sources: dict[str, Path]      # language -> the Markdown its current policy was built from
    base: str = ""                # http://127.0.0.1:<port>, once served
    extra: dict = field(default_factory=dict)  # room for dated versions and their paths

    def url(self, name: str, anchor: str = "") -> str:
        return self.base + self.pages[name].path + (f"#{anchor}" if anchor else "")

    def policy_url(self, lang: str, anchor: str = "") -> str:
        """The current policy in `lang`: the page readers get from the language menu."""
        return self.url(f"policy-{lang}", anchor)

    def sections(self, lang: str) -> list[document.Section]:
        """The numbered sections the policy page must show, read through the one document model."""
        return document.read(self.sources[lang], lang=lang).sections


def publish_site(target: Path) -> Site:
    """Publish the project into `target` as readers get it: today `policy build`.

    The one function to swap when dated versions land: make a temporary git repo with three
    synthetic dated versions, publish them with mike to its gh-pages branch, export that branch
    into `target`, and return where the current pages are (`/fr/latest/`…), with the dated
    versions in `extra`.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "policysite.cli", "build", "--site-dir", str(target)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"policy build failed:\n{result.stdout}{result.stderr}"
    languages = ("fr", "en")
    return Site(root=target,
                pages={f"policy-{lang}": Landing(f"policy-{lang}", lang, f"/{lang}/") for lang in languages},
                sources={lang: ROOT / "docs" / lang / "index.md" for lang in languages})


# --- Requirements: skip on a developer's machine, fail in CI ---------------------------------

def _missing() -> str:
    """How to install what the browser tests lack, in one line; empty when nothing is missing."""
    if not CHROMIUM.exists():
        return "install Chromium with `sudo apt-get install chromium` (or run .ci/run)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "install Playwright for Python with `make install`"
    if not AXE.exists():
        return "install Node.js and npm, then `make test` installs axe-core into tests/e2e/node_modules"
    return ""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


_SKIPPED = pytest.StashKey[str]()


@pytest.fixture(scope="session", autouse=True)
def e2e_requirements(request):
    """Chromium, Playwright and axe-core are there; otherwise skip (developer) or fail (CI)."""
    missing = _missing()
    if missing and _in_ci():
        pytest.fail(f"e2e: CI=true and the browser tests cannot run: {missing}", pytrace=False)
    if missing:
        request.config.stash[_SKIPPED] = f"e2e skipped: {missing}"
        pytest.skip(request.config.stash[_SKIPPED])


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.stash.get(_SKIPPED, ""):
        terminalreporter.write_line(config.stash[_SKIPPED])


# --- Site, server, browser: one of each per session ------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@pytest.fixture(scope="session")
def serve(e2e_requirements):
    """Serve a folder on 127.0.0.1 (a free port, a thread) until the session ends: its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, name=f"e2e-http-{folder.name}", daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory, serve) -> Site:
    """The published site, built once and served for the whole session."""
    published = publish_site(tmp_path_factory.mktemp("published"))
    assert set(published.pages) == set(LANDING_PAGES), "publish_site must place every landing page"
    return dataclasses.replace(published, base=serve(published.root))


@pytest.fixture(scope="session")
def browser(e2e_requirements):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Traffic:
    """What a page did: every request URL, console errors and uncaught exceptions."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


def open_context(browser, traffic: Traffic, **options):
    """A fresh browser context (no cookies, no storage) whose pages and workers are recorded."""
    context = browser.new_context(**options)
    context.on("request", lambda request: traffic.requests.append(request.url))

    def watch(page):
        page.on("console", lambda message: message.type == "error" and traffic.errors.append(
            f"console: {message.text} ({message.location.get('url', '')})"))
        page.on("pageerror", lambda error: traffic.errors.append(f"uncaught: {error}"))

    context.on("page", watch)
    return context


@pytest.fixture
def new_context(browser, traffic):
    """Open recorded contexts with options (java_script_enabled=False, a phone viewport…)."""
    opened = []

    def new(**options):
        opened.append(open_context(browser, traffic, **options))
        return opened[-1]

    yield new
    for context in opened:
        context.close()


DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture
def context(new_context):
    return new_context(**DESKTOP)


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(params=LANDING_PAGES)
def landing(request, site) -> Landing:
    """Each page a reader may land on, in turn."""
    return site.pages[request.param]


@dataclass
class Visit:
    """A page a reader has used (see `use_the_page`), shared by the tests that only look at it."""

    landing: Landing
    page: object
    context: object
    traffic: Traffic


def use_the_page(page, url: str, lang: str) -> None:
    """What a reader does: read, scroll to the end, search, open the language menu."""
    page.goto(url, wait_until="networkidle")
    page.mouse.wheel(0, 20000)
    page.locator(".md-search__input").click()
    page.keyboard.type("données" if lang == "fr" else "data")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    page.hover(".md-header .md-select")
    page.wait_for_load_state("networkidle")


@pytest.fixture(scope="module", params=LANDING_PAGES)
def visit(request, browser, site):
    """Each landing page, used once by a reader, for the module's tests to inspect."""
    landing = site.pages[request.param]
    traffic = Traffic()
    context = open_context(browser, traffic, **DESKTOP)
    page = context.new_page()
    use_the_page(page, site.url(landing.name), landing.lang)
    yield Visit(landing=landing, page=page, context=context, traffic=traffic)
    context.close()


@pytest.fixture
def phone_page(new_context):
    """A page on a 375×667 touch screen."""
    return new_context(**PHONE).new_page()
