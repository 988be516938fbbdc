"""`policy export`: the branch as a web server serves it, written into a folder, never over anything else."""
from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from pathlib import Path

from policysite import assets, clock, git, manifest as mf, rebuilt_pages, rootfiles, servedpages, writing
from policysite.branch import BRANCH, manifests_at, missing, not_the_archive, reading
from policysite.errors import PublishError
from policysite.messages import Said, os_reason, prefixed
from policysite.project import Project, opened

EXPORT_MARKER = ".policysite-export"  # in a folder `policy export` wrote: the only kind it replaces


def export(*, root: Path, branch: str = BRANCH, site_dir: Path) -> Path:
    """`make build`: the branch as a web server would serve it, in `site_dir`.

    `site_dir` must be new, empty, or a previous export (it holds EXPORT_MARKER): anything else,
    the project itself say, is refused, and nothing outside `site_dir` is ever deleted. A branch holding what no
    publication wrote as it is (`unpublished`) is refused, `site_dir` left as it was.
    """
    root = Path(root).resolve()
    repo = git.open_repo(root)
    found = reading(repo, branch)
    tip = git.rev_parse(repo, found.ref) if found else None
    if tip is None:
        raise PublishError(missing(branch, repo))
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
    texts = texts_folders(root)
    inside_sources = any(site_dir == path or path in site_dir.parents for path in (git.git_dir(repo), *texts))
    if holds_project or inside_sources:
        # (history hunt 33: `--site-dir public` run from docs/fr was said to "hold the project")
        raise PublishError(Said("export.holds-project" if holds_project else "export.in-sources",
                                path=str(site_dir), texts=_shown(texts[0], root)))
    if site_dir.exists() and (not site_dir.is_dir() or site_dir.is_symlink()):
        raise PublishError(Said("export.not-a-folder", path=str(site_dir)))
    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / EXPORT_MARKER).is_file():
        raise PublishError(Said("export.not-empty", path=str(site_dir), marker=EXPORT_MARKER))
    with opened(root) as project:
        from policysite.publish_refusals import refuse_unconfigured_in

        refuse_unconfigured_in(project, manifests_at(repo, tip, project.settings.manifest_dir), branch, exporting=True)
        edited = unpublished(project, tip)
    if edited:
        raise PublishError(Said("export.edited", files=writing.said_files(edited[:5]), more=max(len(edited) - 5, 0),
                                branch=branch))
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    except OSError as exc:  # (the system's own words were the whole error, in English on every site)
        raise PublishError(Said("export.unwritable", path=str(site_dir), reason=os_reason(exc))) from exc
    try:
        git.extract(repo, tip, staging)
        (staging / EXPORT_MARKER).write_text(f"exported from {branch} {tip}\n", encoding="utf-8")
        if site_dir.exists():
            shutil.rmtree(site_dir)
        staging.rename(site_dir)
    except OSError as exc:
        raise PublishError(Said("export.unwritable", path=str(site_dir), reason=os_reason(exc))) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return site_dir


def texts_folders(root: Path) -> list[Path]:
    """The folders holding the policy's texts, an export never writes into: the folder of each language's texts as
    the settings read it (docs_dir: `legal/en`, company13: only docs/ was refused, and `--site-dir legal/en/public`
    wrote the branch among the texts), their common parent first (`legal/`), else `docs/` where they cannot be read."""
    from policysite import settings as policy_settings

    try:
        settings = policy_settings.load(root)
        folders = [policy_settings.docs_page(root, language, settings).parent.resolve()
                   for language in settings.languages]
    except policy_settings.SettingsError:
        return [root / "docs"]
    parents = {folder.parent for folder in folders}
    common = [*parents] if len(parents) == 1 and Path(root).resolve() not in parents else []
    return [*common, *folders] if folders else [root / "docs"]


def _shown(folder: Path, root: Path) -> str:
    return f"{folder.relative_to(root)}/" if folder.is_relative_to(root) else f"{folder}/"


