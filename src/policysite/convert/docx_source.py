"""A policy version kept as a Word document: mammoth reads its structure (Word's heading styles,
lists, tables, links, footnotes) into HTML, which takes the HTML path from there."""
from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import mammoth
from selectolax.lexbor import LexborHTMLParser

from policysite import image_rules
from policysite.convert import (
    alt_chunks,
    bilingual,
    bound_controls,
    disguised,
    google_ids,
    heading_depth,
    html_source,
    neutralise,
    word_art,
    word_charts,
    word_contents,
    word_diagrams,
    word_direction,
    word_drop_caps,
    word_fields,
    word_grid,
    word_lines,
    word_numbering,
    word_references,
    word_review,
    word_sized_headings,
    word_strict,
    word_symbols,
    word_title,
    word_typed_bullets,
)
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes, quoted, say_margins
from policysite.convert.to_markdown import html_to_markdown
from policysite.convert.urls import bookmark_id
from policysite.messages import Said, file_reason, prefixed, text_of

# Besides mammoth's own map (Heading 1-6 in any language's Word, lists, footnotes): Word's Title style
# is the policy's title; a "Subtitle" stays a paragraph. Word's "List Bullet 2" … "List Number 5" nest by
# their style (each names a list of its own at level 0, so mammoth alone would write them flat); Quote and Intense
# Quote (LibreOffice's Quotations) are quotations (mammoth wrote them as plain paragraphs: adoption hunt 43); Word
# stores these built-in names in English whatever the language of its menus. Word's character styles of emphasis (and
# LibreOffice's, which writes its <em> as "Emphasis") are italics, as mammoth's map has "Strong" bold.
STYLE_MAP = "\n".join([
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='Subtitle'] => p:fresh",
    # a page or column break inside a paragraph (Ctrl+Enter between two sentences, older Word's and Google Docs' page
    # breaks): the words after it start a new line, where mammoth wrote nothing, `in force.Your rights` (adopt41)
    *(f"br[type='{kind}'] => br" for kind in ("page", "column")),
    "u => u",  # underlined: in italics, said (to_markdown)
    # Word's quotation styles, a quotation set apart (the law cited, a promise): a quote, as a page shows one
    *(f"p[style-name='{name}'] => blockquote > p:fresh" for name in ("Quote", "Intense Quote", "Quotations")),
    *(f"r[style-name='{name}'] => em" for name in ("Emphasis", "Intense Emphasis", "Subtle Emphasis")),
    *(f"p[style-name='List {kind} {level}'] => {' > '.join(['ul|ol > li'] * (level - 1) + [tag + ' > li:fresh'])}"
      for kind, tag in (("Bullet", "ul"), ("Number", "ol")) for level in range(2, 6))])


# A document with a Title paragraph: its Heading 1 are the policy's sections (##), one level below the title, and
# so on down (Word keeps the built-in names in English, "heading 1", whatever the language of its menus).
# (written at Word's level, marked: heading_depth moves them down, within six levels.)
TITLED = "".join(f"\np[style-name='{name} {level}'] => h{level}.{heading_depth.BELOW_TITLE}:fresh"
                 for level in range(1, 7) for name in ("heading", "Heading"))


# A heading style named in the language of the Word, LibreOffice or OpenOffice that wrote it ("Überschrift 1",
# "Titre 2", "Kop 1", "見出し 1"), or a template's own named so ("Legal Heading 2"), that gives no outline level: its
# paragraphs were imported as plain ones, their numbers escaped, `1\. Verantwortlicher` (adoption hunt 44). Word's
# own menus' names of Heading 1 … 9 in its languages; "Titre", "Título" alone are the Title, and stay so.
_NAMED_HEADING = re.compile(
    r"(?i)(?<!\w)(?:heading|überschrift|titre|título|títol|titolo|titlu|kop|nagłówek|rubrik|overskrift|otsikko|"
    r"nadpis|címsor|başlık|naslov|antraštė|virsraksts|pealkiri|fyrirsögn|judul|đầu đề|заголовок|заглавие|наслов|"
    r"επικεφαλίδα|כותרת|عنوان|หัวเรื่อง|見出し|标题|標題|제목)[ _-]?([1-9])\Z")
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
        builtin = re.fullmatch(r"(?i)heading ([1-9])", name) or _NAMED_HEADING.search(name)
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


# A paragraph style bold by its own definition ("Clause Title": bold, no outline level, its paragraphs `1. Who we are`):
# mammoth reads a run's bold only, and the section titles came in as plain paragraphs, `1\. Who we are`, where a run
# made bold became a section heading (adoption hunt 44). Each such paragraph is read in bold, as Word draws it; the
# default style (bold, the whole text would be) and the styles of a table of contents' entries (bold in Word's own,
# and linked: read as section titles they would repeat the sections) are not.
_NOT_BOLD_STYLES = re.compile(r"(?i)toc\b|toc ?\d|table of contents|inhaltsverzeichnis|verzeichnis|index|caption|"
                              r"heading ?\d|title|subtitle|quote|intense quote|quotations|list (?:bullet|number)")
_BOLD = re.compile(r'<w:rPr>(?:(?!</w:rPr>).)*?<w:b(?:\s+w:val="([^"]*)")?\s*/>', re.S)


def _bold_styles(styles: str, headings: set[str]) -> list[str]:
    """The names of the paragraph styles Word draws in bold (by their own run properties or those of the style they are
    based on), but headings, the default style and those `_NOT_BOLD_STYLES` names."""
    own: dict[str, tuple[str, str | None, bool | None, bool]] = {}
    for match in re.finditer(r'<w:style\b(?=[^>]*w:type="paragraph")([^>]*)>(.*?)</w:style>', styles, re.S):
        style_id = re.search(r'w:styleId="([^"]+)"', match.group(1))
        if style_id is None:
            continue
        body = match.group(2)
        named = re.search(r'<w:name w:val="([^"]+)"', body)
        based = re.search(r'<w:basedOn w:val="([^"]+)"', body)
        bold = _BOLD.search(body)
        drawn = None if bold is None else (bold.group(1) or "true").lower() not in ("0", "false", "off")
        own[style_id.group(1)] = (named.group(1) if named else style_id.group(1), based.group(1) if based else None,
                                  drawn, bool(re.search(r'w:default="(?:1|true|on)"', match.group(1))))

    def drawn_bold(style_id: str, seen: frozenset[str] = frozenset()) -> bool:
        if style_id not in own or style_id in seen:
            return False
        _name, based, bold, _default = own[style_id]
        return bold if bold is not None else bool(based) and drawn_bold(str(based), seen | {style_id})

    if any(default and drawn_bold(style_id) for style_id, (_n, _b, _bold, default) in own.items()):
        return []  # the whole text in bold: nothing stands out
    return [name for style_id, (name, _based, _bold, default) in own.items()
            if not default and drawn_bold(style_id) and name not in headings and "'" not in name
            and not _NOT_BOLD_STYLES.match(name) and not _NAMED_HEADING.search(name)]


