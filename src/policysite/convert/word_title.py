"""A Word document titled by a plain first paragraph, in bold or in larger type than its text, over sections in
Word's heading styles: that paragraph is its title, as Word's Title style would make it (session 33: its first
Heading 1 section was taken for the title, and the words above it for the introduction of a text titled by a
section's heading)."""
from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"<w:p\b(?:(?!</w:p>).)*?</w:p>", re.S)
RUN = re.compile(r"<w:r\b(?:(?!</w:r>).)*?</w:r>", re.S)
TEXT = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>")
STYLE_OF = re.compile(r'<w:pStyle w:val="([^"]+)"\s*/>')
_STYLE = re.compile(r'<w:style\b(?=[^>]*w:type="paragraph")[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', re.S)
_NAME = re.compile(r'<w:name w:val="([^"]+)"')
BOLD = re.compile(r'<w:b(?: w:val="(?:1|true|on)")?\s*/>')
SIZE = re.compile(r'<w:sz w:val="(\d+)"\s*/>')
# The styles of body text a title typed as a paragraph has (Word's, LibreOffice's names).
_PLAIN = frozenset({"normal", "body text", "standard", "text body", "no spacing", "default"})
_HEADING = re.compile(r"(?i)heading ?[1-6]")
# Not a title: a sentence or a lead-in, a date line, a numbered clause.
_NOT_TITLE = re.compile(r"[.:;,]\s*$|\d{4}|:|^\s*(?:\d+|[ivxlc]+|[a-z])[.)]\s", re.I)
MOST_WORDS = 14
LARGER = 4  # half-points (2pt) above the text's size


def plain_title(document: str, styles: str) -> tuple[str, str, str] | None:
    """(the document with its first paragraph in the Title style, the styles with one named Title, that paragraph's
    words) where that paragraph is a title typed as a plain paragraph; None otherwise (and where Word's Title is
    used, or the document has no styles or no heading)."""
    if not styles or "</w:styles>" not in styles:
        return None
    names = style_names(styles)
    if "title" in names.values() and any(f'<w:pStyle w:val="{i}"/>' in document for i, n in names.items()
                                         if n == "title"):
        return None
    paragraphs = list(_PARAGRAPH.finditer(document))
    first = next((p for p in paragraphs if any(t.strip() for t in TEXT.findall(p.group(0)))), None)
    if first is None:
        return None
    style = STYLE_OF.search(first.group(0))
    if style is not None and not plain(style.group(1), names):
        return None
    words = " ".join("".join(TEXT.findall(first.group(0))).split())
    if not title_like(words):
        return None
    runs = [run for run in RUN.findall(first.group(0)) if any(t.strip() for t in TEXT.findall(run))]
    bold = all(BOLD.search(_properties(run)) for run in runs)
    sizes = [int(found.group(1)) if (found := SIZE.search(_properties(run))) else None for run in runs]
    large = None not in sizes and min(s for s in sizes if s is not None) >= text_size(styles) + LARGER
    if not (bold or large) or not headed_below(document[first.end():], names):
        return None
    title_id = next((i for i, n in names.items() if n == "title"), None)
    if title_id is None:
        title_id = "PolicyImportTitle"
        styles = styles.replace("</w:styles>", f'<w:style w:type="paragraph" w:styleId="{title_id}">'
                                               '<w:name w:val="Title"/></w:style></w:styles>', 1)
    paragraph = BOLD.sub("", first.group(0))  # (a title's own weight: not words in bold)
    marked = f'<w:pStyle w:val="{title_id}"/>'
    if style is not None:
        paragraph = paragraph.replace(style.group(0), marked, 1)
    elif re.search(r"<w:pPr\s*/>", paragraph):
        paragraph = re.sub(r"<w:pPr\s*/>", f"<w:pPr>{marked}</w:pPr>", paragraph, count=1)
    elif "<w:pPr>" in paragraph:
        paragraph = paragraph.replace("<w:pPr>", f"<w:pPr>{marked}", 1)
    else:
        paragraph = re.sub(r"^<w:p\b[^>]*>", lambda m: f"{m.group(0)}<w:pPr>{marked}</w:pPr>", paragraph, count=1)
    return document[:first.start()] + paragraph + document[first.end():], styles, words


def title_like(words: str) -> bool:
    """Whether a paragraph of `words` may be a title: a few words, no sentence, date or numbered clause."""
    return bool(words) and len(words.split()) <= MOST_WORDS and not _NOT_TITLE.search(words)


def _properties(run: str) -> str:
    found = re.search(r"<w:rPr>(.*?)</w:rPr>", run, re.S)
    return found.group(1) if found else ""


def text_size(styles: str) -> int:
    """The text's size in half-points: the Normal style's, else the document's default, else Word's (11pt)."""
    normal = next((body for style_id, body in _STYLE.findall(styles)
                   if (n := _NAME.search(body)) and n.group(1).casefold() == "normal"), "")
    defaults = re.search(r"<w:rPrDefault>(.*?)</w:rPrDefault>", styles, re.S)
    for where in (normal, defaults.group(1) if defaults else ""):
        if found := SIZE.search(where):
            return int(found.group(1))
    return 22


def style_names(styles: str) -> dict[str, str]:
    """The paragraph styles of styles.xml by id, each by its name (casefolded), or its id where it has none."""
    return {style_id: (named.group(1) if (named := _NAME.search(body)) else style_id).casefold()
            for style_id, body in _STYLE.findall(styles)}


def plain(style_id: str, names: dict[str, str]) -> bool:
    """Whether the paragraph style `style_id` is one of body text (Normal, Body Text, LibreOffice's Standard …)."""
    return names.get(style_id, style_id.casefold()) in _PLAIN


def headed_below(rest: str, names: dict[str, str]) -> bool:
    """Whether a paragraph below is in one of Word's heading styles (or given an outline level)."""
    return "<w:outlineLvl " in rest or any(_HEADING.fullmatch(names.get(found, found)) for found in
                                           STYLE_OF.findall(rest))
