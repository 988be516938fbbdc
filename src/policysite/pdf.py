"""A dated version's text as an accessible PDF, `<lang>/<date>/policy-<lang>-<date>.pdf`.

Drawn from the document model (the text as `document.parse` reads it: title, numbered sections,
paragraphs, list items, table rows) by the Typst template `partials/policy-pdf.typ` of the theme's
custom folder, never from the theme's pages. Every text reaches the template as JSON data and is set as
plain text, never read as markup. Typst writes PDF/UA-1 (tagged, headings as structure, the document
language in its catalog, a text it cannot draw with its fonts is an error, not a blank); pdfpack then
writes its objects again in one object stream, deflated by libdeflate (the same PDF, some 40 % smaller).

Built with the version, so its bytes must be the same at every build and on every machine: it names the
version's date (no build date), its identifier is a digest of its content, and the fonts are the engine's
own (after the font files of the folders `extra.policy.pdf_fonts` names, whose families come first, and the
generator's pinned font of an Arabic or Devanagari text, scriptfonts), never the machine's. So a PDF is
a function of its template, its data, the options below and the engine (pdfengine): `key` digests them,
and a version whose key is the one its manifest records keeps its PDF instead of printing it again.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policysite import document, pdfengine, scriptfonts, typeset
from policysite.layout import Item, Part, parts
from policysite.messages import Said
from policysite.strings import direction, long_date, spoken, strings

if TYPE_CHECKING:  # (the theme's templates are read by the build; `policy check` asks for the print data only)
    from jinja2 import Environment

MEDIA_TYPE = "application/pdf"
TEMPLATE = "partials/policy-pdf.typ"
STANDARDS = ("ua-1",)  # what Typst checks and declares: PDF/UA-1 (tags, language, title, drawable text)
OPTIONS: dict[str, object] = {"pdf_standards": list(STANDARDS), **typeset.OPTIONS}  # digested into each key


class PdfError(Exception):
    """A version whose PDF cannot be made (no date to state)."""


class PdfUnavailable(PdfError):
    """The print engine failed on a text: the version is published without its PDF, and the build says so."""


class PdfUndrawn(PdfUnavailable):
    """The print engine failed on characters no font of the PDF draws (letters of a script its fonts lack): its pages
    say so, not that the engine failed (reader34)."""


# Why a version has no PDF, as its page, its changes page and the history say it to its reader (its manifest's
# `no_pdf`): characters no font of the PDF draws (PdfUndrawn), or the print engine failed otherwise (PdfUnavailable);
# its pages said "some of its characters cannot be printed" of both (reader34)
UNDRAWN, FAILED = "undrawn", "failed"


@dataclasses.dataclass(frozen=True)
class Print:
    """What a PDF is printed from: the template's text, the data it draws (JSON) and the font folders; `lang`, the
    page's language as the site names it (zh-Hant), for what an error says (not printed, not in its key)."""

    template: str
    data: str
    fonts: tuple[str, ...] = ()
    lang: str = ""


def file_name(*, lang: str, version: str) -> str:
    """The name of a version's PDF inside `<lang>/<version>/`."""
    return f"policy-{lang}-{version}.pdf"


def template(env: Environment) -> str:
    """The print template's text, from the environment's loader (a project's own template wins)."""
    assert env.loader is not None
    return env.loader.get_source(env, TEMPLATE)[0]


def source(source: bytes, *, env: Environment, lang: str, version: str, url: str,
           fonts: Sequence[str | Path] = ()) -> Print:
    """What the version's page `source` is printed from: the template and the text of the page as data."""
    where = f"{lang}/{version}"
    policy = document.parse(document.decode(source, path=where), path=where, lang=lang)
    if policy.date is None:
        raise PdfError(Said("pdf.undated", where=where))
    # a script the engine's fonts draw badly: the pinned font's folder after the project's (their numbers in the
    # key unchanged); every other language's folders are the project's alone, as before
    folders = tuple(str(f) for f in fonts)
    return Print(template(env), json.dumps(data(policy, source, lang=lang, url=url, fonts=folders), ensure_ascii=False,
                                           sort_keys=True), (*folders, *scriptfonts.folders(lang)), lang)


