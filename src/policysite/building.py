"""Building a dated version (and the archive's pages) into a folder, checked on output, on a pool of forked workers."""
from __future__ import annotations

import concurrent.futures
import contextlib
import ctypes
import datetime as dt
import functools
import logging
import multiprocessing
import os
import signal
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import MkDocsException

from policysite import (
    archive,
    assets,
    at,
    build,
    clock,
    compact,
    crosslinks,
    document,
    gate,
    git,
    history,
    home,
    manifest as mf,
    messages,
    pages,
    pdf,
    periods,
    printing,
    rendercache,
    rendering,
    safety,
    sidebyside,
    sitedescriptions,
    sitemap,
    stylesheet,
)
from policysite.branch import (
    BRANCH,
    FETCHED,
    LATEST,
    REMOTE,
    BranchState,
    as_first_recorded,
    published_elsewhere,
)
from policysite.errors import PublishError, RefusedError
from policysite.findings import Finding
from policysite.messages import Said, text_of
from policysite.project import Project
from policysite.redline import docx, render as redline_render
from policysite.source_branch import publishing_branch

SHARED = "_assets"  # in a version's build folder: the theme files it shares, by digest
NOT_FOUND = "404.html"  # the theme's page for a missing address: the archive's only (build_archive)
SITEMAP_GZ = "sitemap.xml.gz"  # MkDocs' copy of a build's sitemap.xml, deflated: not in a version's files
# The templates a dated version's pages are rendered from, whatever its text (written.of_build follows their includes):
# MkDocs' page template, the policy page's date line and list of versions, the changes page and its redline, the
# side-by-side page. Its theme files are trimmed to every class they can write: a version of one theme build shares
# one folder with the others, whichever of these its pages hold.
VERSION_TEMPLATES = ("main.html", pages.UPDATED_TEMPLATE, pages.VERSION_TEMPLATE, archive.CHANGES_TEMPLATE,
                     redline_render.TEMPLATE, sidebyside.TEMPLATE)

class Texts(Mapping[str, str]):
    """Pages per language, kept as the mapping given (bytes as git stores them) and decoded when read. A snapshot's
    pages (gate.Sources) read each when asked: the task of each version of a history names the pages of the version
    before, and a copy of their bytes took 80 kB a version (80 MB at 1,000), held from the first build to the last."""

    def __init__(self, data: Mapping[str, bytes], words: Mapping[str, str] | None = None) -> None:
        self._data = data
        # per language, the version its words last changed in (words_since): what a translation whose words did not
        # change since says it was last updated on, where its reference is newer (legal31)
        self.words: Mapping[str, str] = words or {}

    def __getitem__(self, lang: str) -> str:
        return self._data[lang].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


# The version before one being built, its page per language, the aliases it carries per language, and the section ids
# its manifest records per language (empty where it records none: an older manifest, a version being published).
Previous = tuple[str, Mapping[str, str], dict[str, dict[str, list[str]]], dict[str, list[str]]]


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
    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # per language: section id -> aliases
    theme: dict[str, str] = field(default_factory=dict)  # per language: the digest of its shared theme files
    shared: dict[str, dict[str, FileRecord]] = field(default_factory=dict)  # digest -> files, in out/_assets/
    links: dict[str, list[str]] = field(default_factory=dict)  # another document's page -> [id, version]
    pdf_keys: dict[str, str] = field(default_factory=dict)  # per language: the key of its PDF (pdf.key)
    reused: list[str] = field(default_factory=list)  # the languages whose PDF was taken from the branch
    notes: list[str] = field(default_factory=list)  # what to say: a PDF the print engine could not make
    ids: dict[str, list[str]] = field(default_factory=dict)  # per language: each section's id on its page, in order
    no_pdf: dict[str, str] = field(default_factory=dict)  # per language without its PDF: why (pdf.UNDRAWN, FAILED)

    def shared_file(self, digest: str, rel: str) -> Path:
        return self.out / SHARED / digest / rel


