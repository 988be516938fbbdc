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


# A box its own style places at a height of the page (`position: absolute; top: 900px`, as Wix's editor lays out each
# text box): its `top` and `left`, in pixels
_PLACED = re.compile(r"(?i)(?:^|;)\s*position\s*:\s*absolute\b")
_AT = {side: re.compile(rf"(?i)(?:^|;)\s*{side}\s*:\s*(-?\d+(?:\.\d+)?)px") for side in ("top", "left")}


def placed(node: LexborNode) -> tuple[float, float] | None:
    """(top, left) of a box its own style places absolutely, in pixels, else None."""
    style = node.attributes.get("style") or ""
    if not _PLACED.search(style) or not (top := _AT["top"].search(style)):
        return None
    left = _AT["left"].search(style)
    return float(top.group(1)), float(left.group(1)) if left else 0.0


def _positioned(tree: LexborHTMLParser) -> list[Said]:
    """Boxes of one parent each placed by its style at a height (`position: absolute; top: …px`), every one of its
    children that holds words so placed, put in the order the page shows them, top to bottom, then left to right:
    (adopt40: a Wix page's third text box, written first, was read above the title). Said: the moves."""
    moved: list[Said] = []
    parents: dict[int, LexborNode] = {}
    for node in tree.css("[style*=absolute]"):
        if node.parent is not None and placed(node) is not None:
            parents[node.parent.mem_id] = node.parent
    for parent in sorted(parents.values(), key=_depth, reverse=True):
        children = list(parent.iter(include_text=True))
        items = [child for child in children if child.tag not in ("-text", "_text", "-comment", "_comment")]
        places = [placed(child) for child in items]
        if any(child.tag == "-text" and (child.text_content or "").strip() for child in children) or any(
                place is None and _words(child) for child, place in zip(items, places)) or len(items) < 2:
            continue  # (words not placed among them: the order they stand in is the page's)
        shown = [child for _place, _n, child in sorted(
            ((place or (float("inf"), 0.0), n, child) for n, (child, place) in enumerate(zip(items, places))),
            key=lambda found: found[:2])]
        if (move := _shown_order(parent, items, shown)) is not None:
            moved.append(move)
    return moved


def _shown_order(parent: LexborNode, items: list[LexborNode], shown: list[LexborNode]) -> Said | None:
    """`parent`'s `items` put in the order `shown`, said by the first one moved; None where it is their order."""
    if [child.mem_id for child in shown] == [child.mem_id for child in items]:
        return None
    first = next(position for position, child in enumerate(shown) if child.mem_id != items[position].mem_id)
    move = Said("convert.shown-before", first=_words(shown[first])[:40], then=_words(items[first])[:40])
    for child in shown:
        parent.insert_child(child)  # (a copy, at the end)
    for child in items:
        child.decompose()
    return move


def reorder(tree: LexborHTMLParser, notes: Notes) -> None:
    """Put the items of each flex or grid container in the order the page draws them, and the boxes placed by their
    style at a height of the page in the order shown, top to bottom; and say which."""
    if moves := _positioned(tree):
        notes.add(Said("convert.visual-order/placed", count=len(moves), moves=moves[:5],
                       more=" …" if len(moves) > 5 else ""))
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
        if (move := _shown_order(container, items, shown)) is not None:
            moved.append(move)
    if moved:
        notes.add(Said("convert.visual-order", count=len(moved), moves=moved[:5], more=" …" if len(moved) > 5 else ""))


def _depth(node: LexborNode) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
