"""A policy version kept as an OpenDocument text (`.odt`, LibreOffice's, OnlyOffice's, Collabora's; `.fodt`, its
one-file XML): its content.xml read into HTML shaped as mammoth writes a Word document's (headings by outline level,
the Title paragraph, lists with the numbers the document shows, tables, links, footnotes, bold and italics), which
takes the HTML path from there, as a Word document's does."""
from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from policysite.convert import (
    disguised,
    google_ids,
    heading_depth,
    html_source,
    neutralise,
    word_contents,
    word_review,
    word_symbols,
)
from policysite.convert.contents import names_contents
from policysite.convert.docx_source import _NAMED_HEADING, _TITLE_NAMES, MAX_UNPACKED
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes, say_margins
from policysite.convert.to_markdown import html_to_markdown
from policysite.convert.urls import bookmark_id
from policysite.messages import Said, file_reason

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


# What the document holds that a reader does not see as its text: generated indexes (a table of contents, its
# page numbers), declarations, forms, reviewers' comments, and the text tracked changes deleted (kept apart, in
# text:tracked-changes: the document read as if its changes were accepted, as a Word document's is).
_INDEXES = {_q(f"text:{kind}") for kind in ("table-of-content", "illustration-index", "table-index", "object-index",
                                            "user-index", "alphabetical-index", "bibliography")}
_UNSHOWN = {_q(name) for name in ("text:sequence-decls", "text:variable-decls", "text:user-field-decls",
                                  "text:dde-connection-decls", "office:forms", "text:soft-page-break",
                                  "office:annotation-end", "text:bookmark", "text:bookmark-end",
                                  "text:reference-mark", "text:reference-mark-end", "text:change",
                                  "text:change-start", "text:change-end", "text:alphabetical-index-mark",
                                  "text:toc-mark", "text:user-index-mark", "svg:title", "svg:desc")}
_BULLET, _NONE = "bullet", ""
_QUOTES = {"quotations", "quote", "intense quote"}
# The fields showing a day the writer fills in when it updates them, not the day the text took effect: today's when the
# document is opened (text:date, unless fixed), the day it was saved, printed or made: a "Last updated: " line ending in
# one dated the version by the day someone last opened the document, said for Word's DATE fields (word_fields) and not
# for these (adopt41).
_DATE_FIELDS = {_q(f"text:{kind}{unit}") for kind in ("creation-", "modification-", "print-", "")
                for unit in ("date", "time")}
