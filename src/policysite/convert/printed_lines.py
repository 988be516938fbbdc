"""A PDF saved as a web page line by line (Poppler's `pdftohtml -c`, `-s`): each printed line a box of its own, placed
on its page by its style (`<p style="position:absolute;top:148px;left:108px">`), the page's running header and number
among them.

The import read each line as a paragraph (a sentence cut in two at each line's end, the redlines then comparing
lines) and kept `Page 1 of 2` and the title repeated over each page in the text. The lines are joined back into the
paragraphs and list items they were printed as: a paragraph's lines follow one another in one font at one margin,
each right under the one before (a wider gap, another font or margin, a bullet, or a short line ending a sentence
starts another block; a paragraph running on to the next page goes on there). A page's first or last line repeated
on other pages, or only a page number, is left out, with its words said, as a Word document's page headers are.
pdftohtml without `-c` ends each line by `<br>` and each page by `<hr>`, and pdf2htmlEX places its lines by classes
(`pdf_exports`): their lines are read by the same rules.
"""
from __future__ import annotations

import collections
import dataclasses
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import pdf_exports, printed_columns
from policysite.convert.elements import child_elements, shown_words
from policysite.convert.notes import Notes, each_quoted, say_margins
from policysite.convert.rawhtml import BLOCKS
from policysite.convert.visual_order import placed
from policysite.messages import Said

_FEWEST = 5  # placed lines the pages hold at least (fewer: a page builder's boxes, visual_order's)
_MARGIN_LINES = 3  # lines a page's header or footer holds at most
_MARGIN_SHARE = 0.6  # of the lines of pages no PDF tool names start at one left margin at least
_LONGEST = 200  # characters a printed line holds at most (more: a box of paragraphs)
_SAME_LINE = 5.0  # pixels between the tops of pieces of one line (pdftohtml parts a line at each change of font; a
# footnote mark raised a few pixels is on its line)
_SAME_MARGIN = 3.0  # pixels between the left edges of the lines of one paragraph
_INDENT = 40.0  # pixels a paragraph's first line is indented by at most
_SPACING = 1.25  # times a font's usual line spacing: a wider gap parts two paragraphs
_ROOM = 0.9  # of a font's longest line (in characters, a proportional font's width varying): room left on a line
_BULLET = re.compile(r"^[\s\u00a0]*[•●▪■◦‣○·∙–-][\s\u00a0]+")
# an item's label: `1.`, `2.1`, `(a)`, `b)`, `iv.`, `(ii)`
_LABEL = re.compile(r"(?i)^[\s\u00a0]*(?:\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})\)|\d{1,3}\.(?:\d{1,3}(?:\.\d{1,3})*\.?)?|"
                    r"[a-z]\.|[ivxlc]{1,5}\.)[\s\u00a0]+")
_MARKER = re.compile(r"[•●▪■◦‣○·∙–-]|\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+\.?", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’»)]*$")
_HYPHENATED = re.compile(r"\w-$")
_PAGE_NUMBER = re.compile(
    r"(?i)[\s\u00a0\-–—|]*(?:(?:page|p\.|pg\.|seite|s\.|página|pág\.|pagina|pag\.|strona|str\.|blz\.|sida)"
    r"[\s\u00a0]*)?\d{1,4}(?:[\s\u00a0]*(?:of|/|de|sur|von|di|z|van|av)[\s\u00a0]*\d{1,4})?[\s\u00a0\-–—|]*")


@dataclass
class _Line:
    """One printed line: its page, place, font (its longest piece's class and weight), markup and words."""
    page: int
    top: float
    left: float
    font: str
    markup: str
    words: str
    cells: tuple[tuple[float, str], ...] = ()  # (left, markup) of each piece of a table's row


@dataclass
class _Block:
    lines: list[_Line] = field(default_factory=list)
    bullet: bool = False
    columns: list[float] = field(default_factory=list)  # a table's: each column's left edge
    rows: list[list[str]] = field(default_factory=list)  # a table's: each row's cells' markup