# Word's Title style as the Word, LibreOffice or WPS of another language names it when a template or a converter
# writes the name it shows (Word itself writes "Title" whatever its language), and a template's own title style
# ("Document Title"): a paragraph style of one of these names, with no outline level, is the document's title.
# Its paragraphs, neither bold nor headings, were imported as a plain first line, and the policy had no title
# (adoption hunt 25: "Titel", "Título", "表題").
_TITLE_NAMES = re.compile(
    r"(?i)titel|titre|título|titolo|títol|titlu|tytuł|tittel|rubrik|otsikko|název|názov|cím|konu başlığı|"
    r"название|назва|заглавие|наслов|naslov|τίτλος|כותרת|العنوان|表題|标题|標題|제목|ชื่อเรื่อง|tiêu đề|judul|"
    r"pavadinimas|nosaukums|tiitel|titill|(?:document|doc|policy|main|cover|report)[ _-]?title")


def _title_styles(document: str, styles: str) -> list[str]:
    """The names of the paragraph styles that are Word's Title in another language, or a template's title style, of
    a document that does not use Word's own Title, where one of the first three paragraphs holding words has it (the
    title, above the text: a style so named lower down is the template's, its paragraphs the text's)."""
    if _uses_title(document, styles, []):
        return []
    first = [re.search(r'<w:pStyle w:val="([^"]+)"', paragraph) for paragraph in
             re.findall(r"<w:p\b(?:(?!</w:p>).)*?</w:p>", document, re.S)
             if re.search(r"<w:t\b[^>]*>[^<]*\S", paragraph)][:3]
    opening = {found.group(1) for found in first if found}
    found = []
    for style_id, body in _STYLE.findall(styles):
        named = re.search(r'<w:name w:val="([^"]+)"', body)
        name = named.group(1) if named else style_id
        if _TITLE_NAMES.fullmatch(name.strip()) and "<w:outlineLvl" not in body and "'" not in name \
                and style_id in opening:
            found.append(name)
    return found


def _uses_title(document: str, styles: str, names: list[str]) -> bool:
    """Whether one paragraph of the document has Word's Title style (its id is the language's: Titre, Titel…) or a
    style of one of `names`; several are its top headings, as Heading 1s would be (a generator's Word file, its
    sections in Title under `Privacy Policy` typed in Normal: adoption 13 of session 36), the headings under them at
    Word's levels."""
    return _title_paragraphs(document, styles, names) == 1