def build_version(project: Project, *, version: str, known: list[str], snapshot: gate.Snapshot, out: Path,
                  previous: Previous | None = None,
                  aliases: dict[str, dict[str, list[str]]] | None = None,
                  links: dict[str, list[str]] | None = None,
                  pdfs: dict[str, printing.Recorded] | None = None,
                  since: dict[str, str] | None = None, ids: Mapping[str, list[str]] | None = None) -> Built:
    """Build every language of one dated version with today's theme and hooks, and check its output.

    `snapshot` holds the policy pages of the version's commit, as git stores them; configuration,
    theme overrides and hooks come from the project's HEAD (`project.theme`). `previous`, the version
    before and its pages, is what the version's changes page compares it with. `pdfs`, the PDFs the
    branch holds for the version, are kept where their key is today's instead of being printed again.
    A version is built in the languages its commit has (a translation may start with a later version);
    `since`, each language's first version, keeps a language's list of versions to those it has. `ids`, the section ids
    its manifest records it was first published with (a rebuild's), keep landing (aliases_of).
    Raises RefusedError when a built page fails the output check.
    """
    settings = project.settings
    if aliases is None:  # publishing works them out in order beforehand and passes them
        aliases = aliases_of(settings, snapshot.sources, previous, ids=ids, version=version)
    if links is None:  # where its links to the site's other documents land; a rebuild passes those recorded
        links = pinned_links(project, snapshot.sources, version=version)
    fonts = [project.theme / folder for folder in settings.pdf_fonts]
    pages = {language.code: printing.page_of(
        snapshot.sources[language.code], env=printing.environment(project.theme, language), lang=language.code,
        version=version, url=f"{settings.public_url}{settings.base(language.code)}/{version}/", fonts=fonts,
        kept_in=project.pdf_keys)
        for language in settings.languages if language.code in snapshot.sources}
    pdfs = pdfs or {}
    # Those the branch holds for the same key, read by one git process for every language (one each: 2 ms a version)
    found = git.cat_blobs(project.repo, [recorded.blob for code, page in pages.items()
                                         if (recorded := pdfs.get(code)) is not None and recorded.key == page.key])
    # Printed first: a language the print engine cannot print is built without links to a PDF.
    made = {code: printing.kept(page, pdfs.get(code), lambda blob: found[blob] if blob in found
                                else git.cat_blob(project.repo, blob)) or printing.printed(page)
            for code, page in pages.items()}
    built = _build_languages(project, version=version, known=known, snapshot=snapshot, out=out,
                             previous=previous, aliases=aliases, links=links, since=since or {},
                             without_pdf={code: printed.missing for code, printed in made.items()
                                          if printed.data is None})
    for code, printed in made.items():
        built.notes.extend(printed.notes)
        if printed.data is None:
            continue
        name = pdf.file_name(lang=code, version=version)
        (out / code / name).write_bytes(printed.data)
        built.files[code][name] = FileRecord(mf.sha256(printed.data), git.blob_sha(printed.data), "100644")
        built.pdf_keys[code] = printed.key
        if printed.reused:
            built.reused.append(code)
    return built