def data(policy: document.Policy, source: bytes, *, lang: str, url: str,
         fonts: Sequence[str] = ()) -> dict[str, object]:
    """The page as the template draws it (`fonts`: the project's font folders, whose families come first). Heading
    levels never skip one (PDF/UA: a `###` under the title is drawn one level below it), and a section without a
    title is named by its number or anchor."""
    assert policy.date is not None
    t = strings(lang)
    language, _, region = lang.partition("-")
    sections, level = [], 1
    for section in policy.sections:
        level = max(2, min(section.level, level + 1, 6))
        # as the text writes it (`II. Allgemeines`, `Article 2 – Objet`): the page shows it so
        title = section.written or (f"{section.numeral} {section.title}".strip() if section.numeral else
                                    section.title.strip())
        sections.append({"anchor": section.anchor, "level": level, "title": title or section.anchor,
                         "parts": [_part(p) for p in parts(section.blocks)]})
    return {"lang": language.lower(), "region": region.upper() if len(region) == 2 else None,
            "title": policy.title.strip() or document.meta_title(policy.meta) or policy.path,
            "date": [policy.date.year, policy.date.month, policy.date.day],
            "version_text": t["version"].format(date=long_date(policy.date, lang)),
            "url_label": t["pdf_url"], "url": url, "sha_label": t["pdf_sha256"],
            "sha256": hashlib.sha256(source).hexdigest(),
            "preamble": [_part(p) for p in parts(policy.preamble)], "sections": sections,
            # (the description, printed under the header as the page shows it under the title: only where there is
            # one, the data of a page without as before)
            **({"description": described} if (described := document.meta_description(policy.meta)) else {}),
            **_ui(t, lang=lang, date=policy.date), **_fonts(lang, fonts)}


def _fonts(lang: str, folders: Sequence[str]) -> dict[str, object]:
    """The font list of a language whose project adds fonts or whose script has a pinned font; nothing for any other:
    the template's own list, the data as before."""
    return {"fonts": list(found)} if (found := families(lang, folders)) else {}


def families(lang: str, folders: Sequence[str] = ()) -> tuple[str, ...]:
    """The fonts a PDF of `lang` is set in, in order: the families of the project's font folders (`folders`: a
    project's own font comes first, as a site's stylesheet names its own fonts before the fallbacks), then its
    script's pinned font (scriptfonts), then the engine's; () where neither adds one (the template's own list)."""
    project = pdfengine.families(tuple(map(str, folders)))
    pinned = scriptfonts.families(lang)
    return (*project, *[f for f in pinned or scriptfonts.ENGINE if f not in project]) if project or pinned else ()


def _ui(t: dict[str, str], *, lang: str, date: dt.date) -> dict[str, object]:
    """Where the site has no words in `lang` (English instead): their language, and the version line cut around its
    date, which the template sets in `lang` inside English read left to right (a Persian PDF drew "Version of 1
    مارس 2024." reordered, its label's colon on the wrong side). Nothing where it has: the data is as before."""
    if spoken(lang) == lang:
        return {}
    before, _, after = t["version"].partition("{date}")
    return {"ui": spoken(lang), "version_line": [before, long_date(date, lang), after], "dir": direction(lang)}


def _part(part: Part) -> dict[str, object]:
    """A paragraph, list or table as JSON; a table's rows cut or filled to its header's width. Its fields as
    `dataclasses.asdict` gives them (the same JSON), read without its deep copy (more than half of a PDF's key)."""
    out: dict[str, object] = {"kind": part.kind, "runs": part.runs, "items": [_item(item) for item in part.items],
                              "header": part.header, "rows": part.rows}
    if part.kind == "table":
        width = max(1, len(part.header))
        out["header"] = list(part.header) or [""]
        out["rows"] = [list(row[:width]) + [""] * (width - len(row)) for row in part.rows]
    return out


def _item(item: Item) -> dict[str, object]:
    return {"runs": item.runs, "children": [_item(child) for child in item.children], "number": item.number}


def key(page: Print) -> str:
    """The digest of what a PDF is printed from: template, data, font folders, options and engine."""
    inputs = {"template": _digest(page.template), "data": _digest(page.data), "options": OPTIONS,
              "engine": pdfengine.identity(page.fonts)}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode("utf-8")).hexdigest()


def render_pdf(source_bytes: bytes, *, env: Environment, lang: str, version: str, url: str,
               fonts: Sequence[str | Path] = ()) -> bytes:
    """The version's page (Markdown, UTF-8) as a PDF/UA-1 document; the same source, the same bytes."""
    return print_page(source(source_bytes, env=env, lang=lang, version=version, url=url, fonts=fonts),
                      where=f"{lang}/{version}")


def print_page(page: Print, *, where: str) -> bytes:
    """`page` printed as PDF/UA-1 (`where`, `fr/2024-03-01`, names it in an error)."""
    return printed(page, where=where)[0]


