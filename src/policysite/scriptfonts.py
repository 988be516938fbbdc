"""The fonts the generator pins for the scripts the print engine's own fonts draw badly or not at all, by language.

Typst's embedded fonts have Arabic letters only in DejaVu Sans Mono (an Arabic or Persian PDF was set on fixed
cells, non-joining letters followed by gaps; Urdu's and Pashto's letters missing) and Devanagari only without
its conjuncts (व्यक्तिगत drawn with visible viramas); none has a Tamil letter (no PDF). A language written in
such a script (by its code's script subtag, else CLDR's likely script: `ur` is Arabic, `mr` Devanagari, `pa-
Arab` Arabic) is printed with the OFL font of its script from a pinned wheel (pyproject.toml) first, then the
engine's own: the template's font list (`families`) and Typst's font folders (`folders`). Every other language
is printed exactly as before: no family, no folder, so its data, its key and its bytes are unchanged. The font
files' digests are part of the PDF's key (pdfengine.identity), as the folders a project adds are.
"""
from __future__ import annotations

import functools
from importlib import util
from pathlib import Path
from typing import NamedTuple

from babel.core import get_global

ENGINE = ("Libertinus Serif",)  # the template's own font list, for every language without a pinned font

# Per ISO 15924 script: the family and the wheel (its import name) whose `files` folder holds its font file.
# Arabic: Amiri (a Naskh with Latin letters, drawing Persian's, Urdu's, Pashto's, Sindhi's … too), not Noto Sans
# Arabic, whose letters are a body and dots apart: Typst wrote each such letter twice into the text layer (copied,
# searched, read aloud: "الخخصوصي ةية"). Devanagari: Noto Sans Devanagari, its conjuncts and text layer right.
# Tamil: Noto Sans Tamil (the engine's fonts have no Tamil letter: no PDF), its text layer as written.
PINNED = {"Arab": ("Amiri", "fontpkg_amiri"),
          "Deva": ("Noto Sans Devanagari", "fontpkg_noto_sans_devanagari"),
          "Taml": ("Noto Sans Tamil", "fontpkg_noto_sans_tamil")}


def script(lang: str) -> str | None:
    """The script `lang` (a BCP 47 code: `fa`, `pa-Arab`, `pt-BR`) is written in, or None when unknown: its own
    subtag, else the one CLDR deems likely in its region (Serbian in Montenegro, `sr-ME`: Latn), else for its
    language (`sr`: Cyrl)."""
    subtags = lang.replace("_", "-").split("-")
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return subtag.title()
    table = get_global("likely_subtags")
    regions = [subtag.upper() for subtag in subtags[1:] if len(subtag) == 2 and subtag.isalpha()]
    likely = (regions and table.get(f"{subtags[0].lower()}_{regions[0]}")) or table.get(subtags[0].lower())
    parts = str(likely).split("_") if likely else []
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else None


def families(lang: str) -> tuple[str, ...]:
    """The template's font list for `lang`: its script's pinned font first, then the engine's; () for a
    language printed with the template's own list (the engine's fonts only)."""
    pinned = PINNED.get(script(lang) or "")
    return (pinned[0], *ENGINE) if pinned and _folder(pinned[1]) else ()


def folders(lang: str) -> tuple[str, ...]:
    """The font folders Typst reads for `lang` besides the project's: its script's pinned font's, or none."""
    pinned = PINNED.get(script(lang) or "")
    folder = _folder(pinned[1]) if pinned else None
    return (folder,) if folder else ()


@functools.cache
def _folder(package: str) -> str | None:
    """The `files` folder of the installed font wheel `package`; None if it is not installed."""
    spec = util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "files"
    return str(folder) if folder.is_dir() else None


# A family whose files a company can add for a script the print's fonts lack (extra.policy.pdf_fonts), named in the
# error of a PDF that is not printed, in `policy check`'s warnings and in `policy init`'s note (one source: init named
# IPAGothic for Japanese where check and the build named Noto Sans CJK JP, company8): Chinese and Korean by the
# language's own CJK set (its shapes differ by region), Japanese by IPAGothic (tried), Thai by TLWG Loma (Noto Sans
# Thai's text layer reads its words wrongly: README), the scripts whose Noto Sans font was tried with the checks and
# accepted by them (README, "Fonts tried with these checks"), Latin, Greek and Cyrillic by Noto Sans itself (no "Noto
# Sans Latin" exists: its letters are Noto Sans's own). All OFL, each with the Debian package holding it and whether
# README's "Fonts tried with these checks" says it was tried and accepted. Any other script by the family a font
# installed on this machine says it is (fontconfig), else none: a family named after the script's name ("Noto Sans
# Tibetan") may not exist (Tibetan has Noto Serif Tibetan only; company7).


class Font(NamedTuple):
    """A family to add for a script: its name, the Debian package holding it, and whether it was tried and accepted."""
    family: str
    package: str
    tried: bool = False


_NOTO_CJK, _NOTO_CORE = "fonts-noto-cjk", "fonts-noto-core"
CJK = {"ja": Font("IPAGothic", "fonts-ipafont-gothic", tried=True), "ko": Font("Noto Sans CJK KR", _NOTO_CJK),
       "zh": Font("Noto Sans CJK SC", _NOTO_CJK, tried=True), "zh-Hant": Font("Noto Sans CJK TC", _NOTO_CJK)}