def _piece_font(node: LexborNode) -> str:
    bold = node.css_first("b, strong")
    whole = bold is not None and " ".join(bold.text().split()) == " ".join(node.text().split())
    size = re.search(r"(?i)font-size\s*:\s*([\d.]+)", node.attributes.get("style") or "")
    return f"{node.attributes.get('class') or ''}|{'bold' if whole else ''}|{size.group(1) if size else ''}"


def _page_lines(page: LexborNode) -> list[tuple[float, float, LexborNode]] | None:
    """(top, left, box) of each line `page` places, if it is a page of printed lines (its children holding words
    all placed boxes of one line each), else None."""
    found = []
    for child in child_elements(page) or []:
        if child.tag in ("img", "br"):
            continue
        words = shown_words(child)
        if not words:
            continue
        place = placed(child)
        if place is None or len(words) > _LONGEST or any(
                node.tag in BLOCKS for node in list(child.traverse())[1:]):
            return None
        found.append((place[0], place[1], child))
    return sorted(found, key=lambda line: line[:2]) if found else None


def _pages(tree: LexborHTMLParser) -> list[tuple[LexborNode, list[tuple[float, float, LexborNode]]]]:
    parents: dict[int, LexborNode] = {}
    for node in tree.css("[style*=absolute]"):
        if node.parent is not None and placed(node) is not None:
            parents[node.parent.mem_id] = node.parent
    pages = [(page, lines) for page in parents.values() if (lines := _page_lines(page)) is not None]
    boxes = [box for _page, lines in pages for box in lines]
    if len(boxes) < _FEWEST:
        return []
    margins = collections.Counter(round(left / _SAME_MARGIN) for _top, left, _box in boxes)
    printed = pdf_exports.generator(tree) or any(
        re.fullmatch(r"(?i)page-?\d+(?:-div)?|pf\d+", str(page.attributes.get("id") or "")) for page, _lines in pages)
    # (else a page builder's boxes of a line each, a menu's, a button's: printed lines where most share a margin)
    return pages if printed or len(boxes) >= 2 * _FEWEST and max(margins.values()) >= _MARGIN_SHARE * len(boxes) \
        else []


def _lines(number: int, boxes: list[tuple[float, float, LexborNode]]) -> list[_Line]:
    """The page's boxes gathered into lines: the pieces at one height, left to right, a space between them."""
    rows: list[list[tuple[float, float, LexborNode]]] = []
    for box in boxes:
        if rows and abs(box[0] - rows[-1][0][0]) <= _SAME_LINE:
            rows[-1].append(box)
        else:
            rows.append([box])
    lines = []
    for row in rows:
        row.sort(key=lambda box: box[1])
        longest = max(row, key=lambda box: len(shown_words(box[2])))[2]
        markup = " ".join(_spaced(box[2]) for box in row)
        texts = row[1:] if _MARKER.fullmatch(" ".join(shown_words(row[0][2]).split())) else row
        fonts = [_piece_font(box[2]) for box in texts]  # (a bullet or a label printed apart, `•` then its tab, aside)
        cells = tuple((box[1], _spaced(box[2])) for box in row) if any(
            before == after for before, after in zip(fonts, fonts[1:])) else ()  # (apart in one font: columns)
        lines.append(_Line(number, row[0][0], row[0][1], _piece_font(longest), markup,
                           " ".join(" ".join(shown_words(box[2]).split()) for box in row), cells))
    return lines


def _spaced(box: LexborNode) -> str:
    """The box's markup, its no-break spaces ordinary ones where it has no other (pdftohtml writes each space so)."""
    markup = (box.inner_html or "").strip()
    if " " in (box.text() or "").strip():
        return markup
    return re.sub(r"&nbsp;|&#160;|\u00a0", " ", markup)


def _key(words: str) -> str:
    return re.sub(r"\d+", "#", " ".join(words.casefold().split()))


