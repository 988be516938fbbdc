"""A policy version kept as a Word document: mammoth reads its structure (Word's heading styles,
lists, tables, links, footnotes) into HTML, which takes the HTML path from there."""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import mammoth

from policysite.convert import counters, neutralise
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import WORD_LABEL, WORD_LIST, WORD_NUMBER, html_to_markdown, roman_label

# Besides mammoth's own map (Heading 1-6 in any language's Word, lists, footnotes): Word's Title style
# is the policy's title; a "Subtitle" stays a paragraph. Word's "List Bullet 2" … "List Number 5" nest by
# their style (each names a list of its own at level 0, so mammoth alone would write them flat); Word stores
# these built-in names in English whatever the language of its menus. Word's character styles of emphasis (and
# LibreOffice's, which writes its <em> as "Emphasis") are italics, as mammoth's map has "Strong" bold.
STYLE_MAP = "\n".join([
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='Subtitle'] => p:fresh",
    *(f"r[style-name='{name}'] => em" for name in ("Emphasis", "Intense Emphasis", "Subtle Emphasis")),
    *(f"p[style-name='List {kind} {level}'] => {' > '.join(['ul|ol > li'] * (level - 1) + [tag + ' > li:fresh'])}"
      for kind, tag in (("Bullet", "ul"), ("Number", "ol")) for level in range(2, 6))])


# A document with a Title paragraph: its Heading 1 are the policy's sections (##), one level below the title, and
# so on down (Word keeps the built-in names in English, "heading 1", whatever the language of its menus).
TITLED = "".join(f"\np[style-name='{name} {level}'] => h{min(level + 1, 6)}:fresh"
                 for level in range(1, 7) for name in ("heading", "Heading"))


_STYLE = re.compile(r'<w:style\b(?=[^>]*w:type="paragraph")[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', re.S)


def _derived_headings(styles: str) -> dict[str, int]:
    """A template's own heading styles ("Policy Heading 1"): paragraph styles with an outline level, or based on one
    of Word's headings (through any chain of styles), by name and heading level; Word's own names left to mammoth."""
    own: dict[str, tuple[str, str | None, int | None]] = {}
    for style_id, body in _STYLE.findall(styles):
        named = re.search(r'<w:name w:val="([^"]+)"', body)
        based = re.search(r'<w:basedOn w:val="([^"]+)"', body)
        outline = re.search(r'<w:outlineLvl w:val="(\d)"', body)
        own[style_id] = (named.group(1) if named else style_id, based.group(1) if based else None,
                         int(outline.group(1)) + 1 if outline else None)

    def level(style_id: str, seen: frozenset[str] = frozenset()) -> int | None:
        if style_id not in own or style_id in seen:
            return None
        name, based, outline = own[style_id]
        builtin = re.fullmatch(r"(?i)heading ([1-9])", name)
        if builtin:
            return int(builtin.group(1))
        if outline is not None and outline <= 6:
            return outline
        return level(based, seen | {style_id}) if based else None

    found = {}
    for style_id, (name, _based, _outline) in own.items():
        found_level = level(style_id)
        if found_level is not None and found_level <= 6 and not re.fullmatch(r"(?i)heading [1-9]|title", name) \
                and "'" not in name:
            found[name] = found_level
    return found