def _build_languages(project: Project, *, version: str, known: list[str], snapshot: gate.Snapshot, out: Path,
                     previous: Previous | None, aliases: dict[str, dict[str, list[str]]],
                     links: dict[str, list[str]], since: dict[str, str],
                     without_pdf: dict[str, str] | None = None) -> Built:
    """Every language of the version through MkDocs, its output checked (its PDFs are build_version's)."""
    settings = project.settings
    date = dt.date.fromisoformat(version)
    before, texts, _, recorded = previous or (None, {}, {}, {})
    # (the site's descriptions its pages may give search engines: its configuration's then, now and here: safety83)
    described = sitedescriptions.built_with(project, [snapshot.commit] if snapshot.commit else [])
    files, changes, findings = {}, {}, []
    theme: dict[str, str] = {}
    shared: dict[str, dict[str, FileRecord]] = {}
    with source_date_epoch(date):
        languages = [language for language in settings.languages if language.code in snapshot.sources]
        for language in languages:
            code = language.code
            site = out / code
            release: dict[str, object] = {"version": version, "latest": LATEST,
                                          "versions": [v for v in known if v >= since.get(code, "")]}
            if len(languages) < len(settings.languages):
                release["languages"] = [other.code for other in languages]
            if before and code in texts:
                # (and its sections' ids as recorded, which its changes page links them by)
                release["previous"] = {"version": before, "text": texts[code],
                                       **({"ids": recorded[code]} if recorded.get(code) else {})}
            behind = _behind(project, snapshot, code=code, version=version, before=before, texts=texts)
            if behind:  # its words an earlier version's, its reference changed since (legal31)
                release["words"] = behind
                release["reference"] = "../" * (settings.base(code).count("/") + 2) + \
                    f"{settings.base(settings.authoritative)}/{version}/"
            if code != settings.authoritative and settings.authoritative in snapshot.sources:
                release["source_text"] = snapshot.sources[settings.authoritative].decode("utf-8")
                before_it = [v for v in known if v < version]
                if since.get(code) == version and before_it:  # a translation's first text: until its date the text
                    # that prevails was the only one (hunt 16: a new language's first version, announced ahead,
                    # was its latest/ and said nothing of the text in force meanwhile)
                    release["earlier"] = "../" * (settings.base(code).count("/") + 2) + \
                        f"{settings.base(settings.authoritative)}/{max(before_it)}/"
            if aliases.get(code):
                release["aliases"] = aliases[code]
            if (why := (without_pdf or {}).get(code)) is not None:  # and why, which its pages say (pdf.UNDRAWN…)
                release["pdf"] = False
                release["pdf_none"] = why
            if links:
                release["links"] = {page: crosslinks.url(settings, crosslinks.Target(*target), lang=code)
                                    for page, target in links.items()}
            warnings = build.Warnings()
            logging.getLogger("mkdocs").addHandler(warnings)
            theme_files: dict[str, Path] = {}  # not copied into the build: assets.share reads them
            classes: list[stylesheet.Names] = []  # what the build can write, whatever its text
            try:
                with docx.kept_in(project.redlines), rendercache.kept_in(project.renderings):
                    theme_dirs = build.build_language(
                        project.theme, language, site_dir=site, share_theme=True, unrendered=(NOT_FOUND,),
                        compiled_in=project.compiled, search_entries=False,  # compact.site keeps the configuration only
                        theme_files=theme_files, theme_digest=project.theme_digest,
                        classes=classes, templates=VERSION_TEMPLATES,
                        docs_dir=str(_docs_of(snapshot, settings, code, out / f"docs-{code}")),
                        site_url=f"{settings.public_url}{settings.base(code)}/{version}/",
                        extra={"version": {"provider": "mike", "default": LATEST, "alias": False},
                               "policy": {"release": release, **_document(settings)}})
            except RecursionError:  # nesting `policy check` names by line (rendering.too_deep), or any other
                raise RefusedError(gate.Refusal(version, snapshot.commit, (Finding(
                    project.paths[code], 1, rendering.RULE, rendering.NESTED),))) from None
            except MkDocsException as exc:  # Abort is a SystemExit: it would end the command without a word
                # A strict build's warnings are about the text (a link to a missing page or image): findings.
                found = gate.build_findings(warnings.messages, page=project.paths[code], lang=code,
                                            text=snapshot.sources[code].decode("utf-8", "replace"))
                raise RefusedError(gate.Refusal(version, snapshot.commit, tuple(found or [
                    Finding.of(project.paths[code], 1, "build.failed", code=code, config=language.config_file,
                               detail=build.detail_of(exc))]))) from None
            finally:
                logging.getLogger("mkdocs").removeHandler(warnings)
            # A host serves one "not found" page per site, never a version's: the language's own, built
            # with the history and compare pages, is the one kept (7 KiB less in every version); not even
            # rendered (11 ms a version), and none another way (a theme's own page of that name) kept.
            (site / NOT_FOUND).unlink(missing_ok=True)
            # MkDocs' sitemap.xml.gz is its sitemap.xml deflated, byte for byte the same locations: Material's version
            # selector reads the .xml (does the page exist in the version chosen), a search engine a sitemap a
            # robots.txt or a sitemap index names, and none names a version's. 0.5 KB gzip a version nobody reads.
            (site / SITEMAP_GZ).unlink(missing_ok=True)
            compact.site(site)
            # The theme's files go to a folder every version built with the same theme links.
            moved = assets.share(site, depth=settings.depth + 1, out=out / SHARED, kept_in=project.stylesheets,
                                 theme_files=theme_files, written=classes[0] if classes else None)
            if moved is not None:
                theme[code] = moved.digest
                if moved.digest not in shared:
                    shared[moved.digest] = {rel: _shared_record(data) for rel, data in moved.files.items()}
            text = snapshot.sources[code].decode("utf-8")
            findings += gate.output_findings(safety.check_site(site, theme_dirs=theme_dirs, kept_in=project.passed,
                                                               described=described),
                                             page=project.paths[code], text=text, lang=code)
            files[code] = file_records(site)
            source = snapshot.sources.get(settings.authoritative) if code != settings.authoritative else None
            source_text = source.decode("utf-8") if source else None
            # (the hook's own call, the authoritative page with it: one diff of a translation a version, not two; what
            # the summary keeps does not depend on it)
            change = archive.changes_of(text, previous_text=texts.get(code) if before else None, lang=code,
                                        source_text=source_text)
            changes[code] = archive.summary(change, previous=before, notice=archive.notice_of(
                text, lang=code, source_text=source_text))
            if behind:
                changes[code]["words"] = behind
    if findings:
        raise RefusedError(gate.Refusal(version, snapshot.commit, tuple(findings)))
    return Built(version, out, files, changes, before, aliases, theme, shared, links,
                 ids={code: ids_of(settings, snapshot.sources, code) for code in files},
                 no_pdf={code: why for code, why in (without_pdf or {}).items() if code in files})


