"""The project being published, read from git: HEAD's configuration, overrides and hooks, and its settings."""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import git as gitpython

from policysite import gate, git, manifest as mf, settings as policy_settings, source
from policysite.errors import PublishError
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
