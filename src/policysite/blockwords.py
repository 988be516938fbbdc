"""The words an element of a page shows, its blocks apart, as a reader reads them.

An HTML parser's text of an element (lexbor's `text(deep=True)`) joins its text nodes as they are: two blocks written
without white space between them (`<td>Personal</td><td>data</td>`, `<p>…</p><p>…</p>` in raw HTML, a line break
`<br>`) join into one word ("Personaldata") that the page never shows, and a title repeating words the page shows in two
cells ("personal data", tooltips.unshown) was refused by the output check and by `policy check` though a reader sees
those words. A browser lays each block out apart, so each is read apart here; words inside a block are read as written
(`pri<em>vacy</em>` is one word, as it is drawn).
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

# Elements a browser lays out apart from the words around them (their default display is not inline: HTML's rendering
# section), and those that break a line: any other (a, em, span, abbr, an unknown element) runs on in its line
APART = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "optgroup", "option",
    "p", "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "xmp",
})


def read(node: LexborNode | None) -> str:
    """The text of `node` and its descendants in document order, as `text(deep=True)` reads it, with a space before
    and after each element of APART ("" for no node)."""
    out: list[str] = []
    todo: list[LexborNode | str] = [node] if node is not None else []
    while todo:  # (no recursion: a hand-made page nests as deep as it likes)
        item = todo.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = (item.tag or "").lower()
        if tag == "-text":
            out.append(item.text_content or "")
            continue
        if tag.startswith("-"):  # (a comment: no words)
            continue
        apart = tag in APART
        if apart:
            out.append(" ")
            todo.append(" ")
        todo.extend(reversed(list(item.iter(include_text=True))))
    return "".join(out)
