"""markdownify taught what our two Markdown readers agree on: ATX headings that keep their ids as
`{#id}`, lists indented 4 spaces a level, indented code (the build has no fences), tables with their
cells on one line, and text escaped so that it never turns into markup, HTML or an attribute list."""
from __future__ import annotations

import html
import re

from bs4 import NavigableString, PageElement, Tag
from markdownify import ATX, SPACES, MarkdownConverter, chomp  # type: ignore[attr-defined]

from policysite.convert.cell_spacing import MARK as SPACING

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A task list's box as a reader saw it (GitHub, GitLab, markdown-it, Pandoc, Python-Markdown's tasklist): ticked, or
# empty. The site's Markdown has no task lists: its items are written with these.
TICKED, UNTICKED = "\u2611", "\u2610"


def anchor(ident: str) -> str:
    return f'<span id="{html.escape(ident, quote=True)}"></span>'


def destination(url: str) -> str:
    """A URL written so that both Markdown readers take all of it as a link's destination."""
    url = re.sub(r"[\x00-\x20\x7f<>\\]", lambda m: f"%{ord(m.group()):02X}", url.strip())
    depth = 0
    for char in url:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            break
    if depth != 0:
        url = url.replace("(", "%28").replace(")", "%29")
    return url


def escape_text(text: str, *, line_start: bool, in_cell: bool) -> str:
    """Plain text escaped so that neither Markdown reader sees markup, HTML or an attribute list in it."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"[*`\[\]{}]", lambda m: "\\" + m.group(), text)
    text = re.sub(r"(?<![^\W_])_|_(?![^\W_])", r"\\_", text)  # an underscore inside a word stays as is
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)  # &lt;, not \<: the HTML checks do not read escapes
    if in_cell:
        text = text.replace("|", "\\|")
    if line_start:
        text = re.sub(r"^(\s*)([#>])", r"\1\\\2", text)  # Python-Markdown: `#1 …` a heading, `>16 …` a quote
        text = re.sub(r"^(\s*)([+-])(?=\s|$|-)", r"\1\\\2", text)  # `---` alone is a rule
        text = re.sub(r"^(\s*\d{1,9})([.)])(?=\s|$)", r"\1\\\2", text)
        text = re.sub(r"^(\s*)([=~])", lambda m: m.group(1) + f"&#{ord(m.group(2))};", text)
    return text


# What starts a line of a table's cell that a `<br>` right after another begins (a noncharacter, which no text holds):
# an empty line before it, which the cell shows between two `<br>` (`Name<br><br>Phone`), kept; an empty line between
# a cell's paragraphs, or the spaces of the page's source, is not (adopt54's leftover: `<br><br>` became one `<br>`).
_CELL_BREAK = "\ufdd0"


def _after_break(el: PageElement) -> bool:
    """Whether the `<br>` `el` comes right after another, nothing but spaces between them."""
    before = el.previous_sibling
    while isinstance(before, NavigableString) and not before.strip():
        before = before.previous_sibling
    return isinstance(before, Tag) and before.name == "br"


_CELLS = ("td", "th")


def _shown(node: PageElement) -> bool:
    """Whether `node` draws something: words, an image, a line break."""
    if isinstance(node, NavigableString):
        return bool(node.strip())
    return isinstance(node, Tag) and (node.name in ("img", "br") or bool(node.get_text().strip())
                                      or node.find(["img", "br"]) is not None)


def _shown_before_in_cell(el: Tag) -> bool:
    """Whether something shown comes before `el` in its table cell: a browser draws a paragraph's margin between
    them, a gap."""
    return _shown_beside_in_cell(el, after=False)


def _shown_beside_in_cell(el: Tag, *, after: bool) -> bool:
    """Whether something shown comes before (or after) `el` in its table cell, in its parent or further out (a
    paragraph's margin passes through a `<div>` around it: `<div><p>A</p></div>B` draws a gap above B)."""
    node: PageElement | None = el
    while node is not None and not (isinstance(node, Tag) and node.name in _CELLS):
        if any(_shown(beside) for beside in (node.next_siblings if after else node.previous_siblings)):
            return True
        node = node.parent
    return False


# What a line of a cell holds alone where a block with a margin (a paragraph, a quotation, a definition list) meets
# something shown in the cell: a gap, one empty line however many margins meet there (a browser collapses them), added
# to the empty lines `<br>`s draw (a noncharacter, as _CELL_BREAK).
_CELL_GAP = "\ufdd1"
# The blocks a browser draws with a margin above and below (its default style sheet), in a table's cell; the others
# (`<div>`, `<section>`, `<dt>`, `<dd>` …) start and end a line, no gap (adopt57: a cell's `<div>`s ran together).
_MARGINED = frozenset({"p", "blockquote", "dl", "figure"})
# The blocks markdownify writes as their words alone, or inline inside a cell: each its own lines in a cell.
_CELL_BLOCKS = ("div", "section", "article", "header", "footer", "nav", "aside", "main", "address", "hgroup", "search",
                "figure", "figcaption", "blockquote", "dl", "dt", "dd", "details", "summary")


def _cell_lines(text: str) -> list[str]:
    """The lines of a table cell's converted `text`: an empty one for each line a second `<br>` starts, one more
    where blocks' margins meet between two lines (_CELL_GAP), none at its ends."""
    lines: list[str] = []
    empty, gap = 0, False
    for line in (line.strip() for line in text.strip().split("\n")):
        empty += line.startswith(_CELL_BREAK)
        gap |= _CELL_GAP in line
        words = line.replace(_CELL_BREAK, "").replace(_CELL_GAP, "").strip()
        if words:
            lines.extend([""] * (empty + gap) if lines else [])
            lines.append(words)
            empty, gap = 0, False
    return lines


_CELL_EDGE = re.compile(r"(?<!\\)\|")  # a pipe not escaped: what both readers part cells at
_SEPARATOR = re.compile(r"^\|(?: *:?-+:? *\|)+$")


def widened(table: str) -> str:
    """A Markdown table whose header has as many cells as its widest row: both readers keep the header's count and
    drop a row's cells past it (legal hunt 36: an HTML row of three cells under a header of two lost its third)."""
    lines = table.split("\n")
    if len(lines) < 2 or not _SEPARATOR.match(lines[1].strip()):
        return table
    def count(line: str) -> int:
        return len(_CELL_EDGE.findall(line.strip())) - 1
    missing = max(count(line) for line in lines) - count(lines[0])
    if missing > 0:
        lines[0] = lines[0].rstrip() + "  |" * missing
        lines[1] = lines[1].rstrip() + " --- |" * missing
    return "\n".join(lines)


# White space at a mark's edge that markdownify's `chomp` would strip without writing a space in its place: a line
# break, a no-break space, a thin space, a tab (it writes one back for an ordinary space only)
_EDGES = re.compile(r"^(\s*[^\S ]\s*)?(.*?)(\s*[^\S ]\s*)?$", re.S)


def _spaced(convert):
    """An inline mark keeps the space and the line breaks at its edges, outside its marks: markdownify writes nothing
    for a mark holding only white space (`<b>Name:</b><b> </b>Acme`, Termly's "In Short:" in every section, read
    "Name:Acme"), drops a line break that ends a bold run (Word's bold title, Shift+Enter, then the text:
    `<strong>1. Who we are<br></strong>We …` read "Who we areWe"), and a no-break space ending one (Termly's
    `<strong>Questions or concerns?&nbsp;</strong>Reading …`, read "concerns?Reading": adopt40)."""
    def implementation(self, el, text, parent_tags):
        edges = _EDGES.match(text or "")
        before, inner, after = (edges.group(1) or "", edges.group(2), edges.group(3) or "") if edges else ("", text, "")
        written = convert(self, el, inner, parent_tags)
        if not written and text and not text.strip():
            return " " if "\n" not in text else text
        return before + written + after
    return implementation


class Converter(MarkdownConverter):
    """markdownify with the choices above; each method receives the converted text of the element."""

    class Options(MarkdownConverter.DefaultOptions):  # type: ignore[name-defined]
        heading_style = ATX
        bullets = "-"
        wrap = True  # one line per paragraph: a line never starts with text that could read as markup
        wrap_width = None
        newline_style = SPACES
        table_infer_header = True
        sup_symbol = "<sup>"
        sub_symbol = "<sub>"
        strip_document = "strip"

    def __init__(self, *, cell_gaps: bool = True) -> None:
        super().__init__()
        self.cell_gaps = cell_gaps  # a gap between a cell's paragraphs, as a browser draws an HTML page's (convert_p)

    def escape(self, text, parent_tags):
        if not text:
            return ""
        # A link's text too: import may keep it without its target (a dead link), at the start of a line.
        return escape_text(text, line_start="_inline" not in parent_tags,
                           in_cell=bool({"td", "th"} & set(parent_tags)))

    def convert_table(self, el, text, parent_tags):
        return "\n\n" + widened(text.strip()) + "\n\n"

    def convert_hN(self, n, el, text, parent_tags):
        if "_inline" in parent_tags:
            return text
        text = re.sub(r"\s+", " ", text).strip()
        ident = el.get("data-md-id")
        extra = "".join(anchor(i) for i in str(el.get("data-md-extra") or "").split())
        before = f"\n\n{extra}\n\n" if extra else "\n\n"
        if not text:
            return f"{before}{anchor(ident)}\n\n" if ident else before
        text = re.sub(r"(\s)(#+)$", lambda m: m.group(1) + "\\" + m.group(2), text)
        suffix = f" {{#{ident}}}" if ident else ""
        return f"{before}{'#' * max(1, min(6, n))} {text}{suffix}\n\n"

    def convert_a(self, el, text, parent_tags):
        if "_noformat" in parent_tags:
            return text
        prefix, suffix, text = chomp(text)
        href = str(el.get("href") or "").strip()
        if not text or not href:
            return prefix + text + suffix
        title = str(el.get("title") or "").replace("\\", "\\\\").replace('"', '\\"')
        title_part = f' "{title}"' if title else ""
        if text.replace("\\_", "_") == href and not title and re.match(r"(?i)https?://[^\s<>]*$", href):
            return f"{prefix}<{href}>{suffix}"
        return f"{prefix}[{text}]({destination(href)}{title_part}){suffix}"

    convert_a = _spaced(convert_a)  # (`<a …>our page&nbsp;</a>now`: read "our pagenow" without)

    def convert_img(self, el, text, parent_tags):
        alt = escape_text(re.sub(r"\s+", " ", str(el.get("alt") or "")).strip(), line_start=False, in_cell=True)
        if "_inline" in parent_tags:
            return alt
        return f"![{alt}]({destination(str(el.get('src') or ''))})"

    def convert_ruby(self, el, text, parent_tags):  # (kept by to_markdown._ruby as the site writes it)
        return f"<ruby>{text}</ruby>" if text.strip() else text

    def convert_rt(self, el, text, parent_tags):
        return f"<rt>{text}</rt>" if text.strip() else ""

    def convert_span(self, el, text, parent_tags):
        ident = el.get("data-keep-id")
        return anchor(str(ident)) + text if ident else text

    def convert_li(self, el, text, parent_tags):
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = str(parent.get("start") or "1")
            bullet = f"{(int(start) if start.isdigit() else 1) + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        indent = " " * max(4, len(bullet) + 1)
        first, *rest = text.split("\n")
        lines = [f"{bullet} {first}"] + [indent + line if line.strip() else "" for line in rest]
        return "\n".join(lines) + "\n"

    def convert_pre(self, el, text, parent_tags):
        if not text.strip():
            return ""
        lines = text.strip("\n").split("\n")
        return "\n\n" + "\n".join("    " + line if line.strip() else "" for line in lines) + "\n\n"

    def _cell(self, el, text):
        colspan = str(el.get("colspan") or "1")
        span = max(1, min(100, int(colspan))) if colspan.isdigit() else 1
        return " " + "<br>".join(_cell_lines(text)) + " |" * span

    def convert_br(self, el, text, parent_tags):
        if {"td", "th"} & set(parent_tags) and not {"a", *HEADINGS} & set(parent_tags):
            # a line of the cell: `_cell` joins its lines with <br>, an empty one before a line a second `<br>` starts
            return "\n" + (_CELL_BREAK if _after_break(el) else "") + text
        return super().convert_br(el, text, parent_tags)

    def convert_code(self, el, text, parent_tags):
        if {"td", "th"} & set(parent_tags) and "|" in text:  # `a|b` in a cell: the checks and the page part the row
            return escape_text(text, line_start=False, in_cell=True)  # otherwise; its words, as text (hunt 34)
        return super().convert_code(el, text, parent_tags)

    convert_code = _spaced(convert_code)

    def convert_tr(self, el, text, parent_tags):
        """A row: markdownify heads the first row of each `<tbody>` whose cells are all `<th>` (a group's title after
        the `<thead>`, adopt37) with a second separator line, which the page reads as a row of dashes; under the
        table's first row, a row is a row."""
        table = el.find_parent("table")
        earlier = el.find_previous("tr")
        while earlier is not None and earlier.find_parent("table") is not table:
            # a row of a table inside this one's earlier rows, else of a table before it: this one's first row
            earlier = earlier.find_previous("tr") if any(up is table for up in earlier.parents) else None
        if table is not None and earlier is not None:
            return "|" + text + "\n"
        return super().convert_tr(el, text, parent_tags)

    def convert_td(self, el, text, parent_tags):
        return self._cell(el, text)

    def convert_th(self, el, text, parent_tags):
        return self._cell(el, text)

    def _in_cell(self, parent_tags) -> bool:
        """Whether an element is laid out as lines of a table's cell (not inside a link or a heading there)."""
        return bool({"td", "th"} & set(parent_tags)) and not {"a", *HEADINGS} & set(parent_tags)

    def _cell_block(self, el, text):
        """A block of a cell: its own lines there (`_cell` joins them with <br>), without the `<br>` ending it, which
        draws no line; a gap (_CELL_GAP) above it where something is shown above it in the cell, and below it where
        something follows, if it is a block a browser draws with a margin (a paragraph: adopt56) and the page is an
        HTML page's (a Word or OpenDocument paragraph's spacing is its style's, a cell's lines mostly: cell_gaps
        off)."""
        line = re.sub(rf"(?:\s*{_CELL_BREAK})+$", "", text.strip())
        if not self.cell_gaps or el.name not in _MARGINED or not line.replace(_CELL_GAP, "").strip():
            return "\n" + line + "\n"
        spacing = str(el.get(SPACING) or "")  # (its CSS's, where it draws less than a gap: cell_spacing)
        before = f"\n{_CELL_GAP}" if spacing not in ("none", "below") and _shown_beside_in_cell(el, after=False) else ""
        after = f"{_CELL_GAP}\n" if spacing not in ("none", "above") and _shown_beside_in_cell(el, after=True) else ""
        return before + "\n" + line + "\n" + after

    def convert_p(self, el, text, parent_tags):
        if self._in_cell(parent_tags):
            return self._cell_block(el, text)
        return super().convert_p(el, text, parent_tags)

    def convert_dt(self, el, text, parent_tags):  # a term: in bold, its definition the paragraph after it
        term = text.strip()
        if term and not term.startswith("**") and not {"td", "th"} & set(parent_tags):
            term = f"**{term}**"
        return self.convert_p(el, term, parent_tags)

    def convert_dd(self, el, text, parent_tags):
        return self.convert_p(el, text, parent_tags)

    def convert_summary(self, el, text, parent_tags):
        return self.convert_p(el, text, parent_tags)

    def convert_details(self, el, text, parent_tags):
        return self.convert_div(el, text, parent_tags)

    def convert_b(self, el, text, parent_tags):
        if set(HEADINGS) & set(parent_tags):
            return text  # a heading is bold already: `## **1. Title**` would only add marks
        return super().convert_b(el, text, parent_tags)

    convert_b = _spaced(convert_b)
    convert_strong = convert_b


for _mark in ("convert_em", "convert_i", "convert_del", "convert_s", "convert_sub", "convert_sup"):
    setattr(Converter, _mark, _spaced(getattr(MarkdownConverter, _mark)))


def _lines_in_cells(convert):
    """A block inside a table's cell is lines of its own there (Converter._cell_block), as a browser lays it out:
    markdownify wrote a cell's `<div>`s, `<blockquote>` or `<section>`s inline, their words run together (`<td><div>Name
    </div><div>Phone number</div></td>` read "Name Phone number": adopt57); elsewhere as `convert` writes it, a block
    markdownify has no converter for (`<address>`, `<header>`, `<aside>`, `<figure>`) as a `<div>`: its words were
    glued to the next block's ("1 High StreetOur officer", adopt57)."""
    def implementation(self, el, text, parent_tags):
        if self._in_cell(parent_tags):
            return self._cell_block(el, text)
        return (convert or MarkdownConverter.convert_div)(self, el, text, parent_tags)
    return implementation


for _block in _CELL_BLOCKS:
    setattr(Converter, f"convert_{_block}", _lines_in_cells(getattr(Converter, f"convert_{_block}", None)))
