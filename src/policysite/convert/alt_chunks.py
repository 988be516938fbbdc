"""Text a Word document holds as an embedded web page (`w:altChunk`), read where Word shows it.

Tools that make Word files from HTML (html-docx-js and the "Download as Word" of many generators and web apps) write
the whole text as one "alternative format chunk": an HTML or MHT part the document points to, which Word renders in
place. mammoth does not read chunks: such a document read as empty, and a chunk among paragraphs went missing. Each
chunk is swapped for a placeholder paragraph before mammoth, and the placeholder, in the Markdown, for the chunk read
as `policy import` reads a web page (html_source: its character set as browsers read it, the text its styles hide
named, frames, shadow roots and directions as drawn, the same sanitiser): its body's HTML put back as it was, no
element a page import says was hidden or removed was said (safety hunt 47).
"""
from __future__ import annotations

import html
import posixpath
import re
import zipfile
from posixpath import join, normpath

from policysite.convert import mht
from policysite.convert.model import ConvertError
from policysite.convert.notes import Notes
from policysite.messages import Said

_CHUNK = re.compile(r'<w:altChunk\b[^>]*?\br:id="([^"]+)"[^>]*?(?:/>|>.*?</w:altChunk>)', re.S)
_RELATION = re.compile(r'<Relationship\b[^>]*>')
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
PLACEHOLDER = "POLICYSITEALTCHUNK{}"
_PLACED = re.compile(r"POLICYSITEALTCHUNK\d+")
_LINES = re.compile(r"^Markdown lines? ([^:]+): ")


def relations(archive: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    """(id, type, the part it names as a path in the package) of each of the main document's relationships to a part
    of its own (its pages' headers and footers, a chunk); none where it has no relationships."""
    name = "word/_rels/document.xml.rels"
    if name not in archive.namelist():
        return []
    found = []
    for relation in _RELATION.findall(archive.read(name).decode("utf-8", "replace")):
        attributes = dict(_ATTRIBUTE.findall(relation))
        if attributes.get("Id") and attributes.get("Target") and attributes.get("TargetMode") != "External":
            target = attributes["Target"]
            found.append((attributes["Id"], attributes.get("Type", ""),
                          target.lstrip("/") if target.startswith("/") else normpath(join("word", target))))
    return found


def relation_ids(archive: zipfile.ZipFile, part: str = "word/document.xml") -> set[str]:
    """The id of each of a part's relationships (the main document's, its footnotes'…), to parts and addresses alike."""
    name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if name not in archive.namelist():
        return set()
    return {found for relation in _RELATION.findall(archive.read(name).decode("utf-8", "replace"))
            if (found := dict(_ATTRIBUTE.findall(relation)).get("Id"))}


def _targets(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each relationship id of the main document -> the part it names, as a path in the package."""
    return {relation: part for relation, _type, part in relations(archive)}


def _is_page(data: bytes, part: str) -> bool:
    """Whether a chunk's part is a web page (as is, or inside an MHT file); not another format (RTF, text)."""
    return part.lower().endswith((".mht", ".mhtml", ".htm", ".html", ".xhtml")) or mht.is_mht(data) \
        or b"<html" in data[:2048].lower()


def extract(archive: zipfile.ZipFile, document: str, notes: Notes, *, room: int,
            name: str) -> tuple[str, dict[str, tuple[str, bytes]]]:
    """`document` with each chunk a placeholder paragraph, and each placeholder's part (its name and bytes). `room`:
    the bytes a chunk kept beside the pictures may unpack to (one counted with the document's XML already is not)."""
    if "altChunk" not in document:
        return document, {}
    targets, unread = _targets(archive), 0
    pages: dict[str, tuple[str, bytes]] = {}

    def swap(match: re.Match[str]) -> str:
        nonlocal unread, room
        part = targets.get(match.group(1), "")
        if part not in archive.namelist():
            unread += 1
            return ""
        if part.startswith(("word/media/", "word/fonts/")):  # not counted with the XML: a page zipped a
            room -= archive.getinfo(part).file_size  # thousandfold would hold the import for minutes
            if room < 0:
                raise ConvertError(Said("import.alt-chunk-large", name=name, part=part,
                                        mib=f"{archive.getinfo(part).file_size / 2**20:.1f}"))
        data = archive.read(part)
        if not _is_page(data, part):
            unread += 1
            return ""
        key = PLACEHOLDER.format(len(pages))
        pages[key] = (part, data)
        return f"<w:p><w:r><w:t>{html.escape(key)}</w:t></w:r></w:p>"

    document = _CHUNK.sub(swap, document)
    if pages:
        notes.add(Said("convert.alt-chunks", count=len(pages)))
    if unread:
        notes.add(Said("convert.alt-chunks/unread", count=unread))
    return document, pages


def put_back(markdown: str, pages: dict[str, tuple[str, bytes]], notes: Notes, *, name: str, lang: str) -> str:
    """The document's Markdown with each placeholder paragraph replaced by its chunk's page read as `policy import`
    reads a web page, the chunk's notes moved to its lines and the document's notes after it moved down. A
    placeholder that is not a paragraph of its own (a chunk in a table cell or a list) is refused: its page's text
    cannot be put there as Markdown."""
    if not pages:
        return markdown
    from policysite.convert import html_source

    lines = markdown.split("\n")
    for number in range(len(lines), 0, -1):  # from the last, so that each chunk's lines are those it ends at
        key = lines[number - 1].strip()
        if key not in pages:
            continue
        part, data = pages.pop(key)
        page = html_source.convert(data, name=Said("convert.embedded-page", name=name, part=part), lang=lang)
        text = page.markdown.strip("\n").split("\n") if page.markdown.strip() else [""]
        notes.shift(after=number, by=len(text) - 1)
        for sentence in page.notes:
            said = _LINES.match(sentence)
            if said is None:
                notes.add(sentence)
                continue
            for line in re.findall(r"\d+", re.sub(r" and \d+ more$", "", said.group(1))):
                notes.add(sentence[said.end():], number - 1 + int(line))
        lines[number - 1:number] = text
    out = "\n".join(lines)
    if pages or _PLACED.search(out):
        part = next(iter(pages.values()))[0] if pages else Said("import.alt-chunk-placed/a-chunk")
        raise ConvertError(Said("import.alt-chunk-placed", name=name, part=part))
    return out