def _title_paragraphs(document: str, styles: str, names: list[str]) -> int:
    """How many paragraphs of the document have Word's Title style or a style of one of `names`."""
    ids = re.findall(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="Title"\s*/>', styles) or ["Title"]
    ids += [style_id for style_id, body in _STYLE.findall(styles)
            if (named := re.search(r'<w:name w:val="([^"]+)"', body)) and named.group(1) in names]
    return sum(document.count(f'<w:pStyle w:val="{style_id}"/>') for style_id in set(ids))


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


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
# What Word's content types name a macro-enabled document or template, or a template, by (a .docm, .dotm or .dotx
# renamed .docx)
_MACROS = re.compile(rb"(?i)macroenabled")
_TEMPLATE = re.compile(rb"(?i)wordprocessingml\.template\.main\+xml")


def _package_refusal(archive: zipfile.ZipFile, name: str, notes: Notes) -> None:
    """ConvertError for a package Word refuses to open that the import would read otherwise (safety61 hunt): two parts
    of one name (OPC compares names without case; mammoth read the last, another tool the first: two texts in one
    file), or an XML part declaring a DTD (Word opens none; mammoth's parser expanded its entities into the text,
    `&x;` as any words the DTD gives, and left out an entity naming a file, unsaid). A macro-enabled document or a
    template under a .docx name is read as the document it holds, its macros never run, and said."""
    seen: set[str] = set()
    for info in archive.infolist():
        if info.filename.lower() in seen:
            raise ConvertError(Said("import.docx-twice", name=name, part=info.filename))
        seen.add(info.filename.lower())
    for info in archive.infolist():
        if info.filename.lower().endswith((".xml", ".rels")) and info.file_size <= MAX_UNPACKED:
            data = archive.read(info.filename)  # (by name: an encrypted entry's error names it so)
            if _DTD.search(data) or _DTD.search(image_rules.as_read(data)):
                raise ConvertError(Said("import.docx-dtd", name=name, part=info.filename))
    types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
    suffix = Path(name).suffix.lower()  # (a name saying what it is: said so)
    if _MACROS.search(types) or any(part.lower().endswith("vbaproject.bin") for part in seen):
        if suffix == ".docm":
            notes.add(Said("convert.word-macros/named"))
        elif suffix == ".dotm":
            notes.add(Said("convert.word-macros/named-template"))
        else:
            notes.add(Said("convert.word-macros"))
    elif suffix == ".dotx":
        notes.add(Said("convert.word-template/named"))
    elif _TEMPLATE.search(types):
        notes.add(Said("convert.word-template"))


def _as_odt(data: bytes, *, name: str, lang: str) -> Converted:
    """An OpenDocument text under a .docx name (a drive's export, a "Save As" keeping the name): read as the .odt it
    is, and said (it was refused, "name it .odt": adoption 13 of session 36)."""
    from dataclasses import replace

    from policysite.convert import odt_source

    converted = odt_source.convert(data, name=name, lang=lang)
    return replace(converted, notes=[Said("convert.docx-odt"), *converted.notes])


def convert(data: bytes, *, name: str, lang: str = "") -> Converted:
    """Markdown of the document's text; its title is its first Heading 1 (or Title) paragraph."""
    notes = Notes("Markdown line")
    if not data.strip():  # a cloud drive's placeholder of a file not downloaded, a copy that failed
        raise ConvertError(Said("import.docx-empty", name=name, size=len(data)))
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and "EncryptedPackage".encode("utf-16-le") in data:
        # a .docx protected by a password: Word keeps it encrypted in the older format's container
        raise ConvertError(Said("import.docx-encrypted", name=name))
    from policysite.convert import office_legacy

    if office_legacy.written_as(data):  # the older Word format (.doc) or its RTF named .docx: read as what it is,
        return office_legacy.convert(data, name=name, lang=lang)  # through LibreOffice, said (adopt43: refused)
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        raise ConvertError(Said("import.docx-html", name=name))
    if refused := disguised.office_refusal(data, name=name, extension=Path(name).suffix.lower() or ".docx"):
        raise ConvertError(refused)  # a PDF, a text named .docx
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = set(archive.namelist())
        if "word/document.xml" not in parts and "mimetype" in parts and \
                archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text"):
            return _as_odt(data, name=name, lang=lang)
        if "word/document.xml" not in parts:
            raise ConvertError(Said("import.docx-not-word", name=name))
        _package_refusal(archive, name, notes)
        main = _main_part(archive.read("_rels/.rels") if "_rels/.rels" in parts else b"")
        if main is not None and main != "word/document.xml":
            # Word names its text word/document.xml; another part would be read by mammoth and not by the checks here
            raise ConvertError(Said("import.docx-other-part", name=name, part=main))
        unpacked = sum(info.file_size for info in archive.infolist()  # every part but images and fonts: any may
                       if not info.filename.startswith(("word/media/", "word/fonts/")))  # be read as XML
        if unpacked > MAX_UNPACKED:  # the XML reader's time grows with the square of a long run of text
            raise ConvertError(Said("import.docx-large", name=name, size=f"{unpacked / 2**20:.0f}",
                                    most=MAX_UNPACKED // 2**20))
        if strict := word_strict.parts(archive):  # (Strict Open XML: read as the usual document it is, said)
            data = _with_parts(archive, strict)
            archive = zipfile.ZipFile(io.BytesIO(data))
            notes.add(Said("convert.word-strict"))
        _margins_note(archive, notes)
        original = archive.read("word/document.xml").decode("utf-8", "replace")
        document, chunks = alt_chunks.extract(archive, original, notes, room=MAX_UNPACKED - unpacked,
                                               name=name)
        comments, styles, footnotes, endnotes = (
            archive.read(f"word/{part}.xml").decode("utf-8", "replace") if f"word/{part}.xml" in parts else ""
            for part in ("comments", "styles", "footnotes", "endnotes"))
        document, typed_headings = word_sized_headings.headings(document, styles)
        if typed_headings:  # (headings set by hand in bold or larger type, of several sizes: levels by their sizes)
            notes.add(Said("convert.word-typed-headings", count=len(typed_headings), shown=quoted(typed_headings[:5])))
        plain = word_title.plain_title(document, styles) if not _title_styles(document, styles) else None
        if plain is not None:  # a bold or large first paragraph over headed sections: the title Word's style gives
            document, styles, words = plain
            notes.add(Said("convert.word-plain-title", words=words))
        titles = _title_styles(document, styles)
        title_paragraphs = _title_paragraphs(document, styles, titles)
        titled = title_paragraphs == 1
        derived = _derived_headings(styles)
        below = f".{heading_depth.BELOW_TITLE}" if titled else ""
        style_map = STYLE_MAP + "".join(f"\np[style-name='{name}'] => h1:fresh" for name in titles) + (
            TITLED if titled else "") + "".join(
            f"\np[style-name='{name}'] => h{level}{below}:fresh"
            for name, level in derived.items()) + "".join(
            f"\np[style-name='{name}'] => p:fresh > strong:fresh"
            for name in _bold_styles(styles, {*derived, *titles})) + "".join(
            f"\np.{_OUTLINED}{level} => h{level}{below}:fresh" for level in range(1, 7)) + (
            f"\np.{word_contents.STYLE} => p:fresh > strong:fresh") + word_typed_bullets.style_map()
        if titles:
            notes.add(Said("convert.word-title-style", names=quoted(titles, most=len(titles))))
        shown, hidden = _without_hidden(document, styles)
        if hidden:  # mammoth reads hidden runs as text: the document without them
            notes.add(Said("convert.word-hidden", count=hidden))
        unseen = _unseen_runs(shown)
        if unseen:  # (kept: the words are the document's, as white ink of an HTML page is; the legal team decides)
            notes.add(Said("convert.word-unseen", count=len(unseen), shown=quoted([words[:50] for words in unseen])))
        if bound := bound_controls.differing(archive, shown):
            notes.add(Said("convert.word-bound", count=len(bound), shown=quoted([data[:50] for data, _ in bound]),
                           saved=quoted([words[:50] for _, words in bound])))
        shown, placeholders = _without_placeholders(shown)
        _placeholders_said("", [(words, "") for words, paragraph in placeholders if not paragraph], notes)
        shown, dangling, unfiled = _unrelated(shown, alt_chunks.relation_ids(archive))
        mended = {}  # (the footnotes and endnotes, which name their links' and pictures' relationships in their own)
        for part, xml in (("word/footnotes.xml", footnotes), ("word/endnotes.xml", endnotes)):
            amended, lost, pictures = _unrelated(xml, alt_chunks.relation_ids(archive, part)) if xml else (xml, [], 0)
            if amended != xml:
                mended[part] = amended.encode("utf-8")
            dangling, unfiled = dangling + lost, unfiled + pictures
        if dangling:  # (a damaged package, or a generator's: Word repairs it, the words kept without their link)
            notes.add(Said("convert.word-dangling-links", count=len(dangling), shown=quoted(dangling[:5])))
        if unfiled:  # (Word draws an empty frame in its place)
            notes.add(Said("convert.word-dangling-pictures", count=unfiled))
        shown = word_fields.joined_codes(shown)  # (a field's code in several runs: read whole)
        shown, pages, in_text = word_contents.page_numbers(shown, styles)
        if in_text:  # (a cross-reference's page, "see section 4 on page 7": the sentence's words, kept and said)
            notes.add(Said("convert.word-page-references", count=len(in_text), shown=quoted(in_text[:3])))
        shown, typed = _TYPED_PAGE_NUMBER.subn(r"\1\3", shown)
        shown, contents_headings, typed_in_entries = word_contents.unsectioned(shown, styles)
        pages += typed + typed_in_entries
        if pages:
            notes.add(Said("convert.word-page-numbers", count=pages))
        shown, in_codes = word_fields.nested_results(shown)
        if in_codes:
            notes.add(Said("convert.word-nested-fields", count=len(in_codes), shown=quoted(in_codes)))
        word_fields.say(shown, notes)
        shown, tips = _link_fields(word_references.linked(shown))
        if tips:
            said = list(dict.fromkeys(tips))
            notes.add(Said("convert.word-screentips", count=len(tips), shown=quoted(said, most=len(said))))
        shown, directed = _directions(shown, styles, lang)
        if directed:
            notes.add(Said("convert.word-directions/more" if len(directed) > 3 else "convert.word-directions",
                           count=len(directed), shown=quoted([words[:50] for words in directed[:3]])))
        shown, unwrapped = _readable(word_drop_caps.joined(shown))
        shown, symbols = word_symbols.drawn(shown)
        if symbols:
            notes.add(Said("convert.word-symbol-fonts", count=symbols))
        if unwrapped:
            notes.add(Said("convert.word-readable", count=unwrapped))
        shown, drawn, watermarks = word_art.read(shown)
        if drawn:
            notes.add(Said("convert.word-art", count=len(drawn), shown=quoted([words[:60] for words in drawn], most=5)))
        if watermarks:
            notes.add(Said("convert.word-watermarks", count=len(watermarks), shown=quoted(watermarks)))
        shown, dropped = _shown_alternates(shown)
        if dropped:
            notes.add(Said("convert.word-alternates", count=len(dropped),
                           shown=quoted([words[:60] for words in dropped[:5]], most=5)))
        if charts := word_charts.titles(archive, shown):
            named = [title for title in charts if title]
            notes.add(Said("convert.word-charts", count=len(charts), shown=quoted(named, most=len(named)))
                      if named else Said("convert.word-charts/untitled", count=len(charts)))
        shown, diagrams = word_diagrams.as_text_boxes(archive, shown)
        if diagrams:
            notes.add(Said("convert.word-diagrams", count=diagrams))
        shown, boxes = _text_boxes(shown)
        shown, outlined = _outlined(shown)
        outlined -= len(typed_headings)  # (said above)
        if outlined:
            notes.add(Said("convert.word-outline", count=outlined))
        if boxes:
            notes.add(Said("convert.word-text-boxes", count=boxes))
        shown = word_grid.placed(shown)[0]  # (a row's cells in the columns Word shows them in)
        shown, typed_items = word_typed_bullets.listed(shown, styles)
        if typed_items:  # (paragraphs each starting with a bullet typed by hand, `•` and a tab: a list)
            notes.add(Said("convert.word-typed-bullets", count=typed_items))
        numbering = archive.read("word/numbering.xml").decode("utf-8", "replace") \
            if "word/numbering.xml" in parts else ""
        lists = word_numbering.read(numbering, styles) if numbering else {}
        labelled, unknown, headings_numbered, alone = word_numbering.labelled(shown, lists, styles)
        if alone:
            notes.add(Said("convert.word-number-alone", count=len(alone), shown=quoted(alone[:3])))
        if unknown:
            notes.add(Said("convert.word-numbering-format", formats=", ".join(sorted(unknown))))
        replaced = {"word/document.xml": labelled.encode("utf-8")} if labelled != original else {}
        replaced |= mended
        if numbering:
            replaced["word/numbering.xml"] = word_numbering.for_mammoth(numbering, lists, styles)
        complete = _styles_read_as_word(styles) if styles else None
        if complete is not None or plain is not None:
            replaced["word/styles.xml"] = complete or styles.encode("utf-8")
        if replaced:
            data = _with_parts(archive, replaced)
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=style_map,
                                         convert_image=mammoth.images.img_element(lambda image: {"src": ""}))
    except ConvertError:
        raise
    except word_numbering.UnreadableNumbering as exc:
        raise ConvertError(prefixed(name, text_of(exc))) from None
    except RecursionError:  # the reader walks the document's XML element by element (security hunt 28, left)
        raise ConvertError(Said("import.docx-nested", name=name)) from None
    except Exception as exc:  # a damaged file can fail anywhere in zipfile or mammoth
        raise ConvertError(Said("import.docx-unreadable", name=name, error=file_reason(exc))) from None
    converted = _rubies(_BOOKMARK.sub(lambda m: m.group(1) + bookmark_id(m.group(2)), result.value))
    converted = word_lines.join(converted, notes, lang=lang)  # (a PDF's lines, each a paragraph)
    converted = heading_depth.below_title(converted, notes) if titled else converted
    if not titled and not re.search(r"<h1[\s>]", converted):  # a title at Word's level 2 over level 3 sections
        tree = LexborHTMLParser(converted)
        if tree.body is not None:
            html_source.lone_top_heading(tree.body, notes, word=True)
            converted = tree.body.inner_html or converted
    if lang and "<table" in converted:  # one text in two languages side by side: the column in `lang`
        tree = LexborHTMLParser(converted)
        bilingual.one_column(tree, lang, notes)
        converted = (tree.body.inner_html or "") if tree.body is not None else converted
    _document_notes(comments, converted, notes, read=(document, footnotes, endnotes),
                    headings_numbered=headings_numbered)
    for message in sorted({m.message for m in result.messages}):
        if _STYLE_WARNING.search(message) or unfiled and _NO_PICTURE.match(message):
            continue  # a character or paragraph style the converter has no rule for: its text is kept as text
        unread = _UNREAD.match(message)
        if unread:  # mammoth skips the element and whatever it holds
            notes.add(Said("convert.word-unread", element=unread.group(1)))
        else:
            notes.add(Said("convert.word-converter", message=message))
    body = neutralise.neutralise(google_ids.heading_ids(html_to_markdown(
        converted, notes, word_levels=1 if titled else 0, title_tops=title_paragraphs > 1), notes), notes)
    body = alt_chunks.put_back(body, chunks, notes, name=name, lang=lang)
    word_contents.say(body, contents_headings, notes)
    word_review.say(body, word_review.reviewed((document, footnotes, endnotes)), notes)
    _placeholders_said(body, [(words, paragraph) for words, paragraph in placeholders if paragraph], notes)
    title = re.search(r"(?m)^# (.+?)(?: \{#[^}]*\})?$", body)
    return Converted(body, {"title": title.group(1).strip()} if title else {}, notes.sentences(), where=notes.where)


# Word's bookmarks as ids a heading can take and the site publishes, in its ids and its links alike: Google Docs names
# each heading's `_heading=h.gjdgxs` (a heading's id cannot hold `=`: it stayed an empty `<span id=…>` paragraph above
# the heading, whose checks read its digits as numbers), LibreOffice `__RefHeading___Toc12_345` (`__` ids are the
# theme's own: the links of its table of contents and cross-references lost their target); Word's `_top` is the top.
# A name LibreOffice or another writer gave quotes, brackets, parentheses or spaces (`Art."2"(a)`, `a[1]`) ended the
# Markdown link early (a dead link and a stray `)` in the text) and was no id attr_list reads: each such character is
# a hyphen, in the ids and the links alike.
_BOOKMARK = re.compile(r'(\bid="|\bhref="#)([^"]*)(?=")')


# mammoth's word on styles it maps to nothing (Hyperlink, CommentReference…): about its map, not the text.
_STYLE_WARNING = re.compile(r"^(?:Unrecognised (?:run|paragraph|table) style|(?:Run|Paragraph|Table) style with ID "
                            r".* was referenced but not defined)")


# mammoth's word on a picture without its file (those `_RELATED_PICTURE` left out, said with them)
_NO_PICTURE = re.compile(r"^(?:Could not find image file for a:blip element|A v:imagedata element without a "
                         r"relationship ID was ignored)")


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


def _styles_read_as_word(styles: str) -> bytes | None:
    """styles.xml as mammoth can read it, or None where it can already: a style without a type is a paragraph
    style (ECMA-376's default), one without an id can be used by no paragraph and no list; mammoth fails on either
    with the attribute's name alone."""
    from lxml import etree

    try:
        root = etree.fromstring(styles.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None  # mammoth says what it cannot read
    lacking = [style for style in root.iter(f"{_W}style")
               if not style.get(f"{_W}styleId") or not style.get(f"{_W}type")]
    for style in lacking:
        if style.get(f"{_W}styleId"):
            style.set(f"{_W}type", "paragraph")
        elif style.getparent() is not None:
            style.getparent().remove(style)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)) if lacking else None


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


def _unseen_runs(document: str) -> list[str]:
    """The words of each run whose own properties draw it unseen on the page: ink white, or nearly, with no shading
    or highlight under it (its own, its paragraph's, its table cell's), or a size of 1 point or less. Word shows the
    legal team nothing there, and the import made them the site's text without a word (safety hunt 22)."""
    from lxml import etree

    from policysite import css_rules

    if not any(mark in document for mark in ("w:color", "w:sz", "<w:w ", "w:spacing")):
        return []
    try:
        root = etree.fromstring(document.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                          huge_tree=True))
    except etree.XMLSyntaxError:
        return []
    found = []
    for run in root.iter(f"{_W}r"):
        properties = run.find(f"{_W}rPr")
        words = "".join(text.text or "" for text in run.iter(f"{_W}t")).strip()
        if properties is None or not words:
            continue
        colour, size = properties.find(f"{_W}color"), properties.find(f"{_W}sz")
        value = (colour.get(f"{_W}val") or "") if colour is not None else ""
        ink = css_rules.colour_rgb(f"#{value}") if re.fullmatch(r"[0-9A-Fa-f]{6}", value) else None
        shaded = properties.find(f"{_W}highlight") is not None or any(
            (shading.get(f"{_W}fill") or "auto").lower() not in ("auto", "ffffff") for holder in
            [run, *run.iterancestors(f"{_W}p", f"{_W}tc")] for shading in holder.iter(f"{_W}shd"))
        theme = ((colour.get(f"{_W}themeColor") or "") if colour is not None else "").lower()
        pale = (ink is not None and css_rules.contrast(ink, (255, 255, 255)) < 1.5
                or theme in ("background1", "bg1")) and not shaded  # (the page's own colour, by the theme: hunt 44)
        tiny = size is not None and re.fullmatch(r"\d+", size.get(f"{_W}val") or "") is not None \
            and int(size.get(f"{_W}val") or "0") <= 2  # half-points: 1 pt
        if pale or tiny or _squeezed(properties, size):
            found.append(words)
    return found