def _margins(pages: list[list[_Line]]) -> set[int]:
    """The ids of the lines of the pages' running headers and footers: a page's first or last lines (up to three)
    each only a page number, or repeated in its font at that end of another page or, over a page after the first,
    elsewhere in another font (the title repeated small over each later page)."""
    tops = collections.Counter((_key(line.words), line.font) for page in pages for line in page[:_MARGIN_LINES])
    bottoms = collections.Counter((_key(line.words), line.font) for page in pages for line in page[-_MARGIN_LINES:])
    fonts: dict[str, set[str]] = collections.defaultdict(set)
    for page in pages:
        for line in page:
            fonts[_key(line.words)].add(line.font)
    found = set()
    for page in pages:
        for line in page[:_MARGIN_LINES]:
            if not (_PAGE_NUMBER.fullmatch(line.words) or tops[_key(line.words), line.font] > 1 or (
                    line.page > 0 and fonts[_key(line.words)] - {line.font})):
                break
            found.add(id(line))
        for line in reversed(page[-_MARGIN_LINES:]):
            if not (_PAGE_NUMBER.fullmatch(line.words) or bottoms[_key(line.words), line.font] > 1):
                break
            found.add(id(line))
    return found


def _spacing(lines: list[_Line]) -> dict[str, float]:
    """Each font's usual gap between one line's top and the next's (the commonest, on one page)."""
    gaps: dict[str, collections.Counter[float]] = collections.defaultdict(collections.Counter)
    for before, after in zip(lines, lines[1:]):
        if before.page == after.page and before.font == after.font and after.top > before.top:
            gaps[before.font][round(after.top - before.top)] += 1
    return {font: min(gap for gap, n in counted.items() if n == max(counted.values()))
            for font, counted in gaps.items()}


def _goes_on(block: _Block, line: _Line, spacing: dict[str, float], longest: dict[str, int]) -> bool:
    """Whether `line` goes on the paragraph or item `block` ends with."""
    first, last = block.lines[0], block.lines[-1]
    labelled = _LABEL.match(first.words) is not None
    if line.font != first.font or _BULLET.match(line.words) or _LABEL.match(line.words) and (
            labelled or _ENDS_SENTENCE.search(last.words)):
        return False  # (another item of a list, `(b)` under `(a)`, or one after a lead-in, `… to:`)
    if block.bullet or labelled:  # (its lines indented under its text, or back at its label's margin)
        at_margin = line.left > first.left - _SAME_MARGIN
    elif len(block.lines) == 1:
        at_margin = abs(line.left - first.left) <= _SAME_MARGIN or first.left - _INDENT <= line.left < first.left
    else:
        at_margin = abs(line.left - block.lines[1].left) <= _SAME_MARGIN
    if not at_margin:
        return False
    if _ENDS_SENTENCE.search(last.words) and len(last.words) + 1 + len(line.words.split()[0]) < \
            _ROOM * longest.get(last.font, 0):
        return False  # (the next line's first word would have fitted on it: the paragraph ended there)
    if line.page != last.page:
        return not _ENDS_SENTENCE.search(last.words)
    usual = spacing.get(line.font)
    return usual is not None and 0 < line.top - last.top <= usual * _SPACING + 1


def _lone_rows(lines: list[_Line]) -> list[_Line]:
    """`lines`, each line of pieces apart in one font with no other such line within three lines of it on its page
    read as a line of text (a justified line pdftohtml parted at a wide gap), not a table's row."""
    near = 3
    return [dataclasses.replace(line, cells=()) if line.cells and not any(
        other.cells and other.page == line.page for other in lines[max(0, n - near):n] + lines[n + 1:n + 1 + near])
        else line for n, line in enumerate(lines)]


def _blocks(lines: list[_Line]) -> list[_Block]:
    lines = _lone_rows(lines)
    spacing = _spacing(lines)
    longest: dict[str, int] = collections.defaultdict(int)
    for line in lines:
        longest[line.font] = max(longest[line.font], len(line.words))
    blocks: list[_Block] = []
    for line in lines:
        if blocks and blocks[-1].columns and _in_table(blocks[-1], line, spacing):
            continue
        if line.cells:
            blocks.append(_Block([line], columns=[left for left, _markup in line.cells],
                                 rows=[[markup for _left, markup in line.cells]]))
        elif blocks and not blocks[-1].columns and _goes_on(blocks[-1], line, spacing, longest):
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([line], bool(_BULLET.match(line.words))))
    return blocks


