"""`policy verify`: the branch against its manifests, a rebuild of each version, and the output check."""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from policysite import (
    assets,
    clock,
    document as document_model,
    export,
    gate,
    git,
    history,
    imported as imported_record,
    manifest as mf,
    periods,
    printing,
    rebuilt_pages,
    reflogs,
    rootdoor,
    rootfiles,
    safety,
    scratch,
    servedpages,
    sitedescriptions,
    source as source_files,
    strangers,
    strays,
)
from policysite.branch import (
    BRANCH,
    DATE,
    FETCHED,
    LATEST,
    RECENT,
    REMOTE,
    ROOT_404,
    archive_on_branch,
    first_of,
    folder_files,
    held_by_origin,
    is_tag,
    latest_edits,
    listings,
    manifest_additions,
    misdated_commits,
    missing,
    not_the_archive,
    own_line,
    published_elsewhere,
    reading,
    rebuilt_elsewhere,
    redated_versions,
    relinked_versions,
    removed_versions,
    replaced_pdfs,
    rerecorded_versions,
    resourced_versions,
    rewound_versions,
    unproven_versions,
)
from policysite.building import build_archive, build_version, first_versions, previous_of
from policysite.errors import ManifestUnreadable, PublishError, RefusedError
from policysite.messages import Said, prefixed, shown_name, text_of
from policysite.project import Project, opened, page_paths
from policysite.settings import SettingsError
from policysite.source_branch import publishing_branch
from policysite.writing import root_404_of, root_files, root_target


@dataclass
class Verification:
    """`policy verify`: what was checked and every difference found."""

    versions: int = 0
    files: int = 0
    archive_files: int = 0  # the history, compare and feed pages and their theme files
    rebuilt: int = 0  # versions built again from their source commit and compared byte for byte
    pdfs_kept: int = 0  # PDFs of those whose key is unchanged: taken from the branch, not printed again
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verify(*, root: Path, branch: str = BRANCH, print_pdfs: bool = False) -> Verification:
    """Re-check every published file of the branch against the manifests; name any file that changed.

    A rebuilt version's PDF whose key (pdf.key) is the one its manifest records is taken from the branch
    (its digest checked against the manifest) unless `print_pdfs`: printing it again would give the same
    bytes, but only printing shows that a PDF edited on the branch together with its manifest is not the
    print of its text.
    """
    with opened(root) as project:
        return _verify(project, branch=branch, print_pdfs=print_pdfs)


VERSION_FILE = re.compile(rf"(.+)/({DATE.pattern})/(.+)")


def _verify(site: Project, *, branch: str, print_pdfs: bool = False) -> Verification:
    repo = site.repo
    read = reading(repo, branch)
    if read is None:
        raise PublishError(Said("verify.nothing", why=missing(branch, repo)))
    tip = git.rev_parse(repo, read.ref)
    assert tip is not None  # reading() found it
    tree = git.list_files(repo, tip)
    wrong = not_the_archive(read.ref.removeprefix("refs/heads/").removeprefix("refs/remotes/"), tree,
                            prefix=source_files.prefix_of(repo, site.root))
    if wrong:
        raise PublishError(wrong)
    _refuse_another_site(site, tree, tip, branch=branch)
    report = Verification()
    if read.note:
        report.notes.append(read.note)
    elif read.remote:
        report.notes.append(Said("verify.remote" if branch != read.name else "verify.remote/no-local",
                                 remote=read.remote, name=read.name))
    digests: dict[str, str] = {}

    def digest(blob: str) -> str:
        if blob not in digests:
            digests[blob] = mf.sha256(git.read_object(repo, blob))
        return digests[blob]

    documents = {p.settings.manifest_dir: p for p in site.documents}
    every: dict[str, dict[str, mf.VersionManifest]] = {p.settings.document: {} for p in site.documents}
    shared: dict[str, dict[str, str]] = {}  # digest -> the shared theme files its manifest lists
    for path, (_mode, blob) in sorted(tree.items()):
        if path.startswith(f"{mf.DIRECTORY}/{assets.FOLDER}/"):
            data = git.read_object(repo, blob)
            try:
                files = shared[path.rsplit("/", 1)[1].removesuffix(".json")] = assets.parse_manifest(data)
            except (ValueError, KeyError, TypeError, RecursionError):
                report.problems.append(Said("verify.shared-list-invalid", path=path))
                continue
            if data != assets.manifest_bytes(files):
                report.problems.append(Said("verify.shared-list-edited", path=path))
            continue
        directory, _, name = path.rpartition("/")
        if directory in documents and name.endswith(".json"):
            data = git.read_object(repo, blob)
            try:
                manifest = mf.VersionManifest.loads(data)
            except mf.ManifestError as exc:
                report.problems.append(Said("verify.manifest-unreadable", path=path, error=text_of(exc)))
                continue
            if mf.path_for(manifest.version, directory) != path:
                report.problems.append(Said("verify.manifest-describes", path=path, version=manifest.version))
                continue
            if data != manifest.dumps():  # every generator wrote its canonical form (history hunt 31: a key added,
                # a note, another layout, a BOM or UTF-16 passed: only what the manifest says was compared)
                report.problems.append(Said("verify.manifest-edited", path=path))
            every[documents[directory].settings.document][manifest.version] = manifest
    today = clock.today()  # which version is in force: versions.json, latest/ and the archive's pages follow it
    from policysite.renames import renamed_codes, renamed_said  # what publish and history refuse

    # A language's code renamed in the configuration, which `policy history` refuses: said, and the branch judged as
    # published, each renamed code set back (publish10 left the archive's pages and the root page unjudged)
    published = [m for ms in every.values() for m in ms.values()]
    renamed = renamed_said(site.settings, published, branch)
    if renamed:
        report.problems.append(Said("verify.renamed", items=renamed))
        site = _as_published(site, renamed_codes(site.settings, published))
    # A language the manifests publish and the configuration no longer has (publish and history refuse it): the pages
    # built from the configuration (the root page, the sitemaps, each language's archive pages with their language
    # menu) differ from those on the branch because of that one change, said once (verify.language-dropped), not
    # compared until it is configured again (histories19: 6 follow-on lines for one language dropped)
    configured = {language.code for language in site.settings.languages}
    dropped = sorted(set().union(*(m.languages for m in every[site.settings.document].values())) - configured)
    if dropped:
        report.notes.append(Said("verify.after-dropped", codes=", ".join(dropped)))
    # (the root's sitemap index names every document's sitemaps: the first document's root files knowing the others')
    report.problems += _unaccounted(dataclasses.replace(site, site_manifests={d: m for d, m in every.items() if d}),
                                    tree, shared, manifests=every[site.settings.document].values(), compare=not dropped,
                                    tip=tip, branch=branch)
    report.problems += _shared(tree, shared, [m for ms in every.values() for m in ms.values()], digest,
                               first=lambda name: _first_listing(repo, tip, name))
    unsafe_at = len(report.problems)  # told here, judged after the rebuilds: the pages they checked pass at once
    by_dir: dict[str, dict[str, str]] = {}
    for path, (_mode, blob) in tree.items():
        match = VERSION_FILE.fullmatch(path)
        if match:
            by_dir.setdefault(f"{match.group(1)}/{match.group(2)}", {})[match.group(3)] = blob
    linked = {doc: sorted(manifests) for doc, manifests in every.items()}
    for document in site.documents:
        doc = document.settings.document
        project = dataclasses.replace(
            document, linked={d: v for d, v in linked.items() if d != doc},
            site_manifests={d: m for d, m in every.items() if d} if not doc and len(every) > 1 else {})
        _verify_document(project, every[doc], tree, by_dir, report, branch=branch, tip=tip, today=today,
                         archive=not dropped,
                         digest=digest, print_pdfs=print_pdfs)
    if dropped:  # the versions still to publish wait for the language (said once, above), which publishing refuses
        waiting = [said for said in report.problems if isinstance(said, Said) and said.key in WAITING]
        report.problems[:] = [said for said in report.problems if said not in waiting]
        if waiting:
            report.notes.append(Said("verify.after-dropped/waiting", branch=branch, versions=", ".join(
                dict.fromkeys(str(said.fields["version"]) for said in waiting))))
    # (by their names: the listing's C-quoted forms, `"\\303\\251t\\303\\251.html"`, are no output check's file, and
    # such a page added by hand was said again for each of its faults, histories30)
    added = {git.path_named(path) for path in _added_by_hand(report.problems)}
    violations = [violation for violation in _unsafe(site, tree) if violation.file not in added]
    # a page sending readers elsewhere is said so, once: not again as differing from publishing's, nor as naming an
    # address off the site (safety81)
    doors = {violation.file for violation in violations
             if getattr(violation.message, "key", "") == servedpages.ROOT_ELSEWHERE}
    # every other file the served check reads, by its rules (a feed, a list of versions, a PDF, a Word document: only
    # their pages were read, safety81), but one said added by hand or a door said leading elsewhere
    shown = {shown_name(path) for path in added | doors}
    served = [line for line in servedpages.files_unsafe(site, tree) if not _named_in(line, shown)]
    told = [prefixed(branch, line) for line in _with_older_generators(site, every[site.settings.document], violations)
            + served]
    report.problems[:] = [said for said in report.problems[:unsafe_at] if not _differs_at(said, doors)] + told + [
        said for said in report.problems[unsafe_at:] if not _differs_at(said, doors)]
    return report


