"""What a Word document does besides show its words once a reader opens it: a relationship to a file outside it (a
remote template Word fetches on opening, as phishing documents do; a linked picture, frame or object), a field (one
that includes another file, a picture from an address, another program's data), a macro or an embedded object, a
chunk of another format imported whole. The generator's redline (redline/docx.py: styles, settings, its text, links
to its own headings) holds none of these; a document the branch serves that holds one came from elsewhere."""
from __future__ import annotations

import functools
import html
import io
import re
import xml.etree.ElementTree as ElementTree
import zipfile

from policysite import image_rules
from policysite.redline import pagefooter

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
# in fontTable.xml name an embedded font's part, `embedTrueTypeFonts` in settings.xml has Word embed them: safety54.
# `dataBinding`: a content control whose words Word replaces, on opening, by a custom XML part's; `sym`: a character of
# a symbol font, drawn as its pictogram; `altName`: another font Word draws a font's words with. Words shown besides
# the body's, on every page or over it: a header's or footer's, a footnote's or endnote's, a drawing's (a shape, a
# text box, `txbxContent`, which may lie over a clause), a paragraph set as a frame floating over the text (`framePr`),
# a ruby's words above others, and markup each application reads its own way (`mc:AlternateContent`: Word its Choice,
# another its Fallback). The redline writes none of these: safety67. A content control (`sdt`) carries words Word shows
# in its own frame only, never in the text: its title (`alias`), a drop-down list's items (`displayText`), a placeholder
# from the glossary; a bidirectional override or embedding (`bdo`, `dir`) draws a run's words in another order than
# written ("90 days, not 30" as "days, not 30 90", as the page's `dir="rtl"` did: safety3); a smart tag's properties
# and a custom XML element's schema (`uri`) are other programs' words and schemas. The redline writes none: safety78;
# but one footer, its pages' numbers, which is let through only as it writes it, byte for byte: _page_footer,
# redline21)
_ACTIVE_ELEMENT = re.compile(
    rb"<(?:[\w.-]+:)?(instrText|delInstrText|fldSimple|altChunk|object|control|mailMerge|pict|background|"
    rb"attachedSchema|schemaLibrary|embedRegular|embedBold|embedItalic|embedBoldItalic|embedTrueTypeFonts|"
    rb"embedSystemFonts|saveSubsetFonts|dataBinding|sym|altName|headerReference|footerReference|footnoteReference|"
    rb"endnoteReference|drawing|txbxContent|framePr|ruby|AlternateContent|sdt|bdo|dir|smartTag|customXml)\b")
# A run, a paragraph or a table set right to left (`w:rtl`, `w:bidi`, `w:bidiVisual`): the redline writes them in a
# document of a language written so only (redline/docx.py's `rtl`); in one written left to right they lay its words out
# in another order than written, its numbers and the words between them swapped (safety78)
_TURNED = frozenset({"rtl", "bidi", "bidiVisual"})
_OFF = frozenset({"0", "false", "off"})


# A link's ScreenTip (`w:hyperlink w:tooltip`, ECMA-376 Part 1, 17.16.22): words Word shows while the pointer rests on
# the link only, which no check read; the redline says a link's hover words in a comment beside its block, never so
# (safety60 hunt)
_TOOLTIP = re.compile(rb"<(?:[\w.-]+:)?hyperlink\b[^>]*?\s(?:[\w.-]+:)?tooltip\s*=")


# How a run's words are shown (its `w:rPr`, in the document, its styles, its defaults), as the redline writes them: a
# style, bold, italics, a strike or an underline (its revisions' marks), raised, right to left, a language, its size,
# its font (the defaults' Liberation Serif), the links' colour, a paragraph mark's revision. Any other property shows
# the words otherwise than written, or not at all, while a search, a copy and a screen reader read them: hidden text
# (`w:vanish`, `w:specVanish`, `w:webHidden`), a colour of the page's (`w:color w:val="FFFFFF"`, or a theme's colour,
# which Word prefers to the value), a shading or highlight of the text's colour, a font that draws letters as
# pictograms (`w:rFonts w:ascii="Wingdings"`, or a theme's font, which Word prefers), a size of a speck, letters drawn
# over each other (`w:spacing`, `w:w`, `w:fitText`), raised off the line (`w:position`), a text effect of Word 2010
# (`w14:textFill` without fill). The redline writes none of these (safety67).
_RUN_PROPS = re.compile(rb"<((?:[\w.-]+:)?)rPr\b[^>]*?(?<!/)>(.*?)</\1rPr\s*>", re.S)
_CHILD = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)((?:\s[^>]*?)?)/?>")
_ATTRIBUTE = re.compile(rb"((?:[\w.-]+:)?)([\w.-]+)\s*=\s*([\"'])(.*?)\3", re.S)
SHOWN_AS_WRITTEN = frozenset({"rStyle", "rFonts", "b", "bCs", "i", "iCs", "strike", "u", "vertAlign", "sz", "szCs",
                              "rtl", "lang", "color", "ins", "del", "moveFrom", "moveTo"})
