"""A Word (or OpenDocument) text's table of contents under a heading of its own: the heading is a bold line over its
entries, as adopt33 made an HTML or Markdown page's (convert/contents.py), not a section of the policy. Word writes
the heading as `Contents` in a Heading 1 paragraph, or in its own "TOC Heading" style (based on Heading 1, inside the
table of contents' content control), over paragraphs of the styles `TOC 1`, `TOC 2`… holding a TOC field and links
to `_Toc…` bookmarks; LibreOffice and Google Docs write such links too (adopt34: it was an empty section, `## Table of
Contents`, unnumbered among the numbered ones)."""
from __future__ import annotations

import html
import re

from policysite.convert.contents import names_contents
from policysite.convert.notes import Notes
from policysite.messages import Said

# The style id a heading over a table of contents takes: the style map draws its paragraph as a bold line.
STYLE = "PolicysiteContentsHeading"
_PARAGRAPH = re.compile(r"<w:p\b[^>]*/>|<w:p\b[^>]*>(?:(?!</w:p>).)*</w:p>", re.S)
_STYLE_OF = re.compile(r'<w:pStyle\s+w:val="([^"]*)"\s*/>')
_WORDS = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>")
_STYLES = re.compile(r'<w:style\b(?=[^>]*w:type="paragraph")[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', re.S)
_NAME = re.compile(r'<w:name w:val="([^"]+)"')
# Word's built-in names, in English whatever the language of its menus: "toc 1" … "toc 9" and "TOC Heading".
_ENTRY_NAME = re.compile(r"(?i)toc ?[1-9]|contents ?[1-9]")
_HEADING_NAME = re.compile(r"(?i)toc ?heading|contents ?heading")
_ENTRY = re.compile(r'<w:instrText\b[^>]*>\s*TOC\b|<w:hyperlink\b[^>]*\bw:anchor="_?_?(?:RefHeading_*)?Toc', re.I)

# An entry's page number typed after a tab at its paragraph's end (a table of contents not linked, or typed by hand):
# no word of the policy (a web page has no pages), left out as a PAGEREF field's is.
_TYPED_PAGE = re.compile(
    r'<w:tab\s*/>((?:\s*</?w:r>|\s*<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>|\s*<w:r\b[^>]*>)*)\s*<w:t\b[^>]*>\s*'
    r'(?:\d{1,4}|[ivxlcdm]{1,8})\s*</w:t>(?=(?:\s*</w:r>)?(?:\s*<w:r>\s*<w:fldChar\b[^>]*/>\s*</w:r>)*\s*</w:p>)',
    re.S | re.I)


# The page number Word shows after a PAGEREF field's code: its result, between the field's `separate` and `end` marks
# (the innermost field: nothing nests in a page number).
_PAGE_NUMBER = re.compile(r'(<w:instrText\b[^>]*>\s*(?i:PAGEREF)\b[^<]*</w:instrText>(?:(?!<w:fldChar\b).)*?'
                          r'<w:fldChar\b[^>]*w:fldCharType="separate"[^>]*>)((?:(?!<w:fldChar\b).)*)', re.S)
_TEXT = re.compile(r"(<w:t\b[^>]*>)[^<]*(</w:t>)")
_PARAGRAPH_START = re.compile(r"<w:p[\s>]")
# What a run shows before a field, to see what the page number follows: words, or a tab (a run's `<w:tab/>`, not a
# tab stop of the paragraph's properties, which has a position)
_SHOWN = re.compile(r"<w:t\b[^>]*>([^<]*)</w:t>|<w:tab\s*/>")


def page_numbers(document: str, styles: str) -> tuple[str, int, list[str]]:
    """`document` without the page numbers of its table of contents' entries (a PAGEREF field's result in a paragraph
    of a TOC style, in a link into the document, or after a tab: a web page has no pages), how many, and the words
    ending with each page number kept: one a sentence of the text gives, `see section 4 on page 7`, stays its words
    (adopt58: it was left out as an entry's, `on page .`)."""
    entries = _styles(styles)[0]
    starts = [match.start() for match in _PARAGRAPH_START.finditer(document)]
    left_out, kept = 0, []

    def page(match: re.Match[str]) -> str:
        nonlocal left_out
        import bisect

        at = bisect.bisect_right(starts, match.start()) - 1
        before = document[starts[at] if at >= 0 else 0:match.start()]
        style = _STYLE_OF.search(before)
        shown = [found for found in _SHOWN.finditer(before) if found.group(1) is None or found.group(1).strip()]
        if style is not None and style.group(1) in entries or before.count("<w:hyperlink") > \
                before.count("</w:hyperlink>") or not shown or shown[-1].group(1) is None:
            left_out += 1
            return match.group(1) + _TEXT.sub(r"\1\2", match.group(2))
        words = " ".join(html.unescape("".join(found.group(1) or " " for found in shown)).split())
        number = " ".join(html.unescape("".join(_WORDS.findall(match.group(2)))).split())
        kept.append(f"{words[-30:].lstrip()} {number}".strip() if number else words[-30:].lstrip())
        return match.group(0)

    if "PAGEREF" not in document.upper():
        return document, 0, []
    return _PAGE_NUMBER.sub(page, document), left_out, kept


