"""The space a removed element leaves before punctuation: `year <script>…</script>.`, `e-mail <i class="fa fa-at"></i>,`
(a script, a comment, an icon drawn by a font's stylesheet) read "year ." and "e-mail ," once the element was gone
(adopt54's leftover). Where such an element stands between a word and the punctuation after it, the spaces before it
go with it, as an image's do in neutralise; between two words, the spaces after it (the page's two spaces there
showing as one)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# What closes a phrase and takes no space before it (French sets one before `;:!?»`: there only the others).
CLOSING = frozenset(".,;:!?)»”")
_FRENCH_SPACED = frozenset(";:!?»")
# Elements the conversion writes nothing of: code, and a comment
_UNWRITTEN = frozenset({"script", "style", "template", "-comment"})
# Inline elements holding no words (an icon font's `<i class="fa …">`, an empty `<span>`): nothing written either;
# one with data of its own (`data-cfemail`, a `<time>` a script fills) is read later, and left alone
_EMPTY_INLINE = frozenset({"i", "span", "em", "b", "strong", "u", "s", "small", "font", "sup", "sub"})


def close(tree: LexborHTMLParser, lang: str) -> int:
    """Removes the spaces before each element of `tree` that is written as nothing and stands between a word and
    closing punctuation (none where the text is French and the punctuation one French sets a space before) or spaces
    again; returns how many."""
    body = tree.body
    if body is None:
        return 0
    closing = CLOSING - _FRENCH_SPACED if lang.split("-")[0].lower() == "fr" else CLOSING
    closed = 0
    for node in list(body.traverse(include_text=False)):
        if not _written_as_nothing(node) or (before := _text_before(node)) is None:
            continue
        words = before.text_content or ""
        kept = words.rstrip(" \t\n")
        if kept == words or not kept or (after := _text_after(node)) is None or \
                not (after[:1] in closing or after[:1].isspace()):
            continue
        before.replace_with(kept)
        closed += 1
    return closed


def _written_as_nothing(node: LexborNode) -> bool:
    if node.tag in _UNWRITTEN:
        return True
    return node.tag in _EMPTY_INLINE and not any(key.startswith("data-") for key in node.attributes) \
        and not (node.text(deep=True) or "").strip() and all(child.tag in _EMPTY_INLINE or child.tag == "-text"
                                                              for child in node.iter(include_text=True))


def _text_before(node: LexborNode) -> LexborNode | None:
    """The text node right before `node`, past others written as nothing, or None."""
    before = node.prev
    while before is not None and before.tag != "-text" and _written_as_nothing(before):
        before = before.prev
    return before if before is not None and before.tag == "-text" else None


def _text_after(node: LexborNode) -> str | None:
    """The words right after `node` (past others written as nothing, out of the inline elements ending with it)."""
    at: LexborNode | None = node
    while at is not None:
        after = at.next
        while after is not None and after.tag != "-text" and _written_as_nothing(after):
            after = after.next
        if after is not None:
            return (after.text_content if after.tag == "-text" else after.text(deep=True)) or None
        at = at.parent
        if at is None or at.tag not in _EMPTY_INLINE | {"a", "code", "abbr", "mark", "q", "cite"}:
            return None
    return None
