"""Bold and italics written so that both Markdown readers end them where the page did: punctuation at a mark's edge,
against a word outside it, goes outside the mark."""
from __future__ import annotations

import unicodedata

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from policysite.convert.elements import INLINE

_MARKS = ("b", "strong", "i", "em")


def _punctuation(char: str) -> bool:
    """What CommonMark counts as punctuation beside a delimiter run: Unicode's punctuation and symbols."""
    return unicodedata.category(char)[0] in "PS"


def _beside(mark: Tag, *, after: bool) -> str:
    """The character the page shows right after (or before) `mark` on its line; "" at a block's edge or a break."""
    node: PageElement | None = mark
    while node is not None:
        sibling = node.next_sibling if after else node.previous_sibling
        while sibling is not None:
            if isinstance(sibling, Tag) and (sibling.name not in INLINE or sibling.name == "br"):
                return ""
            text = sibling.get_text() if isinstance(sibling, Tag) else str(sibling)
            if text:
                return text[0] if after else text[-1]
            sibling = sibling.next_sibling if after else sibling.previous_sibling
        parent = node.parent
        node = parent if isinstance(parent, Tag) and parent.name in INLINE else None
    return ""


def flanked(soup: BeautifulSoup) -> None:
    """A mark whose words end in punctuation right before a word (`<i>Secure Environment (</i>To verify`), or start
    with it right after one (`See<b>(a)</b>`), has that punctuation outside it: written `*Environment (*To`, the
    closing mark is an asterisk to the checks' reader (CommonMark's flanking rule) and the end of the italics to the
    page's, and `policy check` refused the imported text (adoption 13 of session 36). The words stay the same; a
    mark holding punctuation only stays as written."""
    for mark in soup.find_all(_MARKS):
        strings = [s for s in mark.find_all(string=True) if s.strip()]
        for end in (True, False):
            beside = _beside(mark, after=end)
            if not strings or not beside or beside.isspace() or _punctuation(beside):
                continue
            edge = strings[-1] if end else strings[0]
            text = str(edge)
            if _outermost(mark, end=end) is not edge or (text[-1] if end else text[0]).isspace():
                continue  # a space or a line break at the mark's edge: its marks are written inside it
            cut = len(text) if end else 0
            while 0 < cut <= len(text) and end and _punctuation(text[cut - 1]):
                cut -= 1
            while cut < len(text) and not end and _punctuation(text[cut]):
                cut += 1
            moved = text[cut:] if end else text[:cut]
            kept = text[:cut] if end else text[cut:]
            if not moved or not kept.strip() and len(strings) == 1:
                continue
            replacement = NavigableString(kept)
            edge.replace_with(replacement)
            strings[-1 if end else 0] = replacement
            if end:
                mark.insert_after(NavigableString(moved))
            else:
                mark.insert_before(NavigableString(moved))


def _outermost(mark: Tag, *, end: bool) -> PageElement | None:
    """The last (or first) string or line break inside `mark`."""
    inside = [d for d in mark.descendants if isinstance(d, NavigableString) or isinstance(d, Tag) and d.name == "br"]
    return (inside[-1] if end else inside[0]) if inside else None


def inside_rubies(soup: BeautifulSoup) -> None:
    """A ruby kept in bold or italics (`<strong>当社は<ruby>正<rt>せい</rt></ruby></strong>に`) with the mark around
    its bases instead, inside it (`<strong>当社は</strong><ruby><strong>正</strong><rt>せい</rt></ruby>に`): written
    `**<ruby>…</ruby>**に`, the closing `**` follows the ruby's tag (punctuation to CommonMark's flanking rule) before
    a letter, so it closes nothing, and the page showed the asterisks (small2: a Word document's bold ruby). Its
    readings are in the mark too, `<rt><strong>せい</strong></rt>`, as a browser draws a ruby inside bold (adopt53:
    they were left unbolded)."""
    for ruby in soup.find_all("ruby"):
        mark = ruby.parent
        while isinstance(mark, Tag) and mark.name in _MARKS:
            index = mark.contents.index(ruby)
            for part, placed in ((mark.contents[:index], mark.insert_before), (mark.contents[index + 1:],
                                                                                mark.insert_after)):
                if part:
                    held = soup.new_tag(mark.name)
                    placed(held)
                    for child in part:
                        held.append(child.extract())
            for base in list(ruby.children):
                if isinstance(base, Tag) and base.name == "rt":
                    held = soup.new_tag(mark.name)
                    for child in list(base.children):
                        held.append(child.extract())
                    base.append(held)
                elif (base.get_text() if isinstance(base, Tag) else str(base)).strip():
                    base.wrap(soup.new_tag(mark.name))
            mark.unwrap()
            mark = ruby.parent