_CJK_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Hrkt", "Hang", "Bopo", "Jpan", "Kore", "Hans", "Hant"})
_KANA, _HANGUL = frozenset({"Hira", "Kana", "Hrkt", "Jpan"}), frozenset({"Hang", "Kore"})
_OTHER = {"Thai": Font("TLWG Loma", "fonts-tlwg-loma-otf", tried=True),
          **{script: Font("Noto Sans", _NOTO_CORE) for script in ("Latn", "Grek", "Cyrl")},
          **{script: Font(f"Noto Sans {name}", _NOTO_CORE, tried=True) for script, name in (
              ("Guru", "Gurmukhi"), ("Gujr", "Gujarati"), ("Telu", "Telugu"), ("Knda", "Kannada"),
              ("Mlym", "Malayalam"), ("Sinh", "Sinhala"), ("Laoo", "Lao"), ("Mymr", "Myanmar"), ("Orya", "Oriya"),
              ("Ethi", "Ethiopic"), ("Hebr", "Hebrew"))}}
# The styles of a family's upright face, preferred to its others (Bold, Italic, Condensed) when one file is named.
_UPRIGHT = ("Regular", "Book", "Normal", "Medium")


def script_of(text: str) -> str | None:
    """The ISO 15924 code of the first letter of `text` that belongs to one script (`Hani`, `Thai`), else None."""
    from fontTools import unicodedata as ucd

    for char in text:
        code = str(ucd.script(char))
        if code not in ("Zyyy", "Zinh", "Zzzz"):
            return code
    return None


@functools.cache
def letters(script: str, count: int = 3) -> str:
    """The first `count` letters Unicode gives `script` (an ISO 15924 code) of the first kind it has of: uncased
    letters, else small ones (Georgian's ა, not the capitals of its older alphabet, Ⴀ, which fonts drawing Georgian
    often lack), else capitals; "" for a code no letter has (`Hant`, a form of Han, or `Jpan`, a mix of scripts)."""
    import unicodedata

    from fontTools import unicodedata as ucd

    found: dict[str, list[str]] = {"Lo": [], "Ll": [], "Lu": []}
    for code in range(0x80, 0x20000):
        char = chr(code)
        kind = found.get(unicodedata.category(char))
        if kind is not None and len(kind) < count and ucd.script(char) == script:
            kind.append(char)
            if len(found["Lo"]) == count:
                break
    return next(("".join(kind) for kind in found.values() if kind), "")


def suggested(script: str, lang: str, chars: str = "") -> str:
    """A font family that draws `script`'s letters for a text in `lang`, to name where its PDF cannot be printed: one
    the tables above name, else the family of a font installed on this machine that draws `chars` (as its file names
    it); "" where there is none (or fontconfig is not there to say)."""
    if font := known(script, lang):
        return font.family
    found = installed(chars)
    return found[0] if found else ""


def known(script: str, lang: str) -> Font | None:
    """The family the generator names for `script`'s letters in a text in `lang` (the tables above), None where it
    names none (a script no font was tried for: the one installed on the machine is named, if any)."""
    from policysite.strings import base_language

    if script in _CJK_SCRIPTS:
        base = base_language(lang)
        return CJK.get(base, CJK["ja"] if script in _KANA else CJK["ko"] if script in _HANGUL else CJK["zh"])
    return _OTHER.get(script)


class Advice(NamedTuple):
    """Which font to give for a script's letters (the catalogues' `pdf.unavailable/script`, `pdf.glyph/letters`):
    `font`, a family that draws them, `file`, its file where it is only one installed on this machine, `none`, said
    where no family is known and none is installed."""
    font: str = ""
    file: str = ""
    none: object = ""


def advice(script: str, lang: str, chars: str) -> Advice:
    """Which font to give for `script`'s letters `chars` in a text in `lang`."""
    from policysite.messages import Said

    family = suggested(script, lang, chars)
    if not family:
        return Advice(none=Said("pdf.font-none"))
    found = installed(chars) if script not in _CJK_SCRIPTS and script not in _OTHER else None
    return Advice(family, found[1] if found else "")


def installed(chars: str) -> tuple[str, str] | None:
    """The family and file of a font installed on this machine (fontconfig's list) that draws every one of `chars`
    (its upright face first), None where none does, `chars` is empty or fontconfig is not there."""
    codes = sorted({f"{ord(char):x}" for char in chars if not char.isspace()})
    return _installed(" ".join(codes)) if codes else None


def installed_cache_clear() -> None:
    """Forget the fonts fontconfig listed (a process whose fonts change: tests)."""
    _installed.cache_clear()


@functools.cache
def _installed(codes: str) -> tuple[str, str] | None:
    import shutil
    import subprocess

    command = shutil.which("fc-list")
    if command is None:
        return None
    try:
        listed = subprocess.run([command, "--format", "%{family[0]}\t%{style[0]}\t%{file}\n", f":charset={codes}"],
                                capture_output=True, check=True, timeout=30, text=True, errors="replace").stdout
    except (OSError, subprocess.SubprocessError):
        return None
    fonts = [line.split("\t") for line in listed.splitlines() if line.count("\t") == 2]
    fonts = [font for font in fonts if font[0] and font[2]]
    if not fonts:
        return None
    family, _, file = min(fonts, key=lambda f: (f[1] not in _UPRIGHT, f[0], f[2]))
    return family, file