REDLINE_FONTS = frozenset({"Liberation Serif"})  # (redline/docx.py's defaults: its only font)
LINK_COLOURS = frozenset({"auto", "0563c1"})  # (its Hyperlink style's)
_SIZE_LEAST = 16  # half-points: 8 pt; the redline's smallest is 11 pt (22), superscripts raised from it


def _shown_otherwise(part: bytes, *, rtl: bool = False) -> str:
    """The first run property of an XML part that shows words otherwise than written (or hides them), as
    `<w:name …>`, or "" (`rtl`: the document's language is written right to left)."""
    for match in _RUN_PROPS.finditer(part):
        for child in _CHILD.finditer(match.group(2)):
            name = child.group(1).decode("ascii", "replace")
            attributes = {key.decode("ascii", "replace"): html.unescape(value.decode("utf-8", "replace")).strip()
                          for prefix, key, _, value in _ATTRIBUTE.findall(child.group(2))
                          if prefix != b"xmlns:" and key != b"xmlns"}  # (not a namespace's declaration)
            if name not in SHOWN_AS_WRITTEN or not _as_written(name, attributes) or _turned(name, attributes, rtl):
                said = " ".join(f'{key}="{value[:24]}"' for key, value in attributes.items()
                                if key not in ("id", "author", "date"))
                return f"<{name}{' ' + said if said else ''}>"
    return ""


# How a paragraph, a table, its rows and cells, and the page are laid out (`w:pPr`, `w:tblPr`, `w:trPr`, `w:tcPr`,
# `w:sectPr`), as the redline writes them: a style, an indent of a list's depth, a heading's spacing and level, a
# direction, a table's widths, borders and header row, its revisions, an A4 page and its margins. Any other layout may
# put words where no reader sees them while a search, a copy and a screen reader read them: an indent pushing a
# paragraph off the page (`w:ind w:left="-30000"`), lines of an exact height of a speck drawn over each other
# (`w:spacing w:line="20" w:lineRule="exact"`), a row cut to nothing (`w:trHeight w:hRule="exact"`), a table moved off
# the page (`w:tblInd`), a page the size of a stamp, a margin past the paper's edge (safety69)
_LAID_OUT = re.compile(rb"<((?:[\w.-]+:)?)(pPr|tblPr|trPr|tcPr|sectPr)\b[^>]*?(?<!/)>(.*?)</\1\2\s*>", re.S)
_INNER_RUNS = re.compile(rb"<((?:[\w.-]+:)?)rPr\b[^>]*?(?<!/)>.*?</\1rPr\s*>|<(?:[\w.-]+:)?rPr\b[^>]*/>", re.S)
_TWIPS_MOST = 31680  # twentieths of a point: 22 inches, Word's largest page side
LAID_OUT_AS_WRITTEN: dict[str, dict[str, tuple[int, int] | None]] = {
    # (each element the redline writes in a layout, and each attribute's range of whole numbers; None: a word)
    # (`w:bidi w:val="0"`: the redline's own English words set left to right in a right-to-left document, docx._said;
    # refused, an Urdu site's own Word redline was: redline21)
    "pStyle": {"val": None}, "keepNext": {}, "outlineLvl": {"val": (0, 8)}, "bidi": {"val": (0, 1)},
    "ind": {key: (0, 4536) for key in ("left", "right", "start", "end")},  # (half the text's width: 12 levels)
    "spacing": {"before": (0, 1440), "after": (0, 1440)}, "pPr": {},  # (a revision's former properties, judged too)
    "pPrChange": {"id": None, "author": None, "date": None, "dateUtc": None},
    "ins": {"id": None, "author": None, "date": None, "dateUtc": None}, "del": {"id": None, "author": None,
                                                                                "date": None, "dateUtc": None},
    "tblW": {"w": (0, _TWIPS_MOST), "type": None}, "tblLayout": {"type": None}, "bidiVisual": {}, "tblBorders": {},
    **{side: {"val": None, "sz": (0, 96), "space": (0, 31), "color": None}
       for side in ("top", "left", "bottom", "right", "start", "end", "insideH", "insideV")},
    "tblHeader": {}, "tcW": {"w": (0, _TWIPS_MOST), "type": None},
    "cellDel": {"id": None, "author": None, "date": None, "dateUtc": None},
    "cellIns": {"id": None, "author": None, "date": None, "dateUtc": None},
    "pgSz": {"w": (4320, _TWIPS_MOST), "h": (4320, _TWIPS_MOST)},  # (3 inches at the least: a page, no stamp)
    "pgMar": {key: (0, 4320) for key in ("top", "right", "bottom", "left", "header", "footer", "gutter")}}


