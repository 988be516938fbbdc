"""End-to-end fixtures: one published archive, one local server, one headless Chromium per session.

The site under test is the versioned site as served: dated versions published by `policy history`
onto the gh-pages branch of a temporary repository, exported and served on 127.0.0.1. The browser
is Debian's Chromium driven by Playwright for Python, as its headless shell (`chromium-headless-shell`,
the same engine without the browser's own windows: a page opened costs a third of the CPU) where
installed, else `/usr/bin/chromium`; Playwright never downloads a browser of its own. Without Chromium or axe-core a developer's run skips these tests
with one line saying what to install; with CI=true they fail instead.
"""
from __future__ import annotations

import dataclasses
import fcntl
import functools
import hashlib
import http.server
import json
import os
import pickle
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cpu_record import Recorder
from reader import go, track, use_the_page

from helpers import FROZEN, published
from policy_repo import new_project, once_for_the_run
from policysite import document, export_site

HERE = Path(__file__).resolve().parent
# Debian's Chromium as a headless shell (what .ci/system-packages installs), else the browser itself
CHROMIUM = next((path for path in (Path("/usr/bin/chromium-headless-shell"), Path("/usr/bin/chromium"))
                 if path.exists()), Path("/usr/bin/chromium"))
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
# As the machine notes advise: no sandbox (CI runs as root), no GPU, and no background requests
# of Chromium's own (updates, sync, safe browsing), which would fail on a closed network. Playwright
# gives every launch a new empty profile (--user-data-dir) and removes it afterwards.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


# --- The site under test --------------------------------------------------------------------

# The archive the browser reads: a temporary project repository (tests/policy_repo.py) whose history
# holds three synthetic dated versions, long enough to scroll, then a frozen copy of the real policy
# (tests/data/policy/) as the newest; `policy history` publishes them all onto its gh-pages branch, which
# is served as exported. A real text as the latest keeps the checks of a real policy (every heading, the
# whole text with JavaScript off) on the page readers land on; a frozen copy keeps the legal team's edits
# of docs/ from ever turning the suite red.
SYNTHETIC = ("2019-03-04", "2019-11-18", "2020-06-30")
FILLER = 25  # paragraphs per synthetic section: each synthetic page is several screens long
# A cookie table as real policies have them: more columns than a phone or the paper holds, each cell a name longer
# than a column can be; and a line of code as long. Each archived (synthetic) page carries them, so that every
# generic check (keyboard reach of what scrolls, phone layout, print) meets them (reader hunt 37).
_COOKIE = "`_policy_consent_preference_identifier_kept_for_thirteen_months`"
WIDE = {lang: "\n\n" + "| " + " | ".join(words) + " |\n|" + "---|" * len(words) + "\n"
        + ("| " + " | ".join([_COOKIE] * len(words)) + " |\n") * 2
        + "\n```\n" + "policy_consent_preference_identifier=" + "kept_for_thirteen_months_" * 12 + "\n```"
        for lang, words in (("fr", ("Nom", "Finalité", "Durée", "Domaine", "Type", "Fournisseur", "Catégorie")),
                            ("en", ("Name", "Purpose", "Duration", "Domain", "Type", "Provider", "Category")))}
LANGUAGES = ("fr", "en")

# Every page a reader may land on, by name. Each one gets every generic check (requests, storage,
# console, axe, print, phone) in both languages; `_place` says where it is on the branch.
LANDING_PAGES = tuple(f"{kind}-{lang}" for kind in ("policy", "archived", "history", "changes", "compare", "at")
                      for lang in LANGUAGES) + ("side-by-side-en",)  # a translation's only: French prevails
# The archive's own pages (src/policysite/archive.py). While a branch lacks one (a checkout from before
# they existed), its tests are skipped on a developer's machine naming the path looked for, and fail
# with CI=true, like every other missing requirement of these tests.
ARCHIVE_PAGES = {
    "history": "{lang}/history/index.html",
    "changes": "{lang}/{version}/changes/index.html",  # the newest archived version's: a short redline
    "compare": "{lang}/compare/index.html",
    "at": "{lang}/at/index.html",  # the version in force on a date
}
SIDE_BY_SIDE = "en/{version}/side-by-side/index.html"  # the newest version's: the real text, every section


@dataclass(frozen=True)
class Landing:
    """A page a reader may land on: its language and its path on the site."""

    name: str
    lang: str
    path: str


