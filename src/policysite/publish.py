"""Publish dated versions of the policy onto the gh-pages branch, in mike's layout, immutably.

The branch, one mike deploy prefix per language:

    index.html              sends readers to <authoritative>/latest/
    404.html                the authoritative language's page for a missing address (a host such as
                            GitHub Pages serves the site root's 404.html, not a language's)
    .nojekyll
    <lang>/versions.json    mike's list of versions (material's selector reads it), newest first
    <lang>/<date>/…         one dated version, built once, never rewritten
    <lang>/latest/…         a copy of the newest date (the same git trees: it costs nothing)
    <lang>/history/, <lang>/compare/, <lang>/feed.xml, and the theme files they use: the archive's
                            pages, rebuilt on each publication from the manifests (archive.py)
    manifest/<date>.json    the source commit and SHA-256 of the source and of each published file,
                            and what changed from the version before (for the history and feed)

A dated version's folder holds its page, its changes page (`changes/`, against the version
before) and its text as JSON (`policy.json`): all known when it is published, never rewritten.

Every operation builds into temporary folders, writes its commits with one `git fast-import`
on a private ref and then moves the branch by compare-and-swap, under a lock: a failure at
any point leaves the branch exactly as it was, and a second publisher waits for the first.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import hashlib
import logging
import multiprocessing
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import git as gitpython
from mike.versions import Versions
from mkdocs.exceptions import MkDocsException

from policysite import archive, build, gate, git, history as hist, manifest as mf, safety, settings as policy_settings, source
from policysite.findings import Finding
from policysite.settings import Settings
from policysite.strings import long_date

BRANCH = "gh-pages"
REMOTE = "origin"
LATEST = "latest"
ROOT_404 = "404.html"
LOCK_TIMEOUT = 900.0  # seconds a second publisher waits for the first

Progress = Callable[[int, int, str, float], None]  # (n, total, version, elapsed seconds)
Previous = tuple[str, dict[str, str]]  # the version before one being built, and its page per language
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class PublishError(Exception):
    """A publication refused or failed; the message names the date and what to do."""


class RefusedError(PublishError):
    """The gate refused a version: its findings are in `refusal`."""

    def __init__(self, refusal: gate.Refusal):
        super().__init__(refusal)

    @property
    def refusal(self) -> gate.Refusal:
        return self.args[0]

    def __str__(self) -> str:
        return str(self.refusal)


@dataclass(frozen=True)
class FileRecord:
    """A built file: its SHA-256 (for the manifest) and git blob id (to skip sending known content)."""

    sha256: str
    blob: str
    mode: str


@dataclass(frozen=True)
class Built:
    """A dated version built into `out/<lang>/`, file by file, and what changed per language."""

    version: str
    out: Path
    files: dict[str, dict[str, FileRecord]]
    changes: dict[str, dict] = field(default_factory=dict)  # archive.summary() per language
    previous: str | None = None  # the version its changes page compares it with


@dataclass
class Outcome:
    """What an operation did, as lines for the user."""

    published: list[str] = field(default_factory=list)
    refused: list[gate.Refusal] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    commit: str | None = None


@dataclass
class BranchState:
    """The publishing branch as found: its tip, where to commit on top of, and the manifests on it."""

    local: str | None  # the local branch's tip: the branch only moves if it still points there
    base: str | None   # the commit new commits go on (the remote-tracking branch when it is ahead)
    manifests: dict[str, mf.VersionManifest]

    @property
    def versions(self) -> list[str]:
        return sorted(self.manifests)

    @property
    def latest(self) -> str | None:
        return max(self.manifests) if self.manifests else None


@dataclass(frozen=True)
class Project:
    """The project being published: its root, repository, and HEAD's configuration, overrides and hooks
    (`theme`, a snapshot read from git) with the settings and policy pages as git names them."""

    root: Path
    theme: Path
    settings: Settings
    repo: gitpython.Repo
    paths: dict[str, str]  # language -> `docs/fr/index.md`
    theme_digest: str = ""  # SHA-256 of `theme`'s files: recorded in each manifest's generator

    @property
    def top(self) -> Path:
        return Path(self.repo.working_tree_dir).resolve()

    def docs_dirs(self) -> list[str]:
        """Each language's docs folder as git names it: uncommitted changes there block a publication."""
        return sorted({str(Path(p).parent.as_posix()) for p in self.paths.values()})

    def snapshot(self, commit: str, dest: Path, *, today: dt.date | None = None) -> gate.Snapshot:
        """`commit`'s policy as the build reads it, judged by the gate."""
        return gate.snapshot(self.repo, root=self.root, settings=self.settings, commit=commit, theme_root=self.theme,
                             dest=dest, today=today)


@contextlib.contextmanager
def opened(root: Path) -> Iterator[Project]:
    """The project at `root` with HEAD's configuration, overrides and hooks written into a temporary folder:
    what is uncommitted, ignored or linked from elsewhere is never built."""
    root = Path(root).resolve()
    repo = git.open_repo(root)
    if not repo.head.is_valid():
        raise PublishError("nothing is committed yet: commit the project and its policy first")
    with tempfile.TemporaryDirectory(prefix="policy-theme-") as tmp:
        try:
            theme = source.theme(repo, root=root, commit=repo.head.commit.hexsha, dest=Path(tmp) / "project")
        except source.SourceError as exc:
            raise PublishError(str(exc)) from None
        settings = policy_settings.load(theme)
        prefix = source.prefix_of(repo, root)
        paths = {}
        for language in settings.languages:
            rel = policy_settings.docs_page(theme, language, settings).relative_to(theme).as_posix()
            paths[language.code] = f"{prefix}/{rel}" if prefix else rel
        digest = hashlib.sha256()
        for path in sorted(p for p in theme.rglob("*") if p.is_file()):
            digest.update(path.relative_to(theme).as_posix().encode() + b"\0" + mf.sha256(path.read_bytes()).encode())
        yield Project(root, theme, settings, repo, paths, digest.hexdigest())