def _placed_otherwise(part: bytes, *, rtl: bool = False) -> str:
    """The first layout property of an XML part that may put words where no reader sees them, or lay them out in
    another order, as `<w:name …>`, or "" (the runs' properties inside a paragraph's are _shown_otherwise's; `rtl`:
    the document's language is written right to left)."""
    for match in _LAID_OUT.finditer(part):
        for child in _CHILD.finditer(_INNER_RUNS.sub(b"", match.group(3))):
            name = child.group(1).decode("ascii", "replace")
            attributes = {key.decode("ascii", "replace"): html.unescape(value.decode("utf-8", "replace")).strip()
                          for prefix, key, _, value in _ATTRIBUTE.findall(child.group(2))
                          if prefix != b"xmlns:" and key != b"xmlns"}
            allowed = LAID_OUT_AS_WRITTEN.get(name)
            if allowed is None or _turned(name, attributes, rtl) or not all(
                    key in allowed and _within(value, allowed[key]) for key, value in attributes.items()):
                said = " ".join(f'{key}="{value[:24]}"' for key, value in attributes.items()
                                if key not in ("id", "author", "date", "dateUtc"))
                return f"<{name}{' ' + said if said else ''}>"
    return ""


def _turned(name: str, attributes: dict[str, str], rtl: bool) -> bool:
    """Whether a property sets words right to left (_TURNED, not turned off) in a document written left to right."""
    return not rtl and name in _TURNED and attributes.get("val", "").lower() not in _OFF


def _within(value: str, bounds: tuple[int, int] | None) -> bool:
    if bounds is None:
        return True
    return value.isdigit() and bounds[0] <= int(value) <= bounds[1]


def _as_written(name: str, attributes: dict[str, str]) -> bool:
    """Whether a run property the redline writes has a value that shows the words as written."""
    if name == "color":
        return set(attributes) == {"val"} and attributes["val"].lower() in LINK_COLOURS
    if name in ("sz", "szCs"):
        value = attributes.get("val", "")
        return set(attributes) == {"val"} and value.isdigit() and int(value) >= _SIZE_LEAST
    if name == "rFonts":  # (a `…Theme` font is Word's choice over the named one)
        return all(key == "hint" or (key in ("ascii", "hAnsi", "cs", "eastAsia") and value in REDLINE_FONTS)
                   for key, value in attributes.items())
    return True