def _named_in(line: object, names: set[str]) -> bool:
    """Whether the finding `line` (`path: what`, `path:line: what`: messages.prefixed) names a file of `names`."""
    name = str(line.fields.get("name", "")) if isinstance(line, Said) else str(line).partition(": ")[0]
    return name in names or name.rpartition(":")[0] in names


def _differs_at(said: object, doors: set[str]) -> bool:
    """Whether `said` only says that one of the pages sending readers on `doors` (their paths) differs from the page
    publishing writes: its output check's line says where it leads instead, and that publishing writes it again."""
    if not isinstance(said, Said):
        return False
    if said.key == "verify.root-page":
        return "index.html" in doors
    return said.key == "verify.archive-page-differs" and str(said.fields.get("path")) in doors


# What says a dated version of the history is still to be published (_missing_from_history): while a published language
# is not configured, publishing refuses it, and configuring that language again, which verify.language-dropped says, is
# the way out of both (histories23: "publish it (`policy history`)", which refused)
WAITING = frozenset({"verify.absent/in-force", "verify.absent/announced", "verify.absent/refused-now",
                     "verify.absent/waiting", "verify.absent/head"})


# What says a file of the branch is one publishing never wrote (a page added by hand), naming it by its `path`
ADDED = {"verify.unaccounted": "", "verify.unaccounted/added": "", "verify.archive-page-added": "",
         "verify.file/by-hand": "manifest.added", "verify.latest-edited": "verify.edit/added"}


def _added_by_hand(problems: Iterable[object]) -> set[str]:
    """The files `problems` name as added to the branch by hand: each is said once, by that line, not again by the
    output check's (session 49: a bare page put on gh-pages was said unaccounted for, then once for its script, once
    for its missing article and once for its missing Content-Security-Policy). Removing it is the way out of all."""
    problems = list(problems)
    return {str(said.fields["path"]) for said in problems if isinstance(said, Said) and said.key in ADDED and (
        not ADDED[said.key] or getattr(said.fields.get("what"), "key", "") == ADDED[said.key])} | {
        str(path) for said in problems if isinstance(said, Said) and said.key in strays.GROUPED
        for path in strays.files_of(said)}  # (those one commit brought: main merged into the branch, histories28)


def _refuse_another_site(site: Project, tree: dict[str, tuple[str, str]], tip: str, *, branch: str) -> None:
    """A branch of files and no publication record at all is no archive this generator published: plain `mike deploy`'s
    versions, or another site's pages. Said once, with the way out publishing names (publish_refusals.
    refuse_another_site), not as a problem for each of its files (histories19: a plain mike deploy of one version gave
    62 lines, none saying what publishing says of it)."""
    from policysite.publish_refusals import mike_versions

    directories = {p.settings.manifest_dir for p in site.documents} | {mf.DIRECTORY}
    if any(path.startswith(f"{directory}/") for path in tree for directory in directories):
        return
    foreign = sorted(path for path in tree if path not in ("CNAME", ".nojekyll"))
    if deployed := mike_versions(site.repo, tip, foreign):
        raise PublishError(Said("verify.another-site/mike", branch=branch, versions=deployed))
    if foreign:
        raise PublishError(Said("verify.another-site", branch=branch, count=len(foreign), files=", ".join(foreign[:3]),
                                more=" …" if len(foreign) > 3 else ""))


def _as_published(site: Project, renamed: list[tuple[str, str]]) -> Project:
    """The project as its branch was published, each `renamed` code (old, new) set back (renames.as_published) in its
    settings and in every language's configuration, whose extra.policy the build's hooks read (the language switcher),
    with the renamed language's theme.language where it was renamed along: what `policy history` writes once the
    rename is undone. Each configuration so is a file beside the language's, INHERITing it, in the snapshot's folder."""
    from policysite import settings as policy_settings
    from policysite.renames import as_published

    settings, old = as_published(site.settings, renamed), {new: old for old, new in renamed}
    policy = policy_settings.load_yaml(site.theme / "mkdocs.yml")["extra"]["policy"]
    written = {"languages": [{**entry, "code": old.get(entry.get("code"), entry.get("code"))}
                             for entry in policy["languages"]],
               "authoritative": settings.authoritative}
    languages = []
    for language, configured in zip(settings.languages, site.settings.languages, strict=True):
        theme = policy_settings.load_yaml(site.theme / language.config_file).get("theme")
        set_back = {"theme": {"language": language.code}} if isinstance(theme, dict) \
            and configured.code != language.code and theme.get("language") == configured.code else {}
        name = f"mkdocs.{language.code}.as-published.yml"
        (site.theme / name).write_text(json.dumps({"INHERIT": language.config_file, "extra": {"policy": written},
                                                   **set_back}, ensure_ascii=False), encoding="utf-8")
        languages.append(dataclasses.replace(language, config_file=name))
    settings = dataclasses.replace(settings, languages=tuple(languages))
    return dataclasses.replace(site, settings=settings, paths=page_paths(site.repo, site.root, site.theme, settings))


def _verify_document(project: Project, manifests: dict[str, mf.VersionManifest], tree: dict[str, tuple[str, str]],
                     by_dir: dict[str, dict[str, str]], report: Verification, *, branch: str, tip: str,
                     today: dt.date, digest, print_pdfs: bool = False, archive: bool = True) -> None:
    """One document's versions, listings and archive pages against its manifests, and its rebuilds (their PDFs printed
    again with `print_pdfs`)."""
    repo, settings = project.repo, project.settings
    report.versions += len(manifests)
    shallow = bool(git.shallow_boundary(repo))
    unfetched = _published_elsewhere(project, manifests, branch=branch, tip=tip)
    head = (publishing_branch(repo, configured=settings.publish_from, remote=REMOTE) or "main") if unfetched else ""
    for version, manifest in sorted(manifests.items()):
        for lang, entry in sorted(manifest.languages.items()):
            prefix = f"{settings.base(lang)}/{version}"
            actual = {rel: digest(blob) for rel, blob in by_dir.get(prefix, {}).items()}
            report.files += len(actual)
            if entry.files and not actual:  # the version's folder gone whole: one line, not one a file (histories22)
                report.problems.append(Said("verify.folder/by-hand", folder=f"{prefix}/", count=len(entry.files),
                                            branch=branch))
            else:
                report.problems += [Said("verify.file/by-hand", path=f"{prefix}/{rel}", what=what, branch=branch)
                                    for rel, what in mf.differences(entry.files, actual)]
            source = git.read_blob(repo, entry.source.commit, entry.source.path)
            if source is None and not shallow and version in unfetched:
                report.problems.append(Said(unfetched[version], folder=prefix, path=entry.source.path,
                                            commit=entry.source.commit[:7], full=entry.source.commit,
                                            version=version, remote=REMOTE, branch=branch, head=head))
            elif source is None and not shallow:
                report.problems.append(Said("verify.source-gone", folder=prefix, path=entry.source.path,
                                            commit=entry.source.commit[:7], way=_rewritten(repo, manifest, entry)))
            elif source is None:
                report.notes.append(Said("verify.source-shallow", folder=prefix, path=entry.source.path,
                                         commit=entry.source.commit[:7]))
            elif mf.sha256(source) != entry.source.sha256:
                report.problems.append(Said("verify.source-digest", folder=prefix, path=entry.source.path,
                                            commit=entry.source.commit[:7]))
    for language in settings.languages:
        lang = language.code
        base = settings.base(lang)
        dates = sorted(v for v, m in manifests.items() if lang in m.languages)
        for stray in sorted(d[len(base) + 1:] for d in by_dir if d.startswith(base + "/")):
            if DATE.fullmatch(stray) and stray not in dates:
                report.problems.append(Said("verify.stray-version", folder=f"{base}/{stray}/", branch=branch))
    history_problems: list[str] = []
    if manifests:
        try:
            # the branch's own commits are every document's: said once (dict.fromkeys, below)
            history_problems = _branch_history(project, manifests, tip=tip, shallow=shallow, branch=branch,
                                               notes=report.notes)
        except ManifestUnreadable:  # named above with the other manifests: the rest of the report still stands
            report.notes.append(Said("verify.history-unchecked", branch=branch))
    # Published, and gone from the branch (a force-push, a hand edit): said once a version; the listings, archive pages
    # and later versions built while it was there differ from what today's manifests give, follow-ons of that one fact
    # (histories19: some 20 lines of them buried it), said in one note and not compared until it is restored.
    gone = sorted({str(said.fields["version"]) for said in history_problems
                   if isinstance(said, Said) and said.key in GONE})
    later = [v for v in sorted(manifests) if gone and v > gone[0]]
    # a version from elsewhere (verify.stranger): the listings and archive pages, built without it, follow on from it
    strangers = {str(said.fields["version"]): str(said.fields["commit"]) for said in history_problems
                 if isinstance(said, Said) and said.key == "verify.stranger"}
    # What follows the calendar (which version is in force, which are upcoming) is judged as of today; on the morning
    # a version takes effect, before the day's `policy history`, the branch still holds it as of the day it was last
    # written: said, not a difference (the daily job verifies first, then moves them).
    dated = _dated(project, manifests, tree, report, tip=tip, today=today, archive=archive) \
        if not gone and not strangers else []
    written = _written_on(repo, tip, [f"{settings.base(lang.code)}/versions.json" for lang in settings.languages])
    if dated and manifests and written is not None and written < today \
            and not _dated(project, manifests, tree, Verification(), tip=tip, today=written, archive=archive):
        moved = sorted(v for v in manifests if written.isoformat() < v <= today.isoformat())
        report.notes.append(Said("verify.as-of", branch=branch, written=written.isoformat(), moved=", ".join(moved),
                                 latest=LATEST))
        dated = []
    report.problems += dated
    if manifests and shallow:
        report.notes.append(Said("verify.shallow", branch=branch))
    if manifests:
        # a version from elsewhere is said once (verify.stranger): its folders' sources, and the date of the commit
        # that added it against its record's moment (another site's), are that fact again
        report.problems[:] = [said for said in report.problems if not (
            isinstance(said, Said) and said.key == "verify.source-gone"
            and str(said.fields["folder"]).rsplit("/", 1)[-1] in strangers)]
        history_problems = [said for said in history_problems if not (
            isinstance(said, Said) and said.key == "verify.misdated" and said.fields["commit"] in strangers.values())]
        report.problems[:] = list(dict.fromkeys(report.problems + history_problems))
        if strangers:
            report.notes.append(Said("verify.after-stranger", versions=", ".join(sorted(strangers)), branch=branch))
        if gone:
            report.notes.append(Said("verify.after-gone", gone=", ".join(gone), branch=branch,
                                     later=", ".join(later)))
        # a file its record names changed, missing or added is said once, with what to do: its rebuild differs by the
        # same edit (histories21: each hand edit was said twice, the rebuild's line saying "with its publication
        # record or not", which the record's line had just said)
        named = {said.fields["path"] for said in report.problems
                 if isinstance(said, Said) and said.key == "verify.file/by-hand"}
        # a record whose moment or notes were rewritten is said so (verify.rerecorded): the record changed since its
        # version was published, of a version an earlier generator built, is that edit again (histories24)
        named |= {mf.path_for(str(said.fields["version"]), settings.manifest_dir) for said in report.problems
                  if isinstance(said, Said) and said.key == "verify.rerecorded"}
        folders = tuple(str(said.fields["folder"]) for said in report.problems
                        if isinstance(said, Said) and said.key == "verify.folder/by-hand")
        rebuilt = _rebuilt(project, manifests, tree, report, print_pdfs=print_pdfs, tip=tip,
                           only=[v for v in manifests if v not in later], branch=branch)
        report.problems += [said for said in rebuilt if not _said_already(said, named, folders)]
        from policysite.publish_refusals import detached_on  # as _foreign: the question publish asks

        if not shallow and (ahead := detached_on(project.repo)):
            names = ", ".join(dict.fromkeys(ref.removeprefix("refs/heads/").removeprefix("refs/remotes/")
                                            for ref in ahead))
            head = git.rev_parse(project.repo, "HEAD") or ""
            note = Said("verify.detached", head=head[:7], names=names)
            report.notes += [note] if note not in report.notes else []  # every document's: said once