# --- Operations ------------------------------------------------------------------------------

def publish(*, root: Path, branch: str = BRANCH, remote: str = REMOTE, push: bool = False,
            on_wait: Callable[[Path], None] | None = None) -> Outcome:
    """`policy publish`: the current commit's policy as its dated version, refused if it would rewrite one."""
    with opened(root) as project, tempfile.TemporaryDirectory(prefix="policy-publish-") as tmp:
        return _publish(project, Path(tmp), branch=branch, remote=remote, push=push, on_wait=on_wait)


def _publish(project: Project, tmp: Path, *, branch: str, remote: str, push: bool,
             on_wait: Callable[[Path], None] | None) -> Outcome:
    repo, settings = project.repo, project.settings
    snap, version, commit = _publishable(project, tmp / "source")
    sources = snap.sources
    outcome = Outcome()
    with _lock(project, branch, on_wait):
        state = read_branch(repo, branch=branch, remote=remote)
        digests = {lang: mf.sha256(data) for lang, data in sources.items()}
        published = state.manifests.get(version)
        if published is not None:
            if published.source_digests() == digests:
                outcome.messages.append(f"nothing to publish: {version} is already on {branch} with this text "
                                        f"(from {published.languages[settings.authoritative].source.commit[:7]})")
                outcome.warnings += _legacy(state.manifests)
                refreshed = _refresh_archive(project, state)
                if refreshed:
                    _move_branch(project, branch, refreshed, state, "policy publish: the archive's pages")
                    outcome.commit = refreshed
                    outcome.messages.append(f"updated the history, compare and feed pages on {branch}")
                _push(project, branch, remote, push, outcome, changed=bool(refreshed))
                return outcome
            raise PublishError(f"{version} is already published with a different text "
                               f"({_changes(project, published, sources) or 'no section differs'}): "
                               "a published version never changes; give the new text a new date")
        if state.latest and version < state.latest:
            changes = _changes(project, state.manifests[state.latest], sources)
            detail = f"the text differs: {changes}" if changes else f"the text of {state.latest} with an older date"
            raise PublishError(f"{version} is older than the latest published version {state.latest} ({detail}): "
                               f"a new text needs a date after {state.latest}")
        known = sorted(set(state.versions) | {version})
        built = build_version(project, version=version, known=known, snapshot=snap, out=tmp / version,
                              previous=_previous(project, state.manifests, {}, version=version, on_branch=known))
        manifest = _manifest(project, built=built, commit=commit, sources=sources)
        pages = build_archive(project, manifests={**state.manifests, version: manifest}, out=tmp / "archive")
        listing = _listing(repo, state.base)
        with git.CommitWriter(repo, parent=state.base, known_blobs=_blobs(listing)) as writer:
            _write_version(writer, project, built=built, manifest=manifest, present=known, action="Publish")
            _write_archive(writer, project, pages, out=tmp / "archive", listing=listing)
            new = writer.finish()
        _move_branch(project, branch, new, state, f"policy publish {version}")
    outcome.published.append(version)
    outcome.commit = new
    outcome.messages.append(f"published {version} ({', '.join(built.files)}) on {branch} from {commit[:7]}")
    outcome.warnings += _legacy(state.manifests)
    _push(project, branch, remote, push, outcome, changed=True)
    return outcome


def publish_history(*, root: Path, branch: str = BRANCH, remote: str = REMOTE, push: bool = False,
                    rebuild: bool = False, jobs: int | None = None, progress: Progress | None = None,
                    on_wait: Callable[[Path], None] | None = None) -> Outcome:
    """`policy history`: publish, oldest first, every dated version of git history not yet on the branch.

    Each passes the gate at its own commit; one refused is named with its findings in
    `Outcome.refused` (the command then fails) and the versions after it are still published.
    """
    with opened(root) as project, tempfile.TemporaryDirectory(prefix="policy-history-") as tmp:
        return _publish_history(project, Path(tmp), branch=branch, remote=remote, push=push, rebuild=rebuild,
                                jobs=jobs, progress=progress, on_wait=on_wait)