@dataclass(frozen=True)
class Site:
    """The published archive as a reader's browser sees it."""

    root: Path                    # the folder served at http://127.0.0.1:<port>/
    pages: dict[str, Landing]     # each name of LANDING_PAGES on the branch -> where it is
    absent: dict[str, str]        # each name of LANDING_PAGES not on the branch -> why it is skipped
    sources: dict[str, Path]      # language -> the Markdown of the latest version (today's real policy)
    versions: tuple[str, ...]     # the dated versions on the branch, oldest first
    files: frozenset[str]         # every path on the branch
    base: str = ""                # http://127.0.0.1:<port>, once served

    @property
    def latest(self) -> str:
        return self.versions[-1]

    @property
    def archived(self) -> tuple[str, ...]:
        """The synthetic versions, each shown with the archived banner."""
        return self.versions[:-1]

    def url(self, name: str, anchor: str = "") -> str:
        return self.base + self.page(name).path + (f"#{anchor}" if anchor else "")

    def page(self, name: str) -> Landing:
        """The landing page `name`; skipped (failed in CI), with the reason, if the branch lacks it."""
        if name in self.absent:
            if _in_ci():
                pytest.fail(f"CI=true: {self.absent[name]}", pytrace=False)
            pytest.skip(self.absent[name])
        return self.pages[name]

    def version_url(self, lang: str, version: str = "latest", anchor: str = "") -> str:
        return f"{self.base}/{lang}/{version}/" + (f"#{anchor}" if anchor else "")

    def policy_url(self, lang: str, anchor: str = "") -> str:
        """The policy in force in `lang`: `/<lang>/latest/`, where the language menu and the banner lead."""
        return self.version_url(lang, "latest", anchor)

    def sections(self, lang: str) -> list[document.Section]:
        """The numbered sections the policy page must show, read through the one document model."""
        return document.read(self.sources[lang], lang=lang).sections


def publish_site(target: Path) -> Site:
    """Publish the archive into a temporary repository and export its gh-pages branch into `target`."""
    project = new_project(target / "project", filler=FILLER)
    with pytest.MonkeyPatch.context() as mp:  # sync-mark runs in this process and reads git history
        mp.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        for n, date in enumerate(SYNTHETIC, start=1):
            project.commit(date, fr=f"Texte numéro {n}.{WIDE['fr']}", en=f"Text number {n}.{WIDE['en']}")
    for lang in LANGUAGES:  # the frozen real policy, word lists and sync record included
        shutil.copytree(FROZEN / lang, project.root / "docs" / lang, dirs_exist_ok=True)
    project.commit_all("policy: the real text")
    sources = {lang: project.root / "docs" / lang / "index.md" for lang in LANGUAGES}
    latest = document.read(sources["fr"], lang="fr").date.isoformat()
    assert latest > SYNTHETIC[-1], f"the real policy ({latest}) must be newer than the synthetic versions"
    # without the user's git config
    published(project.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                                 "GIT_CONFIG_NOSYSTEM": "1"})
    public = export_site.export(root=project.root, site_dir=target / "public")
    versions = (*SYNTHETIC, latest)
    files = frozenset(project.files())
    pages, absent = _place(files, versions)
    return Site(root=public, pages=pages, absent=absent, sources=sources, versions=versions, files=files)


def _place(files: frozenset[str], versions: tuple[str, ...]) -> tuple[dict[str, Landing], dict[str, str]]:
    """Where each landing page is on the branch, and why each missing one is skipped."""
    pages, absent = {}, {}
    for lang in LANGUAGES:
        pages[f"policy-{lang}"] = Landing(f"policy-{lang}", lang, f"/{lang}/latest/")
        pages[f"archived-{lang}"] = Landing(f"archived-{lang}", lang, f"/{lang}/{versions[-2]}/")
        for kind, pattern in ARCHIVE_PAGES.items():
            name, path = f"{kind}-{lang}", pattern.format(lang=lang, version=versions[-2])
            if path in files:
                pages[name] = Landing(name, lang, "/" + path.removesuffix("index.html"))
            else:
                absent[name] = f"{name}: `policy history` published no {path} on gh-pages"
    path = SIDE_BY_SIDE.format(version=versions[-1])
    if path in files:
        pages["side-by-side-en"] = Landing("side-by-side-en", "en", "/" + path.removesuffix("index.html"))
    else:
        absent["side-by-side-en"] = f"side-by-side-en: `policy history` published no {path} on gh-pages"
    return pages, absent


# --- Requirements: skip on a developer's machine, fail in CI ---------------------------------

def _missing() -> str:
    """How to install what the browser tests lack, in one line; empty when nothing is missing."""
    if not CHROMIUM.exists():
        return "install Chromium with `sudo apt-get install chromium-headless-shell` (or run .ci/run)"
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
_ABSENT = pytest.StashKey[list]()


@pytest.fixture(scope="session", autouse=True)
def e2e_requirements(request):
    """Chromium, Playwright and axe-core are there; otherwise skip (developer) or fail (CI)."""
    missing = _missing()
    if missing and _in_ci():
        pytest.fail(f"e2e: CI=true and the browser tests cannot run: {missing}", pytrace=False)
    if missing:
        request.config.stash[_SKIPPED] = f"e2e skipped: {missing}"
        pytest.skip(request.config.stash[_SKIPPED])


def pytest_configure(config):
    """`POLICY_E2E_CPU=cpu.jsonl pytest tests/e2e`: each test's CPU, Chromium's included, into that file, and a summary
    file by file at the end (cpu_record.py)."""
    if os.environ.get("POLICY_E2E_CPU"):
        config.pluginmanager.register(Recorder(Path(os.environ["POLICY_E2E_CPU"]).absolute()), "e2e-cpu")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.stash.get(_SKIPPED, ""):
        terminalreporter.write_line(config.stash[_SKIPPED])
    for reason in config.stash.get(_ABSENT, []):
        terminalreporter.write_line(f"e2e skipped the tests of {reason}")


