"""Text a Word document holds as an embedded web page (`w:altChunk`), read where Word shows it.

Tools that make Word files from HTML (html-docx-js and the "Download as Word" of many generators and web apps) write
the whole text as one "alternative format chunk": an HTML or MHT part the document points to, which Word renders in
place. mammoth does not read chunks: such a document read as empty, and a chunk among paragraphs went missing. Each
chunk is swapped for a placeholder paragraph before mammoth, and the placeholder for the chunk's HTML after.
"""
from __future__ import annotations

import html
import re
import zipfile
from posixpath import join, normpath

from selectolax.lexbor import LexborHTMLParser

from policysite.convert import mht
from policysite.convert.notes import Notes

_CHUNK = re.compile(r'<w:altChunk\b[^>]*?\br:id="([^"]+)"[^>]*?(?:/>|>.*?</w:altChunk>)', re.S)
_RELATION = re.compile(r'<Relationship\b[^>]*>')
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
PLACEHOLDER = "POLICYSITEALTCHUNK{}"
_PLACED = re.compile(r"<p>\s*(POLICYSITEALTCHUNK\d+)\s*</p>")


def _targets(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each relationship id of the main document -> the part it names, as a path in the package."""
    name = "word/_rels/document.xml.rels"
    if name not in archive.namelist():
        return {}
    found = {}
    for relation in _RELATION.findall(archive.read(name).decode("utf-8", "replace")):
        attributes = dict(_ATTRIBUTE.findall(relation))
        if attributes.get("Id") and attributes.get("Target") and attributes.get("TargetMode") != "External":
            target = attributes["Target"]
            found[attributes["Id"]] = target.lstrip("/") if target.startswith("/") else normpath(join("word", target))
    return found


def _page(data: bytes, part: str) -> str | None:
    """The HTML of a chunk's part: a web page as is, an MHT file's page; None for another format (RTF, text)."""
    if part.lower().endswith((".mht", ".mhtml")) or mht.is_mht(data):
        data = mht.page(data) or b""
        if not data:
            return None
    elif not (part.lower().endswith((".htm", ".html", ".xhtml")) or b"<html" in data[:2048].lower()):
        return None
    declared = _CHARSET.search(data[:4096])
    try:
        return data.decode(declared.group(1).decode("ascii") if declared else "utf-8", "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def extract(archive: zipfile.ZipFile, document: str, notes: Notes) -> tuple[str, dict[str, str]]:
    """`document` with each chunk a placeholder paragraph, and each placeholder's HTML (the chunk page's body)."""
    if "altChunk" not in document:
        return document, {}
    targets, unread = _targets(archive), 0
    pages: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        nonlocal unread
        part = targets.get(match.group(1), "")
        page = _page(archive.read(part), part) if part in archive.namelist() else None
        if page is None:
            unread += 1
            return ""
        body = LexborHTMLParser(page).body
        key = PLACEHOLDER.format(len(pages))
        pages[key] = body.inner_html or "" if body is not None else ""
        return f"<w:p><w:r><w:t>{html.escape(key)}</w:t></w:r></w:p>"

    document = _CHUNK.sub(swap, document)
    if pages:
        notes.add(f"read {len(pages)} web page(s) embedded in the document (Word's “alternative format chunks”, as "
                  "tools that make Word files from HTML write the text) where Word shows them")
    if unread:
        notes.add(f"left out {unread} embedded part(s) of another format than HTML (an RTF or text chunk): compare "
                  "the Markdown with the document as Word shows it")
    return document, pages


def put_back(converted: str, pages: dict[str, str]) -> str:
    """mammoth's HTML with each placeholder paragraph replaced by its chunk's HTML."""
    if not pages:
        return converted
    return _PLACED.sub(lambda match: pages.get(match.group(1), match.group()), converted)
