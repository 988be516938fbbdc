"""The manifest of a published version: what was built from which text, as SHA-256 digests.

One file per dated version, `manifest/<date>.json` on the branch, written once when the
version is published and never rewritten: publishing version N+1 adds a file instead of
growing a shared one, so each publication costs the same whatever the archive's size.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policysite.messages import Said, file_reason

DIRECTORY = "manifest"
# A manifest's notes (VersionManifest.notes): each catalogue key and its fields, sorted by name
Notes = tuple[tuple[str, tuple[tuple[str, str | int], ...]], ...]
# How a version's files are laid out: 2 shares the theme's files in assets/<digest>/; 3 writes our scripts,
# styles and the search index compactly (compact.py); 4 keeps only the search index's configuration, its
# entries read from the page in the browser; 5 trims the theme's stylesheets to the rules the build's pages can
# match (stylesheet.py). A version written with another layout is never rebuilt by
# `policy verify`, only by `policy history --rebuild`.
LAYOUT = "5"


@dataclass(frozen=True)
class Source:
    """The Markdown a language was built from: its path in the repository, commit and digest."""

    path: str
    commit: str
    sha256: str


@dataclass(frozen=True)
class LanguageEntry:
    """One language of a version: its source, the digest of every published file, and what changed.

    `changes` is archive.summary() of the version against the one before, recorded when it is
    published so that the history page and the feed never diff again; None in manifests written
    before changes pages existed.
    """

    source: Source
    files: dict[str, str]  # path relative to <lang>/<date>/ -> SHA-256
    changes: dict | None = None
    # Section id -> the older ids that land on it (anchors of earlier versions, links written for another
    # site's ids): what the next version carries on. Absent when there are none.
    aliases: dict[str, list[str]] = field(default_factory=dict)
    # The digest of the shared theme files its pages link (assets/<digest>/ at the branch's root); empty
    # for a version published with its own copy of the theme.
    theme: str = ""
    # The key of its PDF (pdf.key: a digest of the HTML, options and engine it was printed from): a rebuild
    # whose key is the same takes the PDF from the branch instead of printing it. Empty without a PDF, and
    # in manifests written before keys were recorded.
    pdf_key: str = ""
    # Its text is one imported.yml recorded as public before the site (`policy import`) when it was published: it
    # went online elsewhere first, and its publication here added it to the archive (the history page says so, not
    # that it was published that day). False in manifests written before it was recorded.
    imported: bool = False
    # Each section's id on its page, in order, as the version was first published (a rebuild keeps them): what a
    # rule that gives sections other ids writes the aliases of from, instead of working out the ids an older
    # generator gave. Empty in manifests written before they were recorded (histories18).
    ids: list[str] = field(default_factory=list)
    # Published without its PDF: why (pdf.UNDRAWN: characters no font of the PDF draws; FAILED: the print engine
    # failed otherwise), which the history says where its PDF's link would be (reader34). Empty with a PDF, and in
    # manifests written before it was recorded.
    no_pdf: str = ""


@dataclass(frozen=True)
class VersionManifest:
    """Everything published for one dated version, every language."""

    version: str
    languages: dict[str, LanguageEntry]
    generator: dict[str, str] = field(default_factory=dict)
    # Another document's page -> [its id ("" for the first), its version]: where this version's links to it
    # land (the version in force on this one's date), kept by every rebuild. Absent without such links.
    links: dict[str, list[str]] = field(default_factory=dict)
    # When the version was first published (UTC, `2024-03-01T09:30:00Z`: the publishing commit's own time), kept by
    # every rebuild: proof of when it went online, and what says a note once (History.said_by_publishing). Empty in
    # manifests written before it was recorded (histories16).
    published: str = ""
    # How it came to be, as its publication said it (History.notes_of): a merge that edited the text, a draft merged
    # without its text or left out, a text without a date passed over… each its catalogue key and fields, at most
    # NOTES_KEPT of them, a field's text cut at NOTE_FIELD characters (histories16: said once, then lost).
    notes: Notes = ()

    def dumps(self) -> bytes:
        """Canonical JSON (sorted keys, one entry a line): the same version gives the same bytes."""
        data = {
            "version": self.version,
            "generator": self.generator,
            "languages": {
                lang: {"source": {"path": e.source.path, "commit": e.source.commit, "sha256": e.source.sha256},
                       "files": e.files, **({"changes": e.changes} if e.changes is not None else {}),
                       **({"aliases": e.aliases} if e.aliases else {}),
                       **({"theme": e.theme} if e.theme else {}),
                       **({"pdf_key": e.pdf_key} if e.pdf_key else {}),
                       **({"imported": True} if e.imported else {}),
                       **({"ids": e.ids} if e.ids else {}),
                       **({"no_pdf": e.no_pdf} if e.no_pdf else {})}
                for lang, e in self.languages.items()
            },
            **({"links": self.links} if self.links else {}),
            **({"published": self.published} if self.published else {}),
            **({"notes": [{"key": key, "fields": dict(fields)} for key, fields in self.notes]} if self.notes else {}),
        }
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def loads(cls, data: bytes | str) -> VersionManifest:
        """Parse a manifest; ManifestError says what is malformed."""
        try:
            raw = json.loads(data)
            manifest = cls(
                version=str(raw["version"]),
                languages={str(lang): LanguageEntry(Source(**e["source"]), dict(e["files"]), e.get("changes"),
                                                    _aliases(e.get("aliases", {})), str(e.get("theme", "")),
                                                    str(e.get("pdf_key", "")), e.get("imported", False),
                                                    _ids(e.get("ids", [])), str(e.get("no_pdf") or ""))
                           for lang, e in raw["languages"].items()},
                generator=dict(raw.get("generator", {})),
                links={str(page): [str(target[0]), str(target[1])] for page, target in raw.get("links", {}).items()},
                published=raw.get("published", ""),
                notes=tuple((str(note["key"]), tuple(sorted((str(name), value)
                                                            for name, value in note["fields"].items())))
                            for note in raw.get("notes", [])),
            )
        except RecursionError:  # `[[[…]]]` thousands deep, put on the branch: named, never a Python error (hunt 31)
            raise ManifestError(Said("manifest.invalid/deep")) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ManifestError(Said("manifest.invalid/read", error=file_reason(exc))) from None
        except KeyError as exc:  # a field publishing writes, missing
            missing = Said("manifest.invalid/missing", key=str(exc.args[0])[:80])
            raise ManifestError(Said("manifest.invalid/read", error=missing)) from None
        except (ValueError, TypeError, AttributeError):  # a list where a mapping is written, `source` of other fields…
            raise ManifestError(Said("manifest.invalid/read", error=Said("manifest.invalid/shape"))) from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", manifest.version) or (manifest.published and moment(
                manifest.published) is None) or not all(
                isinstance(value, str | int) and not isinstance(value, bool) for _key, fields in manifest.notes
                for _name, value in fields) or not all(
                isinstance(e.imported, bool) and isinstance(v, str) for e in manifest.languages.values()
                for v in (e.source.commit, e.source.path, e.source.sha256, *e.files.values())):
            raise ManifestError(Said("manifest.invalid/fields"))
        for lang, entry in sorted(manifest.languages.items()):
            problem = changes_problem(entry.changes)
            if problem:
                raise ManifestError(Said("manifest.invalid/changes", lang=lang, problem=problem))
        return manifest

    def said_notes(self) -> list[Said]:
        """Its notes, as the catalogue says them (one whose key or fields this generator does not know is left out:
        written by a later one)."""
        out = []
        for key, fields in self.notes:
            try:
                out.append(Said(key, **dict(fields)))
            except (KeyError, IndexError, ValueError, TypeError):
                continue
        return out

    @property
    def ids(self) -> dict[str, list[str]]:
        """Each language's section ids as first published, where recorded (histories18): what its page's links name."""
        return {lang: list(e.ids) for lang, e in self.languages.items() if e.ids}

    def source_digests(self) -> dict[str, str]:
        return {lang: e.source.sha256 for lang, e in self.languages.items()}

    def source_commits(self) -> frozenset[str]:
        """The commits its languages were built from (an empty one left out)."""
        return frozenset(e.source.commit for e in self.languages.values() if e.source.commit)


def keep_commits(blob: str, manifest: VersionManifest | None) -> None:
    """Keep, for this process, the source commits of the manifest read from the blob `blob` (None: a blob that is no
    manifest, which names none): a blob's id names its bytes for ever, so a reading of the branch's manifests by one
    command answers every later question of the same blobs (`kept_commits`)."""
    _COMMITS[blob] = manifest.source_commits() if manifest is not None else frozenset()


def kept_commits(blob: str) -> frozenset[str] | None:
    """The source commits `keep_commits` kept for the blob `blob` in this process, None if it read none."""
    return _COMMITS.get(blob)


# A manifest blob's id -> its source commits: a publication onto 1,000 versions read every manifest twice, once for
# the branch's state and again for the site's descriptions (sitedescriptions.listed_commits: 0.21 s, perf16). A
# frozenset of one or two commit ids a version.
_COMMITS: dict[str, frozenset[str]] = {}


# The kinds of a section's change, in the order the history and changes pages group them (archive.GROUPS).
KINDS = ("changed", "added", "removed", "renumbered", "moved", "merged", "split")


def changes_problem(changes: object) -> Said | str:
    """What is wrong with a language's recorded changes (archive.summary()), or "": the history page, the feed and
    the home page are built from it, so a value of another type or an impossible date must be named, not met by
    them as a Python error naming no file (history hunt 27)."""
    if changes is None:
        return ""
    if not isinstance(changes, dict):
        return Said("manifest.changes/mapping")
    for key in ("change", "note"):
        if key in changes and not isinstance(changes[key], str):
            return Said("manifest.changes/text", key=key)
    for key in ("previous", "announced", "words"):  # (`words`: a translation behind its reference, legal31)
        value = changes.get(key)
        if value is not None and not _is_day(value):
            return Said("manifest.changes/day", key=key)
    counts = changes.get("counts", {})
    if not isinstance(counts, dict) or not all(isinstance(n, int) and not isinstance(n, bool) for n in counts.values()):
        return Said("manifest.changes/counts")
    if not isinstance(changes.get("preamble", False), bool):
        return Said("manifest.changes/preamble")
    replaced = changes.get("replaced", [])
    if not isinstance(replaced, list) or not all(
            isinstance(r, dict) and all(isinstance(r.get(k), str) for k in ("old", "new"))
            and isinstance(r.get("count"), int) and not isinstance(r.get("count"), bool) for r in replaced):
        return Said("manifest.changes/replaced")
    sections = changes.get("sections", [])
    if not isinstance(sections, list):
        return Said("manifest.changes/sections")
    for n, section in enumerate(sections, start=1):
        if not isinstance(section, dict) or section.get("kind") not in KINDS \
                or not all(isinstance(section.get(k), str) or section.get(k) is None for k in ("old", "new")) \
                or not isinstance(section.get("title"), str) or not isinstance(section.get("changed"), bool):
            return Said("manifest.changes/section", n=n)
        if not all(isinstance(section.get(k, ""), str) for k in ("old_mark", "new_mark")):
            return Said("manifest.changes/marks", n=n)
        at = section.get("at", 0)  # (its place in the version the history links it in: archive.summary)
        if not isinstance(at, int) or isinstance(at, bool) or at < 0:
            return Said("manifest.changes/section", n=n)
        partner = section.get("partner", {})
        if section["kind"] in ("merged", "split") and not (
                isinstance(partner, dict) and isinstance(partner.get("number"), str)
                and all(isinstance(partner.get(k, ""), str) for k in ("title", "mark"))):
            return Said("manifest.changes/partner", n=n)
    return ""


NOTES_KEPT = 8  # notes a manifest keeps: a version's manifest stays some bytes whatever its history held
NOTE_FIELD = 200  # characters of a note's field kept


def notes_of(said: list[Said]) -> Notes:
    """What a manifest keeps of the notes a version's publication said (VersionManifest.notes): the first NOTES_KEPT,
    their fields a text (cut) or a whole number."""
    return tuple((note.key, tuple(sorted((name, value if isinstance(value, int) and not isinstance(value, bool)
                                                else str(value)[:NOTE_FIELD]) for name, value in note.fields.items())))
                 for note in said[:NOTES_KEPT])


def published_at(stamp: int) -> str:
    """A publication's moment as a manifest records it: UTC, to the second (`2024-03-01T09:30:00Z`)."""
    return dt.datetime.fromtimestamp(stamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def moment(value: object) -> int | None:
    """The Unix time of a manifest's `published` (published_at's form), or None when it is not that form."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", value):
        return None
    try:  # (the pattern matched: each field at its place; strptime's 10 µs a call, four calls a manifest a publication)
        return int(dt.datetime(int(value[:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]),
                               int(value[17:19]), tzinfo=dt.UTC).timestamp())
    except ValueError:
        return None


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _ids(value: object) -> list[str]:
    """A language's recorded section ids: a list of texts (ValueError otherwise: the manifest's shape), the very list
    of a manifest read just before that records the same (`_recent`)."""
    if not isinstance(value, list):
        raise ValueError("ids")
    return _recent(_RECENT_IDS, value, _read_ids)


def _read_ids(value: list) -> list[str]:
    if not all(isinstance(name, str) for name in value):
        raise ValueError("ids")
    return list(value)


def _aliases(value: dict) -> dict[str, list[str]]:
    """A language's recorded aliases (section id -> older ids), the very mapping of a manifest read just before that
    records the same (`_recent`)."""
    return _recent(_RECENT_ALIASES, value, lambda raw: {str(k): [str(a) for a in v] for k, v in raw.items()})


def _recent(recent: list, value: Any, read: Callable[[Any], Any]) -> Any:
    """`read(value)`, or what it gave for an equal value among the last RECENT read (`recent`: [(value, read), …],
    newest first), kept only where the value holds texts alone, so that equal means the same texts.

    A version carries on the aliases and section ids of the one before, so consecutive manifests mostly record the
    same: 1,000 manifests read one by one held 24 MiB of the same words in 2,000 copies (a third of a publication's
    growth in memory from 3 to 1,000 versions) and built them in 43 ms of the 167 ms their reading took (perf16). A
    manifest's fields are read, never changed (its dataclasses are frozen): one object shared by several is safe."""
    for seen, made in recent:
        if seen == value:
            return made
    made = read(value)
    if _texts_only(value):
        recent.insert(0, (value, made))
        del recent[RECENT:]
    return made