def _squeezed(properties: Any, size: Any) -> bool:
    """Whether a run's own properties squeeze its letters into one another (safety hunt 44): a character scale of a
    fifth or less (`w:w`, per cent), or its letters condensed by half their size or more (`w:spacing`, twentieths of a
    point; the size in half-points, Word's 11 pt where the run sets none)."""
    scale, spacing = properties.find(f"{_W}w"), properties.find(f"{_W}spacing")
    squeezed = scale is not None and re.fullmatch(r"\d+", scale.get(f"{_W}val") or "") is not None \
        and int(scale.get(f"{_W}val") or "100") <= 20
    points = int(size.get(f"{_W}val")) / 2 if size is not None and (size.get(f"{_W}val") or "").isdigit() else 11
    condensed = spacing is not None and re.fullmatch(r"-\d+", spacing.get(f"{_W}val") or "") is not None \
        and -int(spacing.get(f"{_W}val") or "0") / 20 >= points / 2
    return squeezed or condensed


def _directions(document: str, styles: str, lang: str) -> tuple[str, list[str]]:
    """`document` with its paragraphs and passages set in the other direction than the text's between direction
    isolates (word_direction), and their words."""
    from lxml import etree

    from policysite.characters import right_to_left

    if "w:bidi" not in document and "w:rtl" not in document and "w:bidi" not in styles:
        return document, []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(document.encode("utf-8"), parser)
        style_root = etree.fromstring(styles.encode("utf-8"), parser) if styles.strip() else None
    except etree.XMLSyntaxError:
        return document, []  # mammoth says what it cannot read
    kept = word_direction.keep(root, style_root, rtl_document=right_to_left(lang) if lang.strip() else None)
    return (etree.tostring(root, encoding="unicode"), kept) if kept else (document, [])