def printed(page: Print, *, where: str) -> tuple[bytes, str]:
    """`page` printed as PDF/UA-1, and what to say about it ("" when nothing).

    A symbol no font of the PDF draws (an emoji, a pictograph) is drawn as □ and named in what is said:
    the version keeps its PDF, every letter in place; so is a control character, a noncharacter or a code point the
    engine refuses (REFUSED, all at once, before the first print). A letter none draws (a script the fonts lack)
    gives no PDF: a page of empty boxes would be no evidence of anything. Raises PdfUnavailable.
    """
    data, replaced = _replaced(page.data, REFUSED)
    for _ in range(MAX_REPLACED + 1):
        try:
            pdf = typeset.print_pdf(page.template, data, fonts=page.fonts, standards=STANDARDS)
        except typeset.TypesetError as exc:  # the engine's own refusal of a text: never the end of a publication
            missing = _UNDRAWN.search(str(exc))
            text = _RUST_ESCAPE.sub(_rust_char, missing.group(1) or missing.group(2)) if missing else ""
            if text and len(replaced) < MAX_REPLACED and all(symbol(c) for c in text) and REPLACEMENT not in text:
                # The symbol with what joins or modifies it (a skin tone, a presentation selector, a joiner).
                data, more = _replaced(data, re.compile(re.escape(text) + _JOINED))
                if more:
                    replaced += more
                    continue
            script = scriptfonts.script_of(text) if text and not all(symbol(c) for c in text) else None
            if script:  # letters of a script no font of the PDF has (Chinese, Japanese, Korean, Thai…)
                lang = _language(page)
                font = scriptfonts.advice(script, lang, text[:40])
                raise PdfUndrawn(Said("pdf.unavailable/script", where=where, lang=lang, script=script,
                                          named=text[:40], setting=FONTS_SETTING, font=font.font, file=font.file,
                                          none=font.none)) from exc
            said = Said("pdf.unavailable/font" if missing else "pdf.unavailable", where=where,
                        error=typeset.reason(exc), setting=FONTS_SETTING)
            raise (PdfUndrawn(said) if missing else PdfUnavailable(said)) from exc
        if not replaced:
            return pdf, ""
        named = ", ".join(f"{'' if REFUSED.search(text) else text + ' '}({' '.join(f'U+{ord(c):04X}' for c in text)})"
                          for text in replaced)
        return pdf, Said("pdf.replaced", where=where, replacement=REPLACEMENT, named=named, setting=FONTS_SETTING)
    raise AssertionError("unreachable")


def _language(page: Print) -> str:
    """The language `page` is printed in: as the site names it (`zh-Hant`, whose script the data's lang and region
    leave out: its letters were said to need the Simplified Chinese family), else as its data names it (`zh-TW`)."""
    if page.lang:
        return page.lang
    data = json.loads(page.data)
    return "-".join(part for part in (str(data.get("lang") or ""), str(data.get("region") or "")) if part) or "und"


REPLACEMENT = "\u25a1"  # □, which the engine's fonts draw
MAX_REPLACED = 32  # distinct symbols replaced before the print is given up
FONTS_SETTING = "extra.policy.pdf_fonts"
_JOINED = "[\u200d\ufe0e\ufe0f\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]*"
# The engine names what it cannot set as Rust writes a string for debugging (`"\\u{7}"` for a BEL, `"\\u{feff}"`)
_UNDRAWN = re.compile(r'the text (?:`"(.+?)"` could not be displayed|contains the disallowed codepoint `"(.+?)"`)')
_RUST_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|(.))")
_RUST_ESCAPED = {"0": "\0", "t": "\t", "n": "\n", "r": "\r"}
# What the engine refuses in any font: the C0 and C1 controls but those it sets as a space or a break (tab, line
# feed, vertical tab, form feed, carriage return, DEL, next line), and a lone surrogate (a text read with
# surrogateescape), which no UTF-8 can carry. Each is drawn as □ before the first print, all at once, rather than one
# more print for each the engine would name.
REFUSED = re.compile("[\x00-\x08\x0e-\x1f\x80-\x84\x86-\x9f\ud800-\udfff]")


def _rust_char(match: re.Match[str]) -> str:
    code, char = match.groups()
    return chr(int(code, 16)) if code and int(code, 16) <= 0x10FFFF else _RUST_ESCAPED.get(char, char or "")


def _replaced(data: str, found: re.Pattern[str]) -> tuple[str, list[str]]:
    """`data` (the template's JSON) with what `found` matches in its strings drawn as □, and what it matched (each
    once, sorted): read as JSON, where a control character is an escape (`\\u0007`), not the character."""
    matched: set[str] = set()

    def drawn(value: object) -> object:
        if isinstance(value, str):
            matched.update(found.findall(value))
            return found.sub(REPLACEMENT, value)
        if isinstance(value, list):
            return [drawn(item) for item in value]
        if isinstance(value, dict):
            return {key: drawn(item) for key, item in value.items()}
        return value

    if not found.search(data) and "\\u" not in data:
        return data, []  # (no such character written raw, nor as an escape: the data as it is, not read)
    again = drawn(json.loads(data))
    return (json.dumps(again, ensure_ascii=False), sorted(matched)) if matched else (data, [])


def symbol(char: str) -> bool:
    """Not part of a script's words: a symbol, punctuation, a space, a format or unassigned character."""
    return unicodedata.category(char)[0] in "SPZC"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