def _publish_history(project: Project, tmp: Path, *, branch: str, remote: str, push: bool, rebuild: bool,
                     jobs: int | None, progress: Progress | None, on_wait: Callable[[Path], None] | None) -> Outcome:
    repo = project.repo
    try:
        unpublished = gate.exceptions(repo, root=project.root)
    except gate.GateError as exc:
        raise PublishError(str(exc)) from None
    found = hist.find_versions(repo, root=project.root, settings=project.settings, paths=project.paths,
                               skip=frozenset(unpublished))
    outcome = Outcome(warnings=list(found.warnings))
    outcome.messages += [f"{sha[:7]}: never published, as {gate.EXCEPTIONS_FILE} records: {reason}"
                         for sha, reason in sorted(unpublished.items())]
    with _lock(project, branch, on_wait):
        state = read_branch(repo, branch=branch, remote=remote)
        if found.shallow:
            outcome.warnings += _missing_commits(project, state, branch)
        todo: list[tuple[hist.DatedVersion, gate.Snapshot]] = []
        dated = []
        for version in found.versions:
            sources = hist.sources_at(repo, version.commit, project.paths)
            missing = [project.paths[lang] for lang, data in sources.items() if data is None]
            if missing:
                outcome.warnings.append(f"{version.version}: not published: {', '.join(missing)} does not exist "
                                        f"at {version.commit[:7]}")
                continue
            published = state.manifests.get(version.version)
            if published is not None and published.source_digests() != {k: mf.sha256(v) for k, v in sources.items()}:
                message = (f"{version.version}: the published text differs from the last commit carrying this "
                           f"date, {version.commit[:7]} ({_changes(project, published, sources)}); "
                           "a published version never changes")
                if rebuild:
                    raise PublishError(message + ": nothing rebuilt")
                outcome.warnings.append(message + ": kept as published")
                dated.append(version.version)
                continue
            if published is not None and not rebuild:
                dated.append(version.version)
                continue
            snap = project.snapshot(version.commit, tmp / "source" / version.version)
            if snap.findings:
                outcome.refused.append(gate.Refusal(version.version, version.commit, tuple(snap.findings)))
                continue
            dated.append(version.version)
            todo.append((version, snap))
        if not todo:
            outcome.warnings += _legacy(state.manifests)
            refreshed = _refresh_archive(project, state)
            if refreshed:
                _move_branch(project, branch, refreshed, state, "policy history: the archive's pages")
                outcome.commit = refreshed
            elif state.base and state.base != state.local:
                # A fresh clone: the remote's branch has every version; the local branch starts from it.
                _move_branch(project, branch, state.base, state, f"policy history: from {remote}/{branch}")
            outcome.messages.append(f"nothing to publish: the {len(dated)} dated version(s) of the history "
                                    f"are on {branch}")
            if refreshed:
                outcome.messages.append(f"updated the history, compare and feed pages on {branch}")
            _push(project, branch, remote, push and not outcome.refused, outcome, changed=bool(refreshed))
            return outcome
        on_branch = sorted(set(state.versions) | set(dated))
        new, written = _build_and_write(project, state, todo, on_branch=on_branch, jobs=jobs, progress=progress,
                                        action="Rebuild" if rebuild else "Publish", tmp=tmp, outcome=outcome)
        if new is not None:
            _move_branch(project, branch, new, state, "policy history" + (" --rebuild" if rebuild else ""))
    outcome.published = written
    outcome.commit = new
    outcome.warnings += _legacy({v: m for v, m in state.manifests.items() if v not in outcome.published})
    verb = "rebuilt" if rebuild else "published"
    outcome.messages.append(f"{verb} {len(written)} dated version(s) on {branch}: {', '.join(written) or 'none'}")
    _push(project, branch, remote, push and not outcome.refused, outcome, changed=new is not None)
    return outcome


@dataclass
class Verification:
    """`policy verify`: what was checked and every difference found."""

    versions: int = 0
    files: int = 0
    archive_files: int = 0  # the history, compare and feed pages and their theme files
    rebuilt: int = 0  # versions built again from their source commit and compared byte for byte
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verify(*, root: Path, branch: str = BRANCH) -> Verification:
    """Re-check every published file of the branch against the manifests; name any file that changed."""
    with opened(root) as project:
        return _verify(project, branch=branch)


def _verify(project: Project, *, branch: str) -> Verification:
    repo, settings = project.repo, project.settings
    tip = git.rev_parse(repo, f"refs/heads/{branch}")
    if tip is None:
        raise PublishError(f"there is no {branch} branch: nothing to verify (run `policy history` first)")
    tree = git.list_files(repo, tip)
    report = Verification()
    digests: dict[str, str] = {}

    def digest(blob: str) -> str:
        if blob not in digests:
            digests[blob] = mf.sha256(git.read_object(repo, blob))
        return digests[blob]

    manifests = {}
    for path, (_mode, blob) in sorted(tree.items()):
        if path.startswith(mf.DIRECTORY + "/"):
            try:
                manifest = mf.VersionManifest.loads(git.read_object(repo, blob))
            except mf.ManifestError as exc:
                report.problems.append(f"{path}: {exc}")
                continue
            if mf.path_for(manifest.version) != path:
                report.problems.append(f"{path}: describes version {manifest.version}")
                continue
            manifests[manifest.version] = manifest
    report.problems += _unaccounted(project, tree)
    report.problems += [f"{branch}: {v}" for v in _unsafe(project, tree)]
    report.versions = len(manifests)
    by_dir: dict[str, dict[str, str]] = {}
    for path, (_mode, blob) in tree.items():
        parts = path.split("/", 2)
        if len(parts) == 3:
            by_dir.setdefault(f"{parts[0]}/{parts[1]}", {})[parts[2]] = blob
    for version, manifest in sorted(manifests.items()):
        for lang, entry in sorted(manifest.languages.items()):
            prefix = f"{lang}/{version}"
            actual = {rel: digest(blob) for rel, blob in by_dir.get(prefix, {}).items()}
            report.files += len(actual)
            report.problems += [f"{prefix}/{rel}: {what}" for rel, what in mf.differences(entry.files, actual)]
            source = git.read_blob(repo, entry.source.commit, entry.source.path)
            if source is None:
                report.notes.append(f"{prefix}: source {entry.source.path} at {entry.source.commit[:7]} "
                                    "is not in this clone: not re-checked")
            elif mf.sha256(source) != entry.source.sha256:
                report.problems.append(f"{prefix}: source {entry.source.path} at {entry.source.commit[:7]} "
                                       "does not match the manifest's sha256")
    for language in settings.languages:
        lang = language.code
        dates = sorted(v for v, m in manifests.items() if lang in m.languages)
        if not dates:
            continue
        for stray in sorted(d.split("/", 1)[1] for d in by_dir if d.startswith(lang + "/")):
            if _DATE.fullmatch(stray) and stray not in dates:
                report.problems.append(f"{lang}/{stray}/: on {branch} but in no manifest")
        if git.tree_sha(repo, tip, f"{lang}/{LATEST}") != git.tree_sha(repo, tip, f"{lang}/{dates[-1]}"):
            report.problems.append(f"{lang}/{LATEST}/: differs from {lang}/{dates[-1]}/, the newest version")
        listed = tree.get(f"{lang}/versions.json")
        expected = versions_json(dates, lang)
        if listed is None or git.read_object(repo, listed[1]) != expected:
            report.problems.append(f"{lang}/versions.json: does not list exactly the versions of the manifests, "
                                   f"newest first with {LATEST} on {dates[-1]}")
    if manifests:
        report.problems += _verify_archive(project, manifests, tree, report)
        report.problems += _rebuilt(project, manifests, tree, report)
    return report


