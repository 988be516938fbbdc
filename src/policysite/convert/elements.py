"""What the import's passes over a page's elements share: the kinds of elements, and a tag's children read alike."""
from __future__ import annotations

from bs4 import NavigableString, Tag
from selectolax.lexbor import LexborNode

from policysite.convert.rawhtml import BLOCKS

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
                    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "img", "br", "wbr",
                    "del", "ins"})


TEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dt", "dd", "caption", "figcaption", *HEADINGS})


def filled(tag: Tag) -> list[Tag]:
    """`tag`'s children but white space, if all are elements; else (words among them) none."""
    children = [child for child in tag.children if not (isinstance(child, NavigableString) and not child.strip())]
    elements = [child for child in children if isinstance(child, Tag)]
    return elements if len(elements) == len(children) else []


def child_elements(node: LexborNode) -> list[LexborNode] | None:
    """`node`'s child elements (comments aside), if no words stand beside them; else (words among them) None."""
    found = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None
        elif child.tag not in ("-comment", "_comment"):
            found.append(child)
    return found


def first_content(tag: Tag) -> Tag | None:
    """`tag`'s first child that is an element, or None when words come first."""
    for child in tag.children:
        if isinstance(child, Tag):
            return child
        if isinstance(child, NavigableString) and child.strip():
            return None
    return None


def shown_words(node: LexborNode) -> str:
    """The words a browser shows of `node`, on one line: its runs joined as written (a word Word or LibreOffice split
    into runs of different formatting, `Pa<font>ge</font>`, is one word), a block or a line break parting them."""
    def words(element: LexborNode) -> str:
        parts = []
        for child in element.iter(include_text=True):
            if child.is_text_node:
                parts.append(child.text_content or "")
            elif child.tag == "br":
                parts.append(" ")
            elif child.tag in BLOCKS:
                parts += [" ", words(child), " "]
            else:
                parts.append(words(child))
        return "".join(parts)
    return " ".join(words(node).split())