# A reference to a bookmark, a heading, a note or a caption, which may show the page it is on (a table of contents')
_REFERENCES = {_q(f"text:{kind}") for kind in ("bookmark-ref", "reference-ref", "sequence-ref", "note-ref")}
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
          (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


# A table of contents' entry's page number, after the tab ending its words (inside its link, or after it).
_PAGE_AFTER_TAB = re.compile(r"\t\s*(?:\d{1,4}|[ivxlcdm]{1,8})\s*(?=(?:</a>)?\s*$)", re.I)


def _over_contents(element: Any) -> bool:
    """`element` (a heading) stands right above a table of contents: nothing shown between them."""
    after = element.getnext()
    while after is not None and (not isinstance(after.tag, str) or after.tag in _UNSHOWN):
        after = after.getnext()
    return after is not None and after.tag == _q("text:table-of-content")


@dataclass
class _Style:
    parent: str | None = None
    display: str = ""
    bold: bool | None = None
    italic: bool | None = None
    hidden: bool | None = None
    outline: int | None = None
    position: str | None = None  # "sup", "sub", or "" (on the line)
    list_style: str | None = None
    font: str | None = None  # the family of its text's font (a symbol font's: word_symbols)
    automatic: bool = False  # a style the writer made of formatting by hand (`P1`), which its menus do not show


@dataclass
class _Level:
    kind: str  # "1", "a", "A", "i", "I", bullet, or _NONE (no number shown)
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1


@dataclass
class _Counter:
    """The numbers a list (or the headings' outline) has reached, level by level."""

    numbers: dict[int, int] = field(default_factory=dict)

    def next(self, level: int, start: int, restart: int | None = None) -> None:
        self.numbers = {depth: n for depth, n in self.numbers.items() if depth < level}  # deeper levels start again
        self.numbers[level] = restart if restart is not None else self.counted.get(level, start - 1) + 1
        self.counted = {**{d: n for d, n in self.counted.items() if d < level}, level: self.numbers[level]}

    counted: dict[int, int] = field(default_factory=dict)


def _formatted(number: int, kind: str) -> str:
    if kind in ("a", "A"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I"):
        roman = ""
        for value, letters in _ROMAN:
            while number >= value:
                roman, number = roman + letters, number - value
        return roman.upper() if kind == "I" else roman
    return str(number)


def _label(counter: _Counter, level: int, levels: dict[int, _Level]) -> str:
    """The number a list item or heading at `level` shows: its level's prefix, the numbers of the levels it displays
    (`1.2`), its suffix."""
    own = levels.get(level) or _Level("1", suffix=".")
    if own.kind in (_BULLET, _NONE):
        return ""
    shown = [depth for depth in range(max(1, level - own.display + 1), level + 1)]
    numbers = ".".join(_formatted(counter.numbers.get(depth, (levels.get(depth) or own).start),
                                  (levels.get(depth) or own).kind if (levels.get(depth) or own).kind
                                  not in (_BULLET, _NONE) else "1") for depth in shown)
    return f"{own.prefix}{numbers}{own.suffix}"


class _Reader:
    """content.xml walked element by element into HTML, with what it left out counted."""

    def __init__(self, styles: dict[str, _Style], lists: dict[str, dict[int, _Level]],
                 outline: dict[int, _Level]) -> None:
        self.styles, self.lists, self.outline = styles, lists, outline
        self.out: list[str] = []
        self.notes_html: list[str] = []
        self.counts = {"hidden": 0, "comments": 0, "indexes": 0, "tracked": 0, "images": 0, "labelled": 0,
                       "headings-numbered": 0, "title": 0, "pages": 0, "symbols": 0}
        self.heading_counter = _Counter()
        self.list_counters: dict[str, _Counter] = {}
        self.last_list: _Counter | None = None
        self.titled = False
        self.outlined: set[str] = set()  # the headings a link leads to by their words
        self.headed: set[str] = set()  # the bookmarks on headings, which a cross-reference leads to
        self.floating: list[str] = []  # the paragraphs of text boxes met in the paragraph being read
        self.contents_headings: list[str] = []  # the headings over a table of contents written as bold lines
        self.dates: list[tuple[str, str]] = []  # each date field that is not fixed: its kind and the day it shows
        self.entities: dict[str, int] = {}  # each entity reference left out (`&b;`) and the first XML line it is on
        self.heading_styles: dict[int, dict[str, None]] = {}  # the styles each level's headings are written in

    def left_out(self, child: Any) -> None:
        """A node that is no element: an entity reference (`&b;`, never expanded: a billion laughs, a file of the
        machine) kept with its line, as its words are missing from the text (said: leads45); a comment is nothing."""
        from lxml import etree

        if child.tag is etree.Entity:
            self.entities.setdefault(str(child.text), child.sourceline or 0)

    def emit(self, block: str) -> None:
        """`block` written out, then the paragraphs of the text boxes anchored in it (as the Word import places
        them); a quotation right after another one of the same quote."""
        if block.startswith("<blockquote>") and self.out and self.out[-1].endswith("</blockquote>"):
            self.out[-1] = self.out[-1].removesuffix("</blockquote>") + block.removeprefix("<blockquote>")
        else:
            self.out.append(block)
        self.out += [f"<p>{words}</p>" for words in self.floating]
        self.floating = []

    def chain(self, name: str | None) -> list[_Style]:
        out: list[_Style] = []
        while name and name in self.styles and len(out) < 50:
            out.append(self.styles[name])
            name = self.styles[name].parent
        return out

    def says(self, name: str | None, attribute: str) -> Any:
        for style in self.chain(name):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def is_title(self, name: str | None) -> bool:
        return any(style.display.casefold() == "title" or _TITLE_NAMES.fullmatch(style.display)
                   for style in self.chain(name))

    def style_name(self, name: str | None) -> str:
        """The name the document's writer shows a paragraph style by (its own, `Article`; an automatic style's parent's:
        LibreOffice writes a paragraph formatted by hand in a style of its own, `P1`, based on the one chosen)."""
        return next((style.display for style in self.chain(name) if not style.automatic), "")

    def heading_names(self) -> dict[int, str]:
        """The style each level's headings are written in, where they are all written in one."""
        return {level: next(iter(names)) for level, names in self.heading_styles.items() if len(names) == 1
                and "" not in names}

    def quoted(self, name: str | None) -> bool:
        """Whether a paragraph style is a quotation's (LibreOffice's Quotations, Word's Quote and Intense Quote)."""
        return any(style.display.casefold() in _QUOTES for style in self.chain(name))

    def outline_level(self, name: str | None) -> int | None:
        """The heading level a paragraph style gives: its outline level, else its name's (`Heading 2`, `Titre 2`,
        `Überschrift 2`: a document converted from Word keeps the names without the levels), through its parents."""
        for style in self.chain(name):
            if style.outline is not None:
                return style.outline
            named = _NAMED_HEADING.search(style.display)
            if named:
                return int(named.group(1))
        return None

    def anchors(self, element: Any) -> str:
        """The ids a heading keeps: its bookmarks' (links of the document and of other pages lead there), and the
        one a link to it by its words (`#Who we are|outline`, as LibreOffice links to a heading) is given."""
        names = [bookmark.get(_q("text:name"), "") for bookmark in element.iter(
            _q("text:bookmark"), _q("text:bookmark-start"))]
        words = "".join(element.itertext()).strip()
        if words in self.outlined:  # (first: the heading's id; LibreOffice's own bookmark, a table of contents' link
            names.insert(0, words)  # target, `__RefHeading__1`, goes as Word's `_Toc…` does: google_ids)
        return "".join(f'<a id="{html.escape(bookmark_id(name))}"></a>' for name in dict.fromkeys(names) if name)

    # -- inline -------------------------------------------------------------------------------------------------------

    def inline(self, element: Any, hidden: bool = False) -> str:
        """The element's words as inline HTML; `hidden`: its text is hidden (by a span around it), but not a span
        inside it that shows its own (`text:display="true"`)."""
        parts = [html.escape(element.text or "", quote=False) if not hidden else ""]
        for child in element:
            parts.append(self.inline_element(child, hidden))
            parts.append(html.escape(child.tail or "", quote=False) if not hidden else "")
        return "".join(parts)

    def inline_element(self, child: Any, hidden: bool = False) -> str:
        tag = child.tag
        if not isinstance(tag, str):
            self.left_out(child)
            return ""
        if tag in _UNSHOWN:
            return ""
        if tag in _DATE_FIELDS and child.get(_q("text:fixed")) != "true" and "".join(child.itertext()).strip():
            self.dates.append((tag.rsplit("}", 1)[-1], " ".join("".join(child.itertext()).split())))
        if tag == _q("text:ruby-text"):  # a phonetic guide's reading, drawn small above its base: no words of the
            return ""  # text, as the Word import reads one (it ran into them, `漢字かんじ`: adopt41)
        if tag in _REFERENCES and child.get(_q("text:reference-format")) == "page":
            self.counts["pages"] += 1  # a table of contents' page number: a web page has no pages
            return ""
        if tag == _q("office:annotation"):
            self.counts["comments"] += 1
            return ""
        if tag == _q("text:bookmark-ref") and (name := child.get(_q("text:ref-name"), "")) in self.headed:
            # a cross-reference to a heading (Insert › Cross-reference, "see section 2.1"), which LibreOffice follows
            # on a click: a link to it, as the Word import's (it was words only: adopt41)
            return f'<a href="#{html.escape(bookmark_id(name))}">{self.inline(child, hidden)}</a>'
        if tag == _q("text:s"):
            return " " * min(int(_digits(child.get(_q("text:c")), 1)), 100)
        if tag == _q("text:tab"):
            return "\t"
        if tag == _q("text:line-break"):
            return "<br>"
        if tag == _q("text:note"):
            return self.note(child)
        if tag == _q("text:a"):
            href = child.get(_q("xlink:href"), "")
            if href.startswith("#"):  # a bookmark, or a heading by its words (`#1. Who we are|outline`)
                href = "#" + bookmark_id(href[1:].removesuffix("|outline"))
            elif href.startswith("../"):  # relative to the package (ODF 1.2 part 3, 3.7): `../x` is x beside the file
                href = href[3:]
            return f'<a href="{html.escape(href)}">{self.inline(child, hidden)}</a>' if href else \
                self.inline(child, hidden)
        if tag == _q("text:span"):
            name = child.get(_q("text:style-name"))
            says = self.says(name, "hidden")
            if says and not hidden and (child.text or "").strip():  # (words of its own hidden)
                self.counts["hidden"] += 1
            font = self.says(name, "font")
            if font in word_symbols.FONTS and len(child) == 0 and child.text and not (says or hidden):
                # typed in a symbol font (a Wingdings `ü`): the character LibreOffice draws, ✓ (adopt41)
                shown = [word_symbols.drawn_char(font, char) for char in child.text]
                self.counts["symbols"] += sum(1 for char in shown if char)
                words = html.escape("".join(char or typed for char, typed in zip(shown, child.text)), quote=False)
            else:
                words = self.inline(child, says if says is not None else hidden)
            if not words:
                return ""
            if self.says(name, "italic"):
                words = f"<em>{words}</em>"
            position = self.says(name, "position")
            if position:
                words = f"<{position}>{words}</{position}>"
            if self.says(name, "bold"):
                words = f"<strong>{words}</strong>"
            return words
        if tag in (_q("text:hidden-text"), _q("text:hidden-paragraph")) or child.get(_q("text:display")) == "none":
            self.counts["hidden"] += 1
            return ""
        if tag in (_q("draw:frame"), _q("draw:custom-shape"), _q("draw:rect"), _q("draw:g")):
            return self.frame(child)
        if tag == _q("text:number"):
            return ""  # the label as a writer cached it: read where its paragraph is (see `labelled`)
        return self.inline(child, hidden)  # a field's shown value (a date, the title), a meta, a ruby: its words

    def frame(self, frame: Any) -> str:
        """An image's description where it has one; a text box's or a shape's paragraphs, each a paragraph of its
        own after the one it is anchored in (as the Word import places them)."""
        paragraphs = list(frame.iter(_q("text:p"), _q("text:h")))
        if paragraphs:
            self.floating += [words for paragraph in paragraphs if (words := self.inline(paragraph).strip())]
            return ""
        self.counts["images"] += 1
        title = frame.findtext(_q("svg:title")) or frame.findtext(_q("svg:desc")) or ""
        return f'<img src="" alt="{html.escape(title.strip())}">' if title.strip() else ""

    def note(self, element: Any) -> str:
        number = len(self.notes_html) + 1
        kind = "endnote" if element.get(_q("text:note-class")) == "endnote" else "footnote"
        mark = (element.findtext(_q("text:note-citation")) or str(number)).strip() or str(number)
        body = element.find(_q("text:note-body"))
        words = " ".join(self.inline(paragraph) for paragraph in body.iter(_q("text:p"), _q("text:h"))) \
            if body is not None else ""
        self.notes_html.append(f'<li id="{kind}-{number}"><p>{words} <a href="#{kind}-ref-{number}">↑</a></p></li>')
        return f'<sup><a href="#{kind}-{number}" id="{kind}-ref-{number}">[{html.escape(mark)}]</a></sup>'

    # -- blocks -------------------------------------------------------------------------------------------------------

    def blocks(self, parent: Any) -> None:
        for child in parent:
            self.block(child)

    def block(self, child: Any) -> None:
        tag = child.tag
        if not isinstance(tag, str):
            self.left_out(child)
            return
        if tag in _UNSHOWN:
            return
        if tag == _q("text:table-of-content"):
            self.contents(child)
        elif tag in _INDEXES:
            self.counts["indexes"] += 1
        elif tag == _q("text:tracked-changes"):
            self.counts["tracked"] += len(child)
        elif tag == _q("office:annotation"):
            self.counts["comments"] += 1
        elif tag == _q("text:section") and child.get(_q("text:display")) in ("none", "condition"):
            self.counts["hidden"] += 1
        elif tag == _q("text:h"):
            self.heading(child)
        elif tag == _q("text:p"):
            self.paragraph(child)
        elif tag == _q("text:list"):
            self.listing(child, 1, None)
        elif tag == _q("text:numbered-paragraph"):
            self.numbered(child)
        elif tag == _q("table:table"):
            self.table(child)
        else:  # a section, a table's row group, a frame standing alone: what it holds
            self.blocks(child)

    def numbered(self, element: Any) -> None:
        """A paragraph numbered on its own, outside a list: its paragraph or heading with the number the document
        shows (its `text:number`), which was lost (adoption 13 of session 36); without one (a writer that stores no
        label), the number an office suite shows for it: its list's count at its level, from the list style's start,
        its own start value or the list it continues (adoption 15 of session 37)."""
        shown = self.numbered_label(element)
        label = " ".join((element.findtext(_q("text:number")) or "").split()) or shown
        for part in element:
            if part.tag == _q("text:p"):
                self.paragraph(part, label)
                label = ""
            elif part.tag == _q("text:h"):
                self.heading(part, label)
                label = ""
            elif part.tag != _q("text:number"):
                self.block(part)

    def numbered_label(self, element: Any) -> str:
        """The label a numbered paragraph without a stored one is shown with: paragraphs of one `text:list-id` count
        on together, as the items of one list do; `text:continue-numbering` continues the list before it."""
        level = int(_digits(element.get(_q("text:level")), 1)) or 1
        first = next((part for part in element if part.tag in (_q("text:p"), _q("text:h"))), None)
        style = element.get(_q("text:style-name")) or (
            self.says(first.get(_q("text:style-name")), "list_style") if first is not None else None)
        levels = self.lists.get(style or "", {})
        if not levels:  # no list style to read a number from: none invented
            return ""
        list_id = element.get(_q("text:list-id")) or ""
        counter = self.list_counters.get(list_id) if list_id else None
        if counter is None:
            counter = self.last_list if element.get(_q("text:continue-numbering")) == "true" and \
                self.last_list is not None else _Counter()
            if list_id:
                self.list_counters[list_id] = counter
        self.last_list = counter
        own = levels.get(level) or _Level("1", suffix=".")
        restart = element.get(_q("text:start-value"))
        counter.next(level, own.start, int(_digits(restart, 1)) if restart else None)
        return _label(counter, level, levels)

    def heading(self, element: Any, label: str = "") -> None:
        level = int(_digits(element.get(_q("text:outline-level")), 1)) or 1
        cached = element.findtext(_q("text:number"))
        if not label and cached and cached.strip():
            label = cached.strip()
        elif not label and element.get(_q("text:is-list-header")) != "true" and level in self.outline:
            restart = element.get(_q("text:start-value")) if element.get(_q("text:restart-numbering")) == "true" \
                else None
            self.heading_counter.next(level, self.outline[level].start, int(_digits(restart, 1)) if restart else None)
            label = _label(self.heading_counter, level, self.outline)
        if label:
            self.counts["headings-numbered"] += 1
        words = self.inline(element).strip()
        if not words and not label:
            return
        if not label and names_contents(words) and _over_contents(element):
            self.contents_headings.append(" ".join(words.split()))  # (adopt34: it was an empty section)
            self.emit(f"<p><strong>{words}</strong></p>")
            return
        marked = f' class="{heading_depth.BELOW_TITLE}"' if self.titled else ""
        self.heading_styles.setdefault(min(level, 6), {})[self.style_name(element.get(_q("text:style-name")))] = None
        self.emit(f"<h{min(level, 6)}{marked}>{self.anchors(element)}"
                        f"{html.escape(label, quote=False) + ' ' if label else ''}{words}</h{min(level, 6)}>")

    def contents(self, element: Any) -> None:
        """A table of contents as the document shows it, as a Word document's is kept (adopt34: it was left out, its
        words lost): its title (`text:index-title`) a bold line, each entry its words and link without the page number
        after its tab (a web page has no pages)."""
        body = element.find(_q("text:index-body"))
        for part in body if body is not None else ():
            if part.tag == _q("text:index-title"):
                for paragraph in part.iter(_q("text:p"), _q("text:h")):
                    words = " ".join(self.inline(paragraph).split())
                    if words:
                        self.emit(f"<p><strong>{words}</strong></p>")
            elif part.tag == _q("text:p"):
                words, pages = _PAGE_AFTER_TAB.subn("", self.inline(part))
                self.counts["pages"] += pages
                if words.strip():
                    self.emit(f"<p>{' '.join(words.split())}</p>")
            elif isinstance(part.tag, str) and part.tag not in _UNSHOWN:
                self.block(part)

    def paragraph(self, element: Any, label: str = "") -> None:
        name = element.get(_q("text:style-name"))
        if self.says(name, "hidden"):
            self.counts["hidden"] += 1
            return
        outline = self.outline_level(name)
        if outline:  # a paragraph style with an outline level: a heading in the document's navigator
            element.set(_q("text:outline-level"), str(outline))
            self.heading(element, label)
            return
        words = self.inline(element)
        if not words.strip() and not label:
            if self.floating:
                self.emit("")
            return
        if not self.titled and not self.out and self.is_title(name):
            self.titled = True
            self.counts["title"] += 1
            self.emit(f"<h1>{words.strip()}</h1>")
            return
        if self.says(name, "bold") and "<strong>" not in words:
            words = f"<strong>{words}</strong>"
        block = f"<p>{html.escape(label, quote=False) + ' ' if label else ''}{words}</p>"
        self.emit(f"<blockquote>{block}</blockquote>" if self.quoted(name) else block)

    def listing(self, element: Any, level: int, style: str | None, counter: _Counter | None = None) -> None:
        style = element.get(_q("text:style-name")) or style
        if counter is None:
            continued = element.get(_q("text:continue-list"))
            if continued and continued in self.list_counters:
                counter = self.list_counters[continued]
            elif element.get(_q("text:continue-numbering")) == "true" and self.last_list is not None:
                counter = self.last_list
            else:
                counter = _Counter()
            self.last_list = counter
        own_id = element.get("{http://www.w3.org/XML/1998/namespace}id")
        if own_id:
            self.list_counters[own_id] = counter
        items = [item for item in element if item.tag in (_q("text:list-item"), _q("text:list-header"))]
        if not items:
            return
        first_paragraph = next((p for item in items for p in item if p.tag in (_q("text:p"), _q("text:h"))), None)
        levels = self.lists.get(style or "", {}) or self.lists.get(
            self.says(first_paragraph.get(_q("text:style-name")), "list_style") or "", {}) \
            if first_paragraph is not None else self.lists.get(style or "", {})
        own = levels.get(level) or _Level(_BULLET)
        plain = own.kind == "1" and not own.prefix and own.suffix in (".", "") and own.display == 1
        opened = ""
        for item in items:
            children = [child for child in item if isinstance(child.tag, str) and child.tag not in _UNSHOWN]
            if not children or children[0].tag not in (_q("text:p"), _q("text:h")):
                # an item holding a deeper list alone (how LibreOffice reaches a heading numbered 1.1): no number
                for child in children:
                    self.listing(child, level + 1, style, counter) if child.tag == _q("text:list") else \
                        self.block(child)
                continue
            header = item.tag == _q("text:list-header")
            if not header:
                restart = item.get(_q("text:start-value"))
                counter.next(level, own.start, int(_digits(restart, 1)) if restart else None)
            label = "" if header else _label(counter, level, levels)
            if children and children[0].tag == _q("text:h"):  # a heading numbered by a list style: a heading
                if opened:
                    self.out.append(f"</{opened}>")
                    opened = ""
                self.heading(children[0], label)
                for child in children[1:]:
                    self.listing(child, level + 1, style, counter) if child.tag == _q("text:list") else \
                        self.block(child)
                continue
            if not opened:
                opened = "ol" if plain else "ul"
                # (marked the document's: its sections numbered so are said numbered by its list style, not by Word
                # nor by a web page's <ol>)
                self.out.append(f'<ol data-odt-list start="{counter.numbers.get(level, 1)}">' if plain else "<ul>")
            saved, self.out = self.out, []
            for index, child in enumerate(children):
                if child.tag == _q("text:p") and index == 0:
                    cached = child.findtext(_q("text:number"))
                    shown = cached.strip() if cached and cached.strip() else label
                    words = self.inline(child)
                    if not plain and shown:
                        self.counts["labelled"] += 1
                        words = f"{html.escape(shown, quote=False)} {words}"
                    self.emit(words)  # (an item of one line: a tight list, as mammoth writes a Word list)
                elif child.tag == _q("text:list"):
                    self.listing(child, level + 1, style, counter)
                else:
                    self.block(child)
            inner, self.out = "".join(self.out), saved
            self.out.append(f"<li>{inner}</li>")
        if opened:
            self.out.append(f"</{opened}>")

    def table(self, element: Any) -> None:
        self.out.append("<table>")
        for row, header in _rows(element):
            cells: list[str] = []
            for cell in row:
                if cell.tag != _q("table:table-cell"):
                    continue
                repeated = min(int(_digits(cell.get(_q("table:number-columns-repeated")), 1)), 64)
                saved, self.out = self.out, []
                self.blocks(cell)
                inner, self.out = "".join(self.out), saved
                spans = "".join(f' {html_name}="{_digits(cell.get(_q(attribute)), 1)}"' for attribute, html_name in
                                (("table:number-columns-spanned", "colspan"), ("table:number-rows-spanned", "rowspan"))
                                if int(_digits(cell.get(_q(attribute)), 1)) > 1)
                kind = "th" if header else "td"
                cells += [f"<{kind}{spans}>{inner}</{kind}>"] * (repeated if not inner else 1)
            if cells:
                self.out.append(f"<tr>{''.join(cells)}</tr>")
        self.out.append("</table>")


_ROW_GROUPS = {_q(f"table:{group}") for group in ("table-header-rows", "table-rows", "table-row-group")}


def _rows(table: Any, header: bool = False) -> list[tuple[Any, bool]]:
    """The table's own rows (a table inside a cell keeps its rows), each with whether it is a header row."""
    rows: list[tuple[Any, bool]] = []
    for child in table:
        if child.tag == _q("table:table-row"):
            rows.append((child, header))
        elif child.tag in _ROW_GROUPS:
            rows += _rows(child, header or child.tag == _q("table:table-header-rows"))
    return rows


def _position(value: str) -> str:
    """`super 58%`, `33% 58%`: "sup"; `sub 58%`, `-33% 58%`: "sub"; `0% 100%`: ""."""
    raised = value.split()[0] if value.split() else ""
    if raised == "super" or (raised.endswith("%") and raised[:-1].isdigit() and int(raised[:-1]) > 0):
        return "sup"
    if raised == "sub" or (raised.startswith("-") and raised.rstrip("%")[1:].isdigit()):
        return "sub"
    return ""


def _digits(value: str | None, default: int) -> str:
    return value if value and value.isdigit() and len(value) < 6 else str(default)


def _read_styles(roots: list[Any]) -> tuple[dict[str, _Style], dict[str, dict[int, _Level]], dict[int, _Level]]:
    """The paragraph and text styles (named and automatic), the list styles by name, the headings' outline numbering."""
    styles: dict[str, _Style] = {}
    lists: dict[str, dict[int, _Level]] = {}
    outline: dict[int, _Level] = {}
    faces = {str(face.get(_q("style:name"))): str(face.get(_q("svg:font-family")) or face.get(_q("style:name")))
             for root in roots for face in root.iter(_q("style:font-face"))}
    automatic = {element.get(_q("style:name")) for root in roots for styles in root.iter(_q("office:automatic-styles"))
                 for element in styles}
    for root in roots:
        for element in root.iter(_q("style:style")):
            name = element.get(_q("style:name"))
            if not name:
                continue
            properties = element.find(_q("style:text-properties"))
            style = _Style(parent=element.get(_q("style:parent-style-name")),
                           display=element.get(_q("style:display-name")) or name.replace("_20_", " "),
                           list_style=element.get(_q("style:list-style-name")), automatic=name in automatic)
            outlined = element.get(_q("style:default-outline-level"))
            if outlined and outlined.isdigit() and int(outlined) > 0:
                style.outline = int(outlined)
            if properties is not None:
                weight = properties.get(_q("fo:font-weight"))
                if weight is not None:
                    style.bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                slant = properties.get(_q("fo:font-style"))
                if slant is not None:
                    style.italic = slant in ("italic", "oblique")
                raised = properties.get(_q("style:text-position"))
                if raised is not None:
                    style.position = _position(raised)
                shown = properties.get(_q("text:display"))
                if shown is not None:
                    style.hidden = shown == "none"
                font = properties.get(_q("style:font-name")) or properties.get(_q("fo:font-family"))
                if font:
                    style.font = faces.get(font, font).strip("'\"")
            styles[name] = style
        for element in root.iter(_q("text:list-style")):
            if element.get(_q("style:name")):
                lists[element.get(_q("style:name"))] = _levels(element)
        for element in root.iter(_q("text:outline-style")):
            outline = {level: found for level, found in _levels(element).items() if found.kind not in (_NONE, _BULLET)}
    return styles, lists, outline


def _levels(element: Any) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for level in element:
        depth = int(_digits(level.get(_q("text:level")), 1))
        if level.tag == _q("text:list-level-style-bullet"):
            levels[depth] = _Level(_BULLET)
        elif level.tag in (_q("text:list-level-style-number"), _q("text:outline-level-style")):
            kind = level.get(_q("style:num-format"), "")
            levels[depth] = _Level(kind if kind in ("1", "a", "A", "i", "I") else _NONE if not kind else "1",
                                   prefix=level.get(_q("style:num-prefix"), ""),
                                   suffix=level.get(_q("style:num-suffix"), ""),
                                   start=int(_digits(level.get(_q("text:start-value")), 1)),
                                   display=int(_digits(level.get(_q("text:display-levels")), 1)))
        elif level.tag == _q("text:list-level-style-image"):
            levels[depth] = _Level(_BULLET)
    return levels


def _parse(data: bytes) -> Any:
    from lxml import etree

    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))