# --- Site, server, browser: one of each per session ------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes a connection mid-file (a page left before its last request) is no error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def serve(e2e_requirements):
    """Serve a folder on 127.0.0.1 (a free port, a thread) until the session ends: its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, name=f"e2e-http-{folder.name}", daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    # all asked to stop at once: each shutdown() waits for its loop's next look (0.5 s, later on a loaded machine),
    # and one after the other they held a worker's session end for seconds
    stopping = [threading.Thread(target=server.shutdown, name="e2e-http-stop") for server in servers]
    for thread in stopping:
        thread.start()
    for thread in stopping:
        thread.join()
    for server in servers:
        server.server_close()


@pytest.fixture(scope="session")
def site(request, tmp_path_factory, serve) -> Site:
    """The published site, built once for the whole run and served by each worker for its session: the first
    worker to need it builds it (some 10 s of CPU) while the others wait, then they read what it recorded."""
    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else \
        tmp_path_factory.getbasetemp()
    record = shared / "published-site.pickle"
    with open(shared / "published-site.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if record.exists():
            published = pickle.loads(record.read_bytes())
        else:
            published = publish_site(shared / "published-site")
            record.write_bytes(pickle.dumps(published))
    assert set(published.pages) | set(published.absent) == set(LANDING_PAGES), "place every landing page"
    request.config.stash[_ABSENT] = list(published.absent.values())
    return dataclasses.replace(published, base=serve(published.root))


@pytest.fixture(scope="session")
def published_for_the_run(tmp_path_factory, serve) -> Callable[[object, Callable[[Path], object]], str]:
    """Serve the site `publish(folder)` exports into `folder / "public"`, made once for the whole run (policy_repo.
    once_for_the_run: the first worker to ask makes it while the others wait) and served once a worker: its base URL.
    Keyed by what it publishes, `publish`'s name and `pages` (its texts, as JSON): modules publishing the same texts the
    same way share one site and never change it (test_reader16 reads test_reader15's; each published it again, some
    3 s of CPU for `policy history` and the export)."""
    served: dict[str, str] = {}

    def site(pages: object, publish: Callable[[Path], object]) -> str:
        key = json.dumps([publish.__module__, publish.__qualname__, pages], sort_keys=True, ensure_ascii=False)
        name = f"e2e-site-{publish.__name__.strip('_')}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
        if name not in served:
            served[name] = serve(once_for_the_run(tmp_path_factory, name, publish) / "public")
        return served[name]

    return site


@pytest.fixture(scope="session", autouse=True)
def loaded_before_quiet(e2e_requirements):
    """`page.goto(url, wait_until="networkidle")` returns once the page is loaded, too: Chromium's half second without
    a request came, on a busy machine, while a long page was still being parsed (readyState "loading", its later
    sections not there yet: the tests read them at once and failed now and then)."""
    from playwright.sync_api import Page

    goto = Page.goto

    def loaded(self, url, **options):
        response = goto(self, url, **options)
        if options.get("wait_until") == "networkidle":
            self.wait_for_load_state("load")
        return response

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Page, "goto", loaded)
        yield


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
        track(page)

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


# Each landing page is opened once per session on a desktop screen, by a reader who uses it, and once
# on a phone; every generic check (requests, storage, console, axe, print, phone layout) inspects those
# two views rather than opening the page again: a page load of the policy costs about a second of CPU.

@dataclass
class Visit:
    """A landing page open in one viewport, shared by the checks that only look at it."""

    landing: Landing
    page: object
    context: object
    traffic: Traffic


@pytest.fixture(scope="session", params=LANDING_PAGES)
def visit(request, browser, site):
    """Each landing page on a desktop screen, after a reader has used it (`use_the_page`)."""
    landing = site.page(request.param)  # skips, with its reason, before opening anything
    traffic = Traffic()
    context = open_context(browser, traffic, **DESKTOP)
    page = context.new_page()
    use_the_page(page, site.url(landing.name), landing.lang)
    yield Visit(landing=landing, page=page, context=context, traffic=traffic)
    context.close()


@pytest.fixture(scope="session", params=LANDING_PAGES)
def phone_visit(request, browser, site):
    """Each landing page on a 375×667 touch screen, as loaded."""
    landing = site.page(request.param)
    traffic = Traffic()
    context = open_context(browser, traffic, **PHONE)
    page = context.new_page()
    go(page, site.url(landing.name))
    yield Visit(landing=landing, page=page, context=context, traffic=traffic)
    context.close()


@pytest.fixture
def opened(new_context):
    """Open a page in a fresh context (no cookie, no storage) whose requests `traffic` records."""

    def open_page(url: str, **options):
        page = new_context(**options).new_page()
        go(page, url)
        return page

    return open_page


@pytest.fixture
def phone_page(new_context):
    """A fresh page on a 375×667 touch screen."""
    return new_context(**PHONE).new_page()