def _unaccounted(project: Project, tree: dict[str, tuple[str, str]]) -> list[str]:
    """Files of the branch outside what publishing writes: the languages' folders, the manifests, the root's
    redirect, 404 page and .nojekyll. Each is a problem, whatever its content."""
    languages = {language.code for language in project.settings.languages}
    problems = []
    expected_root = build.render_root_redirect(root=project.theme, target=f"{project.settings.authoritative}/{LATEST}/")
    for path, (mode, blob) in sorted(tree.items()):
        top = path.split("/", 1)[0]
        if mode in (git.SYMLINK, git.SUBMODULE):
            problems.append(f"{path}: a symbolic link or submodule: publishing writes neither")
        elif path == "index.html":
            if git.read_object(project.repo, blob) != expected_root.encode("utf-8"):
                problems.append("index.html: is not the redirect publishing writes (to "
                                f"{project.settings.authoritative}/{LATEST}/)")
        elif path == ".nojekyll":
            if git.read_object(project.repo, blob):
                problems.append(".nojekyll: is not empty")
        elif path == ROOT_404 or top in languages:
            continue  # the manifests and the archive's pages account for these
        elif top == mf.DIRECTORY and "/" not in path[len(top) + 1:] and path.endswith(".json"):
            continue
        else:
            problems.append(f"{path}: on the branch but not written by publishing (no manifest or rule accounts "
                            "for it)")
    return problems


def _unsafe(project: Project, tree: dict[str, tuple[str, str]]) -> list[safety.Violation]:
    """Every HTML page of the branch through the output check, whatever its manifest says."""
    theme_dirs = (str(project.theme / "overrides"),) + _theme_dirs(project)
    found: list[safety.Violation] = []
    checked: set[str] = set()
    for path, (_mode, blob) in sorted(tree.items()):
        if path.lower().endswith((".html", ".htm", ".svg")) and blob not in checked:
            checked.add(blob)
            html = git.read_object(project.repo, blob).decode("utf-8", "replace")
            text = bool(re.fullmatch(rf"[^/]+/({_DATE.pattern}|{LATEST})/(changes/)?index\.html", path))
            found += safety.check_page(html, file=path, theme_dirs=theme_dirs, text=text)
    return found


def _theme_dirs(project: Project) -> tuple[str, ...]:
    """The installed theme's template folders (Material's, then MkDocs'), for the output check."""
    import material
    import mkdocs

    return (str(Path(material.__file__).parent / "templates"), str(Path(mkdocs.__file__).parent / "templates"))


def _rebuilt(project: Project, manifests: dict[str, mf.VersionManifest], tree: dict[str, tuple[str, str]],
             report: Verification) -> list[str]:
    """Each version built with today's generator and theme, built again from its source commit: a page
    edited on the branch, even together with its manifest, no longer matches."""
    today = mf.generator(project.theme_digest)
    versions = sorted(manifests)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="policy-verify-rebuild-") as tmp:
        for n, version in enumerate(versions):
            manifest = manifests[version]
            if manifest.generator != today:
                report.notes.append(f"{version}: built with another generator or theme than today's: not rebuilt "
                                    "(`policy history --rebuild` rebuilds every version with today's)")
                continue
            commit = manifest.languages[project.settings.authoritative].source.commit
            if not git.rev_parse(project.repo, commit):
                report.notes.append(f"{version}: its commit {commit[:7]} is not in this clone: not rebuilt")
                continue
            snap = project.snapshot(commit, Path(tmp) / "source" / version, today=dt.date.fromisoformat(version))
            previous = _previous(project, manifests, {}, version=version, on_branch=versions)
            try:
                built = build_version(project, version=version, known=versions[:n + 1], snapshot=snap,
                                      out=Path(tmp) / "site" / version, previous=previous)
            except RefusedError as exc:
                problems.append(f"{version}: rebuilt from {commit[:7]}, it fails the output check: {exc}")
                continue
            for lang, files in built.files.items():
                prefix = f"{lang}/{version}/"
                actual = {path[len(prefix):]: blob for path, (_m, blob) in tree.items() if path.startswith(prefix)}
                for rel, record in sorted(files.items()):
                    if actual.get(rel) not in (None, record.blob):
                        problems.append(f"{prefix}{rel}: differs from a rebuild of its source commit {commit[:7]} "
                                        "(edited on the branch, with its manifest or not)")
            report.rebuilt += 1
            shutil.rmtree(Path(tmp) / "site" / version, ignore_errors=True)
    return problems


