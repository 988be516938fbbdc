"""The theme's files, served once: every version built with the same theme links one shared folder.

MkDocs copies the whole theme (scripts, styles, search engine and its ~30 languages, source maps)
into each build. A dated version keeps only its own pages and data; the theme's files go to
`assets/<digest>/` at the branch's root, named by a digest of their content, and the version's
pages link them there (`../../assets/<digest>/…`). Versions built with the same theme share the
folder; a version built with another theme has its own digest, and older versions keep the folder
they were published with. What nobody requests is not kept: source maps, and the search languages
the build does not use, and the stylesheets' rules no page of the build can match (stylesheet.py).
"""
from __future__ import annotations

import functools
import hashlib
import json
import posixpath
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policysite import compact, stylesheet
from policysite.messages import Said

FOLDER = "assets"        # in a build, and at the branch's root: assets/<digest>/…
DIGEST_LENGTH = 16
LUNR = "javascripts/lunr"  # lunr's languages (min/) and segmenters, under the theme's assets/
# lunr's support files, always needed when a language other than English is searched.
LUNR_SUPPORT = ("lunr.stemmer.support.min.js", "lunr.multi.min.js")
# The segmenters Material's search worker imports for some languages (its `case "hi": case "th": … wordcut.js`):
# without Hindi's, a Hindi site's search never started (the worker's importScripts failed).
LUNR_EXTRA = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}


@dataclass(frozen=True)
class Shared:
    """The theme's files of one build, moved out of it: their digest and where they are now."""

    digest: str
    folder: Path  # holds the files, relative paths as under the build's assets/
    files: Mapping[str, bytes] = field(default_factory=dict)  # their bytes, by those paths


def search_languages(site: Path) -> list[str]:
    """The languages the build's search uses (Material writes them into its index's config)."""
    index = site / "search" / "search_index.json"
    try:
        config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
    except (OSError, ValueError):
        return []
    langs = config.get("lang", [])
    return [langs] if isinstance(langs, str) else [str(lang) for lang in langs]


def unused(path: str, *, languages: Sequence[str]) -> bool:
    """Whether a theme file (its path under the build's `assets/`) is one no page of a build searching
    `languages` requests: a source map, a search language not searched (all of them without a search),
    a segmenter no searched language imports."""
    if path.endswith(".map"):
        return True
    folder, _, name = path.rpartition("/")
    if not name.endswith(".js") or not (folder == LUNR or folder.startswith(LUNR + "/")):
        return False
    if folder.endswith("/min"):
        wanted = {f"lunr.{lang}.min.js" for lang in languages if lang != "en"}
        return name not in (wanted | set(LUNR_SUPPORT) if wanted else wanted)
    return folder == LUNR and name not in {LUNR_EXTRA[lang] for lang in languages if lang in LUNR_EXTRA}


def prune(folder: Path, *, languages: Sequence[str]) -> None:
    """Remove from a build's theme files what no page requests (`unused`)."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if unused(path.relative_to(folder).as_posix(), languages=languages):
            path.unlink()


def trim_own(site: Path, *, kept_in: Path | None = None) -> None:
    """The stylesheets of `site`'s own theme files (its `assets/`, not shared: the archive's pages, built anew with
    them at every publication) trimmed to what its pages and the theme's scripts can use, as `share` trims a
    version's: the history, compare and "in force on a date" pages were served Material's whole stylesheet, 137 kB
    (23 kB gzip) where a version's page gets 80 kB (14 kB)."""
    folder = site / FOLDER
    styles = {path: _text(path.read_bytes()) for path in sorted(folder.rglob("*.css"))}
    pages = (path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html")) if folder not in path.parents)
    scripts = (_text(path.read_bytes(), errors="replace") for path in sorted(folder.rglob("*.js")))
    for path, text in stylesheet.trim_all(styles, pages=pages, scripts=scripts, kept_in=kept_in).items():
        path.write_bytes(_encoded(text))


def searched(plugins: Mapping[str, Any]) -> list[str]:
    """The languages a build's search indexes, from its configured plugins once configured (MkDocs'
    `on_config` ran): none without the search plugin, or with it disabled."""
    search = plugins.get("material/search") or plugins.get("search")
    config = getattr(search, "config", None)
    if config is None or not config.get("enabled", True):
        return []
    langs = config.get("lang") or []
    return [langs] if isinstance(langs, str) else [str(lang) for lang in langs]


def digest_of(folder: Path, *, ignored: Callable[[Path], bool] = lambda _path: False) -> str:
    """The content digest of a folder of files: their paths and bytes (but those of the files `ignored`)."""
    return files_digest({path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
                         for path in folder.rglob("*") if path.is_file() and not ignored(path.relative_to(folder))})


def files_digest(files: Mapping[str, str]) -> str:
    """digest_of from a folder's listing, each file's path (`a/b.js`) and SHA-256 in hex, in the order a folder's
    paths sort (by their parts): what a shared folder's name must be once its files are read from the branch."""
    total = hashlib.sha256()
    for rel in sorted(files, key=lambda rel: rel.split("/")):
        total.update(rel.encode("utf-8") + b"\0")
        total.update(bytes.fromhex(files[rel]))
    return total.hexdigest()[:DIGEST_LENGTH]


def share(site: Path, *, depth: int, out: Path, kept_in: Path | None = None,
          theme_files: Mapping[str, Path] | None = None, written: stylesheet.Names | None = None) -> Shared | None:
    """Move `site`'s theme files into `out/<digest>/` and point its pages there.

    `site` is served `depth` folders below the branch's root (2 for `<lang>/<date>/`). Returns None
    when the build has no theme files. `kept_in`: where its stylesheets' trimmings are kept (stylesheet.trim).
    `theme_files`: the theme's files the build did not copy (build.build_language, path under `assets/` -> file),
    read from there as compact.site would have left them; a file of the build's own `assets/` stands for one of the
    same path. `written`: the classes the build can write whatever its pages hold (written.of_build), kept by the
    trimming too, so that versions of one theme build share one folder whatever their text.
    """
    folder = site / FOLDER
    if not folder.is_dir() and not theme_files:
        return None
    files = {rel: served(posixpath.basename(rel), path.read_bytes()) for rel, path in (theme_files or {}).items()}
    if folder.is_dir():
        files.update({path.relative_to(folder).as_posix(): path.read_bytes()
                      for path in folder.rglob("*") if path.is_file()})
    languages = search_languages(site)
    # In the order a folder's paths sort (building.file_records' order, the manifest's)
    files = {rel: data for rel, data in sorted(files.items(), key=lambda item: item[0].split("/"))
             if not unused(rel, languages=languages)}
    styles = {rel: _text(data) for rel, data in files.items() if rel.endswith(".css")}
    pages = sorted(p for p in site.rglob("*.html") if folder not in p.parents)
    trimmed = stylesheet.trim_all(styles, pages=(p.read_text(encoding="utf-8") for p in pages), kept_in=kept_in,
                                  written=written,
                                  scripts=(_text(data, errors="replace") for rel, data in files.items()
                                           if rel.endswith(".js")))
    files.update({rel: _encoded(text) for rel, text in trimmed.items()})
    digest = files_digest({rel: sha256(data) for rel, data in files.items()})
    target = out / digest
    if not target.exists():
        target.mkdir(parents=True)
        for rel, data in files.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
    if folder.is_dir():
        shutil.rmtree(folder)
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).parent.as_posix()
        page.write_text(relink(page.read_text(encoding="utf-8"), page_dir=rel, depth=depth, digest=digest),
                        encoding="utf-8")
    return Shared(digest, target, files)


