"""Form controls showing words among a page's text: a <textarea>'s (a read-only box holding a clause or a table of
periods), the option a drop-down list (<select>) shows, a text field's value (`<input value="…">`). A reader saw
them; the import dropped them with the other controls, said only as "removed 1 <textarea> element", their words lost
(adopt39). Each keeps the words it showed, in its place, said with them; a drop-down list's other options, which a
reader reads only by opening it, are left out, said with their words; a button's (`<input type="submit"
value="Send">`: a form's, as a <button>'s are) are left out, said with them. A control hidden, or in a template or
a script, is left to the passes that drop those."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from policysite.convert.elements import HEADINGS
from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

_BLOCKS = ("p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
           "label", "summary", "caption")
_UNSEEN = ("template", "noscript", "script", "style", "svg", "math", "datalist", "head")
# the types of <input> that show their value as text (a browser's default type is "text")
_TEXT_TYPES = frozenset(("", "text", "search", "email", "url", "tel", "number", "date", "time", "datetime-local",
                         "month", "week"))
_BUTTON_TYPES = frozenset(("submit", "button", "reset"))


def _words(text: str) -> str:
    return " ".join(text.split())


def _clip(words: list[str], most: int) -> list[str]:
    return [f"{one[:most]}{'…' if len(one) > most else ''}" for one in words]


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or tag.find_parent(_UNSEEN) is not None


def _option_words(option: Tag) -> str:
    """The words a browser shows for `option`: its `label`, else its text."""
    return _words(str(option.get("label") or "")) or _words(option.get_text(" "))


def _menu(select: Tag, options: list[Tag], headings: set[str]) -> bool:
    """Whether `select` is a menu of the page's places, not words of its text: its options lead to addresses
    (`value="#rights"`, `/privacy/fr`) or are the page's headings (OneTrust's "Jump to section" on a phone), all but
    a first prompt ("Choose…")."""
    if select.has_attr("onchange") or any(re.match(r"[#/?]|[a-z][\w+.-]*:", str(option.get("value") or "").strip())
                                          for option in options):
        return True
    named = sum(_option_words(option).casefold() in headings for option in options)
    return named > 0 and named >= len(options) - 1


_MENU_LABEL = 4  # words a menu's label holds at most ("Jump to:", "Go to section")


def _left_menu(select: Tag, options: list[Tag]) -> str:
    """`select`, a menu of the page's places, left out, with the block holding it where its other words are only the
    menu's label (`<p>Jump to: <select>…</select></p>`); the words left out, its label's then its options'."""
    block = select.find_parent(_BLOCKS)
    label = _words(" ".join(str(text) for text in block.find_all(string=True) if select not in text.parents)) \
        if block is not None else ""
    said = " · ".join(_option_words(option) for option in options)
    if block is not None and len(label.split()) <= _MENU_LABEL:
        block.decompose()
        return f"{label} {said}" if label else said
    select.decompose()
    return said


def _paragraphs(soup: BeautifulSoup, text: str) -> list[Tag]:
    """`text` as the paragraphs it is written in (parted by blank lines), its other line breaks kept."""
    out = []
    for part in (part for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()):
        paragraph = soup.new_tag("p")
        for n, line in enumerate(line for line in part.split("\n") if line.strip()):
            if n:
                paragraph.append(soup.new_tag("br"))
            paragraph.append(NavigableString(_words(line)))
        out.append(paragraph)
    return out


def _shown(soup: BeautifulSoup, tag: Tag, text: str) -> None:
    """`tag` replaced by the words `text` it showed: in the paragraph it stands in, else as paragraphs of its own."""
    if tag.find_parent(_BLOCKS) is not None:
        tag.replace_with(NavigableString(_words(text)))
        return
    paragraphs = _paragraphs(soup, text)
    tag.replace_with(*paragraphs)


def shown_words(soup: BeautifulSoup, notes: Notes) -> dict[str, int]:
    """Each <textarea>, <select> and <input> showing words written as those words, said; a button's left out, said.
    Returns how many of each were kept or said (no longer to be said as removed)."""
    kept: dict[str, int] = {}
    fields: list[str] = []
    lists: list[str] = []
    others: list[str] = []
    buttons: list[str] = []
    menus: list[str] = []
    headings = {_words(heading.get_text(" ")).casefold() for heading in soup.find_all(HEADINGS)}
    for tag in soup.find_all(("textarea", "select", "input")):
        if tag.decomposed or tag.parent is None or _hidden(tag):
            continue
        name = tag.name  # (gone with a decomposed element)
        if name == "textarea":
            text = tag.get_text()
            if not text.strip():
                continue
            fields.append(_words(text))
            _shown(soup, tag, text)
        elif name == "select":
            options = [option for option in tag.find_all("option") if _option_words(option)]
            if not options:
                continue
            if _menu(tag, options, headings):
                menus.append(_left_menu(tag, options))
                kept[name] = kept.get(name, 0) + 1
                continue
            if tag.has_attr("multiple") or str(tag.get("size") or "1").strip() not in ("", "0", "1"):
                shown = options  # a list box: its options drawn one under another
            else:
                shown = [next((option for option in options if option.has_attr("selected")), options[0])]
            words = [_option_words(option) for option in shown]
            lists.append(" · ".join(words))
            others.extend(_option_words(option) for option in options if option not in shown)
            _shown(soup, tag, "\n".join(words))
        else:
            kind = str(tag.get("type") or "").strip().lower()
            value = _words(str(tag.get("value") or ""))
            if not value or kind not in _TEXT_TYPES | _BUTTON_TYPES:
                continue
            if kind in _BUTTON_TYPES:
                buttons.append(value)
                tag.decompose()
            else:
                fields.append(value)
                _shown(soup, tag, value)
        kept[name] = kept.get(name, 0) + 1
    if fields:
        notes.add(Said("convert.control-words", count=len(fields), shown=quoted(_clip(fields, 60))))
    if lists:
        notes.add(Said("convert.select-words/others" if others else "convert.select-words", count=len(lists),
                       shown=quoted(_clip(lists, 60)), others=quoted(_clip(others, 60))))
    if menus:
        notes.add(Said("convert.select-menus", count=len(menus), shown=quoted(_clip(menus, 80))))
    if buttons:
        notes.add(Said("convert.input-buttons", count=len(buttons), shown=quoted(_clip(buttons, 40))))
    return kept
