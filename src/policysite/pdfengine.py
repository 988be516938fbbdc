"""What prints a PDF besides its HTML: WeasyPrint, the Python packages it runs on, the C libraries under it
(Pango, HarfBuzz, fontconfig, FreeType, zlib) and the font files fontconfig gives the print stylesheet.

Read once per process without importing WeasyPrint (half a second to two): a rebuild whose PDFs can be
taken from the branch never loads it. Part of each PDF's key (pdf.key): the same HTML through the same
engine gives the same bytes, so a PDF whose key is unchanged need not be printed again.
"""
from __future__ import annotations

import ctypes
import functools
import hashlib
import re
import zlib
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

UNKNOWN = "unknown"  # a library that cannot be loaded: still part of the key, which then changes when it appears

# The sonames of Debian (and other ELF systems); WeasyPrint loads the same libraries.
_LIBRARIES = {
    "pango": ("libpango-1.0.so.0", "libpango-1.0.0.dylib"),
    "harfbuzz": ("libharfbuzz.so.0", "libharfbuzz.0.dylib"),
    "harfbuzz-subset": ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib"),
    "fontconfig": ("libfontconfig.so.1", "libfontconfig.1.dylib"),
    "freetype": ("libfreetype.so.6", "libfreetype.6.dylib"),
}


@functools.cache
def identity(fonts: tuple[str, ...]) -> dict[str, object]:
    """The engine as data: package and library versions, and a digest of each font `fonts` names
    (fontconfig patterns, `DejaVu Sans:bold`) and of the list of every font file fontconfig knows
    (a glyph missing from the named fonts is drawn from another one)."""
    return {"packages": packages(), "libraries": libraries(), "fonts": font_digests(fonts)}


def packages() -> dict[str, str]:
    """WeasyPrint's version and those of the packages it requires (pydyf writes the bytes, tinycss2 reads the
    stylesheet, Pyphen hyphenates…)."""
    found = {"weasyprint": _version("weasyprint")}
    for requirement in metadata.requires("weasyprint") or []:
        if "extra ==" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        if name:
            found[name.group(0).lower()] = _version(name.group(0))
    return found


def libraries() -> dict[str, str]:
    """The versions of the C libraries that lay out, shape, subset and compress."""
    return {"pango": _string_version("pango", "pango_version_string"),
            "harfbuzz": _string_version("harfbuzz", "hb_version_string"),
            "harfbuzz-subset": "present" if _load("harfbuzz-subset") else UNKNOWN,
            "fontconfig": _fontconfig_version(), "freetype": _freetype_version(),
            "zlib": zlib.ZLIB_RUNTIME_VERSION}


def font_digests(patterns: Sequence[str]) -> dict[str, str]:
    """Per fontconfig pattern, the SHA-256 of the file fontconfig matches; and `*`, the digest of every font
    file's path and size."""
    fc = _load("fontconfig")
    if fc is None:
        return {"*": UNKNOWN}
    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcConfigGetFonts.restype = ctypes.POINTER(_FcFontSet)
    fc.FcConfigGetFonts.argtypes = [ctypes.c_void_p, ctypes.c_int]
    fc.FcNameParse.restype = ctypes.c_void_p
    fc.FcNameParse.argtypes = [ctypes.c_char_p]
    fc.FcConfigSubstitute.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    fc.FcDefaultSubstitute.argtypes = [ctypes.c_void_p]
    fc.FcFontMatch.restype = ctypes.c_void_p
    fc.FcFontMatch.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    fc.FcPatternGetString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                      ctypes.POINTER(ctypes.c_char_p)]
    fc.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    fc.FcConfigDestroy.argtypes = [ctypes.c_void_p]
    config = fc.FcInitLoadConfigAndFonts()
    try:
        files = []
        system = fc.FcConfigGetFonts(config, 0)  # FcSetSystem
        if system:
            for i in range(system.contents.nfont):
                name = _file(fc, system.contents.fonts[i])
                if name:
                    files.append(name)
        listing = "\n".join(f"{name}\t{_size(name)}" for name in sorted(set(files)))
        digests = {"*": hashlib.sha256(listing.encode("utf-8", "surrogateescape")).hexdigest()}
        for pattern in patterns:
            wanted = fc.FcNameParse(pattern.encode("utf-8"))
            fc.FcConfigSubstitute(config, wanted, 0)  # FcMatchPattern
            fc.FcDefaultSubstitute(wanted)
            result = ctypes.c_int()
            match = fc.FcFontMatch(config, wanted, ctypes.byref(result))
            name = _file(fc, match) if match else None
            digests[pattern] = _file_digest(name) if name else UNKNOWN
            if match:
                fc.FcPatternDestroy(match)
            fc.FcPatternDestroy(wanted)
        return digests
    finally:
        fc.FcConfigDestroy(config)


class _FcFontSet(ctypes.Structure):
    _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.POINTER(ctypes.c_void_p))]


def _file(fc: ctypes.CDLL, pattern: int) -> str | None:
    value = ctypes.c_char_p()
    if fc.FcPatternGetString(pattern, b"file", 0, ctypes.byref(value)) != 0 or value.value is None:
        return None
    return value.value.decode("utf-8", "surrogateescape")


def _size(name: str) -> int:
    try:
        return Path(name).stat().st_size
    except OSError:
        return -1


def _file_digest(name: str) -> str:
    try:
        return hashlib.sha256(Path(name).read_bytes()).hexdigest()
    except OSError:
        return UNKNOWN


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return UNKNOWN


@functools.cache
def _load(library: str) -> ctypes.CDLL | None:
    for name in _LIBRARIES[library]:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def _string_version(library: str, function: str) -> str:
    lib = _load(library)
    if lib is None:
        return UNKNOWN
    call = getattr(lib, function)
    call.restype = ctypes.c_char_p
    return call().decode("ascii", "replace")


def _fontconfig_version() -> str:
    lib = _load("fontconfig")
    return str(lib.FcGetVersion()) if lib is not None else UNKNOWN


def _freetype_version() -> str:
    lib = _load("freetype")
    if lib is None:
        return UNKNOWN
    handle = ctypes.c_void_p()
    if lib.FT_Init_FreeType(ctypes.byref(handle)) != 0:
        return UNKNOWN
    try:
        parts = [ctypes.c_int() for _ in range(3)]
        lib.FT_Library_Version(handle, *(ctypes.byref(p) for p in parts))
        return ".".join(str(p.value) for p in parts)
    finally:
        lib.FT_Done_FreeType(handle)
