"""The project being published, read from git: HEAD's configuration, overrides and hooks, and its settings."""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import git as gitpython

from policysite import (
    clock,
    document,
    gate,
    git,
    globalscache,
    manifest as mf,
    passcache,
    rendercache,
    scratch,
    settings as policy_settings,
    source,
    strings,
)
from policysite.errors import PublishError
from policysite.messages import Said, text_of
from policysite.settings import Settings


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
    # The dated versions of the site's other documents (id, "" for the first -> dates), on the branch or being
    # published: where a version's links to them land.
    linked: dict[str, list[str]] = field(default_factory=dict)
    # For the first of several documents: the others' manifests (id -> version -> manifest), which its archive
    # build lists on the site's home page and feed.
    site_manifests: dict[str, dict[str, mf.VersionManifest]] = field(default_factory=dict)

    @property
    def compiled(self) -> Path:
        """Where the theme's compiled templates are kept between commands (build._Compiled): the git folder's."""
        return Path(self.repo.common_dir) / "policysite" / "templates"

    @property
    def stylesheets(self) -> Path:
        """Where the theme's stylesheets' trimmings are kept between commands (stylesheet.trim): the git folder's."""
        return Path(self.repo.common_dir) / "policysite" / "stylesheets"

    @property
    def redlines(self) -> Path:
        """Where the versions' redlines as .docx are kept between commands (redline.docx.kept_in): the git folder's."""
        return Path(self.repo.common_dir) / "policysite" / "redlines"

    @property
    def renderings(self) -> Path:
        """Where the pages' Markdown as MkDocs renders it is kept between commands (rendercache): the git folder's."""
        return rendercache.folder(self.repo.common_dir)

    @property
    def history_rows(self) -> Path:
        """Where the history pages' rows are kept between commands (archive.rows_kept_in): the git folder's."""
        from policysite import archive  # (its redline and PDF modules: not every command builds pages)

        return archive.rows_folder(self.repo.common_dir)

    @property
    def pdf_keys(self) -> Path:
        """Where the keys of the versions' PDFs are kept between commands (printing.page_of): the git folder's."""
        return Path(self.repo.common_dir) / "policysite" / "pdf-keys"

    @property
    def passed(self) -> Path:
        """Where the pages that passed the output check are kept between commands (passcache): the git folder's."""
        return passcache.folder(self.repo.common_dir)

    def docs_dirs(self) -> list[str]:
        """Each language's docs folder as git names it: uncommitted changes there block a publication."""
        return sorted({str(Path(p).parent.as_posix()) for p in self.paths.values()})

    def for_document(self, doc_id: str) -> Project:
        """The project as it publishes one of its documents (`""`: the first): its settings and pages."""
        settings = self.settings.for_document(doc_id)
        return replace(self, settings=settings, paths=page_paths(self.repo, self.root, self.theme, settings))

    @property
    def documents(self) -> list[Project]:
        """The project once per document of the site, the first first."""
        return [self.for_document("" if n == 0 else doc.id) for n, doc in enumerate(self.settings.all_documents)]

    def snapshot(self, commit: str, dest: Path, *, today: dt.date | None = None,
                 at: dict[str, str] | None = None) -> gate.Snapshot:
        """`commit`'s policy as the build reads it, judged by the gate (`at`: its pages, where they moved from)."""
        return gate.snapshot(self.repo, root=self.root, settings=self.settings, commit=commit, theme_root=self.theme,
                             dest=dest, today=today, at=at)


def page_paths(repo: gitpython.Repo, root: Path, theme: Path, settings: Settings) -> dict[str, str]:
    """Each language's page of the settings' document as git names it (`docs/fr/index.md`)."""
    prefix = source.prefix_of(repo, root)
    paths = {}
    for language in settings.languages:
        rel = policy_settings.docs_page(theme, language, settings).relative_to(theme).as_posix()
        paths[language.code] = f"{prefix}/{rel}" if prefix else rel
    return paths


@contextlib.contextmanager
def opened(root: Path) -> Iterator[Project]:
    """The project at `root` with HEAD's configuration, overrides and hooks written into a temporary folder:
    what is uncommitted, ignored or linked from elsewhere is never built."""
    root = Path(root).resolve()
    with git.one_reading():  # (the command's git answers, asked once: git.one_reading)
        repo = git.open_repo(root)
        if not repo.head.is_valid():
            raise PublishError(Said("project.nothing-committed"))
        with opened_at(root, repo, repo.head.commit.hexsha) as project, clock.company_zone(project.settings.time_zone):
            yield project  # today is the company's day, as HEAD's configuration says


@contextlib.contextmanager
def opened_at(root: Path, repo: gitpython.Repo, commit: str) -> Iterator[Project]:
    """The project with `commit`'s configuration, overrides and hooks (what a version published from it was built
    with, when HEAD was that commit)."""
    with scratch.temporary("policy-theme-") as tmp:
        try:
            theme = source.theme(repo, root=root, commit=commit, dest=Path(tmp) / "project")
        except source.SourceError as exc:
            raise PublishError(text_of(exc)) from None
        # named as the project's file at its commit: the temporary copy is gone when the message is read (history
        # hunt 23)
        with strings.digits_kept():  # (its digits are chosen by its build's hooks, not for what HEAD writes)
            settings = policy_settings.load(theme, shown=f"mkdocs.yml at {commit[:7]}")
        paths = page_paths(repo, root, theme, settings)
        digest = hashlib.sha256()
        for path in sorted(p for p in theme.rglob("*") if p.is_file()):
            digest.update(path.relative_to(theme).as_posix().encode() + b"\0" + mf.sha256(path.read_bytes()).encode())
        with document.parses_kept_in(Path(repo.common_dir) / "policysite" / "parsed"), \
                globalscache.kept_in(Path(repo.common_dir) / "policysite" / "globals"):
            yield Project(root, theme, settings, repo, paths, digest.hexdigest())
