"""`policy export`: the branch as a web server serves it, written into a folder, never over anything else."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from policysite import git
from policysite.branch import BRANCH, missing, not_the_archive, reading
from policysite.errors import PublishError
from policysite.messages import Said

EXPORT_MARKER = ".policysite-export"  # in a folder `policy export` wrote: the only kind it replaces


def export(*, root: Path, branch: str = BRANCH, site_dir: Path) -> Path:
    """`make build`: the branch as a web server would serve it, in `site_dir`.

    `site_dir` must be new, empty, or a previous export (it holds EXPORT_MARKER): anything else,
    the project itself say, is refused, and nothing outside `site_dir` is ever deleted.
    """
    root = Path(root).resolve()
    repo = git.open_repo(root)
    found = reading(repo, branch)
    tip = git.rev_parse(repo, found.ref) if found else None
    if tip is None:
        raise PublishError(missing(branch))
    from policysite.source import prefix_of  # (its checks' modules: only when exporting)

    wrong = not_the_archive(found.ref.removeprefix("refs/heads/").removeprefix("refs/remotes/") if found else branch,
                            git.list_files(repo, tip), prefix=prefix_of(repo, root))
    if wrong:
        raise PublishError(Said("export.not-archive", wrong=wrong))
    given = Path(site_dir).absolute()
    if any(path.is_symlink() for path in (given, *given.parents) if path == root or root in path.parents):
        raise PublishError(Said("export.linked", path=str(site_dir)))
    site_dir = given.resolve()
    top = git.top(repo)
    holds_project = site_dir == top or site_dir in top.parents
    inside_sources = any(site_dir == path or path in site_dir.parents for path in (git.git_dir(repo), root / "docs"))
    if holds_project or inside_sources:
        # (history hunt 33: `--site-dir public` run from docs/fr was said to "hold the project")
        raise PublishError(Said("export.holds-project" if holds_project else "export.in-sources",
                                path=str(site_dir)))
    if site_dir.exists() and (not site_dir.is_dir() or site_dir.is_symlink()):
        raise PublishError(Said("export.not-a-folder", path=str(site_dir)))
    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / EXPORT_MARKER).is_file():
        raise PublishError(Said("export.not-empty", path=str(site_dir), marker=EXPORT_MARKER))
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
