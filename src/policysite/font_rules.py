"""What a font a project adds for its PDFs (`extra.policy.pdf_fonts`) must draw: outlines only (no pictures, no
colour layers), every character of words it maps (a letter, a digit, a mark, punctuation, a symbol) as a shape a
reader sees, no two digits of other values alike, and no substitution of its own (GSUB) that turns characters a
reader would see into nothing, or into another number or letter.

The PDF's text layer (what search, copy and a screen reader give, and `pdftotext`) holds the text as checked, whatever
the font draws: a font whose glyph for `ไ` `ม` `่` is empty, or drawn by an empty picture or a transparent colour
layer, prints "we sell data" over a text saying "we do not sell data" (safety hunt 22). config_rules.font_problem
judges each font file once, with the shapes of two scripts alike.
"""
from __future__ import annotations

import contextlib
import unicodedata
from typing import Any

from policysite.messages import Said

# Characters a font draws as nothing by design: spaces and controls (not judged: their categories), Unicode's
# default-ignorable characters (joiners, variation selectors, Hangul fillers: safety.IGNORABLE), the blank
# Braille pattern
_BLANK_BY_DESIGN = frozenset({0x2800, 0xFFFC})  # (and the object replacement character: an object's place)
# A glyph smaller than this share of the em both ways is a speck, no letter (a full stop is some 1/10 of the em).
_SPECK = 50


# The tables that draw a glyph otherwise than its outline, which Typst prefers where a font has them: pictures
# (OpenType-SVG, Apple's sbix, Google's CBDT, the older embedded bitmaps) and colour layers (COLR with its palettes).
PICTURE_TABLES = ("SVG ", "COLR", "sbix", "CBDT", "EBDT")


def picture_problem(font: Any) -> str:
    """Why a font (a fontTools TTFont) draws glyphs with pictures or colour layers instead of their outlines ("" when
    it draws outlines only): an empty picture, or one in a transparent colour, hid ไม่ in a PDF whose font's outlines
    were all drawn (safety hunt 22)."""
    tables = [tag.strip() for tag in PICTURE_TABLES if tag in font]
    if not tables:
        return ""
    return Said("font.pictures", tables=", ".join(tables))


def blank_problem(font: Any) -> str:
    """Why a font (a fontTools TTFont) draws a character of words, or what a substitution of its own makes of one,
    as nothing a reader sees ("" when it draws each)."""
    from policysite.safety import IGNORABLE

    glyphs = font.getGlyphSet()
    em = int(font["head"].unitsPerEm) or 1000
    seen: dict[str, bool] = {}

    def visible(name: str) -> bool:
        if name not in seen:
            seen[name] = _visible(glyphs, name, em)
        return seen[name]

    cmap = font.getBestCmap() or {}
    for code, glyph in sorted(cmap.items()):
        char = chr(code)
        if not unicodedata.category(char).startswith(("L", "N", "M", "P", "S")) or code in _BLANK_BY_DESIGN \
                or IGNORABLE.match(char):
            continue
        if not visible(glyph):
            return Said("font.blank", char=_named(code))
    digits: dict[bytes, dict[int, int]] = {}
    for code, glyph in cmap.items():
        value = unicodedata.digit(chr(code), None)
        if value is not None and visible(glyph):
            digits.setdefault(_shape(glyphs, glyph), {}).setdefault(value, code)
    alike = next((codes for codes in digits.values() if len(codes) > 1), None)
    if alike:
        return Said("font.digits", digits=[_named(code) for code in sorted(alike.values())])
    reverse = {glyph: code for code, glyph in sorted(cmap.items(), reverse=True)}
    for before, after in _substitutions(font):
        # A mark may be drawn as nothing where a shape before it holds it (Noto Sans Devanagari's anusvara after a
        # reph, in context); a letter, digit or sign never is, nor are the characters a ligature joins.
        judged = before if len(before) > 1 else [name for name in before if name in reverse and not
                                                 unicodedata.category(chr(reverse[name])).startswith("M")]
        if any(visible(name) for name in judged) and not any(visible(name) for name in after):
            what = ", ".join(_named(reverse[name]) if name in reverse else name for name in before[:4])
            return Said("font.substitutes", what=what)
    return _swapping(font, cmap, reverse, glyphs)


