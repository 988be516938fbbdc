"""Dated versions of the policy found in git history: each front-matter date and its last commit."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import git as gitpython

from policysite import document, git, settings as policy_settings
from policysite.settings import Settings


@dataclass(frozen=True)
class DatedVersion:
    """A version of the policy: its date (from the authoritative page) and the last commit carrying it."""

    date: dt.date
    commit: str

    @property
    def version(self) -> str:
        return self.date.isoformat()


@dataclass
class History:
    """The dated versions of a repository's history, oldest first, and what may be missing from it."""

    versions: list[DatedVersion]
    shallow: list[str] = field(default_factory=list)  # commits where a shallow clone's history stops
    warnings: list[str] = field(default_factory=list)


def policy_paths(root: Path, settings: Settings, repo: gitpython.Repo) -> dict[str, str]:
    """Each language's policy page as git names it (`docs/fr/index.md`), from today's configuration."""
    return {lang.code: git.repo_path(repo, policy_settings.docs_page(root, lang, settings))
            for lang in settings.languages}


def date_of(text: str, *, path: str = "", lang: str = "") -> dt.date | None:
    """The front-matter date of a policy page, read by the one parser (front matter only: fast)."""
    text = document.normalise(text)
    match = document.FRONT_MATTER.match(text)
    return document.parse(match.group(0) if match else "", path=path, lang=lang).date


def find_versions(repo: gitpython.Repo, *, root: Path, settings: Settings, rev: str = "HEAD",
                  skip: frozenset[str] = frozenset(), paths: dict[str, str] | None = None) -> History:
    """Every distinct date of the authoritative page in `rev`'s history, with the newest commit carrying it.

    The history is the branch's own: its first parents, the states it went through (a merge brings in the text
    a pull request ends with, not the drafts of its branch). Only commits that touch a policy page count: a
    commit changing the theme does not make a version.
    Commits in `skip` (recorded as never published) are passed over: an earlier commit with the same
    date, if any, is that date's version.
    """
    paths = paths or policy_paths(root, settings, repo)
    authoritative = paths[settings.authoritative]
    found: dict[dt.date, str] = {}
    if repo.head.is_valid() or rev != "HEAD":
        for commit in repo.iter_commits(rev, paths=sorted(set(paths.values())), topo_order=True, first_parent=True):
            if commit.hexsha in skip:
                continue
            try:
                blob = commit.tree / authoritative
            except KeyError:
                continue
            # Only the date is read here: a byte that is not UTF-8 is the gate's finding, not a crash of the scan.
            text = blob.data_stream.read().decode("utf-8", "replace")
            date = date_of(text, path=authoritative, lang=settings.authoritative)
            if date is not None and date not in found:
                found[date] = commit.hexsha  # newest first: the first seen is the last commit with that date
    versions = sorted((DatedVersion(date, sha) for date, sha in found.items()), key=lambda v: v.date)
    history = History(versions)
    history.shallow = git.shallow_boundary(repo)
    if history.shallow:
        history.warnings.append(shallow_warning(repo, history))
    return history


def shallow_warning(repo: gitpython.Repo, history: History) -> str:
    """What a shallow clone hides: the history before its boundary commits, and the dates in it."""
    stops = []
    for sha in history.shallow:
        try:
            commit = repo.commit(sha)
            stops.append(f"{sha[:7]} ({commit.committed_datetime.date().isoformat()})")
        except (ValueError, gitpython.BadName):
            stops.append(sha[:7])
    oldest = f"; the oldest dated version found is {history.versions[0].version}" if history.versions else ""
    return (f"shallow clone: git history stops at {', '.join(stops)}, so dated versions committed before "
            f"it are missing{oldest}; run `git fetch --unshallow` to publish the whole archive")


def sources_at(repo: gitpython.Repo, commit: str, paths: dict[str, str]) -> dict[str, bytes | None]:
    """Each language's policy page at `commit` (None where the page did not exist yet)."""
    return {lang: git.read_blob(repo, commit, path) for lang, path in paths.items()}