# What says a rebuilt version's file is not the branch's (_rebuild_one), or, of a version another generator built, that
# a file of its does not hold its source's words or was changed since it was published (_text_of_source,
# _written_by_hand)
REBUILT_FILE = frozenset({"verify.rebuilt-missing", "verify.rebuilt-differs", "verify.rebuilt-added",
                          "verify.text-missing", "verify.words-added"})


def _published_elsewhere(project: Project, manifests: Mapping[str, mf.VersionManifest], *, branch: str,
                         tip: str) -> dict[str, str]:
    """The versions of the branch read published from another clone and fetched with origin's copy of it (version ->
    the key saying so): origin's copy read where the local branch is behind it and lacks them, or the local branch
    moved there since, their commits never here (`branch.published_elsewhere`). Where such a version's commit is not
    here, it was not fetched, not rewritten (histories33: "the history it was published from was rewritten";
    histories35: so again after `git branch -f gh-pages origin/gh-pages`)."""
    found = published_elsewhere(project.repo, manifests, local=git.rev_parse(project.repo, f"refs/heads/{branch}"),
                                tip=tip, directory=project.settings.manifest_dir, branch=branch)
    return {version: "verify.source-unfetched/fetched" if how == FETCHED else "verify.source-unfetched"
            for version, how in found.items()}


def _said_already(said: object, named: set[object], folders: tuple[str, ...]) -> bool:
    """Whether `said`, a rebuild's line, is of a file (or, a version's changed since published, of files) the record's
    lines named already (`named`; under `folders`, each gone whole): one hand edit is said once, with what to do
    (histories23: a page of a version built by an earlier generator, edited, was said three times: changed, missing
    its source's words, changed since it was published)."""
    if not isinstance(said, Said):
        return False
    changed = said.fields.get("changed", ())
    paths = [str(path) for path in changed] if said.key == "verify.hand-edited" and isinstance(changed, tuple) else \
        [str(said.fields["path"])] if said.key in REBUILT_FILE else []
    return bool(paths) and all(path in named or path.startswith(folders or ("\0",)) for path in paths)
# What says a published version is gone from the branch (_branch_history): removed from the archive, rewound by a
# reset or force-push, removed by a commit of the branch.
GONE = frozenset({"verify.absent", "verify.rewound", "verify.rewound/tag", "verify.removed"})


