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

from policysite import archive, build, checks, git, history as hist, manifest as mf, settings as policy_settings
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


@dataclass
class Outcome:
    """What an operation did, as lines for the user."""

    published: list[str] = field(default_factory=list)
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
    """The project being published: its root, settings, repository and policy pages as git names them."""

    root: Path
    settings: Settings
    repo: gitpython.Repo
    paths: dict[str, str]  # language -> `docs/fr/index.md`

    @classmethod
    def open(cls, root: Path) -> Project:
        root = Path(root).resolve()
        settings = policy_settings.load(root)
        repo = git.open_repo(root)
        return cls(root, settings, repo, hist.policy_paths(root, settings, repo))

    @property
    def top(self) -> Path:
        return Path(self.repo.working_tree_dir).resolve()

    def root_in(self, tree: Path) -> Path:
        """Where the project's root is in a checkout `tree` of its repository (a worktree)."""
        return tree / self.root.relative_to(self.top)

    def docs_dirs(self) -> list[str]:
        """Each language's docs folder as git names it: uncommitted changes there block a publication."""
        return sorted({str(Path(p).parent.as_posix()) for p in self.paths.values()})


# --- Operations ------------------------------------------------------------------------------

def publish(*, root: Path, branch: str = BRANCH, remote: str = REMOTE, push: bool = False,
            on_wait: Callable[[Path], None] | None = None) -> Outcome:
    """`policy publish`: the current commit's policy as its dated version, refused if it would rewrite one."""
    project = Project.open(root)
    repo, settings = project.repo, project.settings
    version, sources, commit = _publishable(project)
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
        with tempfile.TemporaryDirectory(prefix="policy-publish-") as tmp:
            built = build_version(project, version=version, known=known, project_root=project.root,
                                  out=Path(tmp) / version,
                                  previous=_previous(project, state.manifests, {}, version=version, on_branch=known))
            manifest = _manifest(project, built=built, commit=commit, sources=sources)
            pages = build_archive(project, manifests={**state.manifests, version: manifest},
                                  out=Path(tmp) / "archive")
            listing = _listing(repo, state.base)
            writer = git.CommitWriter(repo, parent=state.base, known_blobs=_blobs(listing))
            try:
                _write_version(writer, project, built=built, manifest=manifest, present=known, action="Publish")
                _write_archive(writer, project, pages, out=Path(tmp) / "archive", listing=listing)
                new = writer.finish()
            except BaseException:
                writer.abort()
                raise
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
    """`policy history`: publish, oldest first, every dated version of git history not yet on the branch."""
    project = Project.open(root)
    repo = project.repo
    found = hist.find_versions(repo, root=project.root, settings=project.settings)
    outcome = Outcome(warnings=list(found.warnings))
    with _lock(project, branch, on_wait):
        state = read_branch(repo, branch=branch, remote=remote)
        if found.shallow:
            outcome.warnings += _missing_commits(project, state, branch)
        todo: list[tuple[hist.DatedVersion, dict[str, bytes]]] = []
        dated = []
        for version in found.versions:
            sources = hist.sources_at(repo, version.commit, project.paths)
            missing = [project.paths[lang] for lang, data in sources.items() if data is None]
            if missing:
                outcome.warnings.append(f"{version.version}: not published: {', '.join(missing)} does not exist "
                                        f"at {version.commit[:7]}")
                continue
            dated.append(version.version)
            published = state.manifests.get(version.version)
            if published is not None and published.source_digests() != {k: mf.sha256(v) for k, v in sources.items()}:
                message = (f"{version.version}: the published text differs from the last commit carrying this "
                           f"date, {version.commit[:7]} ({_changes(project, published, sources)}); "
                           "a published version never changes")
                if rebuild:
                    raise PublishError(message + ": nothing rebuilt")
                outcome.warnings.append(message + ": kept as published")
                continue
            if published is None or rebuild:
                todo.append((version, sources))
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
            _push(project, branch, remote, push, outcome, changed=bool(refreshed))
            return outcome
        on_branch = sorted(set(state.versions) | set(dated))
        new = _build_and_write(project, state, todo, on_branch=on_branch, jobs=jobs, progress=progress,
                               action="Rebuild" if rebuild else "Publish")
        _move_branch(project, branch, new, state, "policy history" + (" --rebuild" if rebuild else ""))
    outcome.published = [version.version for version, _ in todo]
    outcome.commit = new
    outcome.warnings += _legacy({v: m for v, m in state.manifests.items() if v not in outcome.published})
    verb = "rebuilt" if rebuild else "published"
    outcome.messages.append(f"{verb} {len(todo)} dated version(s) on {branch}: {', '.join(outcome.published)}")
    _push(project, branch, remote, push, outcome, changed=True)
    return outcome