def _texts_only(value: object) -> bool:
    """Whether `value` (JSON's) holds texts only: a text, or lists and mappings of them (a number equals its float
    and True 1, which `str` writes apart)."""
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return all(_texts_only(item) for item in value)
    return isinstance(value, dict) and all(_texts_only(item) for item in value.values())


RECENT = 4  # values kept by _recent, each kind (a version's languages read in turn: fr, en, fr …)
_RECENT_ALIASES: list[tuple[Any, dict[str, list[str]]]] = []
_RECENT_IDS: list[tuple[Any, list[str]]] = []


class ManifestError(ValueError):
    """A manifest on the branch that cannot be read."""


def path_for(version: str, directory: str = DIRECTORY) -> str:
    """Where a version's manifest lives on the branch (`directory`: `manifest/<id>` for a further document)."""
    return f"{directory}/{version}.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def generator(theme: str = "") -> dict[str, str]:
    """The tools a version was built with, recorded for whoever audits the archive, and the digest of
    the project's configuration, overrides and hooks (`theme`): a version whose generator is today's
    is rebuilt by `policy verify` and must come out byte for byte as published. `code` is the digest of
    the generator's own files: its version number alone stayed the same while what it wrote changed (a
    heading read as numbered since), and `verify` called such a version's pages edited on the branch."""
    versions = {"theme": theme} if theme else {}
    versions["layout"] = LAYOUT
    versions["code"] = code_digest()
    versions.update(_installed())
    return versions


