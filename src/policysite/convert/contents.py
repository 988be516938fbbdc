"""A table of contents written under a heading of its own: a heading naming it (`TABLE OF CONTENTS`, `Sommaire`,
`Inhaltsverzeichnis`) over nothing but links to the page's own headings, as generated policies (Termly's, in plain
`<div>`s) write one. The document's own contents are kept, as a Word or Google Docs document's are, under a bold line
(`**Índice**`); under a heading, they were a section of the policy, unnumbered among numbered ones (adopt33)."""
from __future__ import annotations

import re
import unicodedata

from policysite.convert.markdown_lines import outside_fences, setext_words
from policysite.convert.notes import Notes, each_quoted
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
_HEADING = re.compile(r"[ ]{0,3}#{1,6}[ \t]+(?P<words>.+?)(?:[ \t]+\{(?P<attributes>[^}\n]*)\})?[ \t]*")
# A line holding in-page links alone (a list's item, a paragraph), and their separators
_LINKS_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
                         r"(?:\[[^\]\n]+\]\(#[^)\s]+\)[ \t]*[|·•,;–—-]?[ \t]*)+")
_NEXT_HEADING = re.compile(r"[ ]{0,3}#{1,6}[ \t]")
# A setext heading's words and the attribute list after them (`Contents {#toc}` over `--------`)
_SETEXT_WORDS = re.compile(r"[ ]{0,3}(?P<words>.+?)(?:[ \t]+\{(?P<attributes>[^}\n]*)\})?[ \t]*")


def names_contents(words: str) -> bool:
    """`words` title a table of contents (`Table of Contents:`, `SOMMAIRE`)."""
    plain = " ".join(re.sub(r"[\\*_:：.]+", " ", unicodedata.normalize("NFC", words)).split()).casefold()
    return plain in _NAMES


def unsectioned(body: str, notes: Notes) -> str:
    """`body` whose heading over a table of contents (see above) is a bold line, said with its line; a link to the
    heading's id (Termly's `Back to top`, to `#toc`) leads to the page's top, as to a contents box left out, said
    with its line, and one standing alone on its line (a shop's "Back to contents ↑" under each section: the old
    page's navigation, which led to `#top` silently, above the contents) is left out, said with its words."""
    lines = body.split("\n")
    ids: list[str] = []
    for n in outside_fences(lines):
        underlined = setext_words(lines, n)  # (`Contents` over `--------`, as a README on GitHub writes it)
        heading = (_SETEXT_WORDS if underlined else _HEADING).fullmatch(lines[n])
        if heading is None or not names_contents(heading["words"]):
            continue
        end, links = n + 1 + underlined, 0
        while end < len(lines) and not _heading_at(lines, end):
            if lines[end].strip() and not _LINKS_LINE.fullmatch(lines[end]):
                break
            links += len(re.findall(r"\]\(#", lines[end]))
            end += 1
        if links < 2 or end < len(lines) and not _heading_at(lines, end):
            continue  # (words of the policy's own under it, or its last lines: no table of contents alone)
        ids += [part[1:] for part in (heading["attributes"] or "").split() if part.startswith("#")]
        lines[n] = f"**{heading['words'].strip()}**"
        if underlined:
            lines[n + 1] = ""
        notes.add(Said("convert.contents-heading", words=heading["words"].strip()[:60]), n + 1)
    return "\n".join(_led_to_top(lines, list(dict.fromkeys(ids)), notes)) if ids else "\n".join(lines)


def _heading_at(lines: list[str], n: int) -> bool:
    """Whether line `n` starts a heading: `#` marks, or a setext heading's words."""
    return bool(_NEXT_HEADING.match(lines[n])) or setext_words(lines, n)


def _led_to_top(lines: list[str], ids: list[str], notes: Notes) -> list[str]:
    """`lines` without the links to `ids` (the headings made bold lines) standing alone on a line, said with their
    words, and whose other links to them go to the page's top, said with their lines."""
    names = "|".join(re.escape(name) for name in ids)
    alone = re.compile(rf"[ \t]*(?:[-*+][ \t]+)?\[(?P<words>[^\]\n]+)\]\(#(?:{names})\)[ \t]*")
    linked = re.compile(rf"\]\(#(?:{names})\)")
    gone: list[int] = []
    said: list[str] = []
    for n in outside_fences(lines):
        if (line := alone.fullmatch(lines[n])) is not None:
            gone.append(n)
            said.append(line["words"].strip())
        elif linked.search(lines[n]):
            lines[n] = linked.sub("](#top)", lines[n])
            notes.add(Said("convert.contents-top-links"), n + 1)
    if gone:
        shown = each_quoted(list(dict.fromkeys(said))[:3])
        notes.add(Said("convert.contents-back-links", count=len(gone), words=shown))
    for n in reversed(gone):
        del lines[n:n + 2 if n + 1 < len(lines) and not lines[n + 1].strip() and n and not lines[n - 1].strip()
                  else n + 1]
    return lines
