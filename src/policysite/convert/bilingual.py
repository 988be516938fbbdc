"""A text written in two languages side by side: a table of two columns, each row a paragraph in both (as bilingual
Swiss, Luxembourg or Canadian companies lay out their policies in Word), imported as one language reads the column
in that language only, the other left out and said (adoption hunt 29: both were imported as one text)."""
from __future__ import annotations

import html

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.notes import Notes
from policysite.messages import Said

MARGIN = 0.15  # how much more of one column's words the language's dictionary must know than of the other's


def one_column(tree: LexborHTMLParser, lang: str, notes: Notes) -> None:
    """Each table of `tree` that sets one text in two languages side by side, as the column in `lang`."""
    from policysite import spelling
    from policysite.heading_numbers import heading_number

    if not lang:
        return
    for table in tree.css("table"):
        rows = [_children(row, ("td", "th")) for row in table.css("tr")
                if (getattr(_parent_table(row), "mem_id", None)) == table.mem_id]
        if len(rows) < 3 or any(len(cells) != 2 for cells in rows):
            continue
        texts = [[" ".join(cell.text(deep=True, separator=" ").split()) for cell in cells] for cells in rows]
        numbers = [(heading_number(a), heading_number(b)) for a, b in texts]
        paired = [a for a, b in numbers if a and b and a[0] == b[0] and a[1] != b[1]]
        if len(paired) < 2:
            continue  # a table of the text (a cookie list of two columns), not one text in two languages
        shares = [spelling.known_share(" ".join(row[n] for row in texts), lang) for n in (0, 1)]
        if shares[0] is None or shares[1] is None or abs(shares[0] - shares[1]) < MARGIN:
            notes.add(Said("convert.two-columns/undecided", rows=len(rows), left=texts[0][0][:40],
                           right=texts[0][1][:40], lang=lang))
            continue
        keep = 0 if shares[0] > shares[1] else 1
        column = LexborHTMLParser("<div>" + "".join(_inner(cells[keep]) for cells in rows) + "</div>").css_first("div")
        if column is None:
            continue
        table.replace_with(column)
        notes.add(Said(f"convert.two-columns/{('left', 'right')[keep]}", rows=len(rows), left=texts[0][0][:40],
                       right=texts[0][1][:40], lang=lang))
        _one_language_title(tree, lang, notes)
        root = tree.css_first("html")
        if root is not None:  # the text read is in that language: no "the page says it is written in …" (adopt33)
            root.attrs["lang"] = lang


def _one_language_title(tree: LexborHTMLParser, lang: str, notes: Notes) -> None:
    """The page's title written in both languages (`Privacy Policy / Politique de confidentialité`) over the table, as
    its half in `lang` (adopt33: the French text was titled in both)."""
    from policysite.convert.language_runs import title_half

    title = tree.css_first("h1")
    words = " ".join(title.text(deep=True, separator=" ").split()) if title is not None else ""
    if title is not None and (half := title_half(words, lang)) is not None:
        title.inner_html = html.escape(half, quote=False)
        notes.add(Said("convert.bilingual-title", title=words, kept=half))


def _children(node: LexborNode, tags: tuple[str, ...]) -> list[LexborNode]:
    found, child = [], node.child
    while child is not None:
        if child.tag in tags:
            found.append(child)
        child = child.next
    return found


def _parent_table(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


def _inner(cell: LexborNode) -> str:
    """A cell's content as blocks: its paragraphs and headings as they are, bare text as a paragraph."""
    html = cell.html or ""
    inner = html[html.find(">") + 1:html.rfind("<")] if ">" in html else ""
    return inner if cell.css_first("p, h1, h2, h3, h4, h5, h6, ul, ol, div") is not None else f"<p>{inner}</p>"
