"""What a Word document does besides show its words once a reader opens it: a relationship to a file outside it (a
remote template Word fetches on opening, as phishing documents do; a linked picture, frame or object), a field (one
that includes another file, a picture from an address, another program's data), a macro or an embedded object, a
chunk of another format imported whole. The generator's redline (redline/docx.py: styles, settings, its text, links
to its own headings) holds none of these; a document the branch serves that holds one came from elsewhere."""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
import zipfile

from policysite import image_rules

_PART_MOST = 64 * 1024 * 1024  # what is read of one part (a zip bomb's part is refused, not unpacked whole)
# (a font embedded in the document, `word/fonts/font1.odttf` as Word writes it, or a font file of any name: its glyphs
# may draw other words than the text holds, as a PDF's font may (pdf `font.swaps`); the redline embeds none: safety54)
_ACTIVE_PART = re.compile(r"(?i)(?:\.bin|/embeddings/.*|/activex/.*|/fonts/.*|\.(?:odttf|ttf|otf|ttc|woff2?|fntdata))$")
# (`mailMerge`: a data source Word queries on opening, a workbook on another machine's share; `pict`: a VML picture,
# whose `imagedata` links a file by its `src` as well as by a relationship; the redline writes neither: safety51 hunt.
# `attachedSchema` names a custom XML schema by a URI "to be associated with this document when it is loaded, if such
# a schema is available to the hosting application", which "can also load … any additional schemas" (ECMA-376 Part 1,
# 17.15.1.5), and the settings' `schemaLibrary` gives each such schema a `schemaLocation` (§23): no documented fetch,
# but what an application may load on opening, and the redline writes neither: tidy1). (`delInstrText`: a field's code
# in a tracked deletion, a field Word keeps until the deletion is accepted; `background`: the page's background, a VML
# fill whose picture a `src` may name as `pict`'s does; the redline writes neither: safety52 hunt. `embedRegular` …
# in fontTable.xml name an embedded font's part, `embedTrueTypeFonts` in settings.xml has Word embed them: safety54)
_ACTIVE_ELEMENT = re.compile(
    rb"<(?:[\w.-]+:)?(instrText|delInstrText|fldSimple|altChunk|object|control|mailMerge|pict|background|"
    rb"attachedSchema|schemaLibrary|embedRegular|embedBold|embedItalic|embedBoldItalic|embedTrueTypeFonts|"
    rb"embedSystemFonts|saveSubsetFonts)\b")


# A link's ScreenTip (`w:hyperlink w:tooltip`, ECMA-376 Part 1, 17.16.22): words Word shows while the pointer rests on
# the link only, which no check read; the redline says a link's hover words in a comment beside its block, never so
# (safety60 hunt)
_TOOLTIP = re.compile(rb"<(?:[\w.-]+:)?hyperlink\b[^>]*?\s(?:[\w.-]+:)?tooltip\s*=")


def docx_action(data: bytes) -> str:
    """The first thing a Word document holds that Word would fetch, run or import on opening it, or "": what
    `publish.docx-active` names."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return "?"  # no document Word opens as written
    with archive:
        seen: set[str] = set()
        for info in archive.infolist():
            name = info.filename
            if _ACTIVE_PART.search("/" + name):
                return name
            if name.lower() in seen:  # two parts of one name (OPC compares names without case): one was read
                return f"{name}: twice"
            seen.add(name.lower())
            try:
                with archive.open(info) as part:  # (by its entry: opened by name, the last of a name is read twice)
                    text = part.read(_PART_MOST + 1)
            except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, RuntimeError):
                return name  # (RuntimeError: an encrypted entry, no part Word reads as written)
            if len(text) > _PART_MOST:
                return name
            if name.lower().endswith(".rels"):  # (`settings.xml.RELS` is settings.xml's relationships to Word)
                external = _external(text)
                if external:
                    return f"{name}: {external}"
            found = _active(name, text)
            if found:
                return found
    return ""


def _active(name: str, part: bytes) -> str:
    """What an XML part of the package (any name: a part's is its relationship's) declares or holds that Word would act
    on, read as written and as Word decodes it (Office's packages allow UTF-16), or ""."""
    for text in (part, image_rules.as_read(part)):
        if name.lower() == "[content_types].xml" and b"macroenabled" in text.lower():
            return "macroEnabled"
        if re.search(rb"<!(?:DOCTYPE|ENTITY)", text, re.I):
            return f"{name}: <!DOCTYPE"
        if not name.lower().endswith(".rels") and text.lstrip().startswith(b"<") \
                and (element := _ACTIVE_ELEMENT.search(text)):
            return f"{name}: <{element.group(1).decode('ascii')}>"
        if not name.lower().endswith(".rels") and _TOOLTIP.search(text):
            return f"{name}: <w:hyperlink w:tooltip>"
    return ""


def _external(rels: bytes) -> str:
    """The target of the first relationship of a `.rels` part to a file outside the document, or "": Word fetches
    it (a template, a picture, a frame) or opens it on a click; or to an embedded font (type `…/font`, its part named
    anything), whose glyphs Word draws the text with."""
    try:
        root = ElementTree.fromstring(rels)
    except ElementTree.ParseError:
        return "?"
    return next((element.get("Target") or "?" for element in root.iter()
                 if (element.get("TargetMode") or "").strip().lower() == "external"
                 or (element.get("Type") or "").strip().lower().endswith("/font")), "")