def _placeholders_said(body: str, placeholders: list[tuple[str, str]], notes: Notes) -> None:
    """Each placeholder left out (`_without_placeholders`) inside a paragraph of other words said at that paragraph's
    line of `body`, the Markdown written (its sentence reads without the words Word asked for: `issued by .`); the
    others (paragraphs of their own, or not found in `body`) said together."""
    alone = []
    for words, paragraph in placeholders:
        line = word_review.located(body, paragraph) if paragraph else None
        if line is None:
            alone.append(words)
        else:
            notes.add(Said("convert.word-placeholder-line", shown=quoted([words])), line)
    if alone:
        said = list(dict.fromkeys(alone))
        notes.add(Said("convert.word-placeholders", count=len(alone), shown=quoted(said, most=len(said))))


def _without_placeholders(document: str) -> tuple[str, list[tuple[str, str]]]:
    """`document` without the placeholder text of its content controls never filled in (`w:showingPlcHdr`: "Click or
    tap here to enter text.", a template's "[Company name]"), and the words each held with the words left in its
    paragraph (adoption hunt 34; adopt53: where those are said, `issued by .`)."""
    from lxml import etree

    if "showingPlcHdr" not in document:
        return document, []
    try:
        root = etree.fromstring(document.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                          huge_tree=True))
    except etree.XMLSyntaxError:
        return document, []  # mammoth says what it cannot read
    said = []
    for control in list(root.iter(f"{_W}sdt")):
        shows = control.find(f"{_W}sdtPr/{_W}showingPlcHdr")
        content = control.find(f"{_W}sdtContent")
        if shows is None or content is None or \
                str(shows.get(f"{_W}val", "true")).strip().lower() in ("0", "false", "off"):
            continue
        runs = list(content.iter(f"{_W}r"))
        words = " ".join("".join(t.text or "" for run in runs for t in run.iter(f"{_W}t")).split())
        for run in runs:
            if run.getparent() is not None:
                run.getparent().remove(run)
        if not words:
            continue  # (a control inside another never filled in: its words were left out with the other's)
        paragraph = next(control.iterancestors(f"{_W}p"), None)
        left = "".join(t.text or "" for t in paragraph.iter(f"{_W}t")) if paragraph is not None else ""
        said.append((words[:60], " ".join(left.split())))
    return (etree.tostring(root, encoding="unicode"), said) if said else (document, [])


