"""The folders of published versions a command carries onto the branch without writing them, judged as `policy verify`
judges them: built again from their source commit and compared byte for byte.

The output check reads a carried page's header, navigation, footer and scripts under the rules of any page (no
script but the theme's, no handler, nothing from another host), and only its article under the text's: a hand commit
named as a rebuild ('Rebuild 2021-02-17 (…', its manifest's digests set to match) put a fixed overlay of other words,
a form or a dialog into the chrome of an older version's page, and `policy publish` carried it (safety4, session 33).
Commit subjects are anyone's to write, so only a rebuild vouches for such a page, nor does the commit that first added
a version: a version folder and its manifest added by hand in one commit named 'Publish 2022-09-01 (…' were its own
first publication, trusted as such, and `policy publish`, `policy history` and `policy export` made its words the
version in force (safety5, session 34). So a version's pages are built again unless this machine built them (each
publication keeps, by place and git blob id, the pages it writes: `keep_built`) or saw them match a rebuild (passcache,
kept whichever code of this package judged them): a warm machine builds none again; a cold one (a fresh clone, a CI
job without its kept folder) builds each version of the archive once. Every file of the folder, not its pages alone:
a commit so named gave an older version a policy.json of other words (the compare page's text of that version) or a
sitemap naming another host, their digests in its manifest, and publish and export carried them (safety8, session 37).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from policysite import branch, git, manifest as mf, passcache, periods, rootfiles, scratch
from policysite.branch import ROOT_404
from policysite.errors import PublishError
from policysite.messages import Said
from policysite.project import Project
from policysite.source_branch import publishing_branch

if TYPE_CHECKING:
    from policysite.building import FileRecord

PROOF = ("pages of a version, by place: byte for byte a build of its source commit",)  # their kept ids' own file
# The same, of a version's folder in a language by its place and git tree id (`_tree_id`), kept beside the folders that
# PROOF vouches for: a tree names each file of the folder, its mode and its blob, so the same id at the same place is
# those very pages
TREE_PROOF = ("folders of a version, by place and git tree id: byte for byte a build of its source commit",)
_FOLDER = re.compile(r"(.+?/\d{4}-\d{2}-\d{2})/")  # a version's folder in a language: `en/2021-02-17`, `en/cookies/…`


def _ids(pages: Iterable[tuple[str, str]]) -> list[str]:
    """What is kept of each page (path on the branch, git blob): a page proven in one version's folder vouches for no
    other place (an older version's pages copied under a new date)."""
    return sorted({hashlib.sha256(f"{path}\0{blob}".encode("utf-8", "surrogatepass")).hexdigest()
                   for path, blob in pages})


def _folder_id(pages: Iterable[tuple[str, str]]) -> str:
    """What is kept of a folder's pages together (path, git blob each): kept only where each of them is proven
    (`_ids`), so that a publication onto N versions hashes one string a folder, not one a page (3.4 ms at 300). Told
    from a page's id: a path holds no NUL, so a page's string holds one NUL, this one more."""
    return hashlib.sha256("".join(sorted(f"\0{path}\0{blob}" for path, blob in pages))
                          .encode("utf-8", "surrogatepass")).hexdigest()


def _tree_id(folder: str, tree: str) -> str:
    """What is kept of a version's folder (`en/2021-02-17`) by its git tree id at that place (TREE_PROOF)."""
    return hashlib.sha256(f"{folder}\0{tree}".encode("utf-8", "surrogatepass")).hexdigest()


def keep_built_folder(project: Project, folder: str, files: Mapping[str, tuple[str, str]]) -> None:
    """Keep that the version's folder `folder` (`en/2021-02-17`) holding `files` (path in it -> (mode, blob)), and
    nothing else, is a build of its committed text, by its git tree id (TREE_PROOF): the next command onto the branch
    reads no file of it (perf9)."""
    passcache.keep_blobs(project.passed, [_tree_id(folder, git.tree_id(files))], text=True, scripts=TREE_PROOF,
                         any_code=True)


def folder_trees(project: Project, rev: str, folders: Iterable[str]) -> dict[str, str]:
    """The git tree id at `rev` of each of `folders` (a version's folder in a language) that is a folder there: one
    `git ls-tree` of their parents, not a pass over the listing of every file (perf9)."""
    wanted = set(folders)
    parents = sorted({f"{folder.rpartition('/')[0]}/" for folder in wanted if "/" in folder})
    if not parents:
        return {}
    return {path: sha for path, (mode, sha) in git.list_entries(project.repo, rev, parents, recursive=False).items()
            if mode == git.TREE and path in wanted}


def keep_built(project: Project, pages: Iterable[tuple[str, str]]) -> None:
    """Keep that the files (path on the branch, git blob) a command built from a version's committed text are such a
    build: each, and each version's folder of them together."""
    pages = list(pages)
    folders = pages_by_folder({path: ("", blob) for path, blob in pages})
    passcache.keep_blobs(project.passed, _ids(pages) + sorted(_folder_id(held) for held in folders.values()),
                         text=True, scripts=PROOF, any_code=True)


def pages_by_folder(listing: Mapping[str, tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The files of the tree `listing` (path -> (mode, blob)) in a version's folder of a language, by that folder
    (`en/2021-02-17`): (path, blob) each. A path that begins with the last folder found and its slash is in it
    (`_FOLDER` takes the shortest such beginning: the same for both), untold by the pattern: the listing runs folder
    by folder, and the pattern on each path cost 2.4 ms at 300 versions."""
    found: dict[str, list[tuple[str, str]]] = {}
    prefix: str | None = None  # the last folder found and its slash: a path it begins is in that folder
    held: list[tuple[str, str]] = []
    for path, (_mode, blob) in listing.items():
        if prefix is not None and path.startswith(prefix):
            held.append((path, blob))
            continue
        match = _FOLDER.match(path)
        prefix = match.group(0) if match is not None else None
        if match is not None:
            held = found.setdefault(match.group(1), [])
            held.append((path, blob))
    return found


def unlike_rebuild(project: Project, rev: str | None, listing: Mapping[str, tuple[str, str]],
                   manifests: Mapping[str, mf.VersionManifest], *, written: Iterable[str] = ()) -> list[str]:
    """What `policy verify` finds in a rebuild of each version of `manifests` (but those of `written`, which the command
    writes anew) whose pages on the branch (`rev`, `listing`) this machine neither built nor saw match a rebuild,
    `path: what`."""
    if rev is None or not manifests:
        return []
    settings = project.settings
    place = project.passed
    anew = set(written)
    folders = {f"{settings.base(lang)}/{version}": version for version, manifest in manifests.items()
               if version not in anew for lang in manifest.languages}
    # a folder whose tree this machine vouched for at its place is not read again: a publication onto 1,000 versions
    # hashed every folder's pages, some 15 ms (perf9); each other version's folders are judged as before
    trees = {folder: _tree_id(folder, tree) for folder, tree in folder_trees(project, rev, folders).items()}
    proven_trees = passcache.blobs_passed(place, text=True, scripts=TREE_PROOF, any_code=True)
    unproven = {version for folder, version in folders.items() if trees.get(folder) not in proven_trees}
    if not unproven:
        return []
    proven = passcache.blobs_passed(place, text=True, scripts=PROOF, any_code=True)
    trees_of: dict[str, list[str]] = {}  # version -> its folders' tree ids kept, once its folders are vouched for
    for folder, tree in trees.items():
        trees_of.setdefault(folders[folder], []).append(tree)
    vouched: list[str] = []
    held_in: dict[str, list[list[tuple[str, str]]]] = {version: [] for version in unproven}  # by folder
    for folder, held in pages_by_folder(_under(listing, [f for f, version in folders.items() if version in unproven])
                                        ).items():
        if folders.get(folder) in unproven:
            held_in[folders[folder]].append(held)
    found: list[str] = []
    for version in sorted(held_in):
        kept = [_folder_id(held) for held in held_in[version]]  # (one hash a folder, where the machine saw it whole)
        if kept and proven.issuperset(kept):
            vouched += trees_of.get(version, [])
            continue
        ids = _ids(page for held in held_in[version] for page in held)
        if ids and proven.issuperset(ids):
            passcache.keep_blobs(place, kept, text=True, scripts=PROOF, any_code=True)
            vouched += trees_of.get(version, [])
            continue
        from policysite import verify  # (the builder: only for a version this machine cannot vouch for)

        report = verify.Verification()
        problems = verify._rebuilt(project, dict(manifests), dict(listing), report, tip=rev, only=[version],
                                   noted=False)  # (publishing says which text it needs, and that it is published)
        # a version whose source commit this clone lacks: nothing vouches for its pages
        problems += [note for note in report.notes if getattr(note, "key", "") in verify.UNREBUILT]
        if problems:
            found += problems
        else:
            passcache.keep_blobs(place, ids + kept, text=True, scripts=PROOF, any_code=True)
            vouched += trees_of.get(version, [])
    passcache.keep_blobs(place, vouched, text=True, scripts=TREE_PROOF, any_code=True)
    return found


def _under(listing: Mapping[str, tuple[str, str]], folders: list[str]) -> Mapping[str, tuple[str, str]]:
    """The files of `listing` in one of `folders`, in its order (what `pages_by_folder` groups into those folders: it
    groups a path by a beginning of it): all of it where that is most of it, the pages of the version the last
    command wrote only where it is not (perf9: the folders of every other version vouched for by their trees)."""
    if len(folders) > UNDER_MOST:  # (the listing's paths told against each folder: past some, all of it is read)
        return listing
    starts = tuple(f"{folder}/" for folder in folders)
    return {path: held for path, held in listing.items() if path.startswith(starts)}


UNDER_MOST = 64


def refuse_unlike_rebuild(project: Project, new: str, state: branch.BranchState, *,
                          on: str = branch.BRANCH) -> tuple[str, list[Said]]:
    """Refuse to move the branch from where `state` read it to `new` if a version `new` carries, of any document of the
    site, its manifest as the branch held it (not written by this command), was edited since its publication and is
    not what its source builds (`unlike_rebuild`), or holds a PDF replaced with its manifest's digest
    (`replaced_prints`; `on`: the branch's name, as said), naming each page: the command's commit is left
    unreferenced, the branch as it was. (Each document's own: a forged footer on a further document's older version
    was carried by a publication of the first, which judged only its own versions.) The commit to move the branch
    to: `new`, or one on top of it writing another document's archive files again (`carried_unlike_publishing`), and
    what that says."""
    if state.base is None:
        return new, []
    listing: dict[str, tuple[str, str]] | None = None
    found: list[str] = []
    unfetched: list[tuple[Said, str]] = []  # of `found`: published from another clone, the commit not fetched
    at_base: dict[str, Mapping[str, mf.VersionManifest]] = {}
    for document in project.documents:
        directory = document.settings.manifest_dir
        held = at_base[document.settings.document] = state.manifests if directory == project.settings.manifest_dir \
            else branch.manifests_at(project.repo, state.base, directory)
        if not held:
            continue
        listing = git.list_files(project.repo, new) if listing is None else listing
        kept = same_manifests(held, directory, git.list_files(project.repo, state.base), listing)
        found += replaced_prints(document, new, directory, on=on, listing=listing)
        unlike = unlike_rebuild(document, new, listing, held, written=set(held) - kept)
        found += unlike
        unfetched += _unfetched(project, unlike, state, directory=directory, on=on)
    if found:
        from policysite.verify import UNREBUILT

        # versions this clone could not build again, and nothing else: no edit to revert, nor a rebuild that can run
        # (histories8: main rewritten with the published text edited under its date was said "edited on the branch")
        unbuilt = all(getattr(said, "key", "") in UNREBUILT for said in found)
        # a shallow clone's (CI's checkout of depth 2 and more: the fix is its workflow's, histories10)
        key = ("publish.unrebuilt/shallow" if git.shallow_boundary(project.repo) else "publish.unrebuilt") if unbuilt \
            else "publish.unlike-rebuild"
        if unbuilt and len(unfetched) == len(found) and key == "publish.unrebuilt":
            # each published from another clone, fetched with origin's copy of the branch, its commit not: not
            # "main rewritten since it was published" (histories34; verify says it so since histories33)
            head = publishing_branch(project.repo, configured=project.settings.publish_from, remote=branch.REMOTE)
            # (histories35: the local branch moved to origin's copy since, `git branch -f`: said without "the local
            # branch not")
            said = "publish.unrebuilt/unfetched/fetched" if any(how == branch.FETCHED for _said, how in unfetched) \
                else "publish.unrebuilt/unfetched"
            raise PublishError(Said(said, found=found[:5], more=" …" if len(found) > 5 else "", count=len(found),
                                    remote=branch.REMOTE, branch=on, head=head or "main"))
        raise PublishError(Said(key, found=found[:5], more=" …" if len(found) > 5 else ""))
    listing = git.list_files(project.repo, new) if listing is None else listing
    carried, stale = carried_unlike_publishing(project, new, listing, at_base)
    if carried:
        raise PublishError(Said("publish.unlike-archive", found=carried[:5], more=" …" if len(carried) > 5 else ""))
    notes = [Said("publish.archive-written-again", document=builder.settings.document or
                  builder.settings.all_documents[0].id, files=", ".join(paths[:5]), more=max(len(paths) - 5, 0))
             for builder, _held, paths in stale]
    return (written_again(project, new, listing, [(b, h) for b, h, _p in stale]) if stale else new), notes


def _unfetched(project: Project, found: list[str], state: branch.BranchState, *, directory: str,
               on: str = branch.BRANCH) -> list[tuple[Said, str]]:
    """The lines of `found` (`unlike_rebuild`'s, of the document whose manifests are in `directory`) of a version
    this clone could not build again (its commit, or the text before it, not here) published from another clone and
    fetched with origin's copy of the branch `on` (`state.base`, the local branch behind it, or moved there since),
    each with how that shows (`branch.published_elsewhere`)."""
    from policysite.verify import UNREBUILT

    named = [(said, str(said.fields.get("before") or said.fields["version"])) for said in found
             if isinstance(said, Said) and said.key in UNREBUILT]
    if not named:
        return []
    elsewhere = branch.published_elsewhere(project.repo, {version for _said, version in named}, local=state.local,
                                           tip=state.base, directory=directory, branch=on)
    return [(said, elsewhere[version]) for said, version in named if version in elsewhere]


def replaced_prints(project: Project, new: str, directory: str, *, on: str,
                    listing: Mapping[str, tuple[str, str]] | None = None) -> list[str]:
    """Each PDF of `new` whose digest is not the one the manifest the branch's history first added for its version
    recorded for the same print key (`verify.pdf-replaced`): a rebuild takes a PDF of unchanged key from the branch
    where its digest is the manifest's, so one replaced together with that digest (words no check read) passed the
    rebuild, and only `policy verify` named it (safety59). Read from the manifests' digests, nothing printed (one
    walk of the branch's history; with `new`'s files, `listing`, only the manifests not as first added are read). A
    shallow clone reads its history from its boundary: a PDF replaced before it is not seen there."""
    return [Said("verify.pdf-replaced", path=f"{project.settings.base(lang)}/{version}/{rel}", commit=commit[:7],
                 branch=on)
            for version, found in sorted(branch.replaced_pdfs(project.repo, new, directory, listing=listing).items())
            for lang, rel, commit in found]


def same_manifests(versions: Iterable[str], directory: str, before: Mapping[str, tuple[str, str]],
                   after: Mapping[str, tuple[str, str]]) -> set[str]:
    """The `versions` whose manifest (in `directory`) is the same blob, or as absent, in the tree listed `after` as in
    the one listed `before`: read from the two listings the command holds (a publication listed both), not asked of
    git path by path (two names a version, 2,000 at 1,000 versions: perf1, session 43)."""
    def blob(listing: Mapping[str, tuple[str, str]], path: str) -> str | None:
        return listing[path][1] if path in listing else None

    return {version for version in versions
            if blob(before, path := mf.path_for(version, directory)) == blob(after, path)}


def carried_unlike_publishing(project: Project, new: str, listing: Mapping[str, tuple[str, str]],
                              at_base: Mapping[str, Mapping[str, mf.VersionManifest]]
                              ) -> tuple[list[str], list[tuple[Project, Mapping[str, mf.VersionManifest], list[str]]]]:
    """What a commit (`new`, `listing`) carries beside the versions of the site's other documents than `project`'s:
    each `latest/` file that is not a copy of one of its versions in `new`, `path: what` (`policy publish -d cookies`
    carried words a commit named as publishing's had edited: safety8, session 37); and each other document (its
    archive builder, manifests (`at_base`) and the paths) whose archive files are not what publishing writes from its
    manifests, which the commit then writes again rather than carry (`written_again`): an earlier generator's (every
    archive page after an upgrade of this package, on a machine that never saw them written) blocked every
    document's publication, each refusing the others' (publish9), and words edited there are not carried either."""
    from policysite import clock, writing

    today = clock.today()
    others = {doc: manifests for doc, manifests in at_base.items() if doc}
    found: list[str] = []
    stale: list[tuple[Project, Mapping[str, mf.VersionManifest], list[str]]] = []
    for document in project.documents:
        held = at_base.get(document.settings.document) or {}
        if document.settings.document == project.settings.document or not held:
            continue
        builder = dataclasses.replace(document, site_manifests={doc: dict(m) for doc, m in others.items()}) \
            if not document.settings.document and others else document
        found += writing.latest_edited(document, dict(listing), branch.manifests_at(
            project.repo, new, document.settings.manifest_dir), today=today)
        unlike = [] if found else archive_unlike_build(builder, new, listing, held, today=today)
        if unlike:  # (each its path's: `verify.archive-page-differs`, the root page's `verify.root-page`)
            stale.append((builder, held, [str(getattr(said, "fields", {}).get("path", "index.html"))
                                          for said in unlike]))
    return found, stale


# The subject's start of the commit written_again makes: publishing's own archive pages (writing.archive_put_back).
WRITTEN_AGAIN = "policy: the archive pages of "


def written_again(project: Project, new: str, listing: Mapping[str, tuple[str, str]],
                  stale: list[tuple[Project, Mapping[str, mf.VersionManifest]]]) -> str:
    """A commit on top of `new` writing each of `stale`'s documents' archive files (and, for the first document, the
    site's root page) as publishing writes them from its manifests, as of the day the branch's versions.json names
    (its `latest/` is left as it is: the daily job moves it)."""
    from policysite import clock, writing
    from policysite.building import build_archive

    names = ", ".join(builder.settings.document or builder.settings.all_documents[0].id for builder, _held in stale)
    writer = git.CommitWriter(project.repo, parent=new, known_blobs=branch.blobs(dict(listing)))
    try:
        writer.start(f"{WRITTEN_AGAIN}{names} written again from their manifests")
        for builder, held in stale:
            day = _days(builder, listing, held, today=clock.today())[-1]
            with scratch.temporary("policy-archive-") as tmp:
                pages = build_archive(builder, manifests=dict(held), rev=new, out=Path(tmp), today=day)
                writing.write_archive(writer, builder, pages, out=Path(tmp), listing=dict(listing))
            if not builder.settings.document:
                writing.write_roots(writer, writing.root_files(builder, held.values()))
        return writer.finish()
    except BaseException:
        writer.abort()
        raise


# The files beside a language's versions (its history, compare, at and 404 pages, feed, sitemaps, language root and
# their scripts), the root's 404 page and redirect: written again by each command of their document from the
# manifests, and carried by every other (another document's publication, `policy export`). A hand commit named as
# publishing's editing their words (a history page's title, `latest/`'s…) was served by export, exit 0 (safety8,
# session 37): such a file is publishing's only where it is byte for byte what publishing writes.
ARCHIVE_PROOF = ("archive and root pages, by place: byte for byte what publishing writes from the manifests",)


def archive_written(project: Project, pages: Mapping[str, Mapping[str, FileRecord]], *,
                    roots: Mapping[str, bytes] | None = None) -> dict[str, str]:
    """Where the archive's files `pages` (language -> relative path -> record, building.build_archive's) and the site's
    root files (`roots`, path -> bytes: writing.root_files') go on the branch, with their git blob: path -> blob."""
    settings = project.settings
    placed = {f"{settings.base(lang)}/{rel}": record.blob for lang, records in pages.items()
              for rel, record in records.items()}
    if not settings.document and ROOT_404 in pages.get(settings.authoritative, {}):
        placed[ROOT_404] = pages[settings.authoritative][ROOT_404].blob
    # (any document's publication writes them, each with the languages it publishes)
    placed.update({path: git.blob_sha(data) for path, data in (roots or {}).items()})
    return placed


def keep_archive(project: Project, pages: Mapping[str, Mapping[str, FileRecord]], *,
                 roots: Mapping[str, bytes] | None = None) -> None:
    """Keep that the archive's files `pages` and the root files `roots` are what publishing writes, at their places."""
    passcache.keep_blobs(project.passed, _ids(archive_written(project, pages, roots=roots).items()), text=True,
                         scripts=ARCHIVE_PROOF, any_code=True)


def _archive_held(project: Project, listing: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """The files of the branch (`listing`) publishing writes from this document's manifests: each language's archive
    files, and the first document's root pages. path -> blob."""
    settings = project.settings
    held = {f"{settings.base(language.code)}/{rel}": blob for language in settings.languages
            for rel, blob in branch.archive_on_branch(dict(listing), settings.base(language.code),
                                                      settings.others).items()}
    if not settings.document:
        held.update({path: listing[path][1] for path in ("index.html", ROOT_404, *rootfiles.NAMES) if path in listing})
    return held


def archive_unlike_build(project: Project, rev: str, listing: Mapping[str, tuple[str, str]],
                         manifests: Mapping[str, mf.VersionManifest], *, today: dt.date) -> list[str]:
    """Each archive or root file of this document on the branch (`listing`, at `rev`) that is not what publishing
    writes from `manifests` (built as of `today`, else as of the day the version its versions.json names in force took
    effect: the branch as last written), nor what this machine saw it write there, `path: what`. A warm machine builds
    nothing; a cold one builds the archive once or twice."""
    from policysite import writing
    from policysite.building import build_archive

    held = _archive_held(project, listing)
    proven = passcache.blobs_passed(project.passed, text=True, scripts=ARCHIVE_PROOF, any_code=True)
    if not manifests or proven.issuperset(_ids(held.items())):
        return []
    settings = project.settings
    roots = writing.root_files(project, manifests.values())
    first: list[str] | None = None
    for day in _days(project, listing, manifests, today=today):
        with scratch.temporary("policy-archive-") as tmp:
            built = archive_written(project, build_archive(project, manifests=dict(manifests), rev=rev,
                                                           out=Path(tmp), today=day), roots=roots)
        found: list[str] = [Said("verify.root-page", target=writing.root_target(settings)) if path == "index.html"
                 else Said("verify.archive-page-added" if path not in built else "verify.archive-page-differs",
                           path=path) for path, blob in sorted(held.items()) if built.get(path) != blob]
        if not found:
            passcache.keep_blobs(project.passed, _ids(held.items()), text=True, scripts=ARCHIVE_PROOF, any_code=True)
            return []
        first = found if first is None else first
    return first or []


def _days(project: Project, listing: Mapping[str, tuple[str, str]], manifests: Mapping[str, mf.VersionManifest], *,
          today: dt.date) -> list[dt.date]:
    """`today`, then the day the version the authoritative language's versions.json names in force took effect, if
    that is another period (the daily job not yet run): the days whose archive the branch may hold."""
    settings = project.settings
    dates = sorted(v for v, m in manifests.items() if settings.authoritative in m.languages)
    named = branch.named_in_force(project.repo, listing, settings.base(settings.authoritative))
    days = [today]
    if dates and named in dates and named != periods.current(dates, today=today):
        days.append(dt.date.fromisoformat(named))
    return days