def first_versions(languages: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each language's first version, from the languages each version has (version -> language codes)."""
    first: dict[str, str] = {}
    for version, codes in sorted(languages.items()):
        for code in codes:
            first.setdefault(code, version)
    return first


def pinned_links(project: Project, sources: Mapping[str, bytes], *, version: str) -> dict[str, list[str]]:
    """Where a version's links to the site's other documents land: each linked document's version in force on
    its date, among those known (`project.linked`); [id, version] per page."""
    if len(project.settings.all_documents) < 2:
        return {}
    texts = b"\n".join(sources.values()).decode("utf-8", "replace")
    return {page: [target.document, target.version]
            for page, target in crosslinks.pinned(project.settings, project.linked, version=version).items()
            if page in texts}


def aliases_of(settings, sources: Mapping[str, bytes], previous: Previous | None, *,
               ids: Mapping[str, list[str]] | None = None, version: str = "") -> dict[str, dict[str, list[str]]]:
    """Per language, the older ids that land on each section of a version (`sources`): its text's own
    links written for other ids, the anchors and aliases of the version before (`previous`, by the ids its manifest
    records where it does), the ids the version itself was first published with (`ids`, its manifest's: a rebuild
    whose rules give its sections other ids), and the slugs of its titles in every language (titled). `version`: its
    date, which its record gives the sections split off one since the version before (anchors.split_on)."""
    from policysite import anchors, document
    from policysite.titled import with_title_slugs

    before, texts, carried, recorded = previous or ("", {}, {}, {})
    pages = {}
    for code in sorted(sources, key=lambda c: c != settings.authoritative):
        if sources[code] is None:
            continue
        text = sources[code].decode("utf-8", "replace")
        translation = code != settings.authoritative
        source = sources.get(settings.authoritative) if translation else None
        pages[code] = (document.parse(document.normalise(text), path="page", lang=code), anchors.of_texts(
            text, lang=code, previous_text=texts.get(code),
            source_text=source.decode("utf-8", "replace") if source else None, previous_aliases=carried.get(code),
            previous_source_text=texts.get(settings.authoritative) if translation else None,
            previous_version=before or "", previous_ids=recorded.get(code, ()), ids=(ids or {}).get(code, ()),
            version=version))
    return {code: anchors.alias_map(found) for code, found in with_title_slugs(pages).items()}


def ids_of(settings, sources: Mapping[str, bytes], code: str) -> list[str]:
    """Each section's id on the page of language `code` of a version (`sources`), in order: a translation without
    numbers takes the authoritative text's (anchors.own_anchors)."""
    from policysite import anchors

    source = sources.get(settings.authoritative) if code != settings.authoritative else None
    return list(anchors.of_texts(sources[code].decode("utf-8", "replace"), lang=code,
                                 source_text=source.decode("utf-8", "replace") if source else None).ids)


def build_archive(project: Project, *, manifests: dict[str, mf.VersionManifest], rev: str | None,
                  out: Path, today: dt.date | None = None,
                  keep_rows: bool = True) -> dict[str, dict[str, FileRecord]]:
    """Build each language's archive pages (history, compare, at, feed) listing `manifests`, into `out/<lang>/`.

    They use today's theme and only what the manifests recorded, `today` (which versions are upcoming), and the
    days the branch's history (`rev`, None before its first commit) says each version reached the site (a version it
    lacks: today), so the same manifests on the same branch give the same bytes on the same day: publishing
    rebuilds them, `policy verify` rebuilds them to check the branch, its history pages rendered whole (not
    `keep_rows`: the rows publishing kept are not the judge of the pages they made).
    """
    settings = project.settings
    described = sitedescriptions.built_with(project, sitedescriptions.commits_of(manifests.values()))
    today = today or clock.today()
    if rev:  # each record's moment and notes as the branch first added them: one rewritten by hand since is no day a
        # reader saw, nor what the publication said (verify names the edit once; histories24)
        manifests = as_first_recorded(project.repo, rev, manifests, settings.manifest_dir,
                                      listing=git.list_entries(project.repo, rev, [settings.manifest_dir]))
    reached = at.reached_days(project.repo, rev, settings.manifest_dir, manifests, today=today, recorded=manifests)
    late = at.late_windows(reached)
    files = {}
    first = first_versions({v: m.languages for v, m in manifests.items()})
    published = list(pages.published_languages(settings, manifests.values()))
    with source_date_epoch(dt.date.fromisoformat(max(manifests))):
        for language in settings.languages:
            code = language.code
            entries = [{"version": version, "changes": manifest.languages[code].changes,
                        "pdf": _pdf_of(manifest.languages[code].files, lang=code, version=version),
                        # published without its PDF: why, which its row says where the PDF's link would be
                        **({"pdf_none": manifest.languages[code].no_pdf} if manifest.languages[code].no_pdf else {}),
                        # the day it went online: its manifest's record, else (a manifest written before it was
                        # recorded, which a rebuild keeps so) the day the branch's history added it, as `policy at`
                        # and the at page say it (histories17: the page said no day for such a version)
                        "published": (clock.day_of(when) if (when := mf.moment(manifest.published)) is not None
                                      else reached[version]).isoformat(),
                        # its text public before the site: that day added it to the archive (`policy import`)
                        **({"imported": True} if manifest.languages[code].imported else {}),
                        **({"notes": [[key, [list(field) for field in fields]] for key, fields in manifest.notes]}
                           if manifest.notes else {}),
                        # the section ids it and the version before were published with, which its row links by
                        **_recorded_ids(manifests, version, code)}
                       for version, manifest in sorted(manifests.items()) if code in manifest.languages]
            if not entries:
                continue
            docs = out / f"docs-{code}"  # empty: the pages are generated by the hooks
            docs.mkdir(parents=True)
            # Its language menu, and the 404 page's words, name the languages readers can read a version in
            listing: dict[str, object] = {"entries": entries, "today": today.isoformat(), "languages": published}
            said = [window.to_json() for window in late
                    if code in manifests[window.version].languages and code in manifests[window.shown].languages]
            if said:  # the days a version published after its date had not reached the site (at page)
                listing["late"] = said
            if code in first and settings.authoritative in first and first[code] > first[settings.authoritative]:
                # a translation that starts later: its history and at pages send earlier days to the text that
                # prevails
                listing["earlier"] = {"base": "../" * settings.base(code).count("/") + "../" + settings.base(
                    settings.authoritative), "first": first[code]}
            starts = {other: day for other, day in first.items()
                      if settings.authoritative in first and day > first[settings.authoritative]}
            if starts:  # the 404 page says so under an address of a day before a translation's first (reader25)
                listing["starts"] = starts
            if project.site_manifests and not settings.document:  # the home page and feed of several documents
                listing["documents"] = home.to_extra(site_documents(project, manifests, lang=code, today=today))
            warnings = build.Warnings()
            logging.getLogger("mkdocs").addHandler(warnings)
            try:
                with docx.kept_in(project.redlines), rendercache.kept_in(project.renderings), \
                        archive.rows_kept_in(project.history_rows if keep_rows else None):
                    theme_dirs = build.build_language(
                                     project.theme, language, site_dir=out / code, share_theme=True,
                                     compiled_in=project.compiled, theme_digest=project.theme_digest,
                                     docs_dir=str(docs), site_url=f"{settings.public_url}{settings.base(code)}/",
                                     plugins=build.plugins_without_search(project.theme, language),
                                     nav=[archive.PAGES[archive.HISTORY], archive.PAGES[archive.COMPARE],
                                          archive.PAGES[archive.AT]],
                                     extra={"policy": {"archive": listing, **_document(settings)}})
            except MkDocsException as exc:  # Abort is a SystemExit: it would end the command without a word
                # Abort's "Aborted with 1 warnings in strict mode!" names none: each warning is a line of its own
                raise PublishError(Said("publish.archive-build-failed", code=code, config=language.config_file,
                                        details=[build.detail_of(message) for message in warnings.messages]
                                        or [build.detail_of(exc)])) from None
            finally:
                logging.getLogger("mkdocs").removeHandler(warnings)
            # The text in force, at the address every version's page names as canonical (`latest/`): in no sitemap a
            # search engine is given before (leads45)
            mapped = out / code / "sitemap.xml"
            if mapped.is_file():
                in_force = periods.current([str(entry["version"]) for entry in entries], today=today)
                mapped.write_text(sitemap.listed(
                    mapped.read_text(encoding="utf-8"), loc=f"{settings.public_url}{settings.base(code)}/{LATEST}/",
                    lastmod=in_force), encoding="utf-8")
            # No search on these pages: none of the search engine's ~30 languages, and no source maps (2.4 MiB)
            assets.prune(out / code / assets.FOLDER, languages=[])
            compact.site(out / code)
            assets.trim_own(out / code, kept_in=project.stylesheets)
            violations = safety.check_site(out / code, theme_dirs=theme_dirs, text=False, kept_in=project.passed,
                                           described=described)
            if violations:
                raise PublishError(Said("publish.archive-unsafe", code=code,
                                        violations=[violation.said() for violation in violations[:5]]))
            if len(settings.all_documents) == 1 or settings.document:  # the language's root (`fr/`, a URL readers
                # trim to) sends on to the text in force, as the site's root does; a site of several documents has
                # its home page there, and each further document's folder (`fr/cookies/`, where its pages' logo and
                # 404 page lead: reader hunt 37) sends on to its text in force
                try:
                    (out / code / "index.html").write_text(
                        build.render_root_redirect(root=project.theme, target=f"{LATEST}/", lang=code,
                                                   door=pages.front_door(settings, lang=code),
                                                   compiled_in=project.compiled, site=described),
                        encoding="utf-8")
                except build.RootPageRefused as exc:
                    raise PublishError(messages.text_of(exc)) from None
            files[code] = file_records(out / code)
    return files


def _recorded_ids(manifests: Mapping[str, mf.VersionManifest], version: str, code: str) -> dict[str, list[str]]:
    """A history entry's recorded section ids in language `code`: its own (`ids`) and those of the version its summary
    compares it with (`previous_ids`), where their manifests record them (archive.Entry)."""
    entry = manifests[version].languages[code]
    previous = (entry.changes or {}).get("previous") if isinstance(entry.changes, dict) else None
    before = manifests[previous].languages.get(code) if isinstance(previous, str) and previous in manifests else None
    return {**({"ids": list(entry.ids)} if entry.ids else {}),
            **({"previous_ids": list(before.ids)} if before is not None and before.ids else {})}


def site_documents(project: Project, manifests: dict[str, mf.VersionManifest], *, lang: str,
                   today: dt.date) -> list[home.Listed]:
    """Every document of the site in `lang` for its home page: the first one's `manifests`, the others'
    from `project.site_manifests`; each titled as its setting says, else by its language's site name."""
    settings = project.settings
    found = []
    for n, doc in enumerate(settings.all_documents):
        doc_id = "" if n == 0 else doc.id
        recorded = manifests if n == 0 else project.site_manifests.get(doc_id, {})
        versions = {v: m.languages[lang].changes for v, m in recorded.items() if lang in m.languages}
        title = doc.titles.get(lang) or (_site_name(project, lang) if n == 0 else doc.id)
        found.append(home.listed(title, doc_id=doc.id or "policy", folder=f"{doc_id}/" if doc_id else "",
                                 versions=versions, today=today))
    return found


def _site_name(project: Project, lang: str) -> str:
    from policysite import settings as policy_settings

    config = policy_settings.load_yaml(project.theme / project.settings.language(lang).config_file)
    return str(config.get("site_name") or project.settings.company)


def _document(settings) -> dict[str, str]:
    """What a build of a further document adds to extra.policy: which document it is."""
    return {"document": settings.document} if settings.document else {}


def _docs_of(snapshot: gate.Snapshot, settings, code: str, dest: Path) -> Path:
    """A docs folder holding only the document's page of one language, as the snapshot has it: the build
    publishes nothing else (the word list and translation record beside it, the site's other documents)."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / settings.page).write_bytes(snapshot.sources[code])
    return dest


def _pdf_of(files: dict[str, str], *, lang: str, version: str) -> str:
    """The name of a version's PDF if its manifest lists one (none for versions published before PDFs)."""
    name = pdf.file_name(lang=lang, version=version)
    return name if name in files else ""


def file_records(site: Path) -> dict[str, FileRecord]:
    return {path.relative_to(site).as_posix(): record_of(path.read_bytes())
            for path in sorted(site.rglob("*")) if path.is_file()}


def record_of(data: bytes) -> FileRecord:
    # Never executable, whatever the installed theme's files were: a web server may run such a file as a program, and
    # verify names one on the branch (history hunt 40)
    return FileRecord(mf.sha256(data), git.blob_sha(data), git.FILE)


# The shared theme files are the same bytes objects in every build of a process (assets.served): their records once
_shared_record = functools.lru_cache(maxsize=128)(record_of)


@contextlib.contextmanager
def source_date_epoch(date: dt.date):
    """Dates in the built files (sitemap) come from the version, so a rebuild gives the same bytes."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(date.year, date.month, date.day,
                                                          tzinfo=dt.UTC).timestamp()))
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def previous_of(project: Project, manifests: dict[str, mf.VersionManifest], pending: Mapping[str, Mapping[str, bytes]],
                *, version: str, on_branch: list[str],
                pending_aliases: dict[str, dict[str, dict[str, list[str]]]] | None = None,
                state: BranchState | None = None, branch: str = BRANCH) -> Previous | None:
    """The version before `version` on the branch, its pages and aliases, as published (`manifests`) or
    being published (`pending`, and `pending_aliases` worked out in order); None for the first version. `state`, the
    branch `branch` as the command found it, says whether a text this clone lacks was published from another clone
    (`published_elsewhere`)."""
    earlier = [v for v in on_branch if v < version]
    if not earlier:
        return None
    before = earlier[-1]
    if before in pending:
        return (before, Texts(pending[before], words_since(project, manifests, pending, earlier)),
                (pending_aliases or {}).get(before, {}), dict(manifests[before].ids) if before in manifests else {})
    texts = {}
    for lang, entry in manifests[before].languages.items():
        # its commit gone (main rewritten since): the same text, if the history still holds it; never another text
        data = history.published_text(project.repo, commit=entry.source.commit, path=entry.source.path,
                                      sha256=entry.source.sha256)
        if data is None and git.read_blob(project.repo, entry.source.commit, entry.source.path) is not None:
            raise PublishError(Said("publish.previous-edited", version=version, before=before, lang=lang,
                                    path=entry.source.path, commit=entry.source.commit[:7]))
        if data is None:
            advice = Said("publish.previous-missing/shallow") if git.shallow_boundary(project.repo) else \
                _unfetched(project, before, state, branch=branch, commit=entry.source.commit) or \
                Said("publish.previous-missing/gone", commit=entry.source.commit)
            # a published version built again (its pages checked on a machine that did not build them, verify,
            # `--rebuild`) is not the one being published: said, or a depth-3 clone's refusal of a new version named
            # an older one with no word of why (histories5)
            raise PublishError(Said("publish.previous-missing/published" if version in manifests else
                                    "publish.previous-missing", version=version, before=before, path=entry.source.path,
                                    commit=entry.source.commit[:7], advice=advice))
        texts[lang] = data
    return before, Texts(texts, words_since(project, manifests, pending, earlier)), \
        {lang: entry.aliases for lang, entry in manifests[before].languages.items()}, manifests[before].ids


def words_since(project: Project, manifests: Mapping[str, mf.VersionManifest],
                pending: Mapping[str, Mapping[str, bytes]], earlier: list[str]) -> dict[str, str]:
    """Per language, the version the words of `earlier[-1]`'s page last changed in: back through the versions being
    published (`pending`) while a page's words stay the same, then as the manifest of the version reached records it
    (`words`, a translation published behind its reference), else that version."""
    before = earlier[-1]
    langs = pending[before] if before in pending else manifests[before].languages if before in manifests else {}
    found: dict[str, str] = {}
    for lang in langs:
        at = len(earlier) - 1  # (`earlier` oldest first: the version before one is the one before it in the list)
        version = before
        while version in pending and lang in pending[version] and at > 0:
            prior = earlier[at - 1]
            if prior in pending:
                data = pending[prior].get(lang)
            else:
                entry = manifests[prior].languages.get(lang) if prior in manifests else None
                data = history.published_text(project.repo, commit=entry.source.commit, path=entry.source.path,
                                              sha256=entry.source.sha256) if entry is not None else None
            if data is None or _words(data) != _words(pending[version][lang]):
                break
            at, version = at - 1, prior
        recorded = _recorded_words(manifests[version], lang) if version in manifests and version not in pending \
            else ""
        found[lang] = recorded or version
    return found


def _recorded_words(manifest: mf.VersionManifest, lang: str) -> str:
    entry = manifest.languages.get(lang)
    words = (entry.changes or {}).get("words") if entry is not None else None
    return str(words) if isinstance(words, str) else ""


@functools.lru_cache(maxsize=256)
def _words(data: bytes | str) -> str:
    """A page's words as a reader reads them: its body, its spaces read alike."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return " ".join(document.body(text).split())


def _behind(project: Project, snapshot: gate.Snapshot, *, code: str, version: str, before: str | None,
            texts: Mapping[str, str]) -> str:
    """The version a translation's words last changed in, where it is behind its reference: its page's words are
    the version before's (an imported history's translation of an earlier text, committed under this version's
    date) and the checks at this version's commit find sections its reference changed since (sync.outdated). ""
    otherwise: the page says the version's own date."""
    settings = project.settings
    if code == settings.authoritative or not before or code not in texts or code not in snapshot.sources:
        return ""
    page = project.paths.get(code)
    if not any(f.rule.startswith("sync.outdated") and f.path == page for f in snapshot.findings):
        return ""
    if _words(snapshot.sources[code]) != _words(texts[code]):
        return ""
    words = getattr(texts, "words", {})
    return str(words.get(code) or before)


def _unfetched(project: Project, version: str, state: BranchState | None, *, branch: str,
               commit: str) -> Said | None:
    """What to run where `version`, whose `commit` this clone lacks, was published from another clone and fetched with
    origin's copy of `branch` (read, the local branch behind it, or moved there since: `state`), not fetched yet
    (histories34: said "no longer in the history (a branch squashed or rewritten since)", as verify said before
    histories33; histories35: so again after `git branch -f gh-pages origin/gh-pages`)."""
    how = None if state is None else published_elsewhere(project.repo, [version], local=state.local, tip=state.base,
                                                          directory=project.settings.manifest_dir,
                                                          branch=branch).get(version)
    if how is None:
        return None
    head = publishing_branch(project.repo, configured=project.settings.publish_from, remote=REMOTE) or "main"
    return Said("publish.previous-missing/unfetched/fetched" if how == FETCHED else
                "publish.previous-missing/unfetched", before=version, remote=REMOTE, branch=branch, head=head,
                commit=commit)


def build_or_refuse(project: Project, task) -> Built | gate.Refusal:
    """Build one version; the gate's refusal of its output is a result, not an error."""
    version, known, snap, out, previous, *worked_out = task
    try:
        return build_version(project, version=version, known=known, snapshot=snap, out=out, previous=previous,
                             aliases=worked_out[0] if worked_out else None,
                             links=worked_out[1] if len(worked_out) > 1 else None,
                             pdfs=worked_out[2] if len(worked_out) > 2 else None,
                             since=worked_out[3] if len(worked_out) > 3 else None)
    except RefusedError as exc:
        return exc.refusal
    except Exception as exc:  # mkdocs' own exceptions do not all cross a process boundary; a `Said` kept (its words
        # in the site's language, not its English)
        raise PublishError(Said("publish.build-failed", version=version, commit=snap.commit[:7],
                                error=text_of(exc))) from None


_WORKER: dict = {}
STOPPING = {signal.SIGINT, signal.SIGTERM}  # what stops a command: Ctrl-C, a cancelled job


def _worker_init() -> None:
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    # A terminal's Ctrl-C goes to the whole process group: the command alone is interrupted, and it ends its workers
    # (a worker interrupted on its own printed a traceback, and one interrupted holding the pool's queue left the
    # others waiting for ever: history hunt 23)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command's own handler: a worker ended is ended quietly
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPPING)  # blocked while the pool forked it (builds)
    _die_with_parent()