# What Word shows as text inside elements mammoth does not read (it skips them with their words): a simple field's
# result (w:fldSimple: mail merge, DATE, HYPERLINK), a bidirectional run's content (w:dir, w:bdo), the base of a
# phonetic guide (w:ruby: Japanese furigana, its reading w:rt left out); a carriage return (w:cr) is a line break, a
# positional tab (w:ptab) a tab, a double strikethrough (w:dstrike) struck through as w:strike is, and a checkbox its
# box's character.
_WRAPPERS = re.compile(r"</?w:(?:fldSimple|dir|bdo)\b[^>]*?(?<!/)>")
_EMPTY_FIELD = re.compile(r"<w:fldSimple\b[^>]*/>")
_RUBY = re.compile(r"<w:ruby>(?:(?!</w:ruby>).)*?<w:rubyBase>((?:(?!</w:rubyBase>).)*)</w:rubyBase>\s*</w:ruby>", re.S)
# A phonetic guide's reading (w:rt, before its base in w:rubyBase): the ruby is kept as the site writes it,
# `<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`, as the HTML import keeps one (adopt51); the readings were left out
# (small2). mammoth writes no ruby: the base and its reading go through it as text between marks of Unicode's private
# use (RUBY_MARKS), which `_rubies` makes the ruby again in its HTML; a document holding those characters itself has
# its bases read as before, their readings left out.
_RUBY_READ = re.compile(r"<w:ruby>(?:(?!</w:ruby>|<w:rt[\s>]).)*<w:rt(?:\s[^>]*)?>((?:(?!</w:rt>).)*)</w:rt>\s*"
                        r"<w:rubyBase>((?:(?!</w:rubyBase>).)*)</w:rubyBase>\s*</w:ruby>", re.S)
RUBY_MARKS = ("\ue000", "\ue001", "\ue002")  # before the base, between it and its reading, after the reading
# (the base and the reading with the marks mammoth writes of their own runs' formatting, `<strong>個人情報</strong>`:
# each mark is a run of its own, unformatted, so that what the base's runs open they close before the reading's; no
# other tag: a list's label, marked with the same characters (list_passes.WORD_LABEL), is no ruby)
_RUBY_MARKED = re.compile("\ue000((?:[^\ue000-\ue002<>]|</?(?:strong|em|s|sup|sub|u)>)*)\ue001"
                          "((?:[^\ue000-\ue002<>]|</?(?:strong|em|s|sup|sub|u)>)*)\ue002")
# A ruby as Word writes it, the only content of its run: the base's and the reading's runs keep their own formatting
# (bold, italics), which reading their words into the outer run lost (adopt54's leftover).
_RUBY_RUN = re.compile(r"<w:r(?:\s[^>]*)?>\s*(?:<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr>)?\s*<w:ruby>"
                       r"(?:(?!</w:ruby>|<w:rt[\s>]).)*<w:rt(?:\s[^>]*)?>((?:(?!</w:rt>).)*)</w:rt>\s*"
                       r"<w:rubyBase>((?:(?!</w:rubyBase>).)*)</w:rubyBase>\s*</w:ruby>\s*</w:r>", re.S)
_BASE_RUN = re.compile(r"<w:r(?:\s[^>]*)?>(?:(?!</w:r>).)*</w:r>", re.S)
_RUBY_MARK_IN = re.compile(r"[\ue000-\ue002]|&#(?:[xX]0*[eE]00[0-2]|0*5734[4-6]);")
_RUN_TEXT = re.compile(r"<w:t\b[^>]*?(?:/>|>[^<]*</w:t>)")
_ON = r'(?:\s+w:val="(?:1|true|on)")?\s*/>'
_REPLACED = ((re.compile(r"<w:cr\s*/>"), "<w:br/>"), (re.compile(r"<w:ptab\b[^>]*/>"), "<w:tab/>"),
             # a checkbox content control: its box as Word draws it (☒, ☐), which mammoth made a form's input, left
             # out (adoption hunt 34)
             (re.compile(r"<w14:checkbox\b.*?</w14:checkbox>", re.S), ""),
             (re.compile(r"<w:dstrike" + _ON), "<w:strike/>"), (re.compile(r'<w:dstrike\s+w:val="[^"]*"\s*/>'), ""),
             # the marks where a range starts or ends, holding no words: where readers of a protected document may
             # edit (Restrict Editing's exceptions), a tracked change of custom XML; mammoth said each "left out …
             # with any words inside it", to compare with the document for nothing (adopt41)
             (re.compile(r"<w:(?:perm|customXml(?:Ins|Del|MoveFrom|MoveTo)Range)(?:Start|End)\b[^>]*/>"), ""))


# A link as Word writes it in a field (older Word, LibreOffice, a link given a ScreenTip or a target frame):
# `HYPERLINK "https://…" \\o "ScreenTip" \\t "_blank"`, its fragment apart, `\\l "section"`. The reader takes
# everything between the first and the last quote for the address (adoption hunt 43: the link went to
# `https://www.garanteprivacy.it/"%20%5Co%20"Garante`).
_HYPERLINK_FIELD = re.compile(r"(<w:instrText\b[^>]*>)(\s*(?i:HYPERLINK)\s[^<]*)(</w:instrText>)")
_FIELD_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def _link_fields(document: str) -> tuple[str, list[str]]:
    """`document` with each link field's code its address alone (`HYPERLINK "https://…#section"`, or `HYPERLINK \\l
    "section"` within the document), and the ScreenTips left out."""
    tips: list[str] = []

    def plain(match: re.Match[str]) -> str:
        tokens = [quoted if quoted is not None and bare == "" else bare
                  for quoted, bare in _FIELD_TOKEN.findall(html.unescape(match.group(2)))][1:]
        address, location, index = "", "", 0
        while index < len(tokens):
            token = tokens[index]
            if token.lower() in ("\\l", "\\o", "\\t") and index + 1 < len(tokens):
                if token.lower() == "\\l":
                    location = tokens[index + 1]
                elif token.lower() == "\\o":
                    tips.append(tokens[index + 1])
                index += 2
                continue
            if not token.startswith("\\") and not address:
                address = token
            index += 1
        if address:
            code = f' HYPERLINK "{address}{"#" + location if location else ""}" '
        elif location:
            code = f' HYPERLINK \\l "{location}" '
        else:
            return match.group(0)
        return match.group(1) + html.escape(code, quote=False) + match.group(3)

    return _HYPERLINK_FIELD.sub(plain, document), tips


# A link naming its address by a relationship (`<w:hyperlink r:id="rId9">`) the document's relationships lack: mammoth
# failed on the whole document with the id alone, "cannot be read as a Word document: 'rId9'" (adopt58), where Word
# repairs the file and shows the link's words.
_RELATED_LINK = re.compile(r'(<w:hyperlink\b[^>]*?)\s+r:id="([^"]*)"([^>]*>)((?:(?!</w:hyperlink>).)*)', re.S)


# A picture naming its file by a relationship the document lacks (`<a:blip r:embed="rId77"/>`, a VML picture's
# `<v:imagedata r:id=…>`): the same failure; the picture is left out, as its file is.
_RELATED_PICTURE = re.compile(r'(<(?:a:blip|v:imagedata)\b[^>]*?)(\s+r:(?:embed|link|id)="([^"]*)")')