# A comment (`w:comment`, in word/comments.xml or any part a relationship names so) is words Word shows beside the
# text, in its margin: the redline writes one only to say a block's link targets or hover words that changed, each
# paragraph a label of its catalogue (REDLINE_STRINGS' `links`, `hover`) then the changed ones, targets each between
# ⟨ and ⟩, deletions between [− and ], insertions between [+ and ]. A comment saying anything else ("This clause no
# longer applies") is a note no check read, which a lawyer reading the redline takes for the company's (safety69)
_COMMENT = re.compile(rb"<(?:[\w.-]+:)?comment[\s>/]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TARGET = re.compile(r"⟨[^⟨⟩]*⟩")


@functools.lru_cache(maxsize=1)
def labels() -> tuple[frozenset[str], frozenset[str]]:
    """The labels the redline writes first in a comment's paragraph, in every language it has words in: of its link
    targets, of its hover words."""
    from policysite.strings import REDLINE_STRINGS, redline_labels

    said = [redline_labels(code) for code in REDLINE_STRINGS]
    return frozenset(t["links"] for t in said), frozenset(t["hover"] for t in said)


def _comment_said(part: bytes, body: bytes) -> str:
    """The first words of the first comment of an XML part that the redline would not write there, or "": hover words
    the document `body` (word/document.xml) does not show are none of the redline's (unshown_hover)."""
    try:
        root = ElementTree.fromstring(image_rules.as_read(part))
    except ElementTree.ParseError:
        return "?"
    links, hover = labels()
    ranges: dict[str, tuple[str, str]] | None = None
    for comment in root.iter(f"{_W}comment"):
        if not len(comment):
            return "<w:comment/>"
        for paragraph in comment:
            runs = paragraph.tag == f"{_W}p" and all(
                run.tag == f"{_W}r" and {child.tag for child in run} <= {f"{_W}rPr", f"{_W}t"} for run in paragraph)
            words = "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))
            label = next((name for name in links | hover if words.startswith(name + " ")), None)
            said = words[len(label) + 1:] if label is not None else ""
            if not runs or label is None or not said.strip() or (label in links and _TARGET.sub("", said).replace(
                    "[\u2212", "").replace("[+", "").replace("]", "").strip()):
                return words[:40] or paragraph.tag.rpartition("}")[2]
            if label in hover:
                ranges = _commented(body) if ranges is None else ranges
                if unshown := unshown_hover(said, ranges.get(comment.get(f"{_W}id") or "", ("", "")),
                                             ranges.get("", ("", ""))):
                    return f"{label} {unshown}"[:60]
    return ""


# A change the redline writes of words: deleted between [− and ], inserted between [+ and ] (render's `words`)
OPS = re.compile(r"\[\u2212(.*?)\](?= |$)|\[\+(.*?)\](?= |$)", re.S)


def unshown_hover(said: str, shown: tuple[str, str], page: tuple[str, str]) -> str:
    """The first tooltip of a comment's hover words (`said`, after its label: the old and new tooltips of a block,
    changed words marked) saying words the document does not show, or all of them where they hold characters that
    draw nothing; "" where none does: the redline writes a
    block's tooltips, which the checks let say only words its page shows (tooltips.unshown: `editorial.tooltip`), and
    the output check's reading of a title; words a comment alone says ("This clause no longer applies") bind a reader
    who read them in the margin only. Each side is read against that side's words: `shown`, the commented words, and
    `page`, the document's, each (old, new)."""
    from policysite import characters, tooltips
    from policysite.redline.engine import TIPS

    if characters.unseen_in(said) is not None:
        return said
    old = OPS.sub(lambda m: m.group(1) or "", said)
    new = OPS.sub(lambda m: m.group(2) or "", said)
    return next((" ".join(tip.split()) for side, text in enumerate((old, new)) for tip in text.split(TIPS.strip())
                 if tip.strip() and tooltips.unshown(tip, shown=shown[side], page=page[side])), "")


def _commented(body: bytes) -> dict[str, tuple[str, str]]:
    """The words of each comment's range in the document `body` (its id -> (as the older version reads them, as the
    newer reads them): a tracked deletion's words are the older's, an insertion's the newer's), and of the whole
    document (key "")."""
    try:
        root = ElementTree.fromstring(image_rules.as_read(body)) if body else None
    except ElementTree.ParseError:
        return {}
    words: dict[str, list[list[str]]] = {"": [[], []]}
    open_ranges: list[str] = [""]

    def walk(node: ElementTree.Element, sides: tuple[int, ...]) -> None:
        tag = node.tag.rpartition("}")[2]
        ident = node.get(f"{_W}id") or ""
        if tag == "commentRangeStart":
            words.setdefault(ident, [[], []])
            open_ranges.append(ident)
        elif tag == "commentRangeEnd" and ident in open_ranges[1:]:
            open_ranges.remove(ident)
        elif tag in ("t", "delText") and node.text:
            for side in sides if tag == "t" else (0,):
                for held in open_ranges:
                    words[held][side].append(node.text)
        elif tag == "p":  # (paragraphs apart)
            for held in open_ranges:
                words[held][0].append(" ")
                words[held][1].append(" ")
        for child in node:
            walk(child, (1,) if tag == "ins" else (0,) if tag == "del" else sides)

    if root is not None:
        walk(root, (0, 1))
    return {ident: ("".join(old), "".join(new)) for ident, (old, new) in words.items()}


def docx_action(data: bytes, *, served_rtl: bool = False) -> str:
    """The first thing a Word document holds that Word would fetch, run or import on opening it, or "": what
    `publish.docx-active` names. Runs, paragraphs and tables right to left only where it is served under a language
    written so (`served_rtl`: served_right_to_left of each path holding it) and says it is of such a language."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return "?"  # no document Word opens as written
    with archive:
        try:  # (the words a comment's hover words are read against)
            body = _read(archive, "word/document.xml")
        except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, RuntimeError):
            return "word/document.xml"
        rtl = served_rtl and _right_to_left(archive)
        ours = _page_footer(archive)  # (the redline's footer, numbering its pages: pagefooter)
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
            if ours and name == pagefooter.PART:
                continue  # (its bytes one of pagefooter's, its fields PAGE and NUMPAGES only)
            if ours and name == "word/document.xml":
                text = text.replace(_FOOTER_REFERENCE, b"", 1)  # (named once, as the redline does: any other one stays)
            if name.lower().endswith(".rels"):  # (`settings.xml.RELS` is settings.xml's relationships to Word)
                external = _external(text)
                if external:
                    return f"{name}: {external}"
            found = _active(name, text, body, rtl=rtl)
            if found:
                return found
    return ""


def served_right_to_left(path: str) -> bool:
    """Whether the language a Word document is served under at `path` is written right to left: its language's folder
    (the first: `ar/2001-01-01/changes/…`) and, for a redline, the language its name says (`redline-ar-2001-01-01-…`),
    each. The document's own `dc:language` is anyone's to write: an English redline on the branch saying `ar` drew
    its words in another order than written (safety79)."""
    from policysite import characters

    name = path.rpartition("/")[2]
    named = _REDLINE_NAME.match(name)
    codes = [path.partition("/")[0], *([named.group(1)] if named else [])] if "/" in path else \
        ([named.group(1)] if named else [])
    return bool(codes) and all(characters.right_to_left(code) for code in codes)


# A redline's name (redline-<lang>-<from>-<to>.docx), its language's code (`pt-BR`: a tag of several subtags)
_REDLINE_NAME = re.compile(r"redline-(.+?)-\d{4}-\d{2}-\d{2}-", re.I)


def _right_to_left(archive: zipfile.ZipFile) -> bool:
    """Whether a Word document's language (its core properties' `dc:language`, as the redline writes it) is written
    right to left; not where it says none or cannot be read."""
    from policysite import characters

    try:
        core = _read(archive, "docProps/core.xml")
        root = ElementTree.fromstring(image_rules.as_read(core)) if core else None
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, RuntimeError, ElementTree.ParseError):
        return False
    said = next((element.text or "" for element in root.iter() if element.tag.rpartition("}")[2] == "language"),
                "") if root is not None else ""
    return bool(said.strip()) and characters.right_to_left(said)


_FOOTER_REFERENCE = pagefooter.REFERENCE.encode("ascii")
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _page_footer(archive: zipfile.ZipFile) -> bool:
    """Whether the document's footer is the redline's and named as the redline names it (pagefooter): its part, byte
    for byte, a footer pagefooter writes (the words of a language the redline has, its fields PAGE and NUMPAGES); the
    main document naming it once, by the one relationship of its id, to that part. Any other footer, or this one
    named otherwise (a first page's, another part), is judged as any part is, and refused."""
    try:
        footer = _read(archive, pagefooter.PART)
        rels = _read(archive, "word/_rels/document.xml.rels")
        body = _read(archive, "word/document.xml")
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, RuntimeError):
        return False
    if footer not in pagefooter.footers() or body.count(_FOOTER_REFERENCE) != 1 \
            or [info.filename for info in archive.infolist()].count(pagefooter.PART) != 1:
        return False
    try:
        named = [element for element in ElementTree.fromstring(rels).iter(_RELATIONSHIP)
                 if element.get("Id") == pagefooter.RELATIONSHIP_ID]
    except ElementTree.ParseError:
        return False
    return len(named) == 1 and named[0].attrib == {"Id": pagefooter.RELATIONSHIP_ID, "Type": pagefooter.FOOTER_TYPE,
                                                   "Target": "footer1.xml"}