def _parts(data: bytes, name: str) -> tuple[bytes, bytes]:
    """content.xml and styles.xml of a zipped document, or the flat document (`.fodt`) twice."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if start.startswith(b"<") and (b"office:document" in data[:4096] or b"<html" not in data[:4096].lower()):
        return data, b""  # a flat OpenDocument (.fodt): one XML file
    if refused := disguised.office_refusal(data, name=name, extension="." + name.rpartition(".")[2].lower()):
        raise ConvertError(refused)  # a PDF, a .doc, a web page named .odt (adopt32: "not a zip archive")
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = set(archive.namelist())
    if "content.xml" not in parts:
        raise ConvertError(Said("import.odt-not-odt", name=name))
    mimetype = archive.read("mimetype").strip() if "mimetype" in parts else b""
    if mimetype and not mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise ConvertError(Said("import.odt-other-kind", name=name, kind=mimetype.decode("ascii", "replace")[:80]))
    if "META-INF/manifest.xml" in parts and b"encryption-data" in archive.read("META-INF/manifest.xml"):
        raise ConvertError(Said("import.odt-encrypted", name=name))
    unpacked = sum(info.file_size for info in archive.infolist() if info.filename in ("content.xml", "styles.xml"))
    if unpacked > MAX_UNPACKED:
        raise ConvertError(Said("import.docx-large", name=name, size=f"{unpacked / 2**20:.0f}",
                                most=MAX_UNPACKED // 2**20))
    return archive.read("content.xml"), archive.read("styles.xml") if "styles.xml" in parts else b""


def convert(data: bytes, *, name: str, lang: str = "") -> Converted:
    """Markdown of the document's text; its title is its Title paragraph, else its first heading."""
    notes = Notes("Markdown line")
    if not data.strip():
        raise ConvertError(Said("import.docx-empty", name=name, size=len(data)))
    from policysite.convert import office_legacy

    if office_legacy.written_as(data):  # a .doc, an RTF named .odt: read as what it is, through LibreOffice, said
        return office_legacy.convert(data, name=name, lang=lang)
    if len(data) > MAX_UNPACKED and data.lstrip()[:1] == b"<":
        raise ConvertError(Said("import.docx-large", name=name, size=f"{len(data) / 2**20:.0f}",
                                most=MAX_UNPACKED // 2**20))
    try:
        content, styles = _parts(data, name)
        roots = [_parse(content)] + ([_parse(styles)] if styles.strip() else [])
        body = roots[0].find(f"{_q('office:body')}/{_q('office:text')}")
        if body is None:
            raise ConvertError(Said("import.odt-not-odt", name=name))
        reader = _Reader(*_read_styles(roots))
        reader.outlined = {str(link.get(_q("xlink:href")))[1:].removesuffix("|outline") for link in body.iter(
            _q("text:a")) if str(link.get(_q("xlink:href"), "")).endswith("|outline")}
        reader.headed = {str(mark.get(_q("text:name"))) for paragraph in body.iter(_q("text:h"), _q("text:p"))
                         if paragraph.tag == _q("text:h") or reader.outline_level(paragraph.get(_q("text:style-name")))
                         for mark in paragraph.iter(_q("text:bookmark"), _q("text:bookmark-start"))}
        reader.blocks(body)
    except ConvertError:
        raise
    except RecursionError:
        raise ConvertError(Said("import.docx-nested", name=name)) from None
    except Exception as exc:  # a damaged file can fail anywhere in zipfile or the XML reader
        raise ConvertError(Said("import.odt-unreadable", name=name, error=file_reason(exc))) from None
    _margins(roots, notes)
    converted = "".join(reader.out)
    if reader.notes_html:
        converted += f"<ol>{''.join(reader.notes_html)}</ol>"
    _say(reader, notes)
    part = name if content is data else "content.xml"  # (a flat document is its own XML)
    for entity, line in list(reader.entities.items())[:_ENTITIES_SAID]:
        notes.add(Said("convert.odt-entity", entity=entity, line=line, part=part))
    if reader.titled:
        converted = heading_depth.below_title(converted, notes, reader.heading_names())
    elif not re.search(r"<h1[\s>]", converted):  # a title at level 2 over level 3 sections
        tree = LexborHTMLParser(converted)
        if tree.body is not None:
            html_source.lone_top_heading(tree.body, notes, word=True)
            converted = tree.body.inner_html or converted
    markdown = neutralise.neutralise(google_ids.heading_ids(
        html_to_markdown(converted, notes, word_levels=1 if reader.titled else 0,
                         heading_names=reader.heading_names()), notes), notes)
    word_contents.say(markdown, reader.contents_headings, notes)
    word_review.say(markdown, word_review.odt_reviewed(body), notes)
    title = re.search(r"(?m)^# (.+?)(?: \{#[^}]*\})?$", markdown)
    return Converted(markdown, {"title": title.group(1).strip()} if title else {}, notes.sentences(),
                     where=notes.where)


# The entities said, each once at its first line (a document repeating thousands says its first ones).
_ENTITIES_SAID = 10

_MARGINS = tuple(_q(f"style:{kind}{side}") for kind in ("header", "footer") for side in ("", "-left", "-first"))


def _margins(roots: list[Any], notes: Notes) -> None:
    """The words of the page headers and footers (the company's name, `Page 1 of 3`) said as left out, as a Word
    document's are: a web page has none."""
    say_margins([" ".join(_shown_words(margin).split()) for root in roots for margin in root.iter(*_MARGINS)], notes)


# Where a writer shows a space its XML does not hold as one: a space element (`2<text:s/>of`, its count aside), a tab,
# a line break, and between paragraphs and the parts of a header (left, centre, right).
_SPACED = frozenset(_q(name) for name in ("text:s", "text:tab", "text:line-break", "text:p", "text:h",
                                          "style:region-left", "style:region-center", "style:region-right"))


def _shown_words(element: Any) -> str:
    """The words of `element` as the writer shows them: `2<text:s/>of<text:s/>2` is "2 of 2", two paragraphs' words
    are apart (itertext joins them: "2of 2")."""
    out = [element.text or ""]
    for child in element:
        out += [" " if child.tag in _SPACED else "", _shown_words(child), " " if child.tag in _SPACED else "",
                child.tail or ""]
    return "".join(out)


# What each count of the reader is said as (with its count), in this order.
_SAID = {"headings-numbered": "convert.odt-numbered-headings", "labelled": "convert.odt-list-labels",
         "hidden": "convert.odt-hidden", "comments": "convert.odt-comments", "tracked": "convert.odt-tracked",
         "indexes": "convert.odt-indexes", "pages": "convert.word-page-numbers", "symbols": "convert.odt-symbol-fonts"}


def _say(reader: _Reader, notes: Notes) -> None:
    if reader.counts["title"]:
        notes.add(Said("convert.odt-title"))
    for count, key in _SAID.items():
        if reader.counts[count]:
            notes.add(Said(key, count=reader.counts[count]))
    if reader.notes_html:
        notes.add(Said("convert.word-footnotes", count=len(reader.notes_html)))
    for kind, words in dict.fromkeys(reader.dates):
        notes.add(Said("convert.odt-date-field", words=words[:80], field=f"text:{kind}"))