def _die_with_parent() -> None:
    """A worker ends when the process that forked it does (Linux: PR_SET_PDEATHSIG): killed with `kill -9`, the
    command's workers lived on, holding the publication's lock, and every later run waited for ever."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: a worker still ends when its pool's pipe closes
    if os.getppid() != _WORKER.get("parent", os.getppid()):  # the parent was gone before the call took effect
        os._exit(1)


def _worker_build(task) -> Built | gate.Refusal:
    return build_or_refuse(_WORKER["project"], task)


def builds(project: Project, tasks: list, jobs: int) -> Generator[Built | gate.Refusal, None, None]:
    """Built versions (or refusals) in the order of `tasks`: the first in this process, the others on a
    process pool.

    Building the first one here loads the theme and compiles its templates once; the workers, forked
    afterwards, inherit all of it with the project. Each reads its version's snapshot, written by the
    gate. The pool exists before the first result is handed over, so no worker inherits what comes next.
    """
    _WORKER["project"] = project
    _WORKER["parent"] = os.getpid()
    first = _worker_build(tasks[0])
    if jobs == 1 or len(tasks) == 1:
        yield first
        for task in tasks[1:]:
            yield _worker_build(task)
        return
    context = multiprocessing.get_context("fork")
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init)
    futures: list[concurrent.futures.Future] = []
    try:
        # A Ctrl-C landing as a worker was forked was raised in the fork's own handlers, which print it and go on
        # (history hunt 23): it waits until every worker exists
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
        try:
            futures = [pool.submit(_worker_build, task) for task in tasks[1:]]
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        yield first
        for future in futures:
            yield future.result()
    except GeneratorExit:
        if all(future.done() for future in futures):  # every result handed over: the workers end as usual
            pool.shutdown(wait=True)
        else:
            _end_pool(pool, futures)
        raise
    except BaseException:
        _end_pool(pool, futures)
        raise
    pool.shutdown(wait=True)


def _end_pool(pool: concurrent.futures.ProcessPoolExecutor, futures: list[concurrent.futures.Future]) -> None:
    """Interrupted (Ctrl-C), failed, or closed before every result was taken: the builds still running are of no use.
    The workers are ended now rather than waited for: a wait could last for ever (history hunt 23)."""
    for future in futures:
        future.cancel()
    manager = getattr(pool, "_executor_manager_thread", None)  # (shutdown forgets it)
    pool.shutdown(wait=False, cancel_futures=True)
    workers = multiprocessing.active_children()  # the pool's: this process starts no other multiprocessing child
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join()
    # The pool's thread closes its pipe once it sees its workers gone. Left running, it raced the interpreter's exit,
    # which writes to that pipe: now and then "Exception ignored … OSError: [Errno 9] Bad file descriptor" and a
    # traceback after "error: interrupted" (CI, stop 49). It is waited for, briefly.
    if manager is not None:
        manager.join(timeout=10)