def _column(columns: list[float], left: float) -> int | None:
    return next((n for n, edge in enumerate(columns) if abs(edge - left) <= 2 * _SAME_MARGIN), None)


def _in_table(table: _Block, line: _Line, spacing: dict[str, float]) -> bool:
    """Whether `line` is the table's next row (its pieces each under a column) or goes on a cell of its last row (a
    line of one piece under a column but the first, right under the row); if so, written into it."""
    last = table.lines[-1]
    usual = spacing.get(line.font) or spacing.get(last.font)
    if line.page != last.page or usual is None or not 0 < line.top - last.top <= 2 * usual * _SPACING + 1:
        return False
    pieces = line.cells or ((line.left, line.markup),)
    places = [_column(table.columns, left) for left, _markup in pieces]
    if any(place is None for place in places):
        return False
    if not line.cells:
        if places[0] == 0 or line.top - last.top > usual * _SPACING + 1:
            return False
        cell = table.rows[-1][places[0] or 0]
        table.rows[-1][places[0] or 0] = f"{cell} {line.markup}".strip()
    else:
        row = [""] * len(table.columns)
        for place, (_left, markup) in zip(places, pieces):
            row[place or 0] = f"{row[place or 0]} {markup}".strip()
        table.rows.append(row)
    table.lines.append(line)
    return True


def _whole(before: str, after: str, lang: str) -> str | None:
    """The word a hyphen at a line's end broke (`docu-` over `ments`), where `lang`'s dictionary knows it whole and
    not both its halves (`e-` over `mail`, `self-` over `service` keep theirs), else None."""
    from policysite import spelling

    ending, starting = re.search(r"(\w+)-$", before), re.match(r"\W*(\w+)", after)
    if ending is None or starting is None:
        return None
    whole = ending.group(1) + starting.group(1)
    halves = [spelling.known_share(half, lang) for half in (ending.group(1), starting.group(1))]
    return whole if spelling.known_share(whole, lang) == 1.0 and any(share == 0.0 for share in halves) else None


def _joined(block: _Block, lang: str) -> tuple[str, list[str], int]:
    """The block's markup, its lines joined by a space (none after a hyphen ending a line: the word it broke written
    whole where the dictionary knows it, else the hyphen kept); the words so made whole, and the hyphens kept."""
    markup, whole, kept = block.lines[0].markup, [], 0
    for before, line in zip(block.lines, block.lines[1:]):
        if not _HYPHENATED.search(before.words):
            markup += " " + line.markup
        elif (word := _whole(before.words, line.words, lang)) is not None:
            markup = re.sub(r"-((?:\s|</[^>]+>)*)$", r"\1", markup) + line.markup
            whole.append(word)
        else:
            markup += line.markup
            kept += 1
    if block.bullet:
        markup = re.sub(r"^((?:\s|<[^>]+>)*)[•●▪■◦‣○·∙–-](?:\s|&#160;|&nbsp;|\u00a0)+", r"\1", markup, count=1)
    return markup, whole, kept


def _table(block: _Block) -> str:
    """A table's rows as HTML, its first a row of header cells where its font is bold."""
    head = "|bold|" in block.lines[0].font or block.lines[0].font == "bold"
    rows = []
    for number, row in enumerate(block.rows):
        tag = "th" if head and number == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in row) + "</tr>")
    return f"<table>{''.join(rows)}</table>"


