"""Writing built versions and the archive's pages into commits of the branch (one fast-import stream)."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from policysite import (
    archive,
    assets,
    build,
    clock,
    git,
    imported as imported_record,
    manifest as mf,
    pages,
    periods,
    rebuilt_pages,
    rootfiles,
    safety,
    scratch,
    sitedescriptions,
    strangers,
    strays,
)
from policysite.branch import (
    ARCHIVE_SUBJECT,
    LATEST,
    PUBLISHING_SUBJECTS,
    RECENT,
    ROOT_404,
    VERSIONS,
    BranchState,
    archive_on_branch,
    blobs,
    files_at,
    first_manifests,
    folder_files,
    latest_edits,
    latest_is,
    listings,
    named_in_force,
)
from policysite.building import Built, FileRecord, build_archive
from policysite.errors import PublishError
from policysite.messages import Said, prefixed
from policysite.project import Project
from policysite.strings import DIGITS, digits_as, numbering_system


def manifest_of(project: Project, *, built: Built, commit: str, sources: Mapping[str, bytes],
                paths: dict[str, str] | None = None, published: str | None = None, notes: list[Said] | None = None,
                kept: mf.Notes = (), imported: frozenset[str] = frozenset(),
                ids: Mapping[str, list[str]] | None = None) -> mf.VersionManifest:
    """The manifest of a built version: its sources (`paths`: where its pages were at `commit`, if not where
    today's configuration reads them), the digest of every file, what changed, and when it was first published
    (`published`: a rebuild's recorded one, "" for a manifest written before it was recorded; None: now, as the
    publishing commit is dated) and what its publication
    said of how it came to be (`notes`; a rebuild's recorded ones, `kept`, stay); `imported`: the digests imported.yml
    records (imported.digest), a language whose text is among them recorded as imported; `ids`: a rebuild's
    recorded section ids per language, which stay (else the build's)."""
    paths = {**project.paths, **(paths or {})}
    return mf.VersionManifest(built.version, {
        lang: mf.LanguageEntry(mf.Source(paths[lang], commit, mf.sha256(sources[lang])),
                               {rel: record.sha256 for rel, record in files.items()}, built.changes.get(lang),
                               built.aliases.get(lang, {}), built.theme.get(lang, ""), built.pdf_keys.get(lang, ""),
                               imported_record.digest(sources[lang]) in imported,
                               list((ids or {}).get(lang) or built.ids.get(lang, [])), built.no_pdf.get(lang, ""))
        for lang, files in built.files.items()}, mf.generator(project.theme_digest), built.links,
        mf.published_at(clock.stamp()) if published is None else published, kept or mf.notes_of(notes or []))


def write_version(writer: git.CommitWriter, project: Project, *, built: Built, manifest: mf.VersionManifest,
                   present: Mapping[str, mf.VersionManifest], action: str, today: dt.date) -> None:
    """One commit: the version's files, its manifest, versions.json and the latest copy of each language.

    `present` is every version on the branch once this commit is made, with its manifest (each language
    lists the versions that have it); `latest` is the one in force `today`.
    """
    version = built.version
    commit = manifest.languages[project.settings.authoritative].source.commit
    # a publication's commit is dated the moment its manifest records (`published`): the branch's history and the
    # manifest say one moment, the history page's day and `policy at`'s alike even across midnight (histories16); a
    # rebuild's is dated now
    writer.start(f"{action} {version} ({', '.join(built.files)}) from {commit[:12]}",
                 when=mf.moment(manifest.published) if action == "Publish" else None)
    settings = project.settings
    for lang, files in built.files.items():
        prefix = f"{settings.base(lang)}/{version}"
        writer.delete(prefix)
        for rel, record in files.items():
            data = None if writer.has(record.blob) else (built.out / lang / rel).read_bytes()
            writer.add(f"{prefix}/{rel}", data, sha=record.blob, mode=record.mode)
        rebuilt_pages.keep_built(project, [(f"{prefix}/{rel}", record.blob) for rel, record in files.items()])
        rebuilt_pages.keep_built_folder(project, prefix, {rel: (record.mode, record.blob)
                                                          for rel, record in files.items()})
    writer.add(mf.path_for(version, settings.manifest_dir), manifest.dumps())
    for digest, records in sorted(built.shared.items()):
        for rel, record in records.items():
            data = None if writer.has(record.blob) else built.shared_file(digest, rel).read_bytes()
            writer.add(f"{assets.FOLDER}/{digest}/{rel}", data, sha=record.blob, mode=record.mode)
        writer.add(assets.manifest_path(digest), assets.manifest_bytes({rel: r.sha256 for rel, r in records.items()}))
    for lang in built.files:
        write_listing(writer, project, lang=lang, present=sorted(v for v, m in present.items() if lang in m.languages),
                      today=today)
    roots = root_files(project, present.values())
    write_roots(writer, roots)
    rebuilt_pages.keep_archive(project, {}, roots=roots)
    writer.add(".nojekyll", b"")


def root_page(project: Project, *, languages: tuple[str, ...] = ()) -> str:
    """The site's root page: it sends readers on to root_target, and names each language's text if they stay
    (each of `languages`, those published, when given)."""
    return build.render_root_redirect(root=project.theme, target=root_target(project.settings),
                                      door=pages.front_door(project.settings, languages=languages),
                                      compiled_in=project.compiled, site=sitedescriptions.built_with(project))


def root_files(project: Project, manifests: Iterable[mf.VersionManifest]) -> dict[str, bytes]:
    """The files publishing writes at the site's root once `manifests` are published, path -> bytes: the page sending
    readers on (index.html), and a search engine's (rootfiles: the sitemap index naming each published language's
    sitemap, robots.txt where the site is at its host's root)."""
    manifests = list(manifests)
    languages = pages.published_languages(project.settings, manifests)
    return {"index.html": root_page(project, languages=languages).encode("utf-8"),
            **rootfiles.root_files(project.settings.public_url, sitemap_folders(project, manifests))}


def sitemap_folders(project: Project, manifests: Iterable[mf.VersionManifest]) -> list[str]:
    """The folders of the branch whose `sitemap.xml` the root's sitemap index names: each language's of this document
    published in `manifests` (`fr`, `fr/cookies` for a further document) and, for the first of several, each of the
    other documents' it knows the manifests of (`project.site_manifests`), language by language (company13: the index
    named the first document's alone, `fr/cookies/sitemap.xml` was named by nothing)."""
    settings = project.settings
    published = {settings.document: set(pages.published_languages(settings, manifests))}
    if not settings.document:
        published.update({doc: set(pages.published_languages(settings, recorded.values()))
                          for doc, recorded in project.site_manifests.items()})
    order = [settings.document] if settings.document else \
        ["", *(document.id for document in settings.all_documents[1:])]
    return [f"{language.code}/{doc}" if doc else language.code for language in settings.languages
            for doc in order if language.code in published.get(doc, ())]


def write_roots(writer: git.CommitWriter, roots: Mapping[str, bytes]) -> None:
    """Into the commit being written: the root files `roots` (root_files'), and none of a search engine's they leave
    out (robots.txt, once the site moved into a folder of its host)."""
    for path in rootfiles.NAMES:
        if path not in roots:
            writer.delete(path)
    for path, data in roots.items():
        writer.add(path, data)


def _root_to_write(project: Project, manifests: Iterable[mf.VersionManifest]) -> dict[str, bytes] | None:
    """The site's root files as publishing writes them (root_files); None for a further document (the first
    document's archive writes them: history hunt 27)."""
    if project.settings.document:
        return None
    return root_files(project, manifests)


def root_target(settings, code: str = "") -> str:
    """Where the site's root sends readers: the authoritative language's text in force (`code`'s, given one), or, for
    a site of several documents, its home page listing them."""
    if len(settings.all_documents) > 1:
        return f"{code or settings.authoritative}/"
    return f"{code or settings.authoritative}/{LATEST}/"


def drop_unused_themes(writer: git.CommitWriter, manifests: list[mf.VersionManifest],
                       listing: dict[str, tuple[str, str]]) -> list[str]:
    """Into the commit being written: remove the shared theme folders no version (`manifests`: of every
    document) links any more (after a rebuild put every version on today's theme). Returns their digests."""
    linked = {entry.theme for manifest in manifests for entry in manifest.languages.values()}
    present = {path.split("/")[1] for path in listing if path.startswith(f"{assets.FOLDER}/") and path.count("/") > 1}
    unused = sorted(present - linked)
    for digest in unused:
        writer.delete(f"{assets.FOLDER}/{digest}")
        writer.delete(assets.manifest_path(digest))
    return unused


def write_listing(writer: git.CommitWriter, project: Project, *, lang: str, present: list[str],
                  today: dt.date) -> None:
    """A language's versions.json, versions-recent.json and `latest/` as of `today`: what changes when a
    version takes effect."""
    base = project.settings.base(lang)
    listed, recent = listings(present, lang, today=today)
    writer.add(f"{base}/{VERSIONS}", listed)
    writer.add(f"{base}/{RECENT}", recent)
    writer.delete(f"{base}/{LATEST}")
    writer.copy(f"{base}/{periods.current(present, today=today)}", f"{base}/{LATEST}")


def listings_are_current(project: Project, listing: dict[str, tuple[str, str]],
                         manifests: dict[str, mf.VersionManifest], *, today: dt.date) -> list[str]:
    """The languages whose versions.json, versions-recent.json or `latest/` on the branch are not what `today`
    gives."""
    stale = []
    for language in project.settings.languages:
        lang = language.code
        dates = sorted(v for v, m in manifests.items() if lang in m.languages)
        if not dates:
            continue
        base = project.settings.base(lang)
        expected, recent = listings(dates, lang, today=today)
        if listing.get(f"{base}/{VERSIONS}", ("", ""))[1] != git.blob_sha(expected) \
                or listing.get(f"{base}/{RECENT}", ("", ""))[1] != git.blob_sha(recent) \
                or not latest_is(listing, base, periods.current(dates, today=today)):
            stale.append(lang)
    return stale


def listings_edited(project: Project, listing: dict[str, tuple[str, str]],
                    manifests: Mapping[str, mf.VersionManifest]) -> list[str]:
    """Each language's versions.json or versions-recent.json on the branch (`listing`) that is not what publishing
    writes from the manifests on the day the version it names in force took effect (the lists are the same on every
    day of that version's period), `path: what`. `policy export` served one a commit named as publishing's had given
    an entry '//evil.example/en', which the version menu offers as a version of the site (safety hunt 50)."""
    return [f"{path}: {Said('export.listing-edited')}" for path in _listings_unlike(project, listing, manifests)]


def _listings_unlike(project: Project, listing: dict[str, tuple[str, str]],
                     manifests: Mapping[str, mf.VersionManifest]) -> list[str]:
    """Each language's versions.json or versions-recent.json on the branch (`listing`) that is not what publishing
    writes on any day of the period of the version it names in force (listings_edited). Each list is judged by the
    version it names itself (histories31: versions.json's `latest` moved by hand had versions-recent.json, as
    published, said "edited on gh-pages by hand" too, naming the publication that wrote it); one naming none in force
    (`"version": 5`, unreadable JSON, missing) by the other's, which a hand edit of one alone left as published."""
    found = []
    for language in project.settings.languages:
        dates = sorted(v for v, m in manifests.items() if language.code in m.languages)
        if not dates:
            continue
        base = project.settings.base(language.code)
        named = {name: _named_by(project, listing, base, name) for name in (VERSIONS, RECENT)}
        for n, name in enumerate((VERSIONS, RECENT)):
            current = named[name] if named[name] in dates else named[(VERSIONS, RECENT)[1 - n]]
            if current not in dates:
                if listing.get(f"{base}/{name}", ("", ""))[1] != git.blob_sha(b""):
                    found.append(f"{base}/{name}")
                continue
            day = dt.date.fromisoformat(current)
            if _unlike(listing, base, listings(dates, language.code, today=day), name) and all(
                    _unlike(listing, base, _listings_in(dates, language.code, day, system), name)
                    for system in DIGITS if system != numbering_system(language.code)):
                # (not publishing's lists, either, written before the company chose other digits for the language)
                found.append(f"{base}/{name}")
    return found


def _named_by(project: Project, listing: dict[str, tuple[str, str]], base: str, name: str) -> str | None:
    """The version the list `name` of `base` on the branch (`listing`) names in force, or None."""
    entry = listing.get(f"{base}/{name}")
    return named_in_force(project.repo, {f"{base}/{VERSIONS}": entry}, base) if entry else None


def _unlike(listing: dict[str, tuple[str, str]], base: str, expected: tuple[bytes, bytes], name: str) -> bool:
    """Whether the list `name` of `base` on the branch (`listing`) is not its `expected` (versions.json,
    versions-recent.json)."""
    data = dict(zip((VERSIONS, RECENT), expected))[name]
    return listing.get(f"{base}/{name}", ("", ""))[1] != git.blob_sha(data)


def _listings_in(dates: list[str], lang: str, day: dt.date, system: str) -> tuple[bytes, bytes]:
    """The lists publishing writes on `day` with `lang`'s dates in the digits of `system` (`digits:` of the language
    in the site's settings, set or changed after they were published: `ar` in 0-9, then `arab`). Such lists were
    said to be "edited on gh-pages by hand", naming the commit that had published them (company14)."""
    with digits_as(lang, system):
        return listings(dates, lang, today=day)


def _listed_in_force(project: Project, listing: dict[str, tuple[str, str]], base: str) -> str | None:
    """The version a language's lists on the branch name in force: versions.json's, else (it cannot be read: a hand
    edit broke it) versions-recent.json's, which holds the same entries first."""
    recent = listing.get(f"{base}/{RECENT}")
    return named_in_force(project.repo, listing, base) or (
        named_in_force(project.repo, {f"{base}/{VERSIONS}": recent}, base) if recent else None)


def listings_put_back(project: Project, state: BranchState, *, branch: str,
                      listing: dict[str, tuple[str, str]] | None = None) -> list[Said]:
    """Each language's versions.json or versions-recent.json that a hand edit of the branch (`state`, before the
    command's commit) left otherwise than publishing writes it, now written again: said, naming the commit that
    edited it last (histories11: an edit of fr/versions.json alone was overwritten by `policy publish` without a word,
    and `policy history` said "latest is now …" as if the calendar had moved it)."""
    if state.base is None or not state.manifests:
        return []
    listing = listing if listing is not None else files_at(project.repo, state.base)
    lines = []
    for path in _listings_unlike(project, listing, state.manifests):
        found = git.run(project.repo, "log", "-1", "--format=%H%x00%s", state.base, "--", path).strip().split("\0")
        commit, subject = (found[0], git.readable(found[1])) if len(found) == 2 else ("", "")
        lines.append(Said("publish.listing-put-back", path=path, branch=branch, commit=commit[:7],
                          subject=subject[:60]))
    return lines


def write_archive(writer: git.CommitWriter, project: Project, pages: dict[str, dict[str, FileRecord]], *,
                   out: Path, listing: dict[str, tuple[str, str]]) -> None:
    """Into the commit being written: each language's archive pages, in place of those on the branch,
    and the root's 404.html (the authoritative language's)."""
    settings = project.settings
    for lang, records in pages.items():
        base = settings.base(lang)
        old = {rel.split("/", 1)[0] for rel in archive_on_branch(listing, base, settings.others)}
        for name in sorted(old | {rel.split("/", 1)[0] for rel in records}):
            writer.delete(f"{base}/{name}")
        for rel, record in records.items():
            data = None if writer.has(record.blob) else (out / lang / rel).read_bytes()
            writer.add(f"{base}/{rel}", data, sha=record.blob, mode=record.mode)
    rebuilt_pages.keep_archive(project, pages)
    root_404 = root_404_of(project, pages)
    if root_404 is not None:
        writer.add(ROOT_404, sha=root_404.blob)


def root_404_of(project: Project, pages: dict[str, dict[str, FileRecord]]) -> FileRecord | None:
    """The root's 404.html: the authoritative language's, as the first document's archive pages were built."""
    if project.settings.document:
        return None
    return pages.get(project.settings.authoritative, {}).get(ROOT_404)


def archive_is_current(project: Project, listing: dict[str, tuple[str, str]],
                        pages: dict[str, dict[str, FileRecord]]) -> bool:
    """Whether the branch (`listing`) holds exactly the archive's pages `pages` and the root's 404.html."""
    root_404 = root_404_of(project, pages)
    settings = project.settings
    return (all(archive_on_branch(listing, settings.base(lang), settings.others)
                == {rel: r.blob for rel, r in records.items()} for lang, records in pages.items())
            and (root_404 is None or listing.get(ROOT_404, ("", ""))[1] == root_404.blob))


def refresh_archive(project: Project, state: BranchState, *, today: dt.date | None = None,
                    branch: str = "") -> tuple[str | None, list[str]]:
    """A commit on the branch updating what changes without a new version, if it is not what the manifests
    give as of `today` (else None): the archive's pages, and each language's versions.json and `latest/` (a
    version published ahead takes effect on its date: `latest` moves onto it); and the languages whose
    versions.json and `latest/` it rewrote with `latest` moved (not those whose list a hand edit changed alone)."""
    if not state.manifests:
        return None, []
    today = today or clock.today()
    listing = files_at(project.repo, state.base)
    with scratch.temporary("policy-archive-") as tmp:
        pages = build_archive(project, manifests=state.manifests, rev=state.base, out=Path(tmp), today=today)
        stale = listings_are_current(project, listing, state.manifests, today=today)
        refuse_edited(project, listing, state.manifests, today=today, languages=stale)
        written = _root_to_write(project, state.manifests.values())
        rebuilt_pages.keep_archive(project, pages, roots=written)  # (what the branch holds, or will)
        # the branch may hold others (an earlier generator's, which verify names; none of a search engine's yet)
        roots = written if written is not None and (
            any(listing.get(path, ("", ""))[1] != git.blob_sha(data) for path, data in written.items())
            or any(path in listing and path not in written for path in rootfiles.NAMES)) else None
        if archive_is_current(project, listing, pages) and not stale and roots is None:
            return None, []
        refuse_carried(project, listing, state.manifests, tip=state.base, branch=branch)
        refuse_older_edited(project, state.base, listing, state.manifests)
        writer = git.CommitWriter(project.repo, parent=state.base, known_blobs=blobs(listing))
        try:
            current = periods.current(state.versions, today=today)
            writer.start(archive_subject(len(state.manifests))
                         + (f"; {current} in force on {today.isoformat()}" if stale else ""))
            for lang in stale:
                write_listing(writer, project, lang=lang, present=sorted(v for v, m in state.manifests.items()
                                                                if lang in m.languages), today=today)
            write_archive(writer, project, pages, out=Path(tmp), listing=listing)
            if roots is not None:
                write_roots(writer, roots)
            # latest moved where the list named another in force ("latest is now …" was said of a hand edit put back)
            return writer.finish(), [lang for lang in stale
                                     if _listed_in_force(project, listing, project.settings.base(lang)) != current]
        except BaseException:
            writer.abort()
            raise


def archive_subject(count: int) -> str:
    """The subject of the commit that rewrites the archive's pages, its count said in the singular or the plural (the
    branch's log is read; branch.PUBLISHING_SUBJECTS knows it by its start, so older "version(s)" subjects too)."""
    return f"{ARCHIVE_SUBJECT}{count} dated version{'' if count == 1 else 's'}"


def refuse_edited(project: Project, listing: dict[str, tuple[str, str]], manifests: Mapping[str, mf.VersionManifest],
                  *, today: dt.date, languages: Iterable[str] | None = None, written: Iterable[str] = ()) -> None:
    """Refuse to write `latest/` again (in `languages`, by default every one) as a copy of the folder of the version in
    force edited on the branch by hand: `policy history` copied the edited page into latest/ (the address readers are
    sent to) and said "latest is now …" (history hunt 40). `written`: the versions the command writes anew (their
    folders too: none of those is copied as the branch holds it)."""
    edited = []
    anew = set(written)
    for lang in languages if languages is not None else [language.code for language in project.settings.languages]:
        dates = sorted({v for v, m in manifests.items() if lang in m.languages} | anew)
        current = periods.current(dates, today=today) if dates else None
        if current is None or current in anew:
            continue
        folder = f"{project.settings.base(lang)}/{current}"
        actual = folder_files(project.repo, listing, folder) or {}
        edited += [prefixed(f"{folder}/{rel}", what) for rel, what in mf.differences(
            manifests[current].languages[lang].files, actual)]
    if edited:
        raise PublishError(Said("publish.in-force-edited", found=edited[:5], more=" …" if len(edited) > 5 else ""))


def latest_edited(project: Project, listing: dict[str, tuple[str, str]], manifests: Mapping[str, mf.VersionManifest],
                  *, today: dt.date) -> list[str]:
    """Each file of a language's `latest/` on the branch (`listing`) that is not a copy of a published version's folder
    as its manifest lists it, `path: what`: `policy export` served a `latest/` page whose words a commit named as
    publishing's had changed (safety8, session 37; publish and history copy the version in force again)."""
    found: list[str] = []
    for language in project.settings.languages:
        dates = sorted(v for v, m in manifests.items() if language.code in m.languages)
        if not dates:
            continue
        base, current = project.settings.base(language.code), periods.current(dates, today=today)
        published = {v: manifests[v].languages[language.code].files for v in dates}
        found += [Said("verify.latest-edited", path=f"{base}/{LATEST}/{rel}", what=Said(f"verify.edit/{what}"),
                       latest=f"{base}/{LATEST}/", current=f"{base}/{current}/")
                  for rel, what in latest_edits(folder_files(project.repo, listing, f"{base}/{LATEST}"), published,
                                                current)]
    return found


def listing_to_write(project: Project, state: BranchState, *, today: dt.date,
                     written: Iterable[str], branch: str = "") -> dict[str, tuple[str, str]]:
    """The files of the branch (`state.base`) a command writes `written` onto, once `refuse_edited` found the folder
    its latest/ is copied from as published, and `refuse_carried` nothing publishing did not write."""
    listing = files_at(project.repo, state.base)
    refuse_edited(project, listing, state.manifests, today=today, written=written)
    refuse_carried(project, listing, state.manifests, written=written, tip=state.base, branch=branch)
    refuse_older_edited(project, state.base, listing, state.manifests, written=written)
    return listing


def carried(project: Project, listing: dict[str, tuple[str, str]], manifests: Mapping[str, mf.VersionManifest], *,
            written: Iterable[str] = ()) -> list[str]:
    """The files of the branch (`listing`) a new commit on it would carry that no publication wrote: a file in a dated
    version's folder its manifest does not list (a folder no manifest names), in a shared theme folder its list does
    not name, or beside the languages' folders, the manifests and the root's redirect, 404 page, .nojekyll and CNAME;
    a CNAME naming another host than public_url's; or a link, submodule or executable file. (The languages' other
    files are written again by each command; `written`: the versions it writes anew.) Flat: the listing and the
    shared folders' lists, no page read."""
    settings = project.settings
    languages = {language.code for language in settings.languages}
    bases = {settings.base(code): code for code in languages}
    directories = {document.settings.manifest_dir for document in project.documents}
    anew = set(written)
    lists: dict[str, dict[str, str] | None] = {}
    found: list[str] = []
    same: tuple[str, Mapping[str, str] | None] = ("\0", None)  # the last version folder told and its files
    for path, (mode, blob) in sorted(listing.items()):
        if path.startswith(same[0]) and mode != git.EXECUTABLE and mode not in (git.SYMLINK, git.SUBMODULE) \
                and "/" not in (rel := path[len(same[0]):]) and "\n" not in rel:
            if same[1] is None or rel not in same[1]:  # (`_VERSION_FILE` on it: that folder, and `rel`)
                found.append(path)
            continue
        folder, _, name = path.rpartition("/")
        top, _, rest = path.partition("/")
        if mode in (git.SYMLINK, git.SUBMODULE):
            found.append(Said("publish.carried/link" if mode == git.SYMLINK else "publish.carried/submodule",
                              path=path))
        elif mode == git.EXECUTABLE and not ((anew_file := _VERSION_FILE.fullmatch(path)) is not None
                                             and anew_file.group(1) in bases and anew_file.group(2) in anew):
            # publishing writes none: Apache's XBitHack runs an executable page's server-side includes (hunt 50)
            found.append(Said("verify.executable", path=path, mode=mode))
        elif top in languages:
            version = _VERSION_FILE.fullmatch(path)
            if version is None or version.group(1) not in bases or version.group(2) in anew:
                continue  # the language's other pages are written again; another document's versions are its own
            manifest = manifests.get(version.group(2))
            entry = manifest.languages.get(bases[version.group(1)]) if manifest is not None else None
            # a further path of that folder with no slash after it is told the same (the pattern takes the last dated
            # folder of a path: none after), untold by the pattern (3.3 ms a publication at 300 versions)
            same = (path[:version.start(3)], entry.files if entry is not None else None)
            if entry is None or version.group(3) not in entry.files:
                found.append(path)
        elif path == "CNAME":
            if (named := foreign_domain(project, git.read_object(project.repo, blob))) is not None:
                found.append(Said("publish.carried/cname", named=named[:60],
                                  host=urlsplit(settings.public_url).hostname or ""))
        elif path == ".nojekyll" and blob != git.blob_sha(b""):  # publishing writes it empty; a host serves what
            found.append(Said("publish.carried/nojekyll", path=path))  # it holds (safety8, session 37)
        elif path == rootfiles.ROBOTS and not rootfiles.robots_as_written(git.read_object(project.repo, blob)):
            # publishing writes one line or none: a company's own rules were removed (or replaced) without a word
            found.append(Said("publish.carried/robots", path=path))
        elif path in ("index.html", ROOT_404, ".nojekyll", *rootfiles.NAMES) \
                or (folder in directories | {f"{mf.DIRECTORY}/{assets.FOLDER}"} and name.endswith(".json")):
            continue
        elif top == assets.FOLDER and "/" in rest:
            digest, _, rel = rest.partition("/")
            if digest not in lists:
                recorded = listing.get(assets.manifest_path(digest))
                try:
                    lists[digest] = assets.parse_manifest(git.read_object(project.repo, recorded[1])) \
                        if recorded else None
                except (ValueError, KeyError, TypeError, RecursionError):
                    lists[digest] = None
                if lists[digest] and assets.files_digest(lists[digest] or {}) != digest:  # the folder's name is the
                    # digest of its list: a page added with its line in the list was carried (safety hunt 47)
                    found.append(Said("publish.carried/shared-list", path=assets.manifest_path(digest),
                                      folder=f"{assets.FOLDER}/{digest}"))
            if rel not in (lists[digest] or {}):
                found.append(path)
        elif not rootfiles.ownership_proof(path, lambda: git.read_object(project.repo, blob)):  # noqa: B023
            found.append(path)  # (a search engine's proof of the site's ownership is carried: read here)
    # a folder no version links is no theme of the site's (publishing removes such a folder): a hand commit adding one
    # with its list, holding a page of words of its own, had every publication carry it (safety4, session 33)
    found += [Said("verify.shared-unlinked", folder=f"{assets.FOLDER}/{digest}/", listing=assets.manifest_path(digest))
              for digest in sorted({d for d, files in lists.items() if files} - _linked_themes(project, listing,
                                                                                     manifests))]
    return found


def _linked_themes(project: Project, listing: dict[str, tuple[str, str]],
                   manifests: Mapping[str, mf.VersionManifest]) -> set[str]:
    """The shared theme folders the versions of every document of the site link: this document's `manifests`, the
    others' as the branch (`listing`) holds them (one that cannot be read is said where its document is published)."""
    linked = {entry.theme for manifest in manifests.values() for entry in manifest.languages.values()}
    own = project.settings.manifest_dir
    others = {document.settings.manifest_dir for document in project.documents} - {own}
    if not others:  # (a site of one document: no path of the listing told, 1.3 ms at 300 versions)
        return linked
    paths = [path for path in listing if path.rpartition("/")[0] in others
             and _MANIFEST_NAME.fullmatch(path.rpartition("/")[2])]
    with contextlib.closing(git.read_objects(project.repo, [listing[path][1] for path in paths])) as contents:
        for _sha, data in contents:
            with contextlib.suppress(mf.ManifestError):
                linked |= {entry.theme for entry in mf.VersionManifest.loads(data).languages.values()}
    return linked


_VERSION_FILE = re.compile(r"(.+)/(\d{4}-\d{2}-\d{2})/(.+)")


def foreign_domain(project: Project, cname: bytes) -> str | None:
    """What a CNAME file names when it is not public_url's host (GitHub Pages' custom domain, which its settings page
    commits onto the branch), else None: publishing carried any (safety hunt 48: a hand-edited CNAME has GitHub
    redirect every reader of the site's github.io address to that domain; only `policy verify` named it)."""
    named = cname.decode("utf-8", "replace").strip()
    host = urlsplit(project.settings.public_url).hostname or ""
    return None if named.lower() == host.lower() else named


def refuse_carried(project: Project, listing: dict[str, tuple[str, str]], manifests: Mapping[str, mf.VersionManifest],
                   *, written: Iterable[str] = (), tip: str | None = None, branch: str = "") -> None:
    """Refuse to commit on a branch holding files no publication wrote (`carried`): added by hand, a page with a
    script among them, each was carried onto the site by the next publication, which said nothing (only the daily
    `policy verify` named them; a push to main publishes without it: safety hunt 46). Those the commit of `branch` at
    `tip` merged in, or one commit added many of, are said as one problem naming it and the way back (strays.said)."""
    if not manifests:
        return  # a first publication: refuse_another_site judges the branch
    found = carried(project, listing, manifests, written=written)
    if not found:
        return
    paths = [path for path in found if not isinstance(path, Said)]
    brought = [said for said in strays.said(project.repo, tip, paths, branch=branch)
               if said.key in strays.GROUPED] if tip and branch else []
    if brought:  # main merged into the branch, or one hand commit adding many: said as verify says them, the commit
        # named with the way back, not a file a line (histories28, session 55)
        grouped = {path for said in brought for path in strays.files_of(said)}
        rest = [path for path in found if isinstance(path, Said) or path not in grouped]
        items = [_carried_said(said) for said in brought]
        others = Said("publish.carried-brought/others", found=said_files(rest[:5]),
                      more=" …" if len(rest) > 5 else "") if rest else ""
        raise PublishError(Said("publish.carried-brought", brought=items, besides=others))
    raise PublishError(Said("publish.carried", found=said_files(found[:5]), more=" …" if len(found) > 5 else ""))


def said_files(found: Sequence[str]) -> list[str]:
    """What `carried` found, each file it names by its path as a message says it (git.said_name), its lines as said."""
    return [item if isinstance(item, Said) else git.said_name(item) for item in found]


def _carried_said(brought: Said) -> Said:
    """What verify says of files one commit of the branch brought (strays.said), said as publish's refusal: each key
    and field written out, where the catalogues' checks read them (the key was verify's with its prefix replaced)."""
    fields = brought.fields
    return Said("publish.carried/merge" if brought.key == "verify.unaccounted/merge" else "publish.carried/commit",
                count=fields["count"], paths=fields["paths"], more=fields["more"], commit=fields["commit"],
                subject=fields["subject"], day=fields["day"], branch=fields["branch"], files=fields["files"])


def older_edited(project: Project, rev: str | None, listing: dict[str, tuple[str, str]],
                 manifests: Mapping[str, mf.VersionManifest], *, written: Iterable[str] = (),
                 every: bool = False) -> list[str]:
    """The files of dated versions' folders on the branch (`rev`, `listing`), of any document of the site, that are not
    as their manifest lists them (edited or deleted by hand), `path: what`; `manifests`: this document's; `written`:
    the versions of this document the command writes anew (their folders are replaced). Flat in the number of versions:
    only the files of those folders changed since this document's archive pages were last written (from the parent of
    the newest of publishing's commits writing its authoritative history page, so that an edit made with those pages
    is seen too) are read, with the manifest of each other document's version they are of; with no such commit (or
    `every`), every file is. A manifest changed in those commits by none of publishing's own is named too
    (`_manifests_by_hand`)."""
    if rev is None or not manifests:
        return []
    settings = project.settings
    bases: dict[str, tuple[str, str]] = {}  # a language's folder of a document -> (language, its manifests' folder)
    for document in project.documents:
        for language in document.settings.languages:
            bases[document.settings.base(language.code)] = (language.code, document.settings.manifest_dir)
    written_at = _archive_written(project, rev)
    anew = set(written)
    found: list[str] = []
    changed = set(listing)
    rewritten: set[str] = set()  # the manifests rewritten since (not added): their pages go through the output check
    if written_at:
        since = f"{written_at}^" if git.rev_parse(project.repo, f"{written_at}^") else written_at
        if not every:
            changed = set(git.run(project.repo, "diff-tree", "-r", "--no-renames", "--name-only", since, rev, "--",
                                  *sorted({base.split("/", 1)[0] for base in bases})).splitlines())
        rewritten = set(git.run(project.repo, "diff-tree", "-r", "--no-renames", "--diff-filter=M", "--name-only",
                                since, rev, "--", *sorted({directory for _lang, directory in bases.values()}))
                        .splitlines())
        found += _manifests_by_hand(project, since, rev, skip={mf.path_for(version, settings.manifest_dir)
                                                              for version in anew})
        found += _others_by_hand(project, since, rev, listing)
    others: dict[str, mf.VersionManifest | None] = {}  # another document's manifest, by its path on the branch

    def manifest_of(directory: str, version: str) -> mf.VersionManifest | None:
        if directory == settings.manifest_dir:
            return manifests.get(version)
        path = mf.path_for(version, directory)
        if path not in others:
            data = git.read_blob(project.repo, rev, path)
            try:
                others[path] = mf.VersionManifest.loads(data) if data is not None else None
            except (ValueError, KeyError, TypeError, RecursionError):
                others[path] = None  # an unreadable manifest is said where its document is published
        return others[path]

    wanted: dict[str, str | None] = {}  # path -> its blob on the branch, None when gone
    recorded: dict[str, str] = {}
    judged: set[str] = set()
    for path in sorted(changed):
        match = _VERSION_FILE.fullmatch(path)
        if match is None or match.group(1) not in bases:
            continue
        lang, directory = bases[match.group(1)]
        if directory == settings.manifest_dir and match.group(2) in anew:
            continue
        manifest = manifest_of(directory, match.group(2))
        entry = manifest.languages.get(lang) if manifest is not None else None
        if entry is None or match.group(3) not in entry.files:
            continue  # no publication wrote it: `carried` names it
        recorded[path] = entry.files[match.group(3)]
        wanted[path] = listing[path][1] if path in listing else None
        if mf.path_for(match.group(2), directory) in rewritten and path.lower().endswith((".html", ".htm", ".svg")):
            judged.add(path)
    present = [path for path, blob in wanted.items() if blob is not None]
    actual: dict[str, str] = {}
    with contextlib.closing(git.read_objects(project.repo, [str(wanted[path]) for path in present])) as contents:
        for path, (_sha, data) in zip(present, contents, strict=True):
            actual[path] = mf.sha256(data)
            if path in judged:
                found += _unsafe_page(project, path, data)
    return found + [Said("verify.file", path=path, what=what) for path in sorted(recorded)
                    for _rel, what in mf.differences({path: recorded[path]}, {path: actual[path]} if path in actual
                                                     else {})]


def _unsafe_page(project: Project, path: str, data: bytes) -> list[str]:
    """What the output check finds in a page of a dated version whose manifest was rewritten since the archive pages
    were written, whatever that manifest says: a hand commit named as a rebuild ('Rebuild 2021-02-17 (…') may set a
    page's digest in the manifest it rewrites, as a rebuild does, and the script it put into the page was carried
    (safety hunt 49). (A version's first publication adds its manifest: its pages passed the gate then.)"""
    violations = safety.check_page(safety.page_text(data), file=path,
                                   theme_dirs=safety.installed_theme_dirs(project.theme))
    return [Said("verify.file", path=path, what=Said("manifest.unsafe", found=violations[0].message,
                                                     more=len(violations) - 1))] if violations else []


def _archive_written(project: Project, rev: str) -> str | None:
    """The newest commit of the branch's first parents (`rev`) that wrote this document's authoritative history page
    and is one of publishing's own (by its subject), or None. A hand commit touching that page is none: after a hand
    edit of a version's page, a second hand commit editing the history page hid the first from `older_edited`, whose
    files were read from that second commit's parent on (safety hunt 48)."""
    settings = project.settings
    return last_published(project, rev, f"{settings.base(settings.authoritative)}/{archive.HISTORY}/")


def last_published(project: Project, rev: str, *paths: str) -> str | None:
    """The newest commit of the branch's first parents (`rev`), changing `paths` if given, whose subject is one of
    publishing's (branch.PUBLISHING_SUBJECTS), or None."""
    pattern = "^(" + "|".join(re.sub(r"([][.^$*+?(){}|\\])", r"\\\1", subject)  # as git's -E reads it
                              for subject in PUBLISHING_SUBJECTS) + ")"
    return git.run(project.repo, "log", "-1", "--first-parent", "-E", f"--grep={pattern}", "--format=%H", rev,
                   "--", *paths).strip() or None


def _manifests_by_hand(project: Project, since: str, rev: str, *, skip: set[str]) -> list[str]:
    """The manifests of dated versions (of every document of the site) that a commit between `since` and `rev` added or
    changed, the newest such commit being none of publishing's own for that version, `path: what`: a page edited by
    hand together with its manifest's digest passed (`older_edited` read the page against that manifest: safety hunt
    48), and so did a version's folder added with its manifest. Publishing adds a version's manifest once, in a commit
    "Publish <version> ("; `policy history --rebuild` rewrites it in one "Rebuild <version> (". `skip`: the manifests
    the command writes anew."""
    directories = sorted({document.settings.manifest_dir for document in project.documents})
    modified = [path for path in git.run(project.repo, "diff-tree", "-r", "--no-renames", "--diff-filter=AM",
                                         "--name-only", since, rev, "--", *directories).splitlines()
                if path.rpartition("/")[0] in directories and _MANIFEST_NAME.fullmatch(path.rpartition("/")[2])
                and path not in skip]
    if not modified:
        return []
    written, newest = _writers(project, since, rev, set(modified))
    found: list[str] = []
    for path, current in zip(modified, git.object_ids(project.repo, [f"{rev}:{path}" for path in modified]),
                             strict=True):
        version = path.rpartition("/")[2].removesuffix(".json")
        if current not in {blob for subject, blob in written.get(path, ())
                           if strangers.by_publishing(subject, version)}:
            commit, subject = newest.get(path, ("", ""))
            found.append(Said("publish.manifest-by-hand", path=path, commit=commit[:7], subject=repr(subject[:60]),
                              version=version))
    return found


def _writers(project: Project, since: str, rev: str, paths: set[str]
             ) -> tuple[dict[str, list[tuple[str, str | None]]], dict[str, tuple[str, str]]]:
    """For each of `paths`, what the commits between `since` and `rev` wrote there ([(subject, blob or None when
    deleted)]), and the newest commit that changed it (commit, subject): a path's content is publishing's when one of
    publishing's commits wrote that very blob (a hand edit reverted since is; the newest commit alone, the revert,
    would not be)."""
    written: dict[str, list[tuple[str, str | None]]] = {}
    newest: dict[str, tuple[str, str]] = {}
    directories = {document.settings.manifest_dir for document in project.documents}
    # a merge's own changes (those unlike every parent) are its
    for commit, subject, fields, path in git.raw_changes(project.repo, "--no-renames", "--diff-merges=dense-combined",
                                                         f"{since}..{rev}"):
        if path not in paths:
            continue
        blob, status = fields.split()[-2:]  # (a combined diff lists each parent's mode and blob first)
        written.setdefault(path, []).append((_as_publishing(subject, path, status, directories),
                                             None if set(blob) == {"0"} else blob))
        newest.setdefault(path, (commit, subject))
    return written, newest


def _as_publishing(subject: str, path: str, status: str, directories: set[str]) -> str:
    """`subject` where a commit of publishing's so named writes `path` so (`status`: git's A, M, D), else "": a
    version's files and manifest are written only by "Publish <that version> (", which adds its manifest once, and by
    "Rebuild <that version> ("; "Update the history…" writes neither. A hand commit given publishing's subject carried
    a script put into an older version's page, with that page's digest set in its manifest, past `policy publish` and
    `policy export` (safety hunt 49)."""
    folder, _, name = path.rpartition("/")
    dated = _VERSION_FILE.fullmatch(path)
    manifest = folder in directories and _MANIFEST_NAME.fullmatch(name) is not None
    if not dated and not manifest:
        return subject
    version = dated.group(2) if dated else name.removesuffix(".json")
    if subject.startswith(f"Rebuild {version} (") or (subject.startswith(f"Publish {version} (")
                                                       and (dated is not None or status == "A")):
        return subject
    return ""


_MANIFEST_NAME = re.compile(r"\d{4}-\d{2}-\d{2}\.json")


def _others_by_hand(project: Project, since: str, rev: str, listing: dict[str, tuple[str, str]]) -> list[str]:
    """The files a commit between `since` and `rev` changed that this document's command writes neither again nor
    reads against a manifest (another document's `latest/`, archive pages and scripts; a shared theme folder's file;
    the root's pages, written by the first document's), the newest such commit being none of publishing's, `path:
    what`: `policy publish -d privacy` carried a script put by hand into en/retention/latest/index.html, or into a
    shared theme script whose folder's list was left as it was, exit 0 (safety hunt 48)."""
    settings = project.settings
    own = {settings.base(language.code) for language in settings.languages}
    others = {document.settings.base(language.code) for document in project.documents
              if document.settings.document != settings.document for language in document.settings.languages}
    directories = {document.settings.manifest_dir for document in project.documents}

    def owner(path: str) -> str:
        return max((base for base in own | others if path.startswith(f"{base}/")), key=len, default="")

    def judged(path: str) -> bool:
        match = _VERSION_FILE.fullmatch(path)
        if (match is not None and owner(path) == match.group(1)) or path in ("CNAME", ".nojekyll") \
                or (path.rpartition("/")[0] in directories and _MANIFEST_NAME.fullmatch(path.rpartition("/")[2])) \
                or rootfiles.ownership_proof(path, lambda: git.read_blob(project.repo, rev, path)):
            return False  # read against its manifest, or named by `carried` / `_manifests_by_hand`
        if path in ("index.html", ROOT_404, *rootfiles.NAMES):
            return bool(settings.document)  # the first document's commands write them again
        return owner(path) not in own
    changed = [path for path in git.run(project.repo, "diff-tree", "-r", "--no-renames", "--name-only", since,
                                        rev).splitlines() if judged(path)]
    if not changed:
        return []
    written, newest = _writers(project, since, rev, set(changed))
    shared = [path for path in changed if path.startswith(f"{assets.FOLDER}/") and path.count("/") >= 2
              and path in listing]  # read against their folder's list, whoever wrote them
    found: list[str] = [Said("publish.edited-by", path=path, what=what, commit=newest.get(path, ("", ""))[0][:7],
                             subject=newest.get(path, ("", ""))[1][:60])
                        for path, what in shared_replaced(project, listing, shared)]
    changed = [path for path in changed if path not in shared]
    tree = dict(zip(changed, git.object_ids(project.repo, [f"{rev}:{path}" for path in changed]), strict=True))
    return found + [
        Said("publish.edited-by/hand", path=path, commit=newest.get(path, ("", ""))[0][:7],
             subject=newest.get(path, ("", ""))[1][:60]) for path in changed
        if tree[path] not in {blob for subject, blob in written.get(path, ())
                              if subject.startswith(PUBLISHING_SUBJECTS)}]


def refuse_older_edited(project: Project, rev: str | None, listing: dict[str, tuple[str, str]],
                        manifests: Mapping[str, mf.VersionManifest], *, written: Iterable[str] = ()) -> None:
    """Refuse to commit on a branch where a file a publication wrote in a version's folder was edited or deleted by hand
    since (`older_edited`): a script put in the page of a version no longer in force was carried onto the site by the
    next publication, which said nothing (only the version in force was read, by `refuse_edited`: safety hunt 47)."""
    found = older_edited(project, rev, listing, manifests, written=written)
    if found and (elsewhere := _from_elsewhere(project, rev, manifests)):
        # not "or rebuild every version", which refused the same (histories26): no rebuild builds a text this policy
        # never had
        raise PublishError(Said("publish.stranger", items=[Said("publish.stranger/item", version=version,
                                                                commit=commit[:7])
                                                           for version, commit in sorted(elsewhere.items())]))
    if found:
        raise PublishError(Said("publish.older-edited", found=found[:5], more=" …" if len(found) > 5 else ""))


def _from_elsewhere(project: Project, rev: str | None, manifests: Mapping[str, mf.VersionManifest]) -> dict[str, str]:
    """The versions of `manifests` (on the branch at `rev`) from elsewhere (strangers.py): version -> the commit that
    put its record there."""
    added = first_manifests(project.repo, rev, project.settings.manifest_dir) if rev else {}
    return {version: added[version][0] for version, record in manifests.items()
            if version in added and strangers.from_elsewhere(project.repo, record, commit=added[version][0],
                                                             subject=added[version][1])}


def moved_lines(versions: list[str], moved: list[str], *, today: dt.date) -> list[str]:
    """Say where `latest` now is, when a refresh moved it (a version took effect) or put it right."""
    if not moved:
        return []
    return [Said("publish.latest-moved", current=periods.current(versions, today=today), today=today.isoformat(),
                 moved=", ".join(moved))]


# What branch.latest_edits says of a file of `latest/` a hand edit changed, by the message that says it put it back
_LATEST_PUT_BACK = {"changed": "publish.latest-put-back/changed", "added": "publish.latest-put-back/added",
                    "missing": "publish.latest-put-back/removed"}


def latest_put_back(project: Project, state: BranchState, *, branch: str, today: dt.date,
                    listing: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Each file of a language's `latest/` that a hand edit of the branch (`state`, before the command's commit)
    changed, added or removed, now written again as a copy of the version in force: said, with where the edit is
    still to be seen (history hunt 40: a page edited there was put back without a word, "latest is now …" said as
    if the calendar had moved it), as history --rebuild says the versions' own files it puts back; and each list of
    versions so edited (listings_put_back): every command calling this writes them again too."""
    if state.base is None or not state.manifests:
        return []
    listing = listing if listing is not None else files_at(project.repo, state.base)
    lines: list[str] = []
    for language in project.settings.languages:
        dates = sorted(v for v, m in state.manifests.items() if language.code in m.languages)
        if not dates:
            continue
        base, current = project.settings.base(language.code), periods.current(dates, today=today)
        published = {v: state.manifests[v].languages[language.code].files for v in dates}
        lines += [Said(_LATEST_PUT_BACK[what], path=f"{base}/{LATEST}/{rel}", folder=f"{base}/{LATEST}/", branch=branch)
                  for rel, what in latest_edits(folder_files(project.repo, listing, f"{base}/{LATEST}"), published,
                                                current)]
    return lines + listings_put_back(project, state, branch=branch, listing=listing) \
        + archive_put_back(project, state, branch=branch, listing=listing)


def archive_put_back(project: Project, state: BranchState, *, branch: str,
                     listing: dict[str, tuple[str, str]] | None = None) -> list[Said]:
    """Each archive page (a language's history, compare, at and feed pages, beside its versions) that a hand commit
    of the branch changed or added since publishing last wrote them (`state`, before the command's commit), now written
    again from the publication records: said, naming that commit. A history page edited on gh-pages was replaced by
    the next publication without a word, where a version's `latest/` or versions.json so edited is said (safety90).
    Publishing writes every archive page in each of its commits that touches one, so the hand commits are those after
    the newest of publishing's."""
    if state.base is None or not state.manifests:
        return []
    listing = listing if listing is not None else files_at(project.repo, state.base)
    settings = project.settings
    pages = sorted(f"{settings.base(language.code)}/{rel}" for language in settings.languages
                   for rel in archive_on_branch(listing, settings.base(language.code), settings.others))
    if not pages:
        return []
    lines: list[Said] = []
    said: set[str] = set()
    # (the newest commits alone: the branch's whole log at every publication cost a walk of every version's commit)
    log = _archive_log(project, state.base, pages)
    for commit, _, subject in (entry.partition("\0") for entry in log):
        if subject.startswith((*PUBLISHING_SUBJECTS, rebuilt_pages.WRITTEN_AGAIN)):
            break
        changed = git.run(project.repo, "diff-tree", "-r", "--no-renames", "--no-commit-id", "--name-only",
                          "--root", commit, "--", *pages).splitlines()
        for path in sorted(set(changed) & set(pages) - said):  # (the newest edit of each page)
            said.add(path)
            lines.append(Said("publish.archive-put-back", path=path, branch=branch, commit=commit[:7],
                              subject=git.readable(subject)[:60]))
    return sorted(lines, key=lambda line: str(line.fields["path"]))


def _archive_log(project: Project, base: str, pages: list[str]) -> list[str]:
    """The newest commits of `base` that touch `pages` (`hash\0subject`), up to the first publishing's and at most
    100: the newest alone asked first. `-n 100` walked every commit of the branch whenever fewer than 100 touch the
    archive's pages (0.9 s of git's CPU at 1,000 versions, perf17), though the newest is publishing's but for a hand
    commit after it."""
    newest = git.run(project.repo, "log", "-n", "1", "--format=%H%x00%s", base, "--", *pages).splitlines()
    if not newest or newest[0].partition("\0")[2].startswith((*PUBLISHING_SUBJECTS, rebuilt_pages.WRITTEN_AGAIN)):
        return newest
    return git.run(project.repo, "log", "-n", "100", "--format=%H%x00%s", base, "--", *pages).splitlines()


def shared_replaced(project: Project, listing: dict[str, tuple[str, str]], paths: Iterable[str] | None = None
                    ) -> list[tuple[str, str]]:
    """The files of the shared theme folders (assets/<digest>/), of `paths` if given, whose bytes are not those their
    folder's list records, as (path, what) (the list's own names are `carried`'s): the folder is named after its
    list's digest, so this holds whoever wrote them (safety hunt 49: a hand commit given publishing's subject was)."""
    wanted: list[tuple[str, str]] = []
    lists: dict[str, dict[str, str]] = {}
    for path in sorted(listing if paths is None else set(paths) & set(listing)):
        top, _, rest = path.partition("/")
        folder, _, rel = rest.partition("/")
        if top != assets.FOLDER or not rel:
            continue
        if folder not in lists:
            recorded = listing.get(assets.manifest_path(folder))
            try:
                lists[folder] = assets.parse_manifest(git.read_object(project.repo, recorded[1])) if recorded else {}
            except (ValueError, KeyError, TypeError, RecursionError):
                lists[folder] = {}  # `writing.carried` names each of its files
        if rel in lists[folder]:
            wanted.append((path, lists[folder][rel]))
    blobs = [listing[path][1] for path, _digest in wanted]
    with contextlib.closing(git.read_objects(project.repo, blobs)) as contents:
        return [(path, Said("manifest.changed", recorded=digest[:12], actual=mf.sha256(data)[:12]))
                for (path, digest), (_sha, data) in zip(wanted, contents, strict=True) if mf.sha256(data) != digest]