def _strangers(project: Project, manifests: Mapping[str, mf.VersionManifest],
               unproven: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """The versions of `unproven` (their record added by a commit not publishing's) that came from elsewhere
    (strangers.py; version -> the source commit its record names): a version folder copied from another site was
    said as a history rewritten, "restore the branch from a copy that has it" and "fetch the commit from a clone that
    still has it", which none has (histories26)."""
    return {version: next(iter(manifests[version].languages.values())).source.commit
            for version, (commit, subject) in unproven.items()
            if version in manifests and strangers.from_elsewhere(project.repo, manifests[version], commit=commit,
                                                                 subject=subject)}


def _rewritten(repo: Any, manifest: mf.VersionManifest, entry: mf.LanguageEntry) -> str:
    """Whether a published text whose commit is gone is still in the history: its commit there, and whether every
    language of the version is (`policy history --rebuild` then publishes it again), or lost (history hunt 27: the
    same words for both left the daily job red with no way out said)."""
    def found(one: mf.LanguageEntry) -> str | None:
        return history.text_commit(repo, path=one.source.path, sha256=one.source.sha256)

    same = found(entry)
    if same is None:
        return Said("verify.rewritten/lost", commit=entry.source.commit)
    if all(git.read_blob(repo, one.source.commit, one.source.path) is not None or found(one)
           for one in manifest.languages.values()):
        return Said("verify.rewritten/found", commit=same[:7])
    return Said("verify.rewritten/other-lost", commit=same[:7])


def _branch_history(project: Project, manifests: dict[str, mf.VersionManifest], *, tip: str, shallow: bool,
                    branch: str, notes: list[str]) -> list[str]:
    """What the branch's history and the policy's show: versions removed, drafts put on the branch, the proof of when
    each text was published rewritten, a version's text replaced."""
    removed = removed_versions(project.repo, tip, project.settings.manifest_dir)
    rewound = rewound_versions(project.repo, tip, branch, project.settings.manifest_dir)
    # a version its branch's commit removed is said with that commit and how to revert it (verify.removed), not again
    # as a dated version of the history the branch lacks (histories22: two lines for one removal); one a former tip
    # held (the branch force-pushed back) with that tip, as publishing refuses it, not "publish it" (histories25:
    # `policy history` refused what verify said to run, and would have dated the text anew)
    # one origin's copy (what the site serves) holds, and the local branch diverged from it lacks: neither rewound
    # nor to publish, but that (histories26: "reset or force-pushed to before it", or "publish it", which refuses)
    held = held_by_origin(project.repo, tip, branch, project.settings.manifest_dir)
    rewound = {version: found for version, found in rewound.items() if version not in held}
    problems = [said for said in _missing_from_history(project, manifests, shallow=shallow, branch=branch)
                if not (isinstance(said, Said) and ((said.key == "verify.absent" and said.fields["version"] in removed)
                                                    or (said.key in WAITING and said.fields["version"] in rewound)
                                                    or said.fields.get("version") in held))]
    problems += [Said("verify.diverged", version=version, branch=branch, remote=REMOTE) for version in sorted(held)]
    detached = git.rev_parse(project.repo, "HEAD") if project.repo.head.is_valid() and \
        project.repo.head.is_detached else None
    foreign = [] if shallow else _foreign(project, manifests, branch, notes)
    problems += [Said("verify.foreign/detached" if detached else "verify.foreign", version=version,
                      head=(detached or "")[:7]) for version in foreign]
    problems += [Said("verify.removed", version=version, branch=branch, commit=commit[:7])
                for version, commit in sorted(removed.items())]
    named = {said.fields.get("version") for said in problems if isinstance(said, Said)}  # (said removed)
    problems += [Said("verify.rewound/tag" if is_tag(ref) else "verify.rewound", version=version,
                      branch=branch, commit=commit[:7], ref=ref.removeprefix("refs/tags/"))
                 for version, (commit, ref) in sorted(rewound.items()) if version not in named]
    unproven = {} if shallow else unproven_versions(project.repo, tip, project.settings.manifest_dir)
    strangers = _strangers(project, manifests, unproven)
    problems += [Said("verify.stranger", version=version, commit=commit[:7], subject=subject[:60], branch=branch,
                      source=strangers[version][:7])
                 if version in strangers else
                 Said("verify.unproven" if commit else "verify.unproven/none", version=version, commit=commit[:7],
                      subject=subject[:60], branch=branch)
                 for version, (commit, subject) in unproven.items()]
    problems += [Said("verify.resourced", version=version, then=then[:7], commit=commit[:7], now=now[:7],
                      branch=branch)
                for version, (commit, then, now) in ([] if shallow else resourced_versions(
                    project.repo, tip, project.settings.manifest_dir).items())]
    notes += [Said("verify.rebuilt-elsewhere", version=version, then=then[:7], commit=commit[:7], now=now[:7])
              for version, (commit, then, now) in ([] if shallow else sorted(rebuilt_elsewhere(
                  project.repo, tip, project.settings.manifest_dir).items()))]
    problems += [Said("verify.pdf-replaced", path=f"{project.settings.base(lang)}/{version}/{rel}", commit=commit[:7],
                      branch=branch)
                 for version, found in ([] if shallow else replaced_pdfs(
                     project.repo, tip, project.settings.manifest_dir).items()) for lang, rel, commit in found]
    problems += [Said("verify.relinked", version=version, now=_landing(now), commit=commit[:7], then=_landing(then),
                      branch=branch)
                 for version, (commit, then, now) in ([] if shallow else relinked_versions(
                     project.repo, tip, project.settings.manifest_dir).items())]
    problems += [Said("verify.rerecorded", version=version, field=field, commit=commit[:7], branch=branch)
                 for version, (commit, field) in ([] if shallow else rerecorded_versions(
                     project.repo, tip, project.settings.manifest_dir).items())]
    problems += [Said("verify.redated", version=version, announced=announced.isoformat(), commit=commit[:7],
                      day=day.isoformat(), branch=branch)
                 for version, (commit, day, announced) in ([] if shallow else redated_versions(
                     project.repo, tip, project.settings.manifest_dir, exempt=_recorded_import(project)).items())]
    problems += [Said("verify.misdated", branch=branch, commit=one.commit[:7], subject=one.subject[:60], why=one.why)
                 for one in ([] if shallow else misdated_commits(
                     project.repo, tip, project.settings.manifest_dir))]
    return problems


def _recorded_import(project: Project) -> Any:
    """Whether a version's text is one imported.yml records as public before the site (at HEAD): such a text keeps
    the `announced:` it had there."""
    try:
        recorded = imported_record.at(project.repo, "HEAD", source_files.prefix_of(project.repo, project.root))
    except imported_record.RecordError:
        recorded = frozenset()

    def exempt(manifest: mf.VersionManifest) -> bool:
        entry = manifest.languages.get(project.settings.authoritative)
        if entry is None or not recorded:
            return False
        data = git.read_blob(project.repo, entry.source.commit, entry.source.path)
        return data is not None and imported_record.digest(data) in recorded
    return exempt


def _written_on(repo: Any, tip: str, paths: list[str]) -> dt.date | None:
    """The day the branch's calendar files (`paths`: each language's versions.json) were last written: the latest
    committer date of the commits that wrote them, or None. Not the newest commit's own date: a hand commit dated
    before the publications under it (or a clock behind) had the branch accepted as of a day before versions it holds
    took effect (history hunt 18, finding 1), and any other commit made on the morning a version took effect had it
    refused as of that day, every day after (finding 5)."""
    try:
        # --full-history: every commit that wrote them, on each side of a merge; git's simplification follows only
        # the parent whose files a merge kept, and a merge taking an old day's files left out the publications after
        # it (history hunt 19, finding 2)
        out = git.run(repo, "log", "--full-history", "--format=%ct", tip, "--", *paths)
    except git.GitError:  # an unreadable history: nothing is accepted as of another day
        return None
    stamps = [int(line) for line in out.split() if line.isdigit()]
    # the day as "today" is everywhere (the company's, else UTC's): the committer's own day (a publication at 01:30 in
    # Paris on 1 March, 23:30 UTC on 29 February) had the branch refused the next morning, before the daily job
    # (history hunt 31)
    return clock.day_of(max(stamps)) if stamps else None


def _dated(project: Project, manifests: dict[str, mf.VersionManifest], tree: dict[str, tuple[str, str]],
           report: Verification, *, tip: str, today: dt.date, archive: bool = True) -> list[str]:
    """What must follow the calendar, as of `today`: each language's latest/, versions.json, its recent entries, and
    the archive's pages (unless not `archive`: the configuration they are built from lacks a published language)."""
    repo, settings = project.repo, project.settings
    problems: list[str] = []
    for language in settings.languages:
        lang = language.code
        base = settings.base(lang)
        dates = sorted(v for v, m in manifests.items() if lang in m.languages)
        if not dates:
            continue
        current = periods.current(dates, today=today)
        if git.tree_sha(repo, tip, f"{base}/{LATEST}") != git.tree_sha(repo, tip, f"{base}/{current}"):
            published = {v: manifests[v].languages[lang].files for v in dates}
            latest = folder_files(repo, tree, f"{base}/{LATEST}")
            edits = latest_edits(latest, published, current)
            problems += [Said("verify.latest-edited", path=f"{base}/{LATEST}/{rel}", what=Said(f"verify.edit/{what}"),
                              latest=f"{base}/{LATEST}/", current=f"{base}/{current}/") for rel, what in edits]
            if not edits and latest != published[current]:  # as published: its version's folder differs (named)
                problems.append(Said("verify.latest-other", latest=f"{base}/{LATEST}/", current=f"{base}/{current}/"))
        listed = tree.get(f"{base}/versions.json")
        expected, expected_recent = listings(dates, lang, today=today)
        if listed is None or git.read_object(repo, listed[1]) != expected:
            problems.append(Said("verify.versions-json", path=f"{base}/versions.json", latest=LATEST, current=current))
        recent = tree.get(f"{base}/{RECENT}")
        if recent is None or git.read_object(repo, recent[1]) != expected_recent:
            problems.append(Said("verify.recent", path=f"{base}/{RECENT}", listing=f"{base}/versions.json"))
    if manifests and archive:
        problems += _verify_archive(project, manifests, tree, report, tip=tip, today=today)
    return problems


def _foreign(project: Project, manifests: Mapping[str, mf.VersionManifest], branch: str,
             notes: list[str]) -> list[str]:
    """The versions built from a text this branch never held; one a former tip of it held (the branch reset, or
    reset to a force-pushed remote since) is said in `notes`, as what happened, not a preview (histories15), and one
    of the published `manifests` whose text a remote's copy of HEAD's branch holds (published from another clone,
    from a later main this one has not merged) too, as publish and history say it (histories33: nothing was said)."""
    from policysite.publish_refusals import behind_remote, foreign_entries  # the questions publish asks

    if not project.repo.head.is_valid():
        return []
    ahead = {} if project.repo.head.is_detached else behind_remote(project.repo, manifests)
    if ahead:
        notes += [note for note in dict.fromkeys(
            Said("history.behind-remote", version=name, commit=commit[:7], remote=ref,
                 branch=project.repo.head.ref.name) for commit, (name, ref) in ahead.items()) if note not in notes]
    # Versions origin's branch holds are public already (a text in force published from its own commit, as
    # history's advice for a merge's second parent has it): only the others may be drafts never pushed.
    pushed = git.rev_parse(project.repo, f"refs/remotes/origin/{branch}") is not None
    # A text whose commit is gone with it (main squashed) is named lost by the source check: no preview is known of it
    entries = foreign_entries(project, branch=branch, remote="origin" if pushed else None, lost=False)
    held = reflogs.held_before(project.repo, [commit for _name, commit in entries])
    notes += [note for note in dict.fromkeys(Said("history.left-behind", version=name, commit=commit[:7],
                                                  tip=held[commit][:7]) for name, commit in entries if commit in held)
              if note not in notes]
    behind = {name for name, commit in entries if commit in held or commit in ahead}
    return list(dict.fromkeys(name for name, _commit in entries if name not in behind))


def _missing_from_history(project: Project, manifests: dict[str, mf.VersionManifest], *, shallow: bool,
                          branch: str) -> list[str]:
    """The dated versions of the history (less those unpublished.yml records) dated before the newest published
    and not on the branch: removed from the archive (by hand, or by a rewritten branch), they can never be
    published again (each would be older than the newest). Those dated after it are still to be published. A
    shallow clone's history is not all there: nothing is said of it."""
    if shallow:
        return []
    try:
        skip = frozenset(gate.exceptions(project.repo, root=project.root))
    except gate.GateError as exc:
        return [text_of(exc)]
    newest = max(manifests)
    entry = manifests[newest].languages.get(project.settings.authoritative)
    if entry is None or git.rev_parse(project.repo, f"{entry.source.commit}^{{commit}}") is None:
        return []  # the newest's source is not in this history (its own problem, said above)
    whole = history.find_versions(project.repo, root=project.root, settings=project.settings, paths=project.paths,
                                  skip=skip, published=frozenset(manifests))
    found = whole.versions
    # Committed before the newest published one's text: in force in its time. One committed after it with an
    # earlier date was never published (publishing refuses it: history.order).
    missing = [v for v in found if v.version < newest and v.version not in manifests
               and git.is_ancestor(project.repo, v.commit, entry.source.commit)]
    problems: list[str] = [
        Said("verify.absent/refused" if (later := _dated_back(project, manifests, v)) else "verify.absent",
             version=v.version, commit=v.commit[:7], newest=newest, branch=branch, later=later,
             file=gate.EXCEPTIONS_FILE) for v in missing]
    # After it, dated in the past: in force since its date by the history, and not on the branch: not published
    # yet (publishing has not run since), or removed with the branch's commits that published it (a force-push
    # rewinding the branch): either way the archive does not hold the text the history puts in force. Where the
    # history alone makes publishing refuse a version, that is said, not "publish it" (histories24)
    today = clock.today().isoformat()
    refused = whole.refusals(manifests, path=project.paths[project.settings.authoritative],
                             exceptions_file=gate.EXCEPTIONS_FILE, today=clock.today())
    due = [v for v in found if newest < v.version <= today]
    # Dated ahead and announced by today (its `announced:`): readers were told of it from that day, on the branch.
    announced = _announced(project, found, after=max(newest, today), today=today)
    # and where the text's own checks refuse one, that, not "publish it" (histories25)
    refused.update(_checks_refuse(project, [v for v in [*due, *(v for v, _day in announced)]
                                            if v.version not in refused]))
    # and where publishing refuses the current commit's text before any version (its page moved where the
    # configuration does not read it, or undated), that (histories27: "publish it", which refused)
    head = bool(due or announced) and _head_refused(project)
    problems += [_to_publish(v, refused, branch=branch, head=head) for v in due]
    problems += [_to_publish(v, refused, branch=branch, announced=day, head=head) for v, day in announced]
    return problems


def _head_refused(project: Project) -> bool:
    """Whether `policy history` refuses the current commit's text before reading any version (publish_refusals
    .head_is_dated: the page moved out of the configuration's folder, undated, an LFS pointer, in a linked folder)."""
    from policysite import publish_refusals

    try:
        publish_refusals.head_is_dated(project)
    except PublishError:
        return True
    return False


def _checks_refuse(project: Project, versions: list[history.DatedVersion]) -> dict[str, str]:
    """Each of `versions` (to publish) whose text `policy check` as of its commit refuses (the gate's findings, kept
    in the git folder's cache for publishing's run), with what it finds: verify said "publish it (`policy history`)"
    of a text whose spelling or safety `policy history` then refused."""
    found: dict[str, str] = {}
    if not versions:
        return found
    with scratch.temporary("policy-verify-checks-") as tmp:
        for version in versions:
            try:
                blocking = project.snapshot(version.commit, Path(tmp) / version.version, at=version.paths).blocking
            except source_files.SourceError as exc:  # (what publishing refuses it for, in the same words)
                found[version.version] = text_of(exc)
                continue
            if blocking:
                found[version.version] = Said("verify.absent/checks", count=len(blocking),
                                              finding=blocking[0].as_said())
    return found


def _to_publish(version: history.DatedVersion, refused: Mapping[str, str], *, branch: str,
                announced: str = "", head: bool = False) -> Said:
    """What verify says of `version`, in force by the history (or `announced` on that day to take effect) and not on
    the branch: publish it, or, where publishing refuses it or another version (`refused`: each, with why), or the
    current commit's text (`head`), that."""
    if head:
        state = Said("verify.absent/state-announced", announced=announced, version=version.version) if announced \
            else Said("verify.absent/state-in-force")
        return Said("verify.absent/head", version=version.version, commit=version.commit[:7], state=state,
                    branch=branch)
    if not refused:
        return Said("verify.absent/announced" if announced else "verify.absent/in-force", version=version.version,
                    commit=version.commit[:7], announced=announced, branch=branch)
    state = Said("verify.absent/state-announced", announced=announced, version=version.version) if announced else \
        Said("verify.absent/state-in-force")
    if version.version in refused:
        return Said("verify.absent/refused-now", version=version.version, commit=version.commit[:7], state=state,
                    branch=branch, reason=refused[version.version])
    return Said("verify.absent/waiting", version=version.version, commit=version.commit[:7], state=state,
                branch=branch, refused=", ".join(sorted(refused)))


def _dated_back(project: Project, manifests: dict[str, mf.VersionManifest], version: history.DatedVersion) -> str:
    """A published version dated after `version` whose text was committed before it ("" if none): `version` was
    dated back when committed, which publishing refuses (history.order), so it was never on the branch; "removed
    from the archive; it was in force" was said of such a typo re-dated in a later commit (history hunt 33)."""
    for later, manifest in sorted(manifests.items()):
        entry = manifest.languages.get(project.settings.authoritative)
        if later > version.version and entry is not None and entry.source.commit != version.commit \
                and git.is_ancestor(project.repo, entry.source.commit, version.commit):
            return later
    return ""


def _announced(project: Project, found: list[history.DatedVersion], *, after: str,
               today: str) -> list[tuple[history.DatedVersion, str]]:
    """Each version of the history dated after `after` whose authoritative page says it was announced by `today`,
    with that day."""
    said = []
    for v in found:
        if v.version <= after:
            continue
        path = v.paths_or(project.paths)[project.settings.authoritative]
        text = git.read_blob(project.repo, v.commit, path)
        day = document_model.front(text.decode("utf-8", "replace"), path=path).announced if text is not None else None
        if day is not None and day.isoformat() <= today:
            said.append((v, day.isoformat()))
    return said


def _first_listing(repo: Any, tip: str, name: str) -> dict[str, str]:
    """The files a shared folder's list named when the branch's history first added it (empty if unreadable)."""
    path = assets.manifest_path(name)
    try:
        added = git.run(repo, "log", "--diff-filter=A", "--no-renames", "--format=%H", tip, "--", path).split()
        data = git.read_blob(repo, added[-1], path) if added else None
        return assets.parse_manifest(data) if data is not None else {}
    except (git.GitError, ValueError, KeyError, TypeError, RecursionError):
        return {}


def _shared(tree: dict[str, tuple[str, str]], shared: dict[str, dict[str, str]],
            manifests: list[mf.VersionManifest], digest,
            first: Callable[[str], dict[str, str]] = lambda _name: {}) -> list[str]:
    """The shared theme folders: each file as its manifest lists it, its name the digest of its files (`first`: the
    list the branch first held, naming a file replaced since), and each folder a version links."""
    problems: list[str] = []
    for name, files in sorted(shared.items()):
        prefix = f"{assets.FOLDER}/{name}/"
        actual = {path[len(prefix):]: digest(blob) for path, (_m, blob) in tree.items() if path.startswith(prefix)}
        differences = mf.differences(files, actual)
        problems += [Said("verify.file", path=f"{prefix}{rel}", what=what) for rel, what in differences]
        if actual and not differences and assets.files_digest(actual) != name:
            # the folder is named by the digest of its files: one replaced together with its line in the folder's
            # list passed, on an archive whose versions are not rebuilt (legal hunt 36: a script rewriting the text)
            was = first(name)
            replaced = [rel for rel in sorted(actual) if rel in was and was[rel] != actual[rel]]
            problems.append(Said("verify.shared-renamed", folder=prefix, files=", ".join(replaced),
                                 listing=assets.manifest_path(name)))
    linked = set()
    for manifest in manifests:
        for lang, entry in sorted(manifest.languages.items()):
            linked.add(entry.theme)
            if entry.theme and entry.theme not in shared:
                problems.append(Said("verify.shared-unlisted", folder=f"{lang}/{manifest.version}/",
                                     source=entry.source.path, theme=f"{assets.FOLDER}/{entry.theme}/",
                                     listing=assets.manifest_path(entry.theme)))
    # A folder no version links is no theme of the site's: whatever it holds would be served on its origin.
    problems += [Said("verify.shared-unlinked", folder=f"{assets.FOLDER}/{name}/", listing=assets.manifest_path(name))
                 for name in sorted(set(shared) - linked)]
    return problems


def _unaccounted(project: Project, tree: dict[str, tuple[str, str]], shared: dict[str, dict[str, str]], *,
                 manifests: Iterable[mf.VersionManifest], compare: bool = True, tip: str = "",
                 branch: str = "") -> list[str]:
    """Files of the branch outside what publishing writes: the languages' folders, the manifests, the shared
    theme folders, the root's redirect, 404 page and .nojekyll; and a CNAME naming public_url's host (GitHub Pages'
    custom domain). Each other is a problem, whatever its content, said with the commit of the branch (`tip`) that
    brought it where one brought many, or merged them in (strays.said). Without `compare`, the root's pages built from
    the configuration (its redirect, the sitemaps) are accounted for, not compared."""
    languages = {language.code for language in project.settings.languages}
    directories = {p.settings.manifest_dir for p in project.documents}
    manifests = list(manifests)
    # A language the manifests publish and the configuration no longer has: one problem for its folder, not one a
    # file (thousands: the archive is as published, the configuration changed)
    dropped: dict[str, int] = dict.fromkeys(sorted(set().union(*(m.languages for m in manifests)) - languages), 0)
    problems: list[str] = []
    outside: list[str] = []  # (said together, after the loop: strays.said)
    expected = root_files(project, manifests)
    for path, (mode, blob) in sorted(tree.items()):
        top = path.split("/", 1)[0]
        if mode == git.EXECUTABLE:  # its bytes may be as published: the mode alone was changed (history hunt 40)
            problems.append(Said("verify.executable", path=path, mode=mode))
        if mode in (git.SYMLINK, git.SUBMODULE):
            problems.append(Said("verify.link", path=path))
        elif path == "index.html":
            if compare and git.read_object(project.repo, blob) != expected["index.html"]:
                problems.append(Said("verify.root-page", target=root_target(project.settings)))
        elif path in rootfiles.NAMES:  # a search engine's: the sitemap index, robots.txt at a host's root
            if path not in expected:
                problems.append(Said("verify.unaccounted", path=path))
            elif compare and git.read_object(project.repo, blob) != expected[path]:
                problems.append(Said("verify.archive-page-differs", path=path))
        elif path == ".nojekyll":
            if git.read_object(project.repo, blob):
                problems.append(Said("verify.nojekyll-not-empty"))
        elif path == "CNAME":  # GitHub Pages' custom domain, which its settings page commits itself
            host = urlsplit(project.settings.public_url).hostname or ""
            if git.read_object(project.repo, blob).decode("utf-8", "replace").strip().lower() != host.lower():
                problems.append(Said("verify.cname", host=host))
        elif path == ROOT_404 or top in languages:
            continue  # the manifests and the archive's pages account for these
        elif top in dropped and "/" in path:
            dropped[top] += 1
        elif top == mf.DIRECTORY and path.rpartition("/")[0] in directories and path.endswith(".json"):
            continue
        elif top == mf.DIRECTORY and path.startswith(f"{mf.DIRECTORY}/{assets.FOLDER}/") and path.endswith(".json"):
            continue
        elif top == assets.FOLDER and path.split("/")[1] in shared:
            continue  # each file is checked against its folder's manifest
        elif rootfiles.ownership_proof(path, lambda: git.read_object(project.repo, blob)):  # noqa: B023 (read here)
            continue  # a search engine's proof of the site's ownership, as its console writes it
        else:
            outside.append(path)
    problems += strays.said(project.repo, tip, outside, branch=branch) if tip else \
        [Said("verify.unaccounted", path=path) for path in outside]
    problems += [Said("verify.language-dropped", code=code, count=count)
                 for code, count in dropped.items() if count]
    if manifests and "index.html" not in tree:  # the site's root answered with the 404 page (history hunt 31)
        problems.append(Said("verify.root-page-missing", target=root_target(project.settings)))
    if tree and ".nojekyll" not in tree:  # without it GitHub Pages runs Jekyll over the archive
        problems.append(Said("verify.nojekyll-missing"))
    return problems


def _unsafe(project: Project, tree: dict[str, tuple[str, str]]) -> list[safety.Violation]:
    """Every page of the branch the served check reads as one (servedpages.DOCUMENTS: an `.xhtml` or `.shtml` page was
    served and refused by publishing while verify read none: safety79) through the output check, whatever its manifest
    says; and the site's root page, which leads to a language's text in force only (rootdoor)."""
    theme_dirs = safety.installed_theme_dirs(project.theme)
    found: list[safety.Violation] = []
    checked: set[str] = set()
    doors = rootdoor.doors(project, (git.path_named(name) for name in tree))
    site = sitedescriptions.described(project, sitedescriptions.listed_commits(project, tree))  # (safety83)
    for path, (_mode, blob) in sorted((git.path_named(name), held) for name, held in tree.items()):
        if path.lower().endswith(servedpages.DOCUMENTS) and blob not in checked and not rootfiles.ownership_proof(
                path, lambda: git.read_object(project.repo, blob)):  # noqa: B023 (by its served name; read here)
            checked.add(blob)
            html = safety.page_text(git.read_object(project.repo, blob))
            # every page a version's build wrote, as publish's gate read them (a side-by-side page, another
            # document's versions too), with the rules of its text
            found += safety.check_page(html, file=path, theme_dirs=theme_dirs, text=servedpages.text_judged(path),
                                       site=site)
        if (door := doors.get(path)) and (said := servedpages.door_judged(
                git.read_object(project.repo, blob), [path], door=door)):
            found.append(safety.Violation(path, None, said))
    return found


def _with_older_generators(project: Project, manifests: dict[str, mf.VersionManifest],
                           violations: list[safety.Violation]) -> list[str]:
    """The output check's findings, a page of a version another generator built told as such: its theme's inline
    scripts are judged against today's, so each version published before an upgrade that changed them was named as
    holding a script not the theme's own, with nothing said of the way out (history hunt 31)."""
    today = mf.generator(project.theme_digest)
    current = periods.current(sorted(manifests), today=clock.today()) if manifests else None
    older = tuple(f"{project.settings.base(lang)}/{folder}/" for version, manifest in manifests.items()
                  if manifest.generator != today for lang in manifest.languages
                  for folder in ((version, LATEST) if version == current else (version,)))
    return [_older_said(violation) if violation.file.startswith(older) else violation.said()
            for violation in violations]


def _older_said(violation: safety.Violation) -> str:
    """A finding of a page another generator built, told as such where an older theme explains it: a script of its
    theme not today's (history hunt 31), the theme's version check without the site's guard, which every page
    built before commit cbc40a54 lacks (words9: said as a fault of the page, with no word of its generator), or a
    description for search engines the page did not show, as every described page built before safety81 (safety83)."""
    key = getattr(violation.message, "key", "")
    if key == safety.SCRIPT_NOT_THEMES:
        return Said("output.script-inline/older", problem=violation.said())
    if key == "output.description-unshown":  # a page built before it showed its description (safety81, safety83)
        return Said("output.description-unshown/older", problem=violation.said())
    if key == "output.outdated-unguarded":  # safety.check_page's, for a page whose version check has no guard
        return Said("output.violation", file=violation.file, anchor=violation.anchor or "",
                    message=Said("output.outdated-unguarded/older"))
    return violation.said()


_WORDS = re.compile(r"\w+")


def _landing(links: dict) -> str:
    """Where a version's links to other documents land, in words: `retention.md → retention 2021-01-10`."""
    return Said("verify.lands", links=[Said("verify.lands/one", page=page, target=target[0], date=target[1])
                                       for page, target in sorted(links.items())]) if links else \
        Said("verify.lands/nowhere")


def _written_by_hand(project: Project, tip: str | None, version: str) -> list[str]:
    """A version that cannot be rebuilt: its folders and manifest are as the commit that first added its manifest
    wrote them. Its text is checked against its source, but not its PDF, its changes or side-by-side pages, nor a
    sentence of the interface's own words: a hand commit editing them and the manifest's generator field passed,
    under any subject, publishing's own too (history hunts 19 and 20)."""
    if tip is None:
        return []
    settings = project.settings
    additions = manifest_additions(project.repo, tip, settings.manifest_dir).get(version, [])
    if not additions:
        return []  # said above: no commit of the branch added its manifest
    additions = [first_of(additions, own_line(project.repo, tip))]  # (a line merged in claims nothing: histories25)
    paths = [f"{settings.base(language.code)}/{version}" for language in settings.languages]
    paths.append(mf.path_for(version, settings.manifest_dir))
    found: list[str] = []
    for commit, _subject, _blob in additions:  # against the commit that first added it
        try:
            # (a line a name, as git.list_files names them: a name with a space was said as two, histories30)
            changed = git.run(project.repo, "diff", "--no-renames", "--name-only", commit, tip, "--",
                              *paths).splitlines()
        except git.GitError:
            continue
        if changed:
            found.append(Said("verify.hand-edited", version=version,
                              paths=f"{', '.join(map(git.said_name, changed[:3]))}{' …' if len(changed) > 3 else ''}",
                              commit=commit[:7],
                              changed=tuple(changed)))
            break
    return found


def missing_text(policy: document_model.Policy, page: str) -> str | None:
    """The first paragraph, item or cell of `policy` whose words do not read, in order, in `page` (a published page's
    words, `_WORDS`, one space apart), if one does not. An item's paragraphs one by one: a list inside the item comes
    between them on the page (adoption 27: GitHub's privacy statement of 2022-09-01, an item's paragraph after its
    list, was "not on the page: the page was edited")."""
    texts = (paragraph for block in [*policy.preamble, *(b for section in policy.sections for b in section.blocks)]
             for text in block.shown_cells or (block.shown,)
             for paragraph in (text.split("\n") if block.kind == "item" else (text,)))
    return next((text for text in texts if (words := " ".join(_WORDS.findall(text))) and words not in page
                 and (bare := " ".join(_WORDS.findall(_TRAILING_ATTRS.sub("", text)))) and bare not in page), None)


# An attribute list ending a paragraph, an item or a cell (`{: #telemetry }` on the line under Mozilla's paragraph):
# the model's words hold it, the renderer takes it out (attr_list), so the page never shows it (adoption 28: every
# version not rebuilt was "not on the page: the page was edited" after a generator's upgrade).
_TRAILING_ATTRS = re.compile(r"\s*\{:?[ ]*[^}\n ][^\n]*?\}\s*$")


def _text_of_source(project: Project, manifest: mf.VersionManifest, tree: dict[str, tuple[str, str]], *,
                    version: str) -> list[str]:
    """A version that cannot be rebuilt (another generator built it): each paragraph, item and cell of its source
    must read, word for word, in its published page, whichever generator laid the page out. The manifest's
    generator is no signature: one who edits a page and that field does not pass."""
    problems: list[str] = []
    for lang, entry in sorted(manifest.languages.items()):
        path = f"{project.settings.base(lang)}/{version}/index.html"
        source = git.read_blob(project.repo, entry.source.commit, entry.source.path)
        if source is None or path not in tree:
            continue  # its source's or its files' problem, said above
        article = LexborHTMLParser(git.read_object(project.repo, tree[path][1]).decode("utf-8", "replace")).css_first(
            "article")
        page = " ".join(_WORDS.findall(article.text(deep=True) if article is not None else ""))
        policy = document_model.parse(document_model.decode(source, path=entry.source.path), path=entry.source.path,
                                      lang=lang)
        missing = missing_text(policy, page)
        if missing is not None:
            problems.append(Said("verify.text-missing", path=path, text=missing[:60], source=entry.source.path,
                                 commit=entry.source.commit[:7]))
        added = _added_words(article, source, lang=lang) if article is not None else []
        if added:
            problems.append(Said("verify.words-added", path=path, words=" ".join(added[:8]), source=entry.source.path,
                                 commit=entry.source.commit[:7]))
        problems += _export_of_source(project, tree, source, lang=lang, version=version)
    return problems


ADDED_WORDS = 3  # words a page may show beyond its source's and the interface's before it is taken as edited


def _added_words(article: Any, source: bytes, *, lang: str) -> list[str]:
    """The words the article shows beyond its source's (each as often as the source has it), leaving out the
    generator's own parts (its `policy-*` notices, the headings' ¶) and any word of the site's interface in the
    language, dates included: none where fewer than ADDED_WORDS are left (history hunt 18, High: a sentence added to a
    page whose manifest's generator field was edited too passed, as its source's words were all still there)."""
    from collections import Counter

    from policysite import rendering
    from policysite.strings import redline_labels, strings

    page = LexborHTMLParser(article.html or "")
    for node in page.css('[class*="policy-"], .headerlink, script, style, noscript, svg'):
        node.decompose()
    body = page.body
    shown = Counter(rendering.words(body.text(deep=True) if body is not None else ""))
    text = document_model.decode(source, path="source")
    read = Counter(w for w, _ in rendering.read_words(rendering.body_of(text)[0]))
    read.update(rendering.words(" ".join(str(v) for v in document_model.front(text, path="source", lang=lang)
                                          .meta.values())))
    interface = set(rendering.words(" ".join([*strings(lang).values(), *redline_labels(lang).values()])))
    added = [w for w, n in (shown - read).items() for _ in range(n) if w not in interface and not w.isdigit()]
    return added if len(added) >= ADDED_WORDS else []


def _export_of_source(project: Project, tree: dict[str, tuple[str, str]], source: bytes, *, lang: str,
                      version: str) -> list[str]:
    """A version's policy.json written in a format of today's words (export.WORDS) holds its source's text exactly
    (whichever generator wrote it): title, sections' titles, each block's text and cells. An export in an older format
    is said."""
    path = f"{project.settings.base(lang)}/{version}/{export.FILE}"
    if path not in tree:
        return []
    try:
        published = json.loads(git.read_object(project.repo, tree[path][1]).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return [Said("verify.export-not-json", path=path)]
    if not export.comparable(published, source):
        return []  # an older format: the page's check above stands for it
    return [] if export.words(published) == export.words_of(source, lang=lang) else [
        Said("verify.export-edited", path=path)]


def _rebuilt(project: Project, manifests: dict[str, mf.VersionManifest], tree: dict[str, tuple[str, str]],
             report: Verification, *, print_pdfs: bool = False, tip: str | None = None,
             only: Iterable[str] | None = None, noted: bool = True, branch: str = BRANCH) -> list[str]:
    """Each version built with today's generator and theme (of `only`, if given), built again from its source commit:
    a page edited on the branch, even together with its manifest, no longer matches. A version whose predecessor's text
    this clone lacks is a note (`verify.not-rebuilt/previous`); without `noted`, publishing's refusal (PublishError)."""
    today = mf.generator(project.theme_digest)
    versions = sorted(manifests)
    chosen = set(versions if only is None else only)
    problems: list[str] = []
    since = first_versions({v: m.languages for v, m in manifests.items()})
    by_folder: dict[str, list[tuple[str, str]]] = {}  # the tree's pages by version folder, read once one matched
    folders: dict[str, dict[str, dict[str, str]]] = {}  # the same by base then version, as a rebuild compares them
    with scratch.temporary("policy-verify-rebuild-") as tmp:
        for n, version in enumerate(versions):
            if version not in chosen:
                continue
            manifest = manifests[version]
            named = manifest.languages[project.settings.authoritative].source.commit
            # its commit, else one holding its every text (main rewritten since: a problem of its source's, above)
            commit = history.rebuild_commit(project.repo, [(entry.source.path, entry.source.commit, entry.source.sha256)
                                                           for _lang, entry in _authoritative_first(project, manifest)])
            if commit is None:
                report.notes.append(Said("verify.not-rebuilt", version=version, commit=named[:7]))
                continue
            with contextlib.ExitStack() as stack:
                builder: Project | None = project
                if manifest.generator != today:
                    # Built before a settings edit, with its own commit's configuration: rebuilt with that; rebuilt
                    # since (`history --rebuild`) with a later commit's theme: with the one whose theme it names
                    # (history hunt 21: after a rebuild then a theme change, every rebuilt version was named)
                    builder = _configured_at(project, commit, stack, generator=manifest.generator)
                    for later in ([] if builder is not None else _theme_commits(project)):
                        builder = _configured_at(project, later, stack, generator=manifest.generator)
                        if builder is not None:
                            break
                if builder is None:
                    report.notes.append(Said("verify.other-generator", version=version, commit=commit[:7]))
                    problems += _text_of_source(project, manifest, tree, version=version)
                    problems += _written_by_hand(project, tip, version)
                    continue
                found = _rebuild_one(builder, manifest, tree, report, commit=commit, version=version,
                                     known=versions[:n + 1],
                                     since=since, on_branch=versions, manifests=manifests, tmp=Path(tmp),
                                     print_pdfs=print_pdfs, noted=noted, folders=folders, branch=branch)
                if not found:  # its pages are what its source builds: a publication here need not build it again
                    by_folder = by_folder or rebuilt_pages.pages_by_folder(tree)
                    rebuilt_pages.keep_built(project, [page for lang in manifest.languages for page in
                                                       by_folder.get(f"{project.settings.base(lang)}/{version}", [])])
                problems += found
    return problems


def _by_folder(tree: dict[str, tuple[str, str]], base: str) -> dict[str, dict[str, str]]:
    """The files of `tree` in each folder of `base` (`fr`: `fr/2021-02-17/…`), by that folder's name: its paths in it
    -> their blobs. One pass over the tree for every rebuild (issue 16: each version's rebuild went through the whole
    tree for each of its languages, some 19 files a version: verify grew with the square of the archive)."""
    found: dict[str, dict[str, str]] = {}
    for path, (_mode, blob) in tree.items():
        if path.startswith(base) and path[len(base):len(base) + 1] == "/":
            name, slash, rest = path[len(base) + 1:].partition("/")
            if slash:
                found.setdefault(name, {})[rest] = blob
    return found


UNREBUILT = ("verify.not-rebuilt", "verify.not-rebuilt/previous")
"""The notes of a version this clone could not build again (its commit, or the text before it, not here): nothing
proves its pages, and verify does not pass (cli), nor publish carry them (rebuilt_pages)."""

def unrebuilt(report: Verification, *, branch: str) -> list[Said]:
    """Verify's last lines where it could not rebuild some version: those whose own commit this clone lacks, then each
    one whose predecessor's text it lacks, saying which (histories7: both were said "their source commits missing")."""
    notes = [note for note in report.notes if isinstance(note, Said) and note.key in UNREBUILT]
    own = [str(note.fields["version"]) for note in notes if note.key == "verify.not-rebuilt"]
    lines = [Said("verify.unrebuilt", branch=branch, versions=", ".join(own), count=len(own))] if own else []
    return lines + [Said("verify.unrebuilt/previous", branch=branch, version=note.fields["version"],
                         before=note.fields["before"], commit=note.fields["commit"], advice=note.fields["advice"])
                    for note in notes if note.key == "verify.not-rebuilt/previous"]


def said_ok(report: Verification, *, branch: str) -> Said:
    """Verify's last line where all is well: what it checked; no rebuild claimed where none was made (each version
    another generator's: its note says how it was checked), nor files of versions where none is published yet."""
    if not report.versions:
        return Said("verify.ok/empty", branch=branch)
    key = "verify.ok/kept" if report.pdfs_kept else "verify.ok" if report.rebuilt else "verify.ok/none-rebuilt"
    return Said(key, branch=branch, files=report.files, versions=report.versions, archive_files=report.archive_files,
                rebuilt=report.rebuilt, kept=report.pdfs_kept)


THEME_COMMITS = 30  # the main branch's last commits that changed the configuration or the theme, tried in turn
# The findings a version rebuilt and refused names, the others counted (one line of verify's output each)
SHOWN = 5


def _theme_commits(project: Project) -> tuple[str, ...]:
    """The last commits of the project's history that changed its configuration, theme or hooks, newest first (read
    once a verification, not once a version)."""
    head = git.rev_parse(project.repo, "HEAD")
    if head is None:
        return ()
    key = (str(project.repo.git_dir), head)
    if key not in _THEME_COMMITS:
        try:
            out = git.run(project.repo, "log", "-n", str(THEME_COMMITS), "--format=%H", head, "--",
                          ":(glob)mkdocs*.yml", "overrides", "hooks")
        except git.GitError:
            return ()
        _THEME_COMMITS.clear()
        _THEME_COMMITS[key] = tuple(out.split())
    return _THEME_COMMITS[key]


_THEME_COMMITS: dict[tuple[str, str], tuple[str, ...]] = {}


def _configured_at(project: Project, commit: str, stack: contextlib.ExitStack, *,
                   generator: dict[str, str]) -> Project | None:
    """The project with `commit`'s configuration, when a version built with it would carry `generator`; else None."""
    from policysite.project import opened_at

    try:
        at = stack.enter_context(opened_at(project.root, project.repo, commit))
    except (PublishError, SettingsError, OSError):
        return None
    if mf.generator(at.theme_digest) != generator:
        return None
    doc = project.settings.document
    return dataclasses.replace(at.for_document(doc) if doc else at, linked=project.linked,
                               site_manifests=project.site_manifests)


def _rebuild_one(project: Project, manifest: mf.VersionManifest, tree: dict[str, tuple[str, str]],
                 report: Verification, *, version: str, known: list[str], since: dict, on_branch: list[str],
                 manifests: dict[str, mf.VersionManifest], tmp: Path, print_pdfs: bool, noted: bool,
                 folders: dict[str, dict[str, dict[str, str]]] | None = None, commit: str | None = None,
                 branch: str = BRANCH) -> list[str]:
    """One version built again from its source `commit` (history.rebuild_commit; the manifest's if not given), against
    the branch's files (`folders`: _by_folder's of `tree`, by base, filled as needed)."""
    problems: list[str] = []
    commit = commit or manifest.languages[project.settings.authoritative].source.commit
    versions = on_branch
    snap = project.snapshot(commit, Path(tmp) / "source" / version, today=dt.date.fromisoformat(version),
                            at={lang: entry.source.path for lang, entry in manifest.languages.items()})
    try:
        previous = previous_of(project, manifests, {}, version=version, on_branch=versions)
    except PublishError as exc:  # the text it is compared with not in this clone (a shallow one): a note of its own,
        said = exc.args[0] if exc.args else None  # the other versions checked (histories6: one error ended verify)
        if not noted or not (isinstance(said, Said) and said.key.startswith("publish.previous-missing")):
            raise
        report.notes.append(Said("verify.not-rebuilt/previous", version=version, before=said.fields["before"],
                                 commit=said.fields["commit"], advice=said.fields["advice"]))
        return problems
    try:
        built = build_version(project, version=version, known=known, snapshot=snap, since=since,
                              out=Path(tmp) / "site" / version, previous=previous, links=manifest.links,
                              ids=manifest.ids,
                              pdfs=None if print_pdfs else printing.recorded(manifest, tree, version=version,
                                                                             settings=project.settings))
    except RefusedError as exc:
        found = exc.refusal.findings
        problems.append(Said("verify.rebuild-refused", version=version, commit=commit[:7], count=len(found),
                             findings=[finding.as_said() for finding in found[:SHOWN]],
                             more=max(len(found) - SHOWN, 0)))
        return problems
    for name, records in built.shared.items():
        for rel, record in sorted(records.items()):
            path = f"{assets.FOLDER}/{name}/{rel}"
            if tree.get(path, ("", record.blob))[1] != record.blob:
                problems.append(Said("verify.shared-differs", path=path, version=version, commit=commit[:7]))
    manifest_file = mf.path_for(version, project.settings.manifest_dir)
    problems += [Said("verify.language-removed", path=manifest_file, lang=lang, commit=commit[:7])
                 for lang in sorted(set(built.files) - set(manifest.languages))]
    folders = {} if folders is None else folders
    for lang, files in built.files.items():
        base = project.settings.base(lang)
        prefix = f"{base}/{version}/"
        if base not in folders:
            folders[base] = _by_folder(tree, base)
        actual = folders[base].get(version, {})
        for rel, record in sorted(files.items()):
            if actual.get(rel) is None:
                problems.append(Said("verify.rebuilt-missing", path=f"{prefix}{rel}", commit=commit[:7],
                                     branch=branch))
            elif actual[rel] != record.blob:
                problems.append(Said("verify.rebuilt-differs", path=f"{prefix}{rel}", commit=commit[:7],
                                     branch=branch))
        problems += [Said("verify.rebuilt-added", path=f"{prefix}{rel}", commit=commit[:7],
                                     branch=branch)
                     for rel in sorted(set(actual) - set(files))]
    for lang, change in sorted(built.changes.items()):  # the history page and the feed are built from these
        recorded = manifest.languages[lang].changes if lang in manifest.languages else None
        if recorded is not None and _as_json(recorded) != _as_json(change):
            problems.append(Said("verify.changes-edited", path=manifest_file, lang=lang, commit=commit[:7]))
    report.rebuilt += 1
    report.pdfs_kept += len(built.reused)
    shutil.rmtree(Path(tmp) / "site" / version, ignore_errors=True)
    return problems


def _authoritative_first(project: Project, manifest: mf.VersionManifest) -> list[tuple[str, mf.LanguageEntry]]:
    """A version's languages as its manifest records them, the authoritative one first."""
    lang = project.settings.authoritative
    return sorted(manifest.languages.items(), key=lambda item: item[0] != lang)


def _as_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _verify_archive(project: Project, manifests: dict[str, mf.VersionManifest],
                    tree: dict[str, tuple[str, str]], report: Verification, *, tip: str, today: dt.date) -> list[str]:
    """The archive's pages are in no manifest: they must be exactly what the manifests (and the days the history of
    `tip` says they reached the site) give as of `today` (which versions are upcoming), rebuilt here."""
    problems: list[str] = []
    with scratch.temporary("policy-verify-") as tmp:
        expected = build_archive(project, manifests=manifests, rev=tip, out=Path(tmp), today=today,
                                 keep_rows=False)
    settings = project.settings
    for lang, records in sorted(expected.items()):
        base = settings.base(lang)
        actual = archive_on_branch(tree, base, settings.others)
        report.archive_files += len(actual)
        if not actual:
            problems.append(Said("verify.archive-missing", folder=f"{base}/"))
            continue
        for rel in sorted(set(records) | set(actual)):
            if rel not in actual:
                problems.append(Said("verify.archive-page-missing", path=f"{base}/{rel}"))
            elif rel not in records:
                problems.append(Said("verify.archive-page-added", path=f"{base}/{rel}"))
            elif records[rel].blob != actual[rel]:
                problems.append(Said("verify.archive-page-differs", path=f"{base}/{rel}"))
    root_404 = root_404_of(project, expected)
    if root_404 is not None and tree.get(ROOT_404, ("", ""))[1] != root_404.blob:
        problems.append(Said("verify.root-404" if ROOT_404 in tree else "verify.root-404/missing", path=ROOT_404,
                             copy=f"{project.settings.authoritative}/{ROOT_404}"))
    return problems