def _markup(blocks: list[_Block], lang: str) -> tuple[str, list[str], int]:
    """The blocks as HTML, each bullet's run a list, nested by its margin; the words a line's end broke written
    whole, and the hyphens kept."""
    parts: list[str] = []
    margins: list[float] = []  # (each open list's bullets' left edge)
    whole: list[str] = []
    hyphens = 0
    for block in blocks:
        if block.columns:
            parts.append("</li></ul>" * len(margins) + _table(block))
            margins = []
            continue
        markup, made, kept = _joined(block, lang)
        whole += made
        hyphens += kept
        left = block.lines[0].left
        if not block.bullet:
            parts.append("</li></ul>" * len(margins) + f"<p>{markup}</p>")
            margins = []
            continue
        while margins and left < margins[-1] - _SAME_MARGIN:
            parts.append("</li></ul>")
            margins.pop()
        if not margins or left > margins[-1] + _SAME_MARGIN:
            parts.append("<ul><li>")
            margins.append(left)
        else:
            parts.append("</li><li>")
        parts.append(markup)
    parts.append("</li></ul>" * len(margins))
    return "".join(parts), whole, hyphens


def _broken_pages(tree: LexborHTMLParser) -> list[list[_Line]]:
    """The lines of a page pdftohtml wrote without its `-c` option (its body a run of lines, each ended by `<br>`, each
    page by `<hr>`, after an anchor named by its number), a line's top its number; none for another page."""
    body = tree.body
    if pdf_exports.generator(tree) != "pdftohtml" or body is None:
        return []
    pages: list[list[_Line]] = [[]]
    pieces: list[LexborNode] = []
    count = 0
    for child in [*body.iter(include_text=True), None]:
        if child is not None and child.tag not in ("br", "hr"):
            if child.tag in BLOCKS:
                return []
            if not (child.tag == "a" and child.attributes.get("name") is not None and not child.text().strip()):
                pieces.append(child)
            continue
        words = " ".join(" ".join(piece.text() for piece in pieces).split())
        if words:
            bold = all(piece.tag in ("b", "strong") for piece in pieces if piece.text().strip())
            markup = "".join(piece.html or "" for piece in pieces).strip()
            if " " not in " ".join(piece.text() for piece in pieces).strip():
                markup = re.sub(r"&nbsp;|&#160;|\u00a0", " ", markup)
            pages[-1].append(_Line(len(pages) - 1, count, 0.0, "bold" if bold else "", markup, words))
            count += 1
        pieces = []
        if child is not None and child.tag == "hr":
            pages.append([])
    pages = [page for page in pages if page]
    return pages if sum(len(page) for page in pages) >= _FEWEST else []


def join(tree: LexborHTMLParser, notes: Notes, *, lang: str) -> None:
    """Each run of pages of printed lines written as the paragraphs and list items they were printed as, in the
    first page's place; the pages' running headers and numbers left out; and say so."""
    pdf_exports.tidy(tree, notes)
    pages = _pages(tree)
    if pages:
        read = printed_columns.read([boxes for _page, boxes in pages], lang, notes)  # (two columns side by side)
        lines = [_lines(number, boxes) for number, boxes in enumerate(read)]
    elif lines := _broken_pages(tree):
        pass
    else:
        return
    margins = _margins(lines)
    say_margins([line.words for page in lines for line in page if id(line) in margins], notes)
    kept = [line for page in lines for line in page if id(line) not in margins]
    blocks = _blocks(kept)
    markup, whole, hyphens = _markup(blocks, lang)
    written = LexborHTMLParser(f"<div>{markup}</div>").css_first("div")
    if written is None or tree.body is None:
        return
    if pages:
        pages[0][0].insert_before(written)
        for page, _boxes in pages:
            page.decompose()
    else:
        for child in list(tree.body.iter(include_text=True)):
            child.decompose()
        tree.body.insert_child(written)
    notes.add(Said("convert.printed-lines" if pages else "convert.printed-lines/broken", lines=len(kept),
                   blocks=len(blocks)))
    if tables := sum(1 for block in blocks if block.columns):
        notes.add(Said("convert.printed-tables", count=tables))
    if whole:
        notes.add(Said("convert.printed-words", count=len(whole), words=each_quoted(whole[:5])))
    if hyphens:
        notes.add(Said("convert.printed-hyphens", count=hyphens))