@dataclass
class Verification:
    """`policy verify`: what was checked and every difference found."""

    versions: int = 0
    files: int = 0
    archive_files: int = 0  # the history, compare and feed pages and their theme files
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verify(*, root: Path, branch: str = BRANCH) -> Verification:
    """Re-check every published file of the branch against the manifests; name any file that changed."""
    project = Project.open(root)
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
        if path.startswith(mf.DIRECTORY + "/") and path.endswith(".json"):
            manifest = mf.VersionManifest.loads(git.read_object(repo, blob))
            if mf.path_for(manifest.version) != path:
                report.problems.append(f"{path}: describes version {manifest.version}")
            manifests[manifest.version] = manifest
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
    return report


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


def export(*, root: Path, branch: str = BRANCH, site_dir: Path) -> Path:
    """`make build`: the branch as a web server would serve it, in `site_dir` (replaced)."""
    project = Project.open(root)
    tip = git.rev_parse(project.repo, f"refs/heads/{branch}")
    if tip is None:
        raise PublishError(f"there is no {branch} branch: run `policy history` first")
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    try:
        git.extract(project.repo, tip, staging)
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
                manifest = mf.VersionManifest.loads(git.read_object(repo, blob))
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


def _publishable(project: Project) -> tuple[str, dict[str, bytes], str]:
    """The version, sources and commit `policy publish` would publish, or why it refuses to."""
    settings = project.settings
    missing = [path for path in project.paths.values() if not (project.top / path).is_file()]
    if missing:
        raise PublishError(f"nothing to publish: {', '.join(missing)} does not exist")
    sources = {lang: (project.top / path).read_bytes() for lang, path in project.paths.items()}
    date = hist.date_of(sources[settings.authoritative].decode("utf-8"))
    if date is None:
        raise PublishError(f"{project.paths[settings.authoritative]}: no valid date in the front matter "
                           "(date: YYYY-MM-DD): nothing to publish")
    version = date.isoformat()
    dirty = git.changed_paths(project.repo, project.docs_dirs())
    if dirty:
        raise PublishError(f"{version}: not published: uncommitted changes to the policy ({', '.join(dirty)}); "
                           "commit them first")
    findings = checks.check_project(root=project.root)
    if findings:
        shown = "\n".join(f"  {finding}" for finding in findings[:10]) + ("\n  …" if len(findings) > 10 else "")
        raise PublishError(f"{version}: not published: {len(findings)} check(s) fail (see `policy check`):\n{shown}")
    commit = _last_policy_commit(project)
    if commit is None:
        raise PublishError(f"{version}: not published: the policy has never been committed")
    return version, sources, commit


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


# --- Building --------------------------------------------------------------------------------

def build_version(project: Project, *, version: str, known: list[str], project_root: Path, out: Path,
                  previous: Previous | None = None) -> Built:
    """Build every language of one dated version with today's theme and hooks.

    `project_root` holds the policy pages to build (the project itself, or a worktree of an old
    commit); configuration, theme overrides and hooks always come from the project. `previous`,
    the version before and its pages, is what the version's changes page compares it with.
    """
    settings = project.settings
    date = dt.date.fromisoformat(version)
    before, texts = previous or (None, {})
    files, changes = {}, {}
    with _source_date_epoch(date):
        for language in settings.languages:
            code = language.code
            docs = policy_settings.docs_page(project.root, language, settings).parent.relative_to(project.root)
            site = out / code
            release = {"version": version, "versions": known, "latest": LATEST}
            if before and code in texts:
                release["previous"] = {"version": before, "text": texts[code]}
            build.build_language(
                project.root, language, site_dir=site, share_theme=True,
                docs_dir=str(project_root / docs), site_url=f"{settings.public_url}{code}/{version}/",
                extra={"version": {"provider": "mike", "default": LATEST, "alias": True},
                       "policy": {"release": release}})
            # A host serves one "not found" page per site, never a version's: the language's own, built
            # with the history and compare pages, is the one kept (7 KiB less in every version).
            (site / "404.html").unlink(missing_ok=True)
            files[code] = _records(site)
            source = (project_root / docs / settings.page).read_text(encoding="utf-8")
            change = archive.changes_of(source, previous_text=texts.get(code) if before else None, lang=code)
            changes[code] = archive.summary(change, previous=before)
    return Built(version, out, files, changes)


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
                build.build_language(project.root, language, site_dir=out / code, share_theme=True,
                                     docs_dir=str(docs), site_url=f"{settings.public_url}{code}/",
                                     plugins=build.plugins_without_search(project.root, language),
                                     nav=[archive.PAGES[archive.HISTORY], archive.PAGES[archive.COMPARE]],
                                     extra={"policy": {"archive": {"entries": entries}}})
            except MkDocsException as exc:  # Abort is a SystemExit: it would end the command without a word
                raise PublishError(f"the {code} history, compare and feed pages could not be built: {exc}") from None
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
        for lang, files in built.files.items()}, mf.generator())


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
    root_html = build.render_root_redirect(root=project.root, target=f"{project.settings.authoritative}/{LATEST}/")
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