def _verify_archive(project: Project, manifests: dict[str, mf.VersionManifest],
                    tree: dict[str, tuple[str, str]], report: Verification) -> list[str]:
    """The archive's pages are in no manifest: they must be exactly what the manifests give, rebuilt here."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="policy-verify-") as tmp:
        expected = build_archive(project, manifests=manifests, out=Path(tmp))
    for lang, records in sorted(expected.items()):
        actual = _archive_on_branch(tree, lang)
        report.archive_files += len(actual)
        if not actual:
            problems.append(f"{lang}/: the history, compare and feed pages are missing (published before they "
                            "existed?): `policy history` builds them")
            continue
        for rel in sorted(set(records) | set(actual)):
            if rel not in actual:
                problems.append(f"{lang}/{rel}: missing (one of the archive's pages, which `policy history` rebuilds)")
            elif rel not in records:
                problems.append(f"{lang}/{rel}: added (neither in a version nor one of the archive's pages)")
            elif records[rel].blob != actual[rel]:
                problems.append(f"{lang}/{rel}: differs from the archive's pages the manifests give (edited, "
                                "or built with another theme: `policy history` rebuilds them)")
    root_404 = _root_404(project, expected)
    if root_404 is not None and tree.get(ROOT_404, ("", ""))[1] != root_404.blob:
        what = "differs from" if ROOT_404 in tree else "missing: it is a copy of"
        problems.append(f"{ROOT_404}: {what} {project.settings.authoritative}/{ROOT_404}, the page for a missing "
                        "address (`policy history` rebuilds it)")
    return problems


EXPORT_MARKER = ".policysite-export"  # in a folder `policy export` wrote: the only kind it replaces


def export(*, root: Path, branch: str = BRANCH, site_dir: Path) -> Path:
    """`make build`: the branch as a web server would serve it, in `site_dir`.

    `site_dir` must be new, empty, or a previous export (it holds EXPORT_MARKER): anything else,
    the project itself say, is refused, and nothing outside `site_dir` is ever deleted.
    """
    root = Path(root).resolve()
    repo = git.open_repo(root)
    tip = git.rev_parse(repo, f"refs/heads/{branch}")
    if tip is None:
        raise PublishError(f"there is no {branch} branch: run `policy history` first")
    site_dir = Path(site_dir).resolve()
    top = Path(repo.working_tree_dir).resolve()
    if site_dir == top or site_dir in top.parents or site_dir == git.git_dir(repo) \
            or git.git_dir(repo) in site_dir.parents or site_dir == root / "docs" or (root / "docs") in site_dir.parents:
        raise PublishError(f"{site_dir}: not a folder to export into (it holds the project or its repository); "
                           "choose a new folder such as public/")
    if site_dir.exists() and (not site_dir.is_dir() or site_dir.is_symlink()):
        raise PublishError(f"{site_dir}: exists and is not a folder: choose a new folder such as public/")
    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / EXPORT_MARKER).is_file():
        raise PublishError(f"{site_dir}: not empty and not a previous export (no {EXPORT_MARKER} in it): "
                           "nothing was written; choose a new or empty folder")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    try:
        git.extract(repo, tip, staging)
        (staging / EXPORT_MARKER).write_text(f"exported from {branch} {tip}\n", encoding="utf-8")
        if site_dir.exists():
            shutil.rmtree(site_dir)
        staging.rename(site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return site_dir


# --- The branch ------------------------------------------------------------------------------

def read_branch(repo: gitpython.Repo, *, branch: str, remote: str | None) -> BranchState:
    """The branch and its manifests; a remote-tracking branch ahead of it (a fresh clone) is the base."""
    local = git.rev_parse(repo, f"refs/heads/{branch}")
    tracking = git.rev_parse(repo, f"refs/remotes/{remote}/{branch}") if remote else None
    base = local
    if tracking and tracking != local:
        if local is None or git.is_ancestor(repo, local, tracking):
            base = tracking
        elif not git.is_ancestor(repo, tracking, local):
            raise PublishError(f"{branch} has diverged from {remote}/{branch}: reconcile them first")
    manifests = {}
    if base:
        for name, (_mode, blob) in git.list_files(repo, base, mf.DIRECTORY).items():
            if name.endswith(".json"):
                try:
                    manifest = mf.VersionManifest.loads(git.read_object(repo, blob))
                except mf.ManifestError as exc:
                    raise PublishError(f"{branch}: {mf.DIRECTORY}/{name}: {exc}: `policy verify` lists what is "
                                       "wrong; nothing was published") from None
                manifests[manifest.version] = manifest
    return BranchState(local, base, manifests)


def versions_json(dates: list[str], lang: str) -> bytes:
    """mike's versions.json for one language: every date, titled in the language, `latest` on the newest."""
    versions = Versions()
    newest = max(dates)
    for date in dates:
        versions.add(date, long_date(dt.date.fromisoformat(date), lang), [LATEST] if date == newest else [])
    return (versions.dumps() + "\n").encode("utf-8")


def _listing(repo: gitpython.Repo, rev: str | None) -> dict[str, tuple[str, str]]:
    """Every file of the branch at `rev`: path -> (mode, blob)."""
    return git.list_files(repo, rev) if rev else {}


def _blobs(listing: dict[str, tuple[str, str]]) -> set[str]:
    return {blob for _mode, blob in listing.values()}


def _move_branch(project: Project, branch: str, new: str, state: BranchState, message: str) -> None:
    try:
        git.update_ref(project.repo, f"refs/heads/{branch}", new, state.local, message=message)
    except git.GitError as exc:
        raise PublishError(f"{branch} moved while publishing (another publisher?): it was left as it is; "
                           f"run the command again ({exc})") from exc


def _push(project: Project, branch: str, remote: str, push: bool, outcome: Outcome, *, changed: bool) -> None:
    if not push:
        return
    try:
        git.push(project.repo, remote, branch)
    except git.GitError as exc:
        raise PublishError(f"{'published on' if changed else 'nothing changed on'} the local {branch}, "
                           f"but pushing it to {remote} failed: {exc}") from exc
    outcome.messages.append(f"pushed {branch} to {remote}")


@contextlib.contextmanager
def _lock(project: Project, branch: str, on_wait: Callable[[Path], None] | None):
    name = "policysite-publish-" + branch.replace("/", "-")
    try:
        with git.lock(project.repo, name, timeout=LOCK_TIMEOUT, on_wait=on_wait) as path:
            yield path
    except git.GitError as exc:
        if "holds the lock" in str(exc):
            raise PublishError(f"another publication is still running: {exc}") from exc
        raise


