"""Blocks a page's CSS shows in another order than its HTML writes them, read in the order shown.

A flex or grid container draws its items by their `order` (`.first{order:1}`, `style="order:-1"`), and a reversed
flex direction (`flex-direction: column-reverse`) draws them last first: a page builder's layout, or a block moved
up on the page without moving it in the editor. A reader reads them in the order drawn, and the import read them
as written (adoption hunt 25: "Second shown." above "First shown."). The items of each such container are put in
the order the page showed them, innermost containers first, and said. Rules for every screen only (top-level,
`@media screen`), as the other readings of the page's CSS (`css_marks`): a phone's layout is not the page's.
"""
from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import css_marks
from policysite.convert.notes import Notes
from policysite.messages import Said

_CONTAINER = frozenset({"flex", "inline-flex", "grid", "inline-grid"})
_REVERSED = frozenset({"row-reverse", "column-reverse"})


def _rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """Each selector of the stylesheet's rules for every screen, with the declarations (name -> value) it sets that
    decide an order: display, order, flex-direction, flex-flow."""
    found = []
    for prelude, declarations, _top in css_marks.screen_rules(css):
        said = _ordering(declarations)
        if said:
            found += [(selector.strip(), said) for selector in prelude.split(",")
                      if selector.strip() and not css_marks.STATE.search(selector)]
    return found


@functools.lru_cache(maxsize=8192)
def _ordering(declarations: str) -> dict[str, str]:
    said = {}
    for name, value, _tokens in css_marks.declared(declarations):
        if name in ("display", "order", "flex-direction", "flex-flow"):
            if name == "flex-flow":
                said["flex-direction"] = next((word for word in value.split() if "row" in word or "column" in word),
                                              "row")
            else:
                said[name] = value
    return said


def _order(value: str) -> int:
    return int(value) if re.fullmatch(r"[+-]?\d+", value or "0") else 0


def _words(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def reorder(tree: LexborHTMLParser, notes: Notes) -> None:
    """Put the items of each flex or grid container in the order the page draws them, and say which."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    inline = tree.css("[style]")
    if not re.search(r"(?i)\border\s*:|-reverse", css + "".join(node.attributes.get("style") or "" for node in inline)):
        return
    said: dict[int, dict[str, str]] = {}
    nodes: dict[int, LexborNode] = {}
    for selector, declarations in _rules(css):
        try:
            selected = tree.css(selector)
        except Exception:  # noqa: BLE001 - a selector lexbor does not read (selectolax raises its own kinds): none
            continue
        for node in selected:
            said.setdefault(node.mem_id, {}).update(declarations)  # (a later rule wins, as it does for equal rules)
            nodes[node.mem_id] = node
    for node in inline:  # a style attribute wins over the stylesheet
        if declarations := _ordering(node.attributes.get("style") or ""):
            said.setdefault(node.mem_id, {}).update(declarations)
            nodes[node.mem_id] = node
    containers = [nodes[key] for key, value in said.items() if value.get("display") in _CONTAINER]
    moved: list[str] = []
    for container in sorted(containers, key=_depth, reverse=True):  # the innermost first: a moved item is a copy
        children = list(container.iter(include_text=True))
        if any(child.tag == "-text" and (child.text_content or "").strip() for child in children):
            continue  # words of its own between its items: left as written
        items = [child for child in children if child.tag not in ("-text", "_text", "-comment", "_comment")]
        shown = sorted(items, key=lambda child: _order(said.get(child.mem_id, {}).get("order", "0")))
        if said[container.mem_id].get("flex-direction") in _REVERSED and "flex" in said[container.mem_id]["display"]:
            shown.reverse()
        if [child.mem_id for child in shown] == [child.mem_id for child in items]:
            continue
        first = next(position for position, child in enumerate(shown) if child.mem_id != items[position].mem_id)
        moved.append(Said("convert.shown-before", first=_words(shown[first])[:40], then=_words(items[first])[:40]))
        for child in shown:
            container.insert_child(child)  # (a copy, at the end)
        for child in items:
            child.decompose()
    if moved:
        notes.add(Said("convert.visual-order", count=len(moved), moves=moved[:5], more=" …" if len(moved) > 5 else ""))


def _depth(node: LexborNode) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
