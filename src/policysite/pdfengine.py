"""What prints a PDF besides its template and data: Typst (its layout, its PDF writer and the fonts it
carries), pikepdf and the qpdf under it (which read the PDF's objects), libdeflate (deflate, which compresses the
streams pdfpack writes), zlib, and the font files of the
folders a project adds (`extra.policy.pdf_fonts`) and of the generator's pinned font of an Arabic or Devanagari
text (scriptfonts: its folder after the project's). The machine's own fonts are never used.

Read without printing anything; part of each PDF's key (pdf.key): the same template and data through
the same engine give the same bytes, so a PDF whose key is unchanged need not be printed again.
"""
from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Sequence
from pathlib import Path

UNKNOWN = "unknown"  # a package that cannot be found: still part of the key, which then changes when it appears
FONT_FILES = (".ttf", ".otf", ".ttc", ".otc")


def identity(fonts: Sequence[str] = ()) -> dict[str, object]:
    """The engine as data: package and library versions, and the digest of each font file in `fonts`."""
    return {"packages": packages(), "zlib": zlib.ZLIB_RUNTIME_VERSION, "fonts": font_digests(tuple(fonts))}


@functools.cache
def packages() -> dict[str, str]:
    """Typst's version (its fonts come with it), pikepdf's and its qpdf's, deflate's (its libdeflate inside)."""
    found = dict(versions())
    try:
        import pikepdf

        found["qpdf"] = str(pikepdf.__libqpdf_version__)
    except ImportError:
        found["qpdf"] = UNKNOWN
    return found


@functools.cache
def versions() -> dict[str, str]:
    """Typst's, pikepdf's and deflate's versions as installed, read without importing them (some 0.2 s)."""
    return {"typst": _version("typst"), "pikepdf": _version("pikepdf"), "deflate": _version("deflate")}


def families(folders: tuple[str, ...]) -> tuple[str, ...]:
    """The family names of the font files of `folders`, as Typst names them (the typographic family, else the
    family), in the order of the folders and their files, each once."""
    found: list[str] = []
    for folder in folders:
        root = Path(folder)
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.suffix.lower() in FONT_FILES and path.is_file():
                stat = path.stat()
                found += [name for name in _families(str(path), stat.st_size, stat.st_mtime_ns) if name not in found]
    return tuple(found)


@functools.lru_cache(maxsize=256)
def _families(path: str, size: int, mtime_ns: int) -> tuple[str, ...]:
    """A font file's family names (one per face of a collection); none for a file that is no font (the
    configuration's check refuses it)."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        faces = TTCollection(path, lazy=True).fonts if path.lower().endswith((".ttc", ".otc")) \
            else [TTFont(path, lazy=True)]
        names = [face["name"] for face in faces if "name" in face]
        return tuple(dict.fromkeys(n for n in (name.getDebugName(16) or name.getDebugName(1) for name in names) if n))
    except (TTLibError, OSError, ValueError, KeyError, AssertionError):
        return ()


def font_digests(folders: tuple[str, ...]) -> dict[str, str]:
    """Per font file of the `folders` (their paths relative to each folder), its SHA-256."""
    digests: dict[str, str] = {}
    for n, folder in enumerate(folders):
        root = Path(folder)
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.suffix.lower() in FONT_FILES and path.is_file():
                stat = path.stat()
                digests[f"{n}/{path.relative_to(root).as_posix()}"] = _file_digest(str(path), stat.st_size,
                                                                                  stat.st_mtime_ns)
    return digests


@functools.lru_cache(maxsize=256)
def _file_digest(path: str, size: int, mtime_ns: int) -> str:
    """A font file's SHA-256, read once per process while its size and time are unchanged."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _version(name: str) -> str:
    from importlib import metadata  # (here: importing it took some 55 ms of every command importing the checks)

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return UNKNOWN