def _publishable(project: Project, dest: Path) -> tuple[gate.Snapshot, str, str]:
    """HEAD's policy as the gate judged it, its version and its last commit, or why it is not published."""
    settings = project.settings
    head = project.repo.head.commit.hexsha
    snap = project.snapshot(head, dest)
    missing = [project.paths[code] for code in project.paths if code not in snap.sources]
    if missing:
        raise PublishError(f"nothing to publish: {', '.join(missing)} is not committed")
    date = snap.date(settings)
    if date is None:
        raise PublishError(f"{project.paths[settings.authoritative]}: no valid date in the front matter "
                           "(date: YYYY-MM-DD): nothing to publish")
    version = date.isoformat()
    dirty = git.changed_paths(project.repo, project.docs_dirs())
    if dirty:
        raise PublishError(f"{version}: not published: uncommitted changes to the policy ({', '.join(dirty)}); "
                           "commit them first")
    if snap.findings:
        raise RefusedError(gate.Refusal(version, head, tuple(snap.findings)))
    commit = _last_policy_commit(project)
    if commit is None:
        raise PublishError(f"{version}: not published: the policy has never been committed")
    return snap, version, commit


def _missing_commits(project: Project, state: BranchState, branch: str) -> list[str]:
    """Published versions whose source commit a shallow clone lacks."""
    lines = []
    for version, manifest in sorted(state.manifests.items()):
        commit = manifest.languages[project.settings.authoritative].source.commit
        if not git.rev_parse(project.repo, commit):
            lines.append(f"{version}: on {branch}, but its commit {commit[:7]} is not in this shallow clone")
    return lines


def _last_policy_commit(project: Project) -> str | None:
    if not project.repo.head.is_valid():
        return None
    commit = next(project.repo.iter_commits("HEAD", paths=sorted(set(project.paths.values())), max_count=1), None)
    return commit.hexsha if commit else None


def _changes(project: Project, published: mf.VersionManifest, sources: dict[str, bytes]) -> str:
    """Which sections differ from a published version, per language: `fr: §3, §7.2; en: §3`."""
    parts = []
    for lang, data in sources.items():
        entry = published.languages.get(lang)
        if entry is None:
            parts.append(f"{lang}: not in the published version")
            continue
        if entry.source.sha256 == mf.sha256(data):
            continue
        old = git.read_blob(project.repo, entry.source.commit, entry.source.path)
        if old is None:
            parts.append(f"{lang}: the published text's commit {entry.source.commit[:7]} is not in this clone")
            continue
        sections = archive.describe(archive.changes_of(data.decode("utf-8"), previous_text=old.decode("utf-8"),
                                                       lang=lang))
        parts.append(f"{lang}: {', '.join(sections) if sections else 'front matter or formatting only'}")
    return "; ".join(parts)


class _Warnings(logging.Handler):
    """The warnings of one build, which a strict build turns into its failure."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# --- Building --------------------------------------------------------------------------------

def build_version(project: Project, *, version: str, known: list[str], snapshot: gate.Snapshot, out: Path,
                  previous: Previous | None = None) -> Built:
    """Build every language of one dated version with today's theme and hooks, and check its output.

    `snapshot` holds the policy pages of the version's commit, as git stores them; configuration,
    theme overrides and hooks come from the project's HEAD (`project.theme`). `previous`, the version
    before and its pages, is what the version's changes page compares it with. Raises RefusedError
    when a built page fails the output check.
    """
    settings = project.settings
    date = dt.date.fromisoformat(version)
    before, texts = previous or (None, {})
    files, changes, findings = {}, {}, []
    with _source_date_epoch(date):
        for language in settings.languages:
            code = language.code
            site = out / code
            release = {"version": version, "versions": known, "latest": LATEST}
            if before and code in texts:
                release["previous"] = {"version": before, "text": texts[code]}
            warnings = _Warnings()
            logging.getLogger("mkdocs").addHandler(warnings)
            try:
                theme_dirs = build.build_language(
                    project.theme, language, site_dir=site, share_theme=True,
                    docs_dir=str(snapshot.docs[code]), site_url=f"{settings.public_url}{code}/{version}/",
                    extra={"version": {"provider": "mike", "default": LATEST, "alias": True},
                           "policy": {"release": release}})
            except MkDocsException as exc:  # Abort is a SystemExit: it would end the command without a word
                # A strict build's warnings are about the text (a link to a missing page or image): findings.
                found = [Finding(project.paths[code], 1, "build.warning", message) for message in warnings.messages]
                raise RefusedError(gate.Refusal(version, snapshot.commit, tuple(found or [
                    Finding(project.paths[code], 1, "build.failed", f"the {code} build failed: {exc}")]))) from None
            finally:
                logging.getLogger("mkdocs").removeHandler(warnings)
            # A host serves one "not found" page per site, never a version's: the language's own, built
            # with the history and compare pages, is the one kept (7 KiB less in every version).
            (site / "404.html").unlink(missing_ok=True)
            text = snapshot.sources[code].decode("utf-8")
            findings += gate.output_findings(safety.check_site(site, theme_dirs=theme_dirs),
                                             page=project.paths[code], text=text, lang=code)
            files[code] = _records(site)
            change = archive.changes_of(text, previous_text=texts.get(code) if before else None, lang=code)
            changes[code] = archive.summary(change, previous=before)
    if findings:
        raise RefusedError(gate.Refusal(version, snapshot.commit, tuple(findings)))
    return Built(version, out, files, changes, before)


def build_archive(project: Project, *, manifests: dict[str, mf.VersionManifest],
                  out: Path) -> dict[str, dict[str, FileRecord]]:
    """Build each language's archive pages (history, compare, feed) listing `manifests`, into `out/<lang>/`.

    They use today's theme and only what the manifests recorded, so the same manifests give the same
    bytes: publishing rebuilds them, `policy verify` rebuilds them to check the branch.
    """
    settings = project.settings
    files = {}
    with _source_date_epoch(dt.date.fromisoformat(max(manifests))):
        for language in settings.languages:
            code = language.code
            entries = [{"version": version, "changes": manifest.languages[code].changes}
                       for version, manifest in sorted(manifests.items()) if code in manifest.languages]
            if not entries:
                continue
            docs = out / f"docs-{code}"  # empty: the pages are generated by the hooks
            docs.mkdir(parents=True)
            try:
                theme_dirs = build.build_language(
                                     project.theme, language, site_dir=out / code, share_theme=True,
                                     docs_dir=str(docs), site_url=f"{settings.public_url}{code}/",
                                     plugins=build.plugins_without_search(project.theme, language),
                                     nav=[archive.PAGES[archive.HISTORY], archive.PAGES[archive.COMPARE]],
                                     extra={"policy": {"archive": {"entries": entries}}})
            except MkDocsException as exc:  # Abort is a SystemExit: it would end the command without a word
                raise PublishError(f"the {code} history, compare and feed pages could not be built: {exc}") from None
            violations = safety.check_site(out / code, theme_dirs=theme_dirs, text=False)
            if violations:
                raise PublishError(f"the {code} history, compare and feed pages fail the output check: "
                                   + "; ".join(map(str, violations[:5])))
            files[code] = _records(out / code)
    return files


def _records(site: Path) -> dict[str, FileRecord]:
    records = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            mode = "100755" if os.access(path, os.X_OK) else "100644"
            records[path.relative_to(site).as_posix()] = FileRecord(mf.sha256(data), git.blob_sha(data), mode)
    return records


@contextlib.contextmanager
def _source_date_epoch(date: dt.date):
    """Dates in the built files (sitemap) come from the version, so a rebuild gives the same bytes."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(date.year, date.month, date.day,
                                                          tzinfo=dt.timezone.utc).timestamp()))
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _manifest(project: Project, *, built: Built, commit: str, sources: dict[str, bytes]) -> mf.VersionManifest:
    """The manifest of a built version: its sources, the digest of every file, what changed."""
    return mf.VersionManifest(built.version, {
        lang: mf.LanguageEntry(mf.Source(project.paths[lang], commit, mf.sha256(sources[lang])),
                               {rel: record.sha256 for rel, record in files.items()}, built.changes.get(lang))
        for lang, files in built.files.items()}, mf.generator(project.theme_digest))


