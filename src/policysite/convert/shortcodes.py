"""WordPress shortcodes left in a post's content as its block editor saves it (`<!-- wp:shortcode -->` around
`[cmplz-document type="privacy-statement"]`, `[contact-form-7 id="42"]`): the old site showed in their place what a
plugin wrote (a whole generated policy, a cookie list, a form), which the content saved does not hold. Read only in
such content (its block comments tell it): a rendered page shows a shortcode's output, not the shortcode."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from policysite.convert.elements import INLINE
from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

# A shortcode's name as plugins register them (letters, digits, `_`, `-`), its attributes (`key="value"`, `key=value`,
# a value alone), an opening, self-closing or closing tag. Its name must hold `_` or `-`, or the tag an attribute
# with `=`: `[Company name]`, a placeholder a template left, or `[1]`, a note's mark, is no shortcode.
_TAG = re.compile(r"\[/?(?P<name>[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)(?P<attributes>(?:\s+(?:[\w-]+=(?:\"[^\"\]]*\"|"
                  r"'[^'\]]*'|[^\s\]\"']+)|\"[^\"\]]*\"|[\w-]+))*)\s*/?\]")
_BLOCK_COMMENT = re.compile(r"^\s*/?wp:[a-z]")
# The layout shortcodes of page builders, around the post's own text: Divi's (`et_pb_section`, `et_pb_text`), WPBakery's
# (`vc_row`, `vc_column_text`), Avada's (`fusion_builder_container`), Enfold's (`av_textblock`), Cornerstone's.
_BUILDER = re.compile(r"(?:et_pb|vc|fusion|av|cs)_")
_UNREAD = ("code", "pre", "script", "style", "textarea")


def _shortcodes(text: str) -> list[re.Match[str]]:
    return [match for match in _TAG.finditer(text) if re.search(r"[_-]", match["name"]) or "=" in match["attributes"]]


def _apart(string: NavigableString) -> bool:
    """Whether a text stands between blocks (or at its parent's start or end), not beside a link or words."""
    for step in ("previous_sibling", "next_sibling"):
        sibling = getattr(string, step)
        while isinstance(sibling, Comment) or isinstance(sibling, NavigableString) and not str(sibling).strip():
            sibling = getattr(sibling, step)
        if sibling is not None and not (isinstance(sibling, Tag) and sibling.name not in INLINE):
            return False
    return True


def left_out(soup: BeautifulSoup, notes: Notes) -> None:
    """Leave out the shortcodes standing alone in a WordPress post's content (a block's whole text), said with their
    words; those inside a sentence are kept as written, and said: what the plugin wrote there is not known. A page
    builder's layout shortcodes (`[et_pb_section]` … `[/et_pb_section]` around the text) go wherever they are, said."""
    comments = soup.find_all(string=lambda s: isinstance(s, Comment))
    strings = [string for string in soup.find_all(string=lambda s: not isinstance(s, Comment))
               if isinstance(string, NavigableString) and string.find_parent(_UNREAD) is None]
    built = any(_BUILDER.match(match["name"]) for string in strings for match in _shortcodes(str(string)))
    if not built and not any(_BLOCK_COMMENT.match(str(comment)) for comment in comments):
        return
    alone: list[str] = []
    kept: list[str] = []
    layout: list[str] = []
    for string in strings:
        found = _shortcodes(str(string))
        if not found:
            continue
        rest = text = str(string)
        for match in reversed(found):
            rest = rest[:match.start()] + rest[match.end():]
            if _BUILDER.match(match["name"]):
                text = text[:match.start()] + text[match.end():]
        layout += [match.group(0) for match in found if _BUILDER.match(match["name"])]
        others = [match.group(0) for match in found if not _BUILDER.match(match["name"])]
        parent = string.parent
        if rest.strip() or parent is None or not (parent.get_text().strip() == str(string).strip() or _apart(string)):
            kept += others
            if text != str(string):
                string.replace_with(NavigableString(text))
            continue
        alone += others
        string.replace_with(NavigableString(rest))
        if parent.name not in ("body", "[document]") and parent.find(True) is None and not parent.get_text().strip():
            parent.decompose()
    if layout:
        notes.add(Said("convert.wp-shortcodes/layout", count=len(layout), shown=quoted([a[:60] for a in layout])))
    if alone:
        notes.add(Said("convert.wp-shortcodes", count=len(alone), shown=quoted([a[:60] for a in alone])))
    if kept:
        notes.add(Said("convert.wp-shortcodes/kept", count=len(kept), shown=quoted([k[:60] for k in kept])))