def _uses_title(document: str, styles: str) -> bool:
    """Whether a paragraph of the document has Word's Title style (its id is the language's: Titre, Titel…)."""
    ids = re.findall(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="Title"\s*/>', styles) or ["Title"]
    return any(f'<w:pStyle w:val="{style_id}"/>' in document for style_id in ids)


# A long policy's XML (text, styles, numbering) unpacks to a few MiB, its pictures aside: beyond this, a document
# is refused before it is read (spaces compressed a thousandfold would keep the XML reader busy for hours).
MAX_UNPACKED = 16 * 2**20


def _main_part(rels: bytes) -> str | None:
    """The part a package's relationships name as its main document (`word/document.xml`), read as the XML it is
    (quotes of either kind, any order), as mammoth reads it; None without one."""
    import xml.etree.ElementTree as ElementTree

    if not rels.strip():
        return None
    try:
        root = ElementTree.fromstring(rels)
    except ElementTree.ParseError:
        return "_rels/.rels (not well-formed)"
    for element in root.iter():
        if str(element.get("Type", "")).endswith("/officeDocument"):
            return str(element.get("Target", "")).lstrip("/")
    return None


def convert(data: bytes, *, name: str) -> Converted:
    """Markdown of the document's text; its title is its first Heading 1 (or Title) paragraph."""
    notes = Notes("Markdown line")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # the older Word format (.doc), named .docx
        raise ConvertError(f"{name}: a Word 97-2003 document (.doc) under a .docx name: open it in Word or LibreOffice "
                           "and save it as .docx (or as HTML)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = set(archive.namelist())
        if "word/document.xml" not in parts:
            raise ConvertError(f"{name}: not a Word document (no word/document.xml inside)")
        main = _main_part(archive.read("_rels/.rels") if "_rels/.rels" in parts else b"")
        if main is not None and main != "word/document.xml":
            # Word names its text word/document.xml; another part would be read by mammoth and not by the checks here
            raise ConvertError(f"{name}: its text is in {main}, not word/document.xml as Word writes it: save it "
                               "again from Word")
        unpacked = sum(info.file_size for info in archive.infolist()  # every part but images and fonts: any may
                       if not info.filename.startswith(("word/media/", "word/fonts/")))  # be read as XML
        if unpacked > MAX_UNPACKED:  # the XML reader's time grows with the square of a long run of text
            raise ConvertError(f"{name}: its XML is {unpacked / 2**20:.0f} MiB once unpacked (over "
                               f"{MAX_UNPACKED // 2**20} MiB): far more than a policy's text; save it again from Word, "
                               "or as HTML")
        document = archive.read("word/document.xml").decode("utf-8", "replace")
        comments, styles = (archive.read(f"word/{part}.xml").decode("utf-8", "replace")
                            if f"word/{part}.xml" in parts else "" for part in ("comments", "styles"))
        titled = _uses_title(document, styles)
        style_map = STYLE_MAP + (TITLED if titled else "") + "".join(
            f"\np[style-name='{name}'] => h{min(level + (1 if titled else 0), 6)}:fresh"
            for name, level in _derived_headings(styles).items())
        shown, hidden = _without_hidden(document, styles)
        if hidden:  # mammoth reads hidden runs as text: the document without them
            notes.add(f"left out {hidden} run(s) of text formatted as hidden in Word (not shown, not printed: a "
                      "drafting note, a table of contents' page numbers)")
        shown, pages = _PAGE_NUMBER.subn(lambda m: m.group(1) + _TEXT.sub(r"\1\2", m.group(2)), shown)
        if pages:
            notes.add(f"left out the page numbers of {pages} table of contents entr{'ies' if pages > 1 else 'y'} "
                      "(a web page has no pages)")
        shown, unwrapped = _readable(shown)
        if unwrapped:
            notes.add(f"read the words of {unwrapped} Word field result(s), phonetic guide base(s) or direction "
                      "run(s) as text")
        numbering = archive.read("word/numbering.xml").decode("utf-8", "replace") \
            if "word/numbering.xml" in parts else ""
        labelled, unknown = _lettered_labels(shown, numbering, styles) if numbering else (shown, set())
        if unknown:
            notes.add("Word numbers some lists or headings in a format the import cannot draw "
                      f"({', '.join(sorted(unknown))}): their labels were written in digits (1, 2); write them as "
                      "Word shows them")
        if labelled != document:
            data = _with_part(archive, "word/document.xml", labelled.encode("utf-8"))
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=style_map,
                                         convert_image=mammoth.images.img_element(lambda image: {"src": ""}))
    except ConvertError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere in zipfile or mammoth
        raise ConvertError(f"{name}: cannot be read as a Word document: {exc}") from None
    _document_notes(document, comments, styles, result.value, notes)
    for message in sorted({m.message for m in result.messages}):
        if _STYLE_WARNING.search(message):
            continue  # a character or paragraph style the converter has no rule for: its text is kept as text
        unread = _UNREAD.match(message)
        if unread:  # mammoth skips the element and whatever it holds
            notes.add(f"Word conversion: left out a Word element the converter does not read ({unread.group(1)}) with "
                      "any words inside it: compare the Markdown with the document where it appears")
        else:
            notes.add(f"Word conversion: {message}")
    body = neutralise.neutralise(html_to_markdown(result.value, notes), notes)
    title = re.search(r"(?m)^# (.+?)(?: \{#[^}]*\})?$", body)
    return Converted(body, {"title": title.group(1).strip()} if title else {}, notes.sentences(), where=notes.where)


# mammoth's word on styles it maps to nothing (Hyperlink, CommentReference…): about its map, not the text.
_STYLE_WARNING = re.compile(r"^(?:Unrecognised (?:run|paragraph|table) style|(?:Run|Paragraph|Table) style with ID "
                            r".* was referenced but not defined)")


_UNREAD = re.compile(r"^An unrecognised element was ignored: (\S+)")


# A run whose properties hide it (w:vanish; w:webHidden, as Word's table of contents hides its page numbers on
# the web): Word neither shows nor prints it. Its own properties say so, or its character style's, or its
# paragraph's style's (each through the styles it is based on). Read as the XML it is (namespaces, either quote).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HIDING = (f"{_W}vanish", f"{_W}webHidden")


def _hides(properties: Any) -> bool | None:
    """What a w:rPr says of hiding: True, False (set off: w:val="0"), or None (it says nothing)."""
    if properties is None:
        return None
    for element in properties:
        if element.tag in _HIDING:
            return str(element.get(f"{_W}val", "true")).strip().lower() not in ("0", "false", "off")
    return None


def _hidden_styles(styles: str) -> set[str]:
    """The ids of the character and paragraph styles whose text Word hides (through the styles they are based on)."""
    from lxml import etree

    try:
        root = etree.fromstring(styles.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return set()
    own: dict[str, tuple[bool | None, str | None]] = {}
    for style in root.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        if style_id:
            based = style.find(f"{_W}basedOn")
            own[style_id] = (_hides(style.find(f"{_W}rPr")), based.get(f"{_W}val") if based is not None else None)

    def hidden(style_id: str | None, seen: frozenset[str] = frozenset()) -> bool:
        if style_id is None or style_id not in own or style_id in seen:
            return False
        says, based = own[style_id]
        return says if says is not None else hidden(based, seen | {style_id})

    return {style_id for style_id in own if hidden(style_id)}


def _without_hidden(document: str, styles: str) -> tuple[str, int]:
    """`document` without the runs Word hides, and how many there were."""
    from lxml import etree

    if "vanish" not in document and "webHidden" not in document and "vanish" not in styles:
        return document, 0
    try:
        root = etree.fromstring(document.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                          huge_tree=True))
    except etree.XMLSyntaxError:
        return document, 0  # mammoth says what it cannot read
    hidden_styles = _hidden_styles(styles)
    removed = 0
    for run in list(root.iter(f"{_W}r")):
        properties = run.find(f"{_W}rPr")
        says = _hides(properties)
        if says is None:
            style = properties.find(f"{_W}rStyle") if properties is not None else None
            paragraph = next((a for a in run.iterancestors(f"{_W}p")), None)
            paragraph_style = paragraph.find(f"{_W}pPr/{_W}pStyle") if paragraph is not None else None
            says = (style is not None and style.get(f"{_W}val") in hidden_styles) or \
                (paragraph_style is not None and paragraph_style.get(f"{_W}val") in hidden_styles)
        if says and run.getparent() is not None:
            run.getparent().remove(run)
            removed += 1
    if not removed:
        return document, 0
    return etree.tostring(root, encoding="unicode"), removed


# What Word shows as text inside elements mammoth does not read (it skips them with their words): a simple field's
# result (w:fldSimple: mail merge, DATE, HYPERLINK), a bidirectional run's content (w:dir, w:bdo), the base of a
# phonetic guide (w:ruby: Japanese furigana, its reading w:rt left out); a carriage return (w:cr) is a line break, a
# positional tab (w:ptab) a tab, and a double strikethrough (w:dstrike) struck through as w:strike is.
_WRAPPERS = re.compile(r"</?w:(?:fldSimple|dir|bdo)\b[^>]*?(?<!/)>")
_EMPTY_FIELD = re.compile(r"<w:fldSimple\b[^>]*/>")
_RUBY = re.compile(r"<w:ruby>(?:(?!</w:ruby>).)*?<w:rubyBase>((?:(?!</w:rubyBase>).)*)</w:rubyBase>\s*</w:ruby>", re.S)
_RUN_TEXT = re.compile(r"<w:t\b[^>]*?(?:/>|>[^<]*</w:t>)")
_ON = r'(?:\s+w:val="(?:1|true|on)")?\s*/>'
_REPLACED = ((re.compile(r"<w:cr\s*/>"), "<w:br/>"), (re.compile(r"<w:ptab\b[^>]*/>"), "<w:tab/>"),
             (re.compile(r"<w:dstrike" + _ON), "<w:strike/>"), (re.compile(r'<w:dstrike\s+w:val="[^"]*"\s*/>'), ""))


def _readable(document: str) -> tuple[str, int]:
    """`document` with what Word shows inside elements mammoth skips made runs it reads, and how many were."""
    document, count = _WRAPPERS.subn("", document)
    document = _EMPTY_FIELD.sub("", document)
    document, rubies = _RUBY.subn(lambda m: "".join(_RUN_TEXT.findall(m.group(1))), document)
    for pattern, replacement in _REPLACED:
        document = pattern.sub(replacement, document)
    return document, count // 2 + rubies


# Word's list formats that are not digits: mammoth writes every numbered list as 1, 2, 3.
_LETTERED = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}
_UNLABELLED = ("decimal", "bullet", "none")
_PARAGRAPH = re.compile(r"<w:p(?=[\s>])[^>]*(?<!/)>(?:(?!</w:p>).)*", re.S)  # not an empty <w:p/>
_NUM_PR = re.compile(r"<w:numPr>(?:(?!</w:numPr>).)*</w:numPr>", re.S)