def _styles(styles: str) -> tuple[set[str], set[str]]:
    """The ids of the styles of a table of contents' entries and of its heading."""
    entries, headings = set(), set()
    for style_id, body in _STYLES.findall(styles):
        named = _NAME.search(body)
        name = named.group(1) if named else style_id
        if _ENTRY_NAME.fullmatch(name) or _ENTRY_NAME.fullmatch(style_id):
            entries.add(style_id)
        elif _HEADING_NAME.fullmatch(name) or _HEADING_NAME.fullmatch(style_id):
            headings.add(style_id)
    return entries, headings


def _words(paragraph: str) -> str:
    return " ".join(html.unescape("".join(_WORDS.findall(paragraph))).split())


def unsectioned(document: str, styles: str) -> tuple[str, list[str], int]:
    """`document` whose headings over a table of contents (one naming it, `Table of Contents`, `Inhaltsverzeichnis`,
    or any in Word's TOC Heading style, right over entries of a TOC style, a TOC field or links to `_Toc` bookmarks)
    are styled `STYLE`, and whose entries of a TOC style lost the page number typed at their end; those headings'
    words, and how many page numbers."""
    entries, heading_styles = _styles(styles)
    pages = 0

    def unpaged(match: re.Match[str]) -> str:
        nonlocal pages
        style = _STYLE_OF.search(match.group(0))
        if style is None or style.group(1) not in entries:
            return match.group(0)
        paragraph, count = _TYPED_PAGE.subn(r"\1", match.group(0))
        pages += count
        return paragraph

    document = _PARAGRAPH.sub(unpaged, document)
    paragraphs = [(m, _words(m.group(0))) for m in _PARAGRAPH.finditer(document)]
    found: list[tuple[int, int, str]] = []
    for n, (match, words) in enumerate(paragraphs):
        style = _STYLE_OF.search(match.group(0))
        if not words or _ENTRY.search(match.group(0)) or not (
                names_contents(words) or style is not None and style.group(1) in heading_styles):
            continue
        after = next(((m, w) for m, w in paragraphs[n + 1:] if w), None)
        if after is None:
            continue
        entry_style = _STYLE_OF.search(after[0].group(0))
        if entry_style is not None and entry_style.group(1) in entries or _ENTRY.search(after[0].group(0)):
            found.append((match.start(), match.end(), words))
    for start, end, _words_found in reversed(found):
        paragraph = document[start:end]
        paragraph = re.sub(r"<w:outlineLvl\b[^>]*/>", "", paragraph)
        if _STYLE_OF.search(paragraph):
            paragraph = _STYLE_OF.sub(f'<w:pStyle w:val="{STYLE}"/>', paragraph, count=1)
        elif "<w:pPr>" in paragraph:
            paragraph = paragraph.replace("<w:pPr>", f'<w:pPr><w:pStyle w:val="{STYLE}"/>', 1)
        else:
            paragraph = re.sub(r"(<w:p\b[^>]*>)", rf'\1<w:pPr><w:pStyle w:val="{STYLE}"/></w:pPr>', paragraph, count=1)
        document = document[:start] + paragraph + document[end:]
    return document, [words for _start, _end, words in found], pages


def say(body: str, headings: list[str], notes: Notes) -> None:
    """Each heading over a table of contents made a bold line (in a Word or OpenDocument text), said with the line of
    `body`, the Markdown written, that holds it."""
    lines = body.split("\n")
    for words in headings:
        line = next((n + 1 for n, text in enumerate(lines) if text.strip() == f"**{words}**"), None)
        notes.add(Said("convert.word-contents-heading", words=words[:60]), line)