def _active(name: str, part: bytes, body: bytes = b"", *, rtl: bool = False) -> str:
    """What an XML part of the package (any name: a part's is its relationship's) declares or holds that Word would act
    on, read as written and as Word decodes it (Office's packages allow UTF-16), or "" (`rtl`: the document's language
    is written right to left)."""
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
        if not name.lower().endswith(".rels") and (shown := _shown_otherwise(text, rtl=rtl)
                                                    or _placed_otherwise(text, rtl=rtl)):
            return f"{name}: {shown}"
        if not name.lower().endswith(".rels") and _COMMENT.search(text) and (said := _comment_said(part, body)):
            return f"{name}: <w:comment> {said}"
    return ""


def _external(rels: bytes) -> str:
    """The target of the first relationship of a `.rels` part to a file outside the document, or "": Word fetches
    it (a template, a picture, a frame) or opens it on a click; or to an embedded font (type `…/font`, its part named
    anything), whose glyphs Word draws the text with. A hyperlink's relationship, and one whose target is an address
    (a scheme, `//host`, `\\\\share`), whatever its `TargetMode`: LibreOffice follows a hyperlink's target without
    reading its mode (the redline links to its own headings, `w:anchor`, by no relationship: safety61 hunt)."""
    try:
        root = ElementTree.fromstring(rels)
    except ElementTree.ParseError:
        return "?"
    return next((element.get("Target") or "?" for element in root.iter()
                 if (element.get("TargetMode") or "").strip().lower() == "external"
                 or (element.get("Type") or "").strip().lower().endswith(("/font", "/hyperlink"))
                 or _ADDRESS.match(element.get("Target") or "")), "")