def _unrelated(xml: str, ids: set[str]) -> tuple[str, list[str], int]:
    """`xml` (the text's, its footnotes' or endnotes' part) with its links and pictures naming relationships its part
    lacks made words and left out (`_dangling_links`, `_RELATED_PICTURE`), those links' words, and how many pictures."""
    xml, lost = _dangling_links(xml, ids)
    xml, pictures = _RELATED_PICTURE.subn(lambda m: m.group(0) if m.group(3) in ids else m.group(1), xml)
    return xml, lost, pictures


def _dangling_links(document: str, ids: set[str]) -> tuple[str, list[str]]:
    """`document` with each link whose relationship is missing made its words alone, and those words."""
    lost: list[str] = []

    def words_alone(match: re.Match[str]) -> str:
        if match.group(2) in ids:
            return match.group(0)
        lost.append(" ".join(html.unescape("".join(_WORDS.findall(match.group(4)))).split())[:60])
        opening = re.sub(r'\s+w:anchor="[^"]*"', "", match.group(1) + match.group(3))  # (its fragment, of that address)
        return opening + match.group(4)

    return (_RELATED_LINK.sub(words_alone, document), lost) if "r:id=" in document else (document, [])


def _readable(document: str) -> tuple[str, int]:
    """`document` with what Word shows inside elements mammoth skips made runs it reads, and how many were (a ruby
    kept with its reading, between RUBY_MARKS, not counted: nothing of it is left out)."""
    document, count = _WRAPPERS.subn("", document)
    document = _EMPTY_FIELD.sub("", document)
    if not _RUBY_MARK_IN.search(document):
        document = _RUBY_RUN.sub(_ruby_runs, document)
        before, between, after = (f"<w:t>{mark}</w:t>" for mark in RUBY_MARKS)
        document = _RUBY_READ.sub(lambda m: before + "".join(_RUN_TEXT.findall(m.group(2))) + between
                                  + "".join(_RUN_TEXT.findall(m.group(1))) + after, document)
    document, rubies = _RUBY.subn(lambda m: "".join(_RUN_TEXT.findall(m.group(1))), document)
    for pattern, replacement in _REPLACED:
        document = pattern.sub(replacement, document)
    return document, count // 2 + rubies


def _ruby_runs(match: re.Match[str]) -> str:
    """The runs of a ruby's run (`_RUBY_RUN`): its base's own, then its reading's, each with its formatting (the
    ruby's where it has none), between RUBY_MARKS."""
    outer, reading, base = match.group(1) or "", match.group(2), match.group(3)
    before, between, after = (f"<w:r><w:t>{mark}</w:t></w:r>" for mark in RUBY_MARKS)
    formatted = f"<w:rPr>{outer}</w:rPr>"

    def own(runs: str) -> str:
        return "".join(run if "<w:rPr>" in run or not outer else
                       re.sub(r"^<w:r(?:\s[^>]*)?>", lambda m: m.group() + formatted, run)
                       for run in _BASE_RUN.findall(runs))

    return before + own(base) + between + own(reading) + after


def _rubies(converted: str) -> str:
    """mammoth's HTML with each phonetic guide `_readable` marked a ruby, `<ruby>base<rt>reading</rt></ruby>`
    (to_markdown keeps it where the site writes such a ruby, its base alone where not: an empty reading)."""
    return _RUBY_MARKED.sub(lambda m: f"<ruby>{m.group(1)}<rt>{m.group(2)}</rt></ruby>", converted)


# A text box (a shape holding paragraphs) as Word writes it: DrawingML (`w:drawing` … `w:txbxContent`) in an
# mc:AlternateContent's Choice, with a VML copy as its Fallback, which mammoth reads (its words as paragraphs after
# the paragraph the box is anchored in). A document that writes the box without that copy (other tools do, or the
# DrawingML alone) lost its words silently: its Choice is read as the Fallback, its shapes' text boxes as the VML
# copy's would be (adoption hunt 29).
_ALTERNATE = re.compile(r"<mc:AlternateContent\b[^>]*>(?:(?!</?mc:AlternateContent\b).)*</mc:AlternateContent>", re.S)
_DRAWING = re.compile(r"<w:drawing\b[^>]*>(?:(?!</w:drawing>).)*</w:drawing>", re.S)
_BOX = re.compile(r"<w:txbxContent\b[^>]*>(?:(?!</?w:txbxContent\b).)*</w:txbxContent>", re.S)


_FALLBACK = re.compile(r"<mc:Fallback\b[^>]*>((?:(?!</mc:Fallback>).)*)</mc:Fallback>", re.S)
_WORDS = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>")


def _shown_alternates(document: str) -> tuple[str, list[str]]:
    """`document` with each mc:AlternateContent whose Choice (what Word, from 2010, shows) says other words than its
    Fallback (the copy for older programs, which mammoth reads) made its Choice, and the Fallback's words so left out
    (safety hunt 44: Choice "ne vendons pas", Fallback "vendons", imported as the second without a word). Word's own
    documents write the same words in both; a text box's Choice is then read as one without a copy (_text_boxes)."""
    dropped: list[str] = []

    def shown(match: re.Match[str]) -> str:
        xml = match.group(0)
        choice, fallback = _CHOICE.search(xml), _FALLBACK.search(xml)
        if choice is None or fallback is None:
            return xml
        said, copied = ("".join(_WORDS.findall(part.group(1))) for part in (choice, fallback))
        if " ".join(said.split()) == " ".join(copied.split()):
            return xml
        if copied.strip():  # (a copy without words, a picture of the box: nothing left out to say)
            dropped.append(" ".join(copied.split()))
        return choice.group(1)

    if "<mc:AlternateContent" not in document:
        return document, []
    return _ALTERNATE.sub(shown, document), dropped


def _text_boxes(document: str) -> tuple[str, int]:
    """`document` with the text boxes Word shows but mammoth would not read made ones it reads, and how many."""
    count, copied = 0, []

    def chosen(match: re.Match[str]) -> str:
        xml = match.group(0)
        if "<mc:Fallback" in xml:
            copied.append(xml)  # mammoth reads the Fallback: Word's VML copy of the same box
            return f"\0{len(copied) - 1}\0"
        choice = _CHOICE.search(xml)  # no copy: what Word shows is the Choice
        return choice.group(1) if choice else xml

    def boxed(match: re.Match[str]) -> str:
        nonlocal count
        boxes = _BOX.findall(match.group(0))
        count += 0 if word_art.drawn_as_art(match.group(0)) else len(boxes)  # (WordArt: said as such, word_art)
        return f"<w:pict>{''.join(boxes)}</w:pict>" if boxes else match.group(0)

    if "<w:txbxContent" not in document:
        return document, 0
    document = _DRAWING.sub(boxed, _ALTERNATE.sub(chosen, document))
    return re.sub("\0(\\d+)\0", lambda m: copied[int(m.group(1))], document), count