def _swapping(font: Any, cmap: dict[int, str], reverse: dict[str, int], glyphs: Any) -> str:
    """Why a substitution of the font's own (GSUB) draws a number as another, or a Latin, Greek or Cyrillic letter as
    another ("" when none): the glyph it substitutes is that of another character of the character map, or drawn as
    one of them (`three` by a `three.alt` drawn as `nine`). The shaper applies a font's contextual alternates and
    ligatures by default: `sub three by nine` printed "90 days" for a text of 30, whose glyphs each passed (safety52
    hunt). A superscript, a fraction, a presentation form, a capital, a letter with or without its marks (a dotless i
    before an accent, ş and ș) is the same character; letters of scripts whose shaping joins and reorders them are
    the shaper's to compose."""
    shapes: dict[bytes, int] = {}
    boxes: set[tuple[int, ...] | None] = set()
    seen: dict[str, int | None] = {}

    def drawn_as(name: str) -> int | None:
        if name in reverse:
            return reverse[name]
        if name not in seen:
            seen[name] = _drawn_like(name)
        return seen[name]

    def _drawn_like(name: str) -> int | None:
        if not shapes:  # the shapes of the digits and of the letters judged, once a font
            for code, glyph in sorted(cmap.items(), reverse=True):
                if _digits(chr(code)) or _lettered(chr(code)):
                    with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
                        shapes[_shape(glyphs, glyph)] = code
                        boxes.add(_box(font, glyph))
        # a glyph whose stored box is none of theirs draws none of them (drawing each of Amiri's thousands of
        # contextual forms cost 0.1 s a face)
        if None not in boxes and _box(font, name) not in boxes:
            return None
        try:
            return shapes.get(_shape(glyphs, name))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    for before, after in _substitutions(font):
        if len(after) != 1 or not all(name in reverse for name in before):
            continue
        written = "".join(chr(reverse[name]) for name in before)
        numbered = _digits(written)
        single = len(written) == 1 and _lettered(written)
        shown = drawn_as(after[0])
        if shown is None:
            continue
        char = chr(shown)
        if _digits(char) != numbered or (single and _lettered(char) and _base(char) != _base(written)):
            what = ", ".join(_named(reverse[name]) for name in before[:4])
            return Said("font.swaps", what=what, shown=_named(shown))
    return ""


def _box(font: Any, name: str) -> tuple[int, ...] | None:
    """A TrueType glyph's bounds as its font stores them (read, not drawn), components placed; None where the font
    stores none (CFF outlines) or the glyph is not there."""
    try:
        glyph = font["glyf"][name]
    except KeyError:
        return None
    return tuple(getattr(glyph, side, 0) for side in ("xMin", "yMin", "xMax", "yMax"))


def _digits(text: str) -> str:
    """The digits `text` shows, as their values (`½` and `1/2` show 12, `³` 3)."""
    return "".join(str(value) for char in unicodedata.normalize("NFKD", text)
                   if (value := unicodedata.digit(char, -1)) >= 0)


def _lettered(char: str) -> bool:
    """A Latin, Greek or Cyrillic letter: alphabets a font shapes one letter at a time."""
    from policysite.config_rules import script_of

    return unicodedata.category(char).startswith("L") and script_of(ord(char)) in ("LATIN", "GREEK", "CYRILLIC")


# Letters a font may draw in context for another (a dotless i or j under an accent): the same letter to a reader.
_DOTLESS = str.maketrans({"\u0131": "i", "\u0237": "j"})


def _base(text: str) -> str:
    """Letters as a reader tells them apart: compatibility forms as what they stand for, marks left out, capitals as
    small letters."""
    decomposed = unicodedata.normalize("NFKD", text).translate(_DOTLESS)
    return "".join(char for char in decomposed if not unicodedata.category(char).startswith("M")).casefold()


def _named(code: int) -> str:
    return f"U+{code:04X} ({unicodedata.name(chr(code), 'unnamed').lower()})"


def _visible(glyphs: Any, name: str, em: int) -> bool:
    """Whether a glyph draws a shape a reader sees: an outline with an area, larger than a speck."""
    from fontTools.pens.boundsPen import BoundsPen

    pen = BoundsPen(glyphs)
    try:
        glyphs[name].draw(pen)
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    if pen.bounds is None:
        return False
    x_min, y_min, x_max, y_max = pen.bounds
    width, height = x_max - x_min, y_max - y_min
    return width > 0 and height > 0 and max(width, height) * _SPECK >= em


def _shape(glyphs: Any, name: str) -> bytes:
    """A digest of a glyph's outline, its components drawn in."""
    import hashlib

    from fontTools.pens.recordingPen import DecomposingRecordingPen

    pen = DecomposingRecordingPen(glyphs)
    glyphs[name].draw(pen)
    return hashlib.blake2b(repr(pen.value).encode("utf-8"), digest_size=20).digest()


def _substitutions(font: Any) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(glyphs before, glyphs after) of each substitution of the font's GSUB table: single, multiple, alternate
    (each alternative) and ligature; contextual ones apply these."""
    if "GSUB" not in font or font["GSUB"].table.LookupList is None:
        return []
    found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # an extension: the subtable it holds
                kind, table = table.ExtSubTable.LookupType, table.ExtSubTable
            if kind == 1:
                found += [((before,), (after,)) for before, after in table.mapping.items()]
            elif kind == 2:
                found += [((before,), tuple(after)) for before, after in table.mapping.items()]
            elif kind == 3:
                found += [((before,), (one,)) for before, after in table.alternates.items() for one in after]
            elif kind == 4:
                found += [((first, *ligature.Component), (ligature.LigGlyph,))
                          for first, ligatures in table.ligatures.items() for ligature in ligatures]
    return found