def unpublished(project: Project, rev: str) -> list[str]:
    """What the branch (`rev`) serves that no publication wrote as it is, `path: what` (what `publish` refuses to
    write over): a file no manifest or rule accounts for; a dated version's file not as its manifest lists it, or a
    manifest written by a hand commit; a shared theme file not as its folder's list; any other file (a language's
    archive pages, scripts, versions.json, `latest/`, the root's pages) changed since the newest of publishing's
    commits. `policy export` copied a branch edited by hand as it was, a script in a page included (safety hunt 48):
    publishing refuses such a branch, and only `policy verify` read it."""
    listing = git.list_files(project.repo, rev)
    found: list[str] = []
    first: dict[str, mf.VersionManifest] = {}
    every: list[tuple[Project, dict[str, mf.VersionManifest]]] = []
    for document in project.documents:
        manifests = manifests_at(project.repo, rev, document.settings.manifest_dir)
        every.append((document, manifests))
        if not document.settings.document:
            first = manifests
        if manifests:
            found += writing.carried(document, listing, manifests) + writing.listings_edited(document, listing,
                                                                                               manifests)
    if not first:
        # no version published: nothing publishing wrote to compare with (not_the_archive judged it)
        return found + servedpages.unsafe(project, listing)
    found += writing.older_edited(project, rev, listing, first, every=True)
    found += [prefixed(path, what) for path, what in writing.shared_replaced(project, listing)]
    published = writing.last_published(project, rev)
    if published is not None:
        dated = {f"{document.settings.base(language.code)}/" for document in project.documents
                 for language in document.settings.languages}
        # -z: each name as it is (a quoted one, `"fr/2021-02-17/caf\\303\\251.html"`, matched no dated folder and was
        # said a second time, in git's quoted form; histories30)
        for path in filter(None, git.run(project.repo, "diff-tree", "-z", "-r", "--no-renames", "--name-only",
                                         published, rev).split("\0")):
            match = _DATED.fullmatch(path)
            if path == "CNAME" or path.startswith((f"{assets.FOLDER}/", f"{mf.DIRECTORY}/")) \
                    or (match is not None and f"{match.group(1)}/" in dated) or rootfiles.ownership_proof(
                        path, lambda: git.read_blob(project.repo, rev, path)):  # noqa: B023 (read here)
                continue  # GitHub's own, a search engine's; read against their lists and manifests above
            found.append(Said("export.changed-since", path=path, commit=published[:7]))
    today = clock.today()
    for document, manifests in every:  # `latest/` a copy of a version as published, of any document
        found += writing.latest_edited(document, listing, manifests, today=today)
    found += servedpages.unsafe(project, listing)  # every page, whoever wrote it (safety hunt 50)
    for document, manifests in every:  # a version's folder edited since its publication, its chrome too, of any
        if not found:  # document: as publish judges it
            found += rebuilt_pages.unlike_rebuild(document, rev, listing, manifests)
    others = {document.settings.document: manifests for document, manifests in every if document.settings.document}
    for document, manifests in every:  # the archive's and the root's files, their words too, as publishing writes
        if not found:  # them (a commit named as publishing's is anyone's: safety8, session 37)
            builder = dataclasses.replace(document, site_manifests=others) if not document.settings.document \
                and others else document
            found += rebuilt_pages.archive_unlike_build(builder, rev, listing, manifests, today=today)
    return _once(found)


# What says only that a file is not publishing's, least telling first: named bare (carried), changed since
# publishing's newest commit, changed by a commit named; anything else says what is wrong with the file itself.
_WHO_CHANGED = ("", "export.changed-since", "publish.edited-by/hand")


def _once(found: list[str]) -> list[str]:
    """Each file named once, with its most telling reason (the checks above each read the whole branch: a page added
    by hand was named bare as carried, as changed by its commit, as changed since publishing's, and refused by the
    output check: tidy1): what is wrong with the file itself, else who changed it; the first of equals. A file is
    known by its name whether a check names it as git quotes it (the listing's) or as it is (the output check's,
    `diff-tree -z`'s): git.said_name (histories30: a page named "été.html" was said twice, once quoted)."""
    by_file: dict[str, tuple[int, str]] = {}
    for entry in found:
        fields = getattr(entry, "fields", {})
        named = str(fields.get("path") or fields.get("name") or entry.partition(": ")[0])
        key = "" if entry == named else getattr(entry, "key", "(a reason)")
        file = git.said_name(named)
        rank = _WHO_CHANGED.index(key) if key in _WHO_CHANGED else len(_WHO_CHANGED)
        if file not in by_file or rank > by_file[file][0]:
            by_file[file] = (rank, entry)
    return [entry for _rank, entry in by_file.values()]


_DATED = re.compile(r"(.+)/\d{4}-\d{2}-\d{2}/.+")