# A build's theme files are the same bytes in every version: each is worked out once a process, kept by its content
# (the same bytes object each time, whose hash Python keeps: the caches after it look it up at once).
@functools.lru_cache(maxsize=128)
def served(name: str, data: bytes) -> bytes:
    """A theme file's bytes as a build serves them (compact.theme_file), kept by its bytes."""
    return compact.theme_file(name, data)


@functools.lru_cache(maxsize=128)
def _text(data: bytes, *, errors: str = "strict") -> str:
    """A file's bytes as Path.read_text gives them (universal newlines)."""
    return data.decode("utf-8", errors).replace("\r\n", "\n").replace("\r", "\n")


@functools.lru_cache(maxsize=32)
def _encoded(text: str) -> bytes:
    return text.encode("utf-8")


@functools.lru_cache(maxsize=128)
def sha256(data: bytes) -> str:
    """The SHA-256 of a shared file, in hex."""
    return hashlib.sha256(data).hexdigest()


def relink(html: str, *, page_dir: str, depth: int, digest: str) -> str:
    """A page's links to its build's theme files (`assets/…`, `../assets/…`), made links to the shared
    folder: in attributes (href, src) and in the theme's configuration (the search worker's path)."""
    old = posixpath.relpath(FOLDER, page_dir if page_dir not in ("", ".") else ".") + "/"
    levels = depth + (0 if page_dir in ("", ".") else page_dir.count("/") + 1)
    new = "../" * levels + f"{FOLDER}/{digest}/"
    # Each `"` + old found as a string, then what stands before it read (a regular expression starting with `\b` and
    # an alternation was tried at every character: 4.7 ms a page of 78 kB, for its 7 links)
    quoted = '"' + old
    out, last = [], 0
    at = html.find(quoted)
    while at != -1:
        if _linked_at(html, at):
            out += [html[last:at + 1], new]
            last = at + len(quoted)
            at = html.find(quoted, last)
        else:
            at = html.find(quoted, at + 1)
    return "".join(out) + html[last:] if out else html


def _linked_at(html: str, at: int) -> bool:
    """Whether the quote at `at` opens an `href` or `src` attribute's value (the name a word of its own: `data-src`
    is one, `xsrc` none), or the search worker's path in the theme's configuration (`"search":`, spaces after)."""
    for name in ("href=", "src="):
        start = at - len(name)
        if start >= 0 and html.startswith(name, start) and not (start and _word(html[start - 1])):
            return True
    end = at
    while end and html[end - 1].isspace():
        end -= 1
    return end >= len('"search":') and html.startswith('"search":', end - len('"search":'))


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what a regular expression's \w is


def manifest_path(digest: str) -> str:
    """Where the shared folder's list of files is recorded on the branch."""
    return f"manifest/{FOLDER}/{digest}.json"


def manifest_bytes(files: dict[str, str]) -> bytes:
    """The shared folder's manifest: each file's path and SHA-256, canonical JSON."""
    return (json.dumps({"files": files}, indent=1, sort_keys=True) + "\n").encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, str]:
    """The files a shared folder's manifest lists (ValueError if malformed)."""
    files = json.loads(data)["files"]
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise ValueError(Said("assets.list-invalid"))
    return files
