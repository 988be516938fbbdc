"""A table of contents written as a section of the text: a heading naming it (`TABLE OF CONTENTS`, `Sommaire`,
`Inhaltsverzeichnis`) over nothing but links to the page's own headings, as generated policies (Termly's, iubenda's)
and site builders write one in plain blocks, no box of their own a page's markup names (html_source's contents
boxes). The site draws its own: it was imported as a section of the policy (adopt33)."""
from __future__ import annotations

import re
import unicodedata

from policysite.convert.markdown_lines import outside_fences
from policysite.convert.notes import Notes
from policysite.messages import Said

# The words a table of contents is titled with, casefolded, without its closing colon.
_NAMES = frozenset((
    "table of contents", "contents", "on this page", "in this policy", "summary of contents", "table des matières",
    "sommaire", "inhaltsverzeichnis", "inhalt", "inhaltsübersicht", "übersicht", "índice", "indice",
    "tabla de contenidos", "tabla de contenido", "contenido", "sommario", "inhoudsopgave", "inhoud", "sumário",
    "conteúdo", "spis treści", "obsah", "innehåll", "innehållsförteckning", "indhold", "indholdsfortegnelse",
    "innhold", "sisällys", "sisällysluettelo", "tartalom", "tartalomjegyzék", "cuprins", "içindekiler",
    "περιεχόμενα", "πίνακας περιεχομένων", "содержание", "оглавление", "зміст", "目次", "目录", "目錄", "목차",
    "فهرس المحتويات", "المحتويات", "תוכן העניינים", "فهرست مطالب"))
_HEADING = re.compile(r"[ ]{0,3}(?:#{1,6}[ \t]+(?P<words>.+?)(?:[ \t]+\{[^}\n]*\})?|\*\*(?P<bold>[^*\n]+)\*\*)[ \t]*")
_ID = re.compile(r"\{[^}\n]*#(?P<id>[^\s}]+)[^}\n]*\}[ \t]*$")
# A line holding in-page links alone (a list's item, a paragraph), and their separators
_LINKS_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
                         r"(?:\[[^\]\n]+\]\(#[^)\s]+\)[ \t]*[|·•,;–—-]?[ \t]*)+")
_NEXT_HEADING = re.compile(r"[ ]{0,3}#{1,6}[ \t]")
_IN_PAGE = re.compile(r"(?<!!)\[([^\]\n]+)\]\(#([^)\s]+)\)")


def _names_contents(words: str) -> bool:
    """`words` title a table of contents (`Table of Contents:`, `SOMMAIRE`)."""
    plain = " ".join(re.sub(r"[\\*_:：.]+", " ", unicodedata.normalize("NFC", words)).split()).casefold()
    return plain in _NAMES


def left_out(body: str, notes: Notes) -> str:
    """`body` without its table of contents written as a section (see above): its heading and its lines of links, said
    with the heading's line (the notes' lines below moved up); a link to its heading's id (`Back to top` → `#toc`),
    or to no id of the page where a link naming the table leads (`[table of contents](#toc)`), leads to the top."""
    lines = body.split("\n")
    ids: list[str] = []
    found: list[tuple[int, int, str]] = []  # (first line index, end, words) of each table, top down
    for n in outside_fences(lines):
        heading = _HEADING.fullmatch(lines[n])
        if heading is None or not _names_contents(heading["words"] or heading["bold"]) or \
                found and n < found[-1][1]:
            continue
        end, links = n + 1, 0
        while end < len(lines) and not _NEXT_HEADING.match(lines[end]):
            if lines[end].strip() and not _LINKS_LINE.fullmatch(lines[end]):
                break
            links += len(re.findall(r"\]\(#", lines[end]))
            end += 1
        if links < 2 or end < len(lines) and not _NEXT_HEADING.match(lines[end]):
            continue  # (words of the policy's own under it, or its last lines: no table of contents alone)
        if (named := _ID.search(lines[n])) is not None:
            ids.append(named["id"])
        words = re.sub(r"\]\(#[^)\s]+\)|[\[#*\\]|\{[^}]*\}", "", " ".join(lines[n:end]))
        found.append((n, end, " ".join(words.split())[:60]))
    for n, end, _words in reversed(found):  # (from the last: the lines above each keep their numbers)
        notes.shift(after=end, by=n - end)
        del lines[n:end]
    gone = 0
    for n, end, words in found:
        notes.add(Said("convert.toc-box", words=words), n - gone + 1)
        gone += end - n
    text = "\n".join(lines)
    if found:  # (a table without an id of its own: the fragment a link naming it leads to, `[table of contents](#toc)`)
        ids += [target for words, target in _IN_PAGE.findall(text) if _names_contents(words)
                and not re.search(rf"\{{[^}}\n]*#{re.escape(target)}[\s}}]", text)]
    for name in dict.fromkeys(ids):
        text = re.sub(rf"\]\(#{re.escape(name)}\)", "](#top)", text)
    return text
