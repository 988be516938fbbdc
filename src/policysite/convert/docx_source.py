"""A policy version kept as a Word document: mammoth reads its structure (Word's heading styles,
lists, tables, links, footnotes) into HTML, which takes the HTML path from there."""
from __future__ import annotations

import io
import re
import zipfile

import mammoth

from policysite.convert import neutralise
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown

# Besides mammoth's own map (Heading 1-6 in any language's Word, lists, footnotes): Word's Title style
# is the policy's title; a "Subtitle" stays a paragraph. Word's "List Bullet 2" … "List Number 5" nest by
# their style (each names a list of its own at level 0, so mammoth alone would write them flat); Word stores
# these built-in names in English whatever the language of its menus.
STYLE_MAP = "\n".join([
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='Subtitle'] => p:fresh",
    *(f"p[style-name='List {kind} {level}'] => {' > '.join(['ul|ol > li'] * (level - 1) + [tag + ' > li:fresh'])}"
      for kind, tag in (("Bullet", "ul"), ("Number", "ol")) for level in range(2, 6))])


# A document with a Title paragraph: its Heading 1 are the policy's sections (##), one level below the title, and
# so on down (Word keeps the built-in names in English, "heading 1", whatever the language of its menus).
TITLED = "".join(f"\np[style-name='{name} {level}'] => h{min(level + 1, 6)}:fresh"
                 for level in range(1, 7) for name in ("heading", "Heading"))


def _uses_title(document: str, styles: str) -> bool:
    """Whether a paragraph of the document has Word's Title style (its id is the language's: Titre, Titel…)."""
    ids = re.findall(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="Title"\s*/>', styles) or ["Title"]
    return any(f'<w:pStyle w:val="{style_id}"/>' in document for style_id in ids)


# A long policy's XML (text, styles, numbering) unpacks to a few MiB, its pictures aside: beyond this, a document
# is refused before it is read (spaces compressed a thousandfold would keep the XML reader busy for hours).
MAX_UNPACKED = 16 * 2**20


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
        unpacked = sum(info.file_size for info in archive.infolist() if info.filename.endswith((".xml", ".rels")))
        if unpacked > MAX_UNPACKED:  # the XML reader's time grows with the square of a long run of text
            raise ConvertError(f"{name}: its XML is {unpacked / 2**20:.0f} MiB once unpacked (over "
                               f"{MAX_UNPACKED // 2**20} MiB): far more than a policy's text; save it again from Word, "
                               "or as HTML")
        document = archive.read("word/document.xml").decode("utf-8", "replace")
        comments, styles = (archive.read(f"word/{part}.xml").decode("utf-8", "replace")
                            if f"word/{part}.xml" in parts else "" for part in ("comments", "styles"))
        style_map = STYLE_MAP + (TITLED if _uses_title(document, styles) else "")
        shown, hidden = _HIDDEN_RUN.subn("", document)
        if hidden:  # mammoth reads hidden runs as text: the document without them
            data = _with_part(archive, "word/document.xml", shown.encode("utf-8"))
            notes.add(f"left out {hidden} run(s) of text formatted as hidden in Word (not shown, not printed: a "
                      "drafting note, a table of contents' page numbers)")
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=style_map,
                                         convert_image=mammoth.images.img_element(lambda image: {"src": ""}))
    except ConvertError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere in zipfile or mammoth
        raise ConvertError(f"{name}: cannot be read as a Word document: {exc}") from None
    _document_notes(document, comments, styles, result.value, notes)
    for message in sorted({m.message for m in result.messages}):
        notes.add(f"Word conversion: {message}")
    body = neutralise.neutralise(html_to_markdown(result.value, notes), notes)
    title = re.search(r"(?m)^# (.+?)(?: \{#[^}]*\})?$", body)
    return Converted(body, {"title": title.group(1).strip()} if title else {}, notes.sentences(), where=notes.where)


# A run whose properties hide it (w:vanish; w:webHidden, as Word's table of contents hides its page numbers on
# the web): Word neither shows nor prints it. Runs do not nest; `<w:rPr>` is no run.
_HIDDEN_RUN = re.compile(r'<w:r(?:\s[^>]*)?>(?:(?!</w:r>).)*?<w:(?:vanish|webHidden)(?:\s+w:val="(?:1|true|on)")?\s*/>'
                         r'(?:(?!</w:r>).)*?</w:r>', re.S)


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
        notes.add("Word numbers some headings by itself: those numbers are not part of the text and are not in "
                  "the Markdown, check the section numbers")
