"""The space a page's CSS draws above and below the paragraphs of its tables' cells, where it is not a browser's
default margin: a Google Docs export's `p{margin:0}`, each paragraph's space its class's padding (`.c1{padding-top:0pt;
padding-bottom:0pt}`, a cell's lines; `.c4{padding-top:12pt}`, a gap). A cell's paragraphs are written one line
apart, or an empty line apart where a gap is drawn (markdown_writer); without their CSS each was given a browser's
margin, a Google Docs cell's lines an empty line apart (adopt57). Each paragraph of a cell (and quotation, definition
list, figure) whose CSS draws less than half a line above or below it is marked so, `data-md-spacing`: `none`,
`below` (space below it only) or `above`."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from policysite.convert import css_marks

MARK = "data-md-spacing"
_MARGINED = ("p", "blockquote", "dl", "figure")
# Less than this many pixels (half a line of 16-pixel text) is no gap: a cell's lines set a little apart.
_GAP = 8.0
_SPACING = re.compile(r"(?:margin|padding)(?:-top|-bottom|-block|-block-start|-block-end)?")
_LAST_PART = re.compile(r"([^\s>+~]+)\s*$")
_TYPE = re.compile(r"^([a-zA-Z][\w-]*|\*)")


def _specificity(selector: str) -> tuple[int, int, int]:
    """A selector's specificity as CSS counts it (ids, classes and attributes and pseudo-classes, types), read from its
    words."""
    plain = re.sub(r"\[[^\]]*\]", ".a", re.sub(r"::?(?:before|after|marker|first-line|first-letter)\b|::[\w-]+", "",
                                              selector))
    ids = len(re.findall(r"#[\w-]+", plain))
    classes = len(re.findall(r"\.[\w-]+|:(?!not\b|is\b|where\b)[\w-]+", plain))
    types = len(re.findall(r"(?:^|[\s>+~(])([a-zA-Z][\w-]*)", plain))
    return ids, classes, types


def _subject_may_be(selector: str, tag: str, classes: frozenset[str]) -> bool:
    """Whether the last compound of `selector` may select an element of `tag` and `classes` (a cheap test before the
    selector is matched over the page)."""
    last = _LAST_PART.search(selector.strip())
    if last is None:
        return False
    part = last.group(1)
    kind = _TYPE.match(part)
    if kind and kind.group(1) != "*" and kind.group(1).lower() != tag:
        return False
    return all(name in classes for name in re.findall(r"\.(-?[_a-zA-Z][\w-]*)", part))


def _edges(values: dict[str, str]) -> tuple[float, float]:
    """The space in pixels drawn above and below a block by its resolved `values` (name -> value, in the order set),
    a browser's 1em margin where none is set."""
    top = {"margin": 16.0, "padding": 0.0}
    bottom = dict(top)
    for name, value in values.items():
        box = name.split("-")[0]
        parts = value.split()
        if not parts:
            continue
        sizes = [0.0 if part == "auto" else css_marks._pixels(part, default=0.0) for part in parts]
        if name in ("margin", "padding"):
            top[box], bottom[box] = sizes[0], sizes[2] if len(sizes) > 2 else sizes[0]
        elif name.endswith("-block"):
            top[box], bottom[box] = sizes[0], sizes[1] if len(sizes) > 1 else sizes[0]
        elif name.endswith(("-top", "-block-start")):
            top[box] = sizes[0]
        else:
            bottom[box] = sizes[0]
    return max(top["margin"], 0.0) + top["padding"], max(bottom["margin"], 0.0) + bottom["padding"]


def mark(tree: LexborHTMLParser) -> int:
    """Marks each block of a table's cell whose CSS draws no gap above it, below it or either (`data-md-spacing`);
    how many."""
    blocks = [node for node in tree.css(", ".join(f"td {tag}, th {tag}" for tag in _MARGINED))]
    if not blocks:
        return 0
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    found: dict[int, list[tuple[tuple[int, int, int], int, str, str]]] = {}
    shapes = {(block.tag or "", frozenset((block.attributes.get("class") or "").split())) for block in blocks}
    order = 0
    for prelude, declarations, _top in css_marks.screen_rules(css) if css.strip() else ():
        spacing = [(name, value) for name, value, _tokens in css_marks.declared(declarations)
                   if _SPACING.fullmatch(name)]
        if not spacing:
            continue
        for selector in prelude.split(","):
            if css_marks.STATE.search(selector) or not any(
                    _subject_may_be(selector, tag, classes) for tag, classes in shapes):
                continue
            try:
                selected = {node.mem_id for node in tree.css(selector.strip())}
            except SelectolaxError:  # (a selector lexbor does not read: nothing it can tell)
                continue
            for block in blocks:
                if block.mem_id in selected:
                    for name, value in spacing:
                        order += 1
                        found.setdefault(block.mem_id, []).append((_specificity(selector), order, name, value))
    marked = 0
    for block in blocks:
        inline = [(name, value) for name, value, _tokens in css_marks.declared(block.attributes.get("style") or "")
                  if _SPACING.fullmatch(name)]
        if not inline and block.mem_id not in found:
            continue
        values: dict[str, str] = {}
        for _specific, _order, name, value in sorted(found.get(block.mem_id, [])):
            values.pop(name, None)  # (the order set: a shorthand after a longhand overrides it)
            values[name] = value
        for name, value in inline:
            values.pop(name, None)
            values[name] = value
        above, below = _edges(values)
        if above >= _GAP and below >= _GAP:
            continue
        block.attrs[MARK] = "below" if below >= _GAP else "above" if above >= _GAP else "none"
        marked += 1
    return marked