def _write_version(writer: git.CommitWriter, project: Project, *, built: Built, manifest: mf.VersionManifest,
                   present: list[str], action: str) -> None:
    """One commit: the version's files, its manifest, versions.json and the latest copy of each language.

    `present` is every version on the branch once this commit is made.
    """
    version = built.version
    commit = manifest.languages[project.settings.authoritative].source.commit
    writer.start(f"{action} {version} ({', '.join(built.files)}) from {commit[:12]}")
    for lang, files in built.files.items():
        prefix = f"{lang}/{version}"
        writer.delete(prefix)
        for rel, record in files.items():
            data = None if writer.has(record.blob) else (built.out / lang / rel).read_bytes()
            writer.add(f"{prefix}/{rel}", data, sha=record.blob, mode=record.mode)
    writer.add(mf.path_for(version), manifest.dumps())
    for lang in built.files:
        writer.add(f"{lang}/versions.json", versions_json(present, lang))
        writer.delete(f"{lang}/{LATEST}")
        writer.copy(f"{lang}/{max(present)}", f"{lang}/{LATEST}")
    root_html = build.render_root_redirect(root=project.theme, target=f"{project.settings.authoritative}/{LATEST}/")
    writer.add("index.html", root_html.encode("utf-8"))
    writer.add(".nojekyll", b"")


def _write_archive(writer: git.CommitWriter, project: Project, pages: dict[str, dict[str, FileRecord]], *,
                   out: Path, listing: dict[str, tuple[str, str]]) -> None:
    """Into the commit being written: each language's archive pages, in place of those on the branch,
    and the root's 404.html (the authoritative language's)."""
    for lang, records in pages.items():
        old = {rel.split("/", 1)[0] for rel in _archive_on_branch(listing, lang)}
        for name in sorted(old | {rel.split("/", 1)[0] for rel in records}):
            writer.delete(f"{lang}/{name}")
        for rel, record in records.items():
            data = None if writer.has(record.blob) else (out / lang / rel).read_bytes()
            writer.add(f"{lang}/{rel}", data, sha=record.blob, mode=record.mode)
    root_404 = _root_404(project, pages)
    if root_404 is not None:
        writer.add(ROOT_404, sha=root_404.blob)


def _root_404(project: Project, pages: dict[str, dict[str, FileRecord]]) -> FileRecord | None:
    """The root's 404.html: the authoritative language's, as its archive pages were built."""
    return pages.get(project.settings.authoritative, {}).get(ROOT_404)


def _archive_is_current(project: Project, listing: dict[str, tuple[str, str]],
                        pages: dict[str, dict[str, FileRecord]]) -> bool:
    """Whether the branch (`listing`) holds exactly the archive's pages `pages` and the root's 404.html."""
    root_404 = _root_404(project, pages)
    return (all(_archive_on_branch(listing, lang) == {rel: r.blob for rel, r in records.items()}
                for lang, records in pages.items())
            and (root_404 is None or listing.get(ROOT_404, ("", ""))[1] == root_404.blob))


