"""Characters Word draws otherwise than the letters stored: text typed in a symbol font (Symbol, Wingdings, Webdings),
and a symbol inserted from an ordinary font.

A run in Wingdings holding `ü` shows a check mark (the "Essential" column of a cookie table, a yes/no grid), one in
Symbol holding `\\uf0b7` a bullet: the import read the letters stored (`ü`, a German letter where Word showed ✓) or a
private-use character no browser draws, and said nothing (adopt41). Each is the character the font draws, by mammoth's
own table of those fonts (the one it reads `w:sym` by). A `w:sym` of an ordinary font (Insert › Symbol from Calibri:
`w:char="00A9"`, ©) was left out by mammoth ("unsupported character"): it is that character."""
from __future__ import annotations

import html
import re

from mammoth.docx.dingbats import dingbats

FONTS = frozenset(font for font, _code in dingbats)
_RUN = re.compile(r"<w:r\b[^>]*>(?:(?!</w:r>).)*?</w:r>", re.S)
_PROPERTIES = re.compile(r"<w:rPr>(?:(?!</w:rPr>).)*?</w:rPr>", re.S)
_FONT = re.compile(r'<w:rFonts\b[^>]*?\bw:(ascii|hAnsi)="([^"]+)"')
_TEXT = re.compile(r"(<w:t\b[^>]*>)([^<]*)(</w:t>)")
_SYMBOL = re.compile(r'<w:sym\b(?=[^>]*\bw:font="([^"]*)")(?=[^>]*\bw:char="([0-9A-Fa-f]{1,6})")[^>]*/>')


def drawn_char(font: str, char: str) -> str | None:
    """The character `font` draws for `char` (stored as itself or in the private-use block at U+F000), if it is one
    of mammoth's symbol fonts' and draws another."""
    code = ord(char) - 0xF000 if 0xF020 <= ord(char) <= 0xF0FF else ord(char)
    shown = dingbats.get((font, code))
    return chr(shown) if shown is not None and chr(shown) != char else None


def drawn(document: str) -> tuple[str, int]:
    """`document` (word/document.xml) with each character of a symbol font's run the character it draws, and each
    symbol of an ordinary font its character; how many were changed."""
    count = 0

    def run(match: re.Match[str]) -> str:
        nonlocal count
        xml = match.group(0)
        properties = _PROPERTIES.search(xml)
        fonts: dict[str, str] = dict(_FONT.findall(properties.group(0))) if properties else {}
        if not set(fonts.values()) & FONTS:
            return xml

        def text(found: re.Match[str]) -> str:
            nonlocal count
            out = []
            for char in html.unescape(found.group(2)):
                font = fonts.get("ascii" if ord(char) < 0x80 else "hAnsi") or fonts.get("ascii") or ""
                shown = drawn_char(font, char) if font in FONTS else None
                count += shown is not None
                out.append(shown or char)
            return found.group(1) + html.escape("".join(out), quote=False) + found.group(3)

        return _TEXT.sub(text, xml)

    def symbol(match: re.Match[str]) -> str:
        nonlocal count
        font, code = match.group(1), int(match.group(2), 16)
        if font in FONTS or 0xF000 <= code <= 0xF0FF or not 0x20 <= code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group(0)  # (mammoth reads a symbol font's; a private-use code of another font draws nothing)
        count += 1
        return f'<w:t xml:space="preserve">{html.escape(chr(code), quote=False)}</w:t>'

    if "<w:rFonts" in document:
        document = _RUN.sub(run, document)
    if "<w:sym" in document:
        document = _SYMBOL.sub(symbol, document)
    return document, count