@functools.cache
def _installed() -> tuple[tuple[str, str], ...]:
    """The generator's packages as installed, read once a process: each reading looked every installed package up
    and parsed its metadata (2.4 ms), and a rebuild asked four times a version. Nothing installs a package while a
    process builds. importlib.metadata imported here, not with the module: importing it (with the email package it
    reads metadata with) took some 55 ms of every command importing `policysite.checks` (manifest through
    findingcache), most of which never read a manifest's versions."""
    from importlib import metadata

    found = []
    for name in ("policysite", "mkdocs", "mkdocs-material", "mike"):
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            pass
    return tuple(found)


@functools.cache
def code_digest() -> str:
    """SHA-256 (16 hex digits) of the generator package's files, their paths and bytes (compiled files left out)."""
    from policysite import assets

    return assets.digest_of(Path(__file__).resolve().parent,
                            ignored=lambda path: "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"))


def differences(recorded: dict[str, str], actual: dict[str, str]) -> list[tuple[str, str]]:
    """(path, what) for each file changed, missing or added since the manifest was written."""
    out: list[tuple[str, str]] = []
    for path in sorted(set(recorded) | set(actual)):
        if path not in actual:
            out.append((path, Said("manifest.missing")))
        elif path not in recorded:
            out.append((path, Said("manifest.added")))
        elif recorded[path] != actual[path]:
            out.append((path, Said("manifest.changed", recorded=recorded[path][:12], actual=actual[path][:12])))
    return out


def replaced_prints(first: VersionManifest, now: VersionManifest) -> list[tuple[str, str]]:
    """(language, path) of each PDF `now` lists with another digest than `first` (a manifest the branch's history
    added for the same version) for the same print key: one key gives the same bytes on any machine (pdf.key), so
    the PDF and its digest were replaced on the branch together (legal hunt 36: a rebuild takes a PDF of unchanged
    key from the branch when its digest is the manifest's, so verify passed them)."""
    out = []
    for lang, entry in sorted(now.languages.items()):
        was = first.languages.get(lang)
        if was is None or not entry.pdf_key or was.pdf_key != entry.pdf_key:
            continue
        out += [(lang, rel) for rel, digest in sorted(entry.files.items())
                if rel.endswith(".pdf") and was.files.get(rel, digest) != digest]
    return out