def _val(xml: str, tag: str) -> str | None:
    found = re.search(rf'<w:{tag}\b[^>]*\bw:val="([^"]*)"', xml)
    return found.group(1) if found else None


def _lettered_labels(document: str, numbering: str, styles: str) -> tuple[str, set[str]]:
    """`document` (document.xml) with the label Word draws before each item of a list lettered, numbered in
    Roman numerals, in another script's counting (`①`, `가.`, `（イ）`, `أ.`) or numbered otherwise than `1.`
    (`a)`, `(iv)`, `B.`, `1.1.`, `(2)`, `§ 3`) written at the start of its text between to_markdown.WORD_LABEL's
    marks, counted as Word counts them (per list definition, a level restarting below the level before it,
    `w:start` and a list's `w:startOverride`); and the number formats it could not draw (written in digits). The
    text may refer to them ("point b)"), and mammoth numbers every list 1, 2, 3; to_markdown writes each label at
    the start of its item. A heading numbered by Word gets its label too (mammoth drops it: "1. Controller" would
    read "Controller"; "第一条" would lose its article), and an item of a list numbered `1.` its number between
    WORD_NUMBER's marks: mammoth starts a new list at 1 after each paragraph between two items (clauses with their
    text between them), to_markdown starts the list there at Word's number. Each item is marked with its Word
    list (WORD_LIST): mammoth joins the items of lists one after the other into one list, Word shows them apart."""
    unknown: set[str] = set()
    levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract list -> level -> (format, text, start)
    for abstract in re.finditer(r'<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>(.*?)</w:abstractNum>',
                                numbering, re.S):
        for lvl in re.finditer(r'<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>(.*?)</w:lvl>', abstract.group(2), re.S):
            start = _val(lvl.group(2), "start")
            levels.setdefault(abstract.group(1), {})[int(lvl.group(1))] = (
                _val(lvl.group(2), "numFmt") or "decimal", _val(lvl.group(2), "lvlText") or "",
                int(start) if start and start.isdigit() else 1)
    lists: dict[str, tuple[str, dict[int, int]]] = {}  # list id -> (abstract list, level -> its start override)
    for num in re.finditer(r'<w:num\b[^>]*w:numId="([^"]+)"[^>]*>(.*?)</w:num>', numbering, re.S):
        overrides = {int(o.group(1)): int(o.group(2)) for o in re.finditer(
            r'<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>\s*<w:startOverride\b[^>]*w:val="(\d+)"', num.group(2))}
        lists[num.group(1)] = (_val(num.group(2), "abstractNumId") or "", overrides)
    if not levels:
        return document, unknown
    by_style = {}  # a paragraph style's own list (List Number 2 …)
    headings = set()  # the styles Word shows as headings (Heading 1 …, any style with an outline level)
    for style in re.finditer(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', styles, re.S):
        numbered = _NUM_PR.search(style.group(2))
        if numbered:
            by_style[style.group(1)] = (_val(numbered.group(0), "numId"), _val(numbered.group(0), "ilvl"))
        name = (_val(style.group(2), "name") or "").lower()
        if re.fullmatch(r"heading [1-9]", name) or _val(style.group(2), "outlineLvl") is not None:
            headings.add(style.group(1))
    counts: dict[str, dict[int, int]] = {}
    started: set[str] = set()

    def label(match: re.Match) -> str:
        paragraph = match.group(0)
        props = re.match(r"<w:p\b[^>]*>\s*(<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?", paragraph, re.S)
        ppr = props.group(1) or "" if props else ""
        direct = _NUM_PR.search(ppr)
        style = by_style.get(_val(ppr, "pStyle") or "", (None, None))
        num_id = _val(direct.group(0), "numId") if direct else style[0]
        ilvl = (_val(direct.group(0), "ilvl") if direct else None) or style[1] or "0"
        if not num_id or num_id not in lists or not ilvl.isdigit():
            return paragraph
        abstract, overrides = lists[num_id]
        defined, level = levels.get(abstract, {}), int(ilvl)
        if level not in defined:
            return paragraph
        count = counts.setdefault(abstract, {})
        if num_id not in started:
            started.add(num_id)
            for at, value in overrides.items():
                count[at] = value - 1
        count[level] = count[level] + 1 if level in count else defined[level][2]
        for deeper in [at for at in count if at > level]:
            del count[deeper]
        fmt, text, _start = defined[level]
        heading = (_val(ppr, "pStyle") or "") in headings or _val(ppr, "outlineLvl") is not None
        at = props.end() if props else paragraph.index(">") + 1
        mark = "" if heading else f"{WORD_LIST[0]}{num_id}{WORD_LIST[1]}"
        if fmt == "decimal" and not heading and not _labelled(fmt, text, level):
            # mammoth starts a new list 1, 2 after any paragraph between two items: the item's own number
            run = f'<w:r><w:t xml:space="preserve">{mark}{WORD_NUMBER[0]}{count[level]}{WORD_NUMBER[1]}</w:t></w:r>'
            return paragraph[:at] + run + paragraph[at:]
        if not text or fmt in ("bullet", "none") or not heading and not _labelled(fmt, text, level):
            if not mark:
                return paragraph  # a heading numbered by Word keeps its number (mammoth leaves it out)
            return paragraph[:at] + f'<w:r><w:t xml:space="preserve">{mark}</w:t></w:r>' + paragraph[at:]

        def shown(found: re.Match) -> str:
            at = int(found.group(1)) - 1
            fmt = defined.get(at, ("decimal", "", 1))[0]
            n = count.get(at, 1)
            drawn = _word_label(n, _LETTERED[fmt]) if fmt in _LETTERED else counters.counter(
                n, counters.WORD_FORMATS.get(fmt, "")) if fmt not in _UNLABELLED else str(n)
            if drawn is None:
                unknown.add(fmt)
            return drawn or str(n)
        written = re.sub(r"%(\d)", shown, text)
        run = f'<w:r><w:t xml:space="preserve">{mark}{WORD_LABEL[0]}{written}{WORD_LABEL[1]}</w:t></w:r>'
        return paragraph[:at] + run + paragraph[at:]

    return _PARAGRAPH.sub(label, document), unknown


def _labelled(fmt: str, text: str, level: int) -> bool:
    """Whether a list level's items need Word's label written: lettered, in Roman numerals or any counting other
    than digits, or numbered otherwise than Markdown numbers (`1.1.`, `(1)`, `§ 1`, `1)`): all but a plain `%1.`
    of digits, and bullets."""
    return bool(text) and (fmt not in _UNLABELLED or fmt == "decimal" and text != f"%{level + 1}.")


def _word_label(n: int, kind: str) -> str:
    """Word's n-th label (1-based) of a list lettered (`a` … `z`, then `aa`, `bb`) or in Roman numerals."""
    if kind in "aA":
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if kind == "A" else letter
    return roman_label(n, kind)


# The page number Word's table of contents shows after an entry: a PAGEREF field's result, between the field's
# `separate` and `end` marks (the innermost field: nothing nests in a page number).
_PAGE_NUMBER = re.compile(r'(<w:instrText\b[^>]*>\s*PAGEREF\b[^<]*</w:instrText>(?:(?!<w:fldChar\b).)*?'
                          r'<w:fldChar\b[^>]*w:fldCharType="separate"[^>]*>)((?:(?!<w:fldChar\b).)*)', re.S)
_TEXT = re.compile(r"(<w:t\b[^>]*>)[^<]*(</w:t>)")


def _with_part(archive: zipfile.ZipFile, name: str, content: bytes) -> bytes:
    """The document's zip with the part `name` replaced by `content`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            copy.writestr(info, content if info.filename == name else archive.read(info.filename))
    return out.getvalue()


def _document_notes(document: str, comments: str, styles: str, html: str, notes: Notes) -> None:
    """What the conversion left out or moved: comments, tracked changes, footnotes, field codes."""
    count = len(re.findall(r"<w:comment\b", comments))
    if count:
        notes.add(f"left out {count} reviewer comment{'s' if count > 1 else ''} of the Word document")
    deletions, insertions = len(re.findall(r"<w:del\b", document)), len(re.findall(r"<w:ins\b", document))
    if deletions or insertions:
        notes.add(f"the document has tracked changes ({insertions} insertion(s), {deletions} deletion(s)): "
                  "read as if accepted")
    footnotes = len(re.findall(r'id="footnote-\d+"', html)) + len(re.findall(r'id="endnote-\d+"', html))
    if footnotes:
        notes.add(f"{footnotes} footnote(s) or endnote(s) became a numbered list at the end, linked both ways")
    heading = r'<w:pStyle w:val="[^"]*(?:Heading|Titre|berschrift|Titolo|Ttulo|Kop)[^"]*"'
    # A numbering of id 0 is none (LibreOffice writes it into every heading style).
    numbering = r'<w:numPr>(?:(?!</w:numPr>).)*<w:numId w:val="0*[1-9]'
    numbered = re.search(r"<w:p[ >](?:(?!</w:p>).)*" + heading + r"(?:(?!</w:p>).)*" + numbering, document, re.S) \
        or re.search(r'<w:style [^>]*w:styleId="[^"]*(?:Heading|Titre)[^"]*"(?:(?!</w:style>).)*' + numbering,
                     styles, re.S)
    if numbered:
        notes.add("Word numbers some headings by itself: the number Word shows is written at the start of each "
                  "(1. Title), as Word counts them; check the section numbers")