_ADDRESS = re.compile(r"[\x00-\x20]*(?:[A-Za-z][A-Za-z0-9+.\-\s]*:|[\\/]{2})")

# What the redline's package says of itself (redline/docx.py `_core`): its title, the company as its author, its
# language and the day of its version. Anything else a Word document's properties carry names someone or somewhere:
# the last one to save it (`cp:lastModifiedBy`), Word's own properties (`docProps/app.xml`: the company and manager
# of the machine's Office, the template's path, `C:\\Users\\jdoe\\AppData\\…\\Normal.dotm`, the base of its links),
# custom ones, a thumbnail of the first page, the revision session ids Word writes on every paragraph and run
# (`w:rsidR`, the settings' `w:rsids`: they tie the file to the editing sessions of one copy of Word), and an author
# of a change or a comment other than the document's (a person's name)
_CORE = frozenset({"coreProperties", "title", "creator", "language", "created", "modified"})
_REVISION_IDS = re.compile(rb"<(?:[\w.-]+:)?rsids?\b|\s(?:[\w.-]+:)?rsid\w*\s*=")
_AUTHOR = re.compile(rb"\s(?:[\w.-]+:)?(?:author|initials)\s*=\s*([\"'])(.*?)\1", re.S)


def docx_private(data: bytes) -> str:
    """The first thing a Word document says of who made it or where, beyond what the redline writes (its title,
    the company as author, language, day), or "": what `publish.docx-private` names."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return "?"
    with archive:
        creator = ""
        names = [info.filename for info in archive.infolist()]
        for name in names:
            lowered = name.lower()
            if (lowered.startswith(("docprops/", "customxml/")) and lowered != "docprops/core.xml") \
                    or lowered.endswith(("thumbnail.jpeg", "thumbnail.wmf", "thumbnail.emf", "thumbnail.png")):
                return name
        try:
            core = _read(archive, "docProps/core.xml")
            texts = {name: _read(archive, name) for name in names
                     if name.lower().endswith((".xml", ".rels")) and name != "docProps/core.xml"}
        except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, RuntimeError, KeyError):
            return "?"
        if core:
            try:
                root = ElementTree.fromstring(image_rules.as_read(core))
            except ElementTree.ParseError:
                return "docProps/core.xml: ?"
            for element in root.iter():
                local = element.tag.rpartition("}")[2]
                if local not in _CORE:
                    return f"docProps/core.xml: {local}"
                if local == "creator":
                    creator = " ".join((element.text or "").split())
        for name, text in texts.items():
            text = image_rules.as_read(text)
            if found := _REVISION_IDS.search(text):
                return f"{name}: {found.group().decode('utf-8', 'replace').strip(' <=')}"
            for match in _AUTHOR.finditer(text):
                initials = match.group().split(b"=")[0].strip().endswith(b"initials")
                said = " ".join(html.unescape(match.group(2).decode("utf-8", "replace")).split())
                if said and (initials or said != creator):
                    return f"{name}: {'initials' if initials else 'author'} {said[:40]}"
    return ""


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    if name not in archive.namelist():
        return b""
    with archive.open(name) as part:
        text = part.read(_PART_MOST + 1)
    if len(text) > _PART_MOST:
        raise ValueError(name)
    return text