def _archive_on_branch(listing: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    """The archive's pages of `lang` on the branch: every file beside its versions, relative path -> blob."""
    found = {}
    for path, (_mode, blob) in listing.items():
        if path.startswith(f"{lang}/"):
            rel = path[len(lang) + 1:]
            top = rel.split("/", 1)[0]
            if top not in (LATEST, "versions.json") and not _DATE.fullmatch(top):
                found[rel] = blob
    return found


def _refresh_archive(project: Project, state: BranchState) -> str | None:
    """A commit on the branch updating the archive's pages, if they are not what its manifests give."""
    if not state.manifests:
        return None
    listing = _listing(project.repo, state.base)
    with tempfile.TemporaryDirectory(prefix="policy-archive-") as tmp:
        pages = build_archive(project, manifests=state.manifests, out=Path(tmp))
        if _archive_is_current(project, listing, pages):
            return None
        writer = git.CommitWriter(project.repo, parent=state.base, known_blobs=_blobs(listing))
        try:
            writer.start(f"Update the history, compare and feed pages of {len(state.manifests)} dated version(s)")
            _write_archive(writer, project, pages, out=Path(tmp), listing=listing)
            return writer.finish()
        except BaseException:
            writer.abort()
            raise


def _previous(project: Project, manifests: dict[str, mf.VersionManifest], pending: dict[str, dict[str, bytes]],
              *, version: str, on_branch: list[str]) -> Previous | None:
    """The version before `version` on the branch and its pages, as published (`manifests`) or being
    published (`pending`); None for the first version."""
    earlier = [v for v in on_branch if v < version]
    if not earlier:
        return None
    before = earlier[-1]
    if before in pending:
        return before, {lang: data.decode("utf-8") for lang, data in pending[before].items() if data is not None}
    texts = {}
    for lang, entry in manifests[before].languages.items():
        data = git.read_blob(project.repo, entry.source.commit, entry.source.path)
        if data is None:
            raise PublishError(f"{version}: its changes page compares it with {before}, whose text "
                               f"({entry.source.path} at {entry.source.commit[:7]}) is not in this clone: "
                               "run `git fetch --unshallow` first")
        texts[lang] = data.decode("utf-8")
    return before, texts


def _legacy(manifests: dict[str, mf.VersionManifest]) -> list[str]:
    """Versions published before changes pages and JSON exports existed, and how to add them."""
    old = sorted(v for v, m in manifests.items() if any(e.changes is None for e in m.languages.values()))
    if not old:
        return []
    return [f"{len(old)} version(s) published before changes pages and JSON exports existed "
            f"({', '.join(old[:5])}{', …' if len(old) > 5 else ''}): `policy history --rebuild` adds them"]


def _build_and_write(project: Project, state: BranchState, todo: list[tuple[hist.DatedVersion, gate.Snapshot]], *,
                     on_branch: list[str], jobs: int | None, progress: Progress | None, action: str, tmp: Path,
                     outcome: Outcome) -> tuple[str | None, list[str]]:
    """Build `todo` (oldest first) on up to `jobs` processes and commit those the output check passes.

    Returns the new tip (None if nothing passed) and the versions written. A version refused after its
    build goes to `outcome.refused`; one built against it is built again against the last one written.
    """
    start = time.monotonic()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    repo = project.repo
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    pending = {version.version: snap.sources for version, snap in todo}
    tasks = [(version.version, [v for v in on_branch if v <= version.version], snap, tmp / "site" / version.version,
              _previous(project, state.manifests, pending, version=version.version, on_branch=on_branch))
             for version, snap in todo]
    results = _builds(project, tasks, jobs)
    first = next(results)  # workers are forked before fast-import starts: they must not hold its pipe
    listing = _listing(repo, state.base)
    present = set(state.versions)
    manifests = dict(state.manifests)
    refused: set[str] = set()
    written: list[str] = []
    with git.CommitWriter(repo, parent=state.base, known_blobs=_blobs(listing)) as writer:
        for n, ((version, snap), result) in enumerate(zip(todo, _chain(first, results)), 1):
            task = tasks[n - 1]
            if not isinstance(result, Built) or (result.previous is not None and result.previous in refused):
                if isinstance(result, Built):  # built against a version the gate refused: build it again
                    known = [v for v in task[1] if v not in refused]
                    previous = _previous(project, state.manifests, pending, version=version.version,
                                         on_branch=[v for v in on_branch if v not in refused])
                    result = _build_or_refuse(project, (version.version, known, snap, task[3], previous))
                if not isinstance(result, Built):
                    refused.add(version.version)
                    outcome.refused.append(result)
                    continue
            present.add(version.version)
            manifests[version.version] = _manifest(project, built=result, commit=version.commit, sources=snap.sources)
            _write_version(writer, project, built=result, manifest=manifests[version.version],
                           present=sorted(present), action=action)
            written.append(version.version)
            shutil.rmtree(result.out, ignore_errors=True)
            if progress:
                progress(n, len(todo), version.version, time.monotonic() - start)
        results.close()
        if not written:
            writer.abort()
            return None, written
        # The archive's pages list every version: built once, into the last commit.
        pages = build_archive(project, manifests=manifests, out=tmp / "archive")
        _write_archive(writer, project, pages, out=tmp / "archive", listing=listing)
        return writer.finish(), written


def _chain(first, rest) -> Iterator:
    yield first
    yield from rest


def _build_or_refuse(project: Project, task) -> Built | gate.Refusal:
    """Build one version; the gate's refusal of its output is a result, not an error."""
    version, known, snap, out, previous = task
    try:
        return build_version(project, version=version, known=known, snapshot=snap, out=out, previous=previous)
    except RefusedError as exc:
        return exc.refusal
    except Exception as exc:  # mkdocs' own exceptions do not all cross a process boundary
        raise PublishError(f"{version}: the build from {snap.commit[:7]} failed: {exc}") from None


_WORKER: dict = {}


def _worker_init() -> None:
    logging.getLogger("mkdocs").setLevel(logging.WARNING)


def _worker_build(task) -> Built | gate.Refusal:
    return _build_or_refuse(_WORKER["project"], task)


def _builds(project: Project, tasks: list, jobs: int) -> Iterator[Built | gate.Refusal]:
    """Built versions (or refusals) in the order of `tasks`: the first in this process, the others on a
    process pool.

    Building the first one here loads the theme and compiles its templates once; the workers, forked
    afterwards, inherit all of it with the project. Each reads its version's snapshot, written by the
    gate. The pool exists before the first result is handed over, so no worker inherits what comes next.
    """
    _WORKER["project"] = project
    first = _worker_build(tasks[0])
    if jobs == 1 or len(tasks) == 1:
        yield first
        for task in tasks[1:]:
            yield _worker_build(task)
        return
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                                initializer=_worker_init) as pool:
        futures = [pool.submit(_worker_build, task) for task in tasks[1:]]
        try:
            yield first
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