# A paragraph Word makes a heading by its own outline level (Paragraph › Outline level: Level 1, as its navigation pane
# and table of contents read it) rather than by a heading style: mammoth reads no outline level, and it was a plain
# paragraph (adoption hunt 29). It takes a style id of ours that the style map makes a heading of that level.
_OUTLINED = "PolicysiteOutlineLevel"
_PARAGRAPH_PROPERTIES = re.compile(r"<w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>", re.S)


def _outlined(document: str) -> tuple[str, int]:
    """`document` with each paragraph of an outline level 1 to 6 of its own styled as a heading of it, and how many."""
    count = 0

    def styled(match: re.Match[str]) -> str:
        nonlocal count
        properties = match.group(1)
        level = re.search(r'<w:outlineLvl w:val="(\d)"\s*/>', properties)
        if level is None or int(level.group(1)) > 5 or "<w:pPrChange" in properties[:level.start()]:
            return match.group(0)  # body text (9), or the outline level a tracked change took away
        count += 1
        style = f'<w:pStyle w:val="{_OUTLINED}{int(level.group(1)) + 1}"/>'
        properties = re.sub(r"<w:pStyle\b[^>]*/>", "", properties, count=1)
        return f"<w:pPr>{style}{properties}</w:pPr>"

    return _PARAGRAPH_PROPERTIES.sub(styled, document), count


_CHOICE = re.compile(r"<mc:Choice\b[^>]*>((?:(?!</mc:Choice>).)*)</mc:Choice>", re.S)


# A table of contents' entry whose page number is written as text after a tab, not as a PAGEREF field (LibreOffice
# and Google Docs write theirs so: `<w:hyperlink w:anchor="…"><w:r><w:t>1. Who we are</w:t><w:tab/><w:t>3</w:t>`):
# the number was imported into the entry's words, `[1. Who we are 3](#…)` (adoption hunt 25). The tab and the number
# ending a link into the document go.
_TYPED_PAGE_NUMBER = re.compile(
    r'(<w:hyperlink\b[^>]*\bw:anchor="[^"]*"[^>]*>(?:(?!</w:hyperlink>).)*?)<w:tab\s*/>'
    r'((?:\s*</?w:r>|\s*<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>|\s*<w:r\b[^>]*>)*\s*<w:t\b[^>]*>\s*(?:\d{1,4}|[ivxlcdm]{1,8})\s*'
    r'</w:t>)((?:\s*</w:r>)?\s*</w:hyperlink>)', re.S | re.I)


def _with_parts(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    """The document's zip with each part named in `replaced` replaced by its content there."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            copy.writestr(info, replaced[info.filename] if info.filename in replaced else archive.read(info.filename))
    return out.getvalue()


_MARGIN_PART = re.compile(r"word/(header|footer)\d*\.xml")
# A run's words, to say them, and what Word shows as a space between them (a tab, a line break): a word Word split
# into runs (spelling marks, revisions: `Pa` `ge 1`) is one word, as the page shows it.
_RUN_WORDS = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:(?:tab|br|cr)\b[^>]*/>")


def _paragraph_words(xml: str) -> list[str]:
    """The words of each paragraph of a header's or footer's XML, as Word shows them (its runs joined as written)."""
    out = []
    for paragraph in re.findall(r"<w:p\b.*?</w:p>", xml, re.S):
        words = " ".join("".join(html.unescape(m.group(1)) if m.group(1) is not None else " "
                                 for m in _RUN_WORDS.finditer(paragraph)).split())
        out += [words] if words else []
    return out


def _margin_parts(archive: zipfile.ZipFile) -> list[str]:
    """The parts holding the document's page headers and footers, headers first: those named as Word names them
    (`word/header1.xml`) and those its relationships name as such, whatever their names (`word/firstHeader.xml`:
    adopt21, a margin another writer named otherwise was not read)."""
    named = {name: "footer" in name for name in archive.namelist() if _MARGIN_PART.fullmatch(name)}
    named |= {part: kind.endswith("/footer") for _id, kind, part in alt_chunks.relations(archive)
              if kind.endswith(("/header", "/footer"))}
    present = set(archive.namelist())
    return sorted((part for part in named if part in present), key=lambda part: (named[part], part))


def margin_paragraphs(path: Path) -> list[str]:
    """The words of each paragraph of a Word file's page headers and footers, headers first (none where it cannot be
    read): a version's date written there only ("Version 3 – 1 March 2022", "Fassung vom 1. März 2022"), which the
    conversion leaves out, is offered as its name's day (adoption hunt 44)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = _margin_parts(archive)
            if sum(archive.getinfo(name).file_size for name in parts) > MAX_UNPACKED:
                return []
            xml = [archive.read(name).decode("utf-8", "replace") for name in parts]
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError):
        return []
    return [words for part in xml for words in _paragraph_words(part)]


def _margins_note(archive: zipfile.ZipFile, notes: Notes) -> None:
    """The words of the document's page headers and footers, which the conversion (as a web page, which has no
    pages) leaves out: said, with a few of them, so that what the policy needs of them (a company's address, a
    date) is written into its text (adoption hunt 26: dropped without a word)."""
    words = []
    for name in _margin_parts(archive):
        text = " ".join(_paragraph_words(archive.read(name).decode("utf-8", "replace")))
        words += [text] if text else []
    say_margins(words, notes)


# A tracked change mammoth reads as accepted: a deletion (of words, of a paragraph mark, `<w:pPr><w:rPr><w:del/>`, of a
# table row) or the place words were moved from, and an insertion or the place they were moved to (a move's range
# marks, `w:moveFromRangeStart`, are no change of their own).
_DELETED = re.compile(r"<w:(?:del|moveFrom)\b")
_INSERTED = re.compile(r"<w:(?:ins|moveTo)\b")


def _document_notes(comments: str, html: str, notes: Notes, *, read: tuple[str, ...], headings_numbered: int) -> None:
    """What the conversion left out or moved: comments, tracked changes (in the parts mammoth reads, `read`: the text,
    its footnotes and endnotes), footnotes, and the headings given the number Word shows (word_numbering.labelled: a
    list style leading nowhere, or numbering 0 as LibreOffice writes into every heading style, numbers none)."""
    count = len(re.findall(r"<w:comment\b", comments))
    if count:
        notes.add(Said("convert.word-comments", count=count))
    deletions = sum(len(_DELETED.findall(part)) for part in read)  # (adopt21: a move, or a change in a footnote, was
    insertions = sum(len(_INSERTED.findall(part)) for part in read)  # read as accepted without a word)
    if deletions or insertions:
        notes.add(Said("convert.word-tracked", insertions=insertions, deletions=deletions))
    footnotes = len(re.findall(r'id="footnote-\d+"', html)) + len(re.findall(r'id="endnote-\d+"', html))
    if footnotes:
        notes.add(Said("convert.word-footnotes", count=footnotes))
    if headings_numbered:
        notes.add(Said("convert.word-numbered-headings", count=headings_numbered))