def _build_and_write(project: Project, state: BranchState, todo: list, *, on_branch: list[str],
                     jobs: int | None, progress: Progress | None, action: str) -> str:
    """Build `todo` (oldest first) on up to `jobs` processes, each from its own worktree, and commit them."""
    start = time.monotonic()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    repo = project.repo
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="policy-history-") as tmp:
        tmp = Path(tmp)
        trees: list[Path] = []
        writer = None
        try:
            for n in range(1 if jobs == 1 else jobs + 1):  # the pool's workers, and this process for the first
                trees.append(tmp / f"worktree-{n}")
                git.worktree_add(repo, trees[-1], todo[0][0].commit)
            pending = {version.version: sources for version, sources in todo}
            tasks = [(version.version, [v for v in on_branch if v <= version.version], version.commit,
                      tmp / "site" / version.version,
                      _previous(project, state.manifests, pending, version=version.version, on_branch=on_branch))
                     for version, _ in todo]
            results = _builds(project, tasks, trees)
            first = next(results)  # workers are forked before fast-import starts: they must not hold its pipe
            listing = _listing(repo, state.base)
            writer = git.CommitWriter(repo, parent=state.base, known_blobs=_blobs(listing))
            present = set(state.versions)
            manifests = dict(state.manifests)
            for n, ((version, sources), built) in enumerate(zip(todo, _chain(first, results)), 1):
                present.add(version.version)
                manifests[version.version] = _manifest(project, built=built, commit=version.commit, sources=sources)
                _write_version(writer, project, built=built, manifest=manifests[version.version],
                               present=sorted(present), action=action)
                shutil.rmtree(built.out, ignore_errors=True)
                if progress:
                    progress(n, len(todo), version.version, time.monotonic() - start)
            results.close()
            # The archive's pages list every version: built once, into the last commit.
            pages = build_archive(project, manifests=manifests, out=tmp / "archive")
            _write_archive(writer, project, pages, out=tmp / "archive", listing=listing)
            new = writer.finish()
            writer = None
            return new
        finally:
            if writer is not None:
                writer.abort()
            for tree in trees:
                with contextlib.suppress(git.GitError):
                    git.worktree_remove(repo, tree)


def _chain(first, rest) -> Iterator:
    yield first
    yield from rest


_WORKER: dict = {}


def _worker_init(slots) -> None:
    _WORKER["tree"] = Path(slots.get())
    logging.getLogger("mkdocs").setLevel(logging.WARNING)


def _worker_build(task) -> Built:
    version, known, commit, out, previous = task
    project, tree = _WORKER["project"], _WORKER["tree"]
    try:
        git.worktree_checkout(tree, commit)
        return build_version(project, version=version, known=known, project_root=project.root_in(tree), out=out,
                             previous=previous)
    except Exception as exc:  # mkdocs' own exceptions do not all cross a process boundary
        raise PublishError(f"{version}: the build from {commit[:7]} failed: {exc}") from None


def _builds(project: Project, tasks: list, trees: list[Path]) -> Iterator[Built]:
    """Built versions in the order of `tasks`: the first in this process, the others on a process pool.

    Building the first one here loads the theme and compiles its templates once; the workers, forked
    afterwards, inherit all of it with the project, and check their versions out in a worktree each.
    The pool exists before the first result is handed over, so no worker inherits what comes next.
    """
    _WORKER["project"], _WORKER["tree"] = project, trees[0]
    first = _worker_build(tasks[0])
    if len(trees) == 1 or len(tasks) == 1:
        yield first
        for task in tasks[1:]:
            yield _worker_build(task)
        return
    context = multiprocessing.get_context("fork")
    slots = context.Queue()
    for tree in trees[1:]:
        slots.put(str(tree))
    with concurrent.futures.ProcessPoolExecutor(max_workers=len(trees) - 1, mp_context=context,
                                                initializer=_worker_init, initargs=(slots,)) as pool:
        futures = [pool.submit(_worker_build, task) for task in tasks[1:]]
        try:
            yield first
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
