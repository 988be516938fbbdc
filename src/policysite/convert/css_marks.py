"""Bold, italics and strikethrough that a page draws with CSS, made the elements Markdown has for them.

Editors that write HTML do not all write `<strong>`, `<em>` and `<del>`: a Google Docs export sets every
span's look by a class of its `<style>` (`.c5{font-weight:700}`, `.c3{text-decoration:line-through}`), a
WordPress or Squarespace editor by a `style` attribute. The stylesheet is read as CSS (tinycss2), each span
whose class or style says so becomes `<strong>`, `<em>` or `<del>` around its content (a struck span is then
left out and said, as `<del>` is), before the styles go; an element a class hides gets the inline style that says
so (kept, and said, as one hidden by its style attribute). Spans in headings keep their text as it is: a heading's
bold is the heading's.
"""
from __future__ import annotations

import functools
import re

import tinycss2
from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite import css_rules

_WHITE = (255, 255, 255)
_VISIBLE = 1.5  # below this contrast with the page's white, ink is not read (white, or nearly)
_HIDING = frozenset({("display", "none"), ("visibility", "hidden"), ("visibility", "collapse"), ("opacity", "0"),
                     ("font-size", "0"), ("font-size", "0px")})
BOLD = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_CLASS = re.compile(r"^\s*\.(-?[_a-zA-Z][\w-]*)\s*$")


def marks(declarations: str) -> tuple[str, ...]:
    """The elements (`strong`, `em`, `del`, `u`) that a block of CSS declarations draws its text as."""
    return _read(declarations)[0]


@functools.lru_cache(maxsize=8192)
def declared(block: str) -> tuple[tuple[str, str, tuple], ...]:
    """(name, value as read: lowercased, without `!important`; the value's tokens) of each declaration of a block,
    parsed once for every pass that reads it (adoption hunt 26)."""
    return tuple((item.lower_name, tinycss2.serialize(item.value).strip().lower().split("!")[0].strip(),
                  tuple(item.value))
                 for item in tinycss2.parse_blocks_contents(block, skip_whitespace=True, skip_comments=True)
                 if item.type == "declaration")


@functools.lru_cache(maxsize=8192)
def _read(declarations: str) -> tuple[tuple[str, ...], bool]:
    """What a block of declarations draws (marks) and whether it hides the text, read once."""
    items = declared(declarations)
    backed = any(name in ("background", "background-color") for name, _value, _tokens in items)
    found: list[str] = []
    hidden = False
    for lower_name, value, _tokens in items:
        if lower_name == "font-weight" and value in BOLD:
            found.append("strong")
        elif lower_name == "font-style" and value.startswith(("italic", "oblique")):
            found.append("em")
        elif lower_name in ("text-decoration", "text-decoration-line") and "line-through" in value:
            found.append("del")  # left out: underlined or not
        elif lower_name in ("text-decoration", "text-decoration-line") and "underline" in value:
            found.append("u")  # italics, said, where it is no link's (to_markdown)
        elif lower_name == "color" and not backed:
            ink = css_rules.colour_rgb(value)  # the stylesheet check's reading of a colour
            hidden |= value == "transparent" or (ink is not None and css_rules.contrast(ink, _WHITE) < _VISIBLE)
        elif (lower_name, value) in _HIDING or (lower_name == "opacity" and _faint(value)) \
                or (lower_name == "font-size" and _speck(value)):
            hidden = True
    return tuple(dict.fromkeys(found)), hidden


_NONE = re.compile(r"^-?0*\.?0*(?:px|em|rem|%|pt|vh|vw)?$")  # a length or a number that is zero
_FAR = re.compile(r"^-\d{3,}(?:\.\d*)?(?:px|em|rem|pt|vw|vh)?$|^-\d{2,}(?:\.\d*)?(?:em|rem|vw|vh)$")  # -999px, -99em


@functools.lru_cache(maxsize=8192)
def hides(style: str) -> bool:
    """Whether an element's `style` attribute hides its words from a reader: as a class may (display:none, opacity 0,
    white ink), or all but (an opacity of 5 % or less, a font size of 2 pixels or a fifth of the text's or less), or
    drawn to nothing or out of sight (content-visibility, a transform to scale 0, a clip to nothing,
    a height of 0 with its overflow hidden, placed or indented thousands of pixels away, ink of its own background's
    colour). `policy import` kept such words as text without a word (safety hunt 22)."""
    said = {name: value for name, value, _tokens in declared(style)}
    if _read(style)[1]:
        return True
    ink, ground = css_rules.colour_rgb(said.get("color", "")), css_rules.colour_rgb(said.get("background-color", "")
                                                                                        or said.get("background", ""))
    clipped = said.get("overflow", said.get("overflow-y", "")) in ("hidden", "clip")
    placed = said.get("position") in ("absolute", "fixed")
    return (said.get("content-visibility") == "hidden" or _faint(said.get("opacity", ""))
            or _speck(said.get("font-size", ""))
            or re.search(r"scale[xy]?\(\s*0*\.?0*\s*[,)]", said.get("transform", "")) is not None
            or re.search(r"inset\(\s*50%|circle\(\s*0", said.get("clip-path", "")) is not None
            or re.fullmatch(r"rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)", said.get("clip", ""))
            is not None and placed
            or clipped and any(_NONE.match(said.get(name, "x")) for name in ("height", "max-height", "width",
                                                                             "max-width"))
            or placed and any(_FAR.match(said.get(name, "")) for name in ("left", "top", "right"))
            or _FAR.match(said.get("text-indent", "")) is not None
            or ink is not None and ground is not None and css_rules.contrast(ink, ground) < _VISIBLE
            or _drawn_to_nothing(said))


def _drawn_to_nothing(said: dict[str, str]) -> bool:
    """Whether declarations (name -> value) draw an element's words too small, see-through, blurred, clipped or
    moved to be read, in the ways `hides` did not read (safety hunt 44: `transform: scale(0.01)`, `zoom: 1%`,
    `color: rgba(0,0,0,0)`, `filter: opacity(0)`, `clip-path: inset(0 0 100% 0)`, `margin-left: -10000px`,
    `font-size: 0.05vw` were imported as text without a word; safety74: each letter drawn as a dot,
    `-webkit-text-security: disc`, or masked by a gradient that lets nothing through)."""
    scales = re.findall(r"scale(?:[xyz]|3d)?\(([^)]*)\)", said.get("transform", "")) + [said.get("scale", "")]
    factors = [_factor(value) for group in scales for value in re.split(r"[\s,]+", group.strip()) if value]
    moved = re.findall(r"translate(?:[xyz]|3d)?\(([^)]*)\)", said.get("transform", "")) + [said.get("translate", "")]
    placed = said.get("position") in ("absolute", "fixed", "relative", "sticky")
    return (any(factor is not None and factor <= 0.2 for factor in [*factors, _factor(said.get("zoom", ""))])
            or any(_see_through(said.get(name, "")) for name in ("color", "-webkit-text-fill-color"))
            or any(_faint(value.strip()) for value in re.findall(r"opacity\(\s*([^)]*)\)", said.get("filter", "")))
            or any(_pixels(blur) >= 3 for blur in re.findall(r"blur\(\s*([^)]*)\)", said.get("filter", "")))
            or _clipped_away(said.get("clip-path", ""))
            or any(_FAR.match(value) for group in moved for value in re.split(r"[\s,]+", group.strip()) if value)
            or any(_FAR.match(said.get(name, "")) for name in ("margin-left", "margin-top", "margin-right"))
            or placed and any(_FAR.match(said.get(name, "")) for name in ("left", "top", "right"))
            or _pixels(said.get("font-size", "")) <= 2
            or _pixels(said.get("letter-spacing", ""), default=0) <= -8
            or said.get("-webkit-text-security", "") in ("disc", "circle", "square")
            or any(_masked_away(said.get(name, "")) for name in ("mask", "mask-image", "-webkit-mask",
                                                                 "-webkit-mask-image"))
            or said.get("overflow", said.get("overflow-y", "")) in ("hidden", "clip")
            and any(_pixels(said.get(name, "")) <= 2 for name in ("height", "max-height", "width", "max-width")))


_GRADIENT = re.compile(r"(?:-webkit-)?(?:repeating-)?(?:linear|radial|conic)-gradient\((.*)\)")


def _masked_away(mask: str) -> bool:
    """Whether a mask lets nothing of the element through: a gradient each of whose colours is see-through
    (`linear-gradient(transparent, transparent)`, `linear-gradient(#0000, rgba(0,0,0,0))`)."""
    found = _GRADIENT.fullmatch(mask.strip())
    if found is None:
        return False
    parts, depth, start = [], 0, 0
    for at, char in enumerate(found.group(1) + ","):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(found.group(1)[start:at].strip())
            start = at + 1
    colours = [part for part in parts if css_rules.colour_rgb(part.split()[0] if part.split() else "") is not None
               or _see_through(re.sub(r"\s+[-\d.]+[a-z%]*(?:\s+[-\d.]+[a-z%]*)?$", "", part))]
    return bool(colours) and all(_see_through(re.sub(r"\s+[-\d.]+[a-z%]*(?:\s+[-\d.]+[a-z%]*)?$", "", colour))
                                 for colour in colours)


def _factor(value: str) -> float | None:
    """A scale or zoom factor (`0.01`, `1%`), or None."""
    found = re.fullmatch(r"(\d*\.?\d+)(%?)", value.strip())
    return float(found.group(1)) / (100 if found.group(2) else 1) if found else None


# Lengths in CSS pixels, as a browser draws them on a page of 16-pixel text and a screen 1,000 pixels wide.
_PIXELS = {"px": 1, "pt": 4 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6, "em": 16,
           "rem": 16, "ch": 8, "ex": 8, "vw": 10, "vh": 10, "vmin": 10, "vmax": 10, "%": 0.16}


def _pixels(value: str, *, default: float = float("inf")) -> float:
    """A length's size in pixels (`1mm`, `0.05vw`, `-1em`), or `default` for anything else."""
    found = re.fullmatch(r"(-?\d*\.?\d+)([a-z]+|%)", value.strip())
    return float(found.group(1)) * _PIXELS[found.group(2)] if found and found.group(2) in _PIXELS else default


def _see_through(colour: str) -> bool:
    """Whether a colour's alpha is 5 % or less (`rgba(0,0,0,0)`, `#fff0`, `#ffffff00`, `rgb(0 0 0 / 0%)`)."""
    colour = colour.strip()
    if colour == "transparent":
        return True
    if re.fullmatch(r"#[0-9a-f]{3}[0-9a-f]|#[0-9a-f]{6}[0-9a-f]{2}", colour):
        digits = colour[4:] if len(colour) == 5 else colour[7:]
        return int(digits * (2 if len(digits) == 1 else 1), 16) / 255 <= 0.05
    alpha = re.fullmatch(r"(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\("
                         r"(?:[^)/]*/\s*([^)\s]+)|(?:[^,)]*,){3}\s*([^)\s]+))\s*\)", colour)
    return alpha is not None and _faint(alpha.group(1) or alpha.group(2) or "")


def _clipped_away(clip: str) -> bool:
    """Whether a clip-path leaves nothing of the element: insets meeting (`inset(0 0 100% 0)`, `inset(50%)`), a circle
    or an ellipse of no size, a polygon whose corners are one point."""
    inset = re.match(r"inset\(([^)]*)\)", clip.strip())
    if inset:
        sides = [_percent(value) for value in inset.group(1).split(" round ")[0].split()]
        if sides and all(side is not None for side in sides):
            top, right, bottom, left = (sides * 4)[:1] + (sides[1:2] or sides[:1]) + (sides[2:3] or sides[:1]) + \
                (sides[3:4] or sides[1:2] or sides[:1])
            return top + bottom >= 100 or left + right >= 100  # type: ignore[operator]
    if re.match(r"(?:circle|ellipse)\(\s*0+(?:\.0+)?(?:px|%|em)?[\s)]", clip.strip()):
        return True
    polygon = re.match(r"polygon\(([^)]*)\)", clip.strip())
    return polygon is not None and len({" ".join(point.split()) for point in polygon.group(1).split(",")}) <= 1


def _percent(value: str) -> float | None:
    found = re.fullmatch(r"(\d*\.?\d+)%|0", value.strip())
    return (float(found.group(1)) if found.group(1) else 0.0) if found else None


def _faint(opacity: str) -> bool:
    """An opacity no reader reads words through: 5 % or less (`0.01`, `.0`, `0%`)."""
    found = re.fullmatch(r"(\d*\.?\d+)(%?)", opacity)
    return found is not None and float(found.group(1)) / (100 if found.group(2) else 1) <= 0.05


def _speck(size: str) -> bool:
    """A font size no reader reads: 2 pixels or points or less, a fifth of the text's or less (`1px`, `0.1em`, 10%)."""
    found = re.fullmatch(r"(\d*\.?\d+)(px|pt|em|rem|%)", size)
    if found is None:
        return False
    limit = {"px": 2, "pt": 2, "em": 0.2, "rem": 0.2, "%": 20}[found.group(2)]
    return float(found.group(1)) <= limit


def hiding_selectors(css: str) -> list[str]:
    """Each selector of a stylesheet's rules for every screen (top-level, or in `@media screen`; not print's, not a
    narrow screen's)
    whose declarations hide what it selects, as a class may (display:none, white ink, an opacity of 0 …) or a style
    attribute may (`hides`): `#note{display:none}`, `main p:nth-of-type(3){font-size:0}` hid words as a class does,
    and were read as showing them (safety hunt 22). Selectors naming a state (`:hover`, `::before`) are none."""
    found = []
    for prelude, declarations, _top in screen_rules(css):
        by_class = _read(declarations)[1]  # a class alone hiding so: class_marks reads it
        if not (by_class or hides(declarations)):
            continue
        # (a class alone hiding otherwise, `.x{transform:scale(0)}`, `.y{clip-path:inset(50%)}`, was read by neither:
        # safety hunt 44)
        found += [selector.strip() for selector in prelude.split(",")
                  if selector.strip() and not (by_class and _CLASS.match(selector)) and not STATE.search(selector)]
    return found


@functools.lru_cache(maxsize=8)
def screen_rules(css: str) -> tuple[tuple[str, str, bool], ...]:
    """(selectors, declarations, whether top-level) as written of each rule of a stylesheet for every screen (top-level,
    then those in a media query every screen meets, `@media screen`, `all`: rules of the page's own), parsed once for
    every pass that reads them (adoption hunt 26: a saved theme's 370 KB stylesheet was parsed again by each of five
    passes, and each rule's declarations by each, 5-6 s a version)."""
    found = []
    rules = [(rule, True) for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)]
    for rule, top in rules:
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content is not None and \
                EVERY_SCREEN.fullmatch(tinycss2.serialize(rule.prelude).strip()):
            rules += [(inner, False) for inner in
                      tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True)]
        if rule.type == "qualified-rule":
            found.append((tinycss2.serialize(rule.prelude), tinycss2.serialize(rule.content), top))
    return tuple(found)


EVERY_SCREEN = re.compile(r"(?i)(?:only\s+)?(?:screen|all)(?:\s*,\s*(?:only\s+)?(?:screen|all|print))*")
# What a selector selects only in a state, or a part that is not the element's words.
STATE = re.compile(r"(?i)::|:(?:hover|focus|active|visited|target|checked|focus-within|focus-visible|before|after|"
                    r"first-line|first-letter|placeholder|selection|marker|backdrop|empty)\b")


# A selector of the words a rule writes before or after an element (`.neg::before`, `p.q:after`).
_GENERATED = re.compile(r"(?is)^(.*?)(::?)(before|after|marker)\s*$")  # (a list item's marker: drawn before it)


def generated(tree: LexborHTMLParser) -> list[str]:
    """Write into the page, as text, the words its stylesheet draws before or after elements (`.neg::before{content:
    "ne "}`): a browser shows them within the sentence, which the page's HTML does not hold, and the conversion kept
    the HTML alone (safety hunt 44: "Nous ne vendons pas vos données" drawn, "Nous vendons vos données" imported).
    Rules for every screen (top-level, `@media screen`) whose content is quoted text holding a letter or digit: a
    bullet, an arrow, an icon font's character or a counter is no word. Each written, as shown, in the page's order."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    if "content" not in css.lower():
        return []
    written = []
    for prelude, declarations, _top in screen_rules(css):
        parts = _content_parts(declarations)
        if not parts or hides(declarations):  # (words drawn hidden, a tooltip shown on hover only: none)
            continue
        for selector in prelude.split(","):
            found = _GENERATED.match(selector.strip())
            if found is None or not found.group(1).strip() or STATE.search(found.group(1)):
                continue
            try:
                selected = tree.css(found.group(1).strip())
            except Exception:  # noqa: BLE001 - a selector lexbor does not read (selectolax raises its own kinds): none
                continue
            for node in selected:
                words = "".join(part if isinstance(part, str) else (node.attributes.get(part[0]) or "")
                                for part in parts)
                if not re.search(r"[^\W_]", words):
                    continue
                if found.group(3).lower() in ("before", "marker") and node.child is not None:
                    node.child.insert_before(words)
                else:
                    node.insert_child(words)
                written.append(words.strip())
    return written


@functools.lru_cache(maxsize=8192)
def _content_parts(declarations: str) -> tuple[str | tuple[str], ...]:
    """What a block's `content` writes, when it is only quoted strings and attributes' values (`attr(data-label)`, as
    a theme draws a link's or a button's words from the element's own attribute): each string as itself, each
    attribute as a 1-tuple of its name; [] for anything else (a counter, an image, `none`), and for quoted strings
    alone holding no letter or digit (a bullet, an arrow, an icon font's character)."""
    values = [tokens for name, _value, tokens in declared(declarations) if name == "content"]
    if not values:
        return ()
    parts: list[str | tuple[str]] = []
    for token in values[-1]:
        if token.type in ("whitespace", "comment"):
            continue
        if token.type == "string":
            parts.append(token.value)
            continue
        arguments = [item for item in getattr(token, "arguments", []) if item.type not in ("whitespace", "comment")]
        if token.type == "function" and token.lower_name == "attr" and arguments and arguments[0].type == "ident":
            parts.append((arguments[0].value.lower(),))  # (a type or a fallback after it: the value as written)
            continue
        return ()
    if all(isinstance(part, str) for part in parts) and not re.search(r"[^\W_]", "".join(map(str, parts))):
        return ()
    return tuple(parts)


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
# What an override draws in another order: letters, and digits (a number alone, `<bdo dir="rtl">03</bdo>`, is shown
# "30" and was imported "03" unsaid: safety64)
_DRAWN = re.compile(r"[^\W_]")


def overridden(tree: LexborHTMLParser) -> list[str]:
    """Write as a reader sees them the words a page draws right to left by overriding their direction (`<bdo
    dir="rtl">snodnev</bdo>`, `direction: rtl; unicode-bidi: bidi-override` in a style attribute or a rule of the page):
    a browser shows "vendons", and the conversion kept "snodnev" (safety hunt 44). An element holding only text, in
    letters written left to right, has its text reversed; the words of one holding other elements or right-to-left
    letters are kept as written. Each element's words as it now has them, to say; those kept, prefixed "kept: "."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    nodes = [node for node in tree.css("bdo") if (node.attributes.get("dir") or "").strip().lower() == "rtl"]
    nodes += [node for node in tree.css("[style]") if _reverses(node.attributes.get("style") or "")]
    nodes += [node for name in FRAMEWORK_REVERSED if not re.search(r"\." + re.escape(name) + r"(?![\w-])", css)
              for node in tree.css(f".{name}")]
    for prelude, declarations, top in screen_rules(css) if "bidi" in css else ():
        if top and _reverses(declarations):
            for selector in prelude.split(","):
                try:
                    nodes += [] if STATE.search(selector) else tree.css(selector.strip())
                except Exception:  # noqa: BLE001 - a selector lexbor does not read: none
                    continue
    said, seen = [], set()
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        words = node.text(deep=True)
        if not _DRAWN.search(words) or _RTL_LETTER.search(words):
            continue  # right-to-left letters: drawn in their own order
        if node.child is not None and next(node.iter(include_text=False), None) is None:  # text alone
            node.child.replace_with(words[::-1])
            said.append(" ".join(words[::-1].split()))
        else:
            said.append("kept: " + " ".join(words.split()))
    return said


# The classes with which a plugin draws words right to left, by a rule of its own stylesheet, not in the page saved
# alone: Complianz writes each e-mail address of its documents reversed, `<span class="cmplz-obfuscate">
# moc.elpmaxe@tcatnoc</span>`, its stylesheet's `direction: rtl; unicode-bidi: bidi-override` showing it the right way
# round (adoption hunt 20: imported reversed).
FRAMEWORK_REVERSED = ("cmplz-obfuscate",)


def _reverses(declarations: str) -> bool:
    said = dict(_declarations(declarations))
    return said.get("direction") == "rtl" and said.get("unicode-bidi") in ("bidi-override", "isolate-override")


def hidden_by(style: str, classes: list[str], css: str) -> bool:
    """Whether an element read apart from a page's tree (a Markdown text's inline HTML) has its words hidden by its
    style attribute or by a class of the page's stylesheet (`css`), as `apply` finds them in a page (safety hunt 44:
    a Markdown policy's `<span style="display:none">` and `<p class="y">` were imported as text, said only as a style
    removed)."""
    if style and hides(style):
        return True
    if not css.strip() or not classes:
        return False
    if any("hidden" in class_marks(css).get(name, ()) for name in classes):
        return True
    return any((found := _CLASS.match(selector)) is not None and found.group(1) in classes
               for selector in hiding_selectors(css))


def class_marks(css: str) -> dict[str, tuple[str, ...]]:
    """Each class a stylesheet styles alone (`.c5{…}`, the rules an export writes) and the elements it draws as."""
    found: dict[str, tuple[str, ...]] = {}
    # (in `@media screen` too, as hiding_selectors reads them: it leaves a class alone to these)
    for prelude, declarations, _top in screen_rules(css):
        for selector in prelude.split(","):
            name = _CLASS.match(selector)
            if name:
                drawn_marks, hidden = _read(declarations)
                drawn = (*drawn_marks, *(("hidden",) if hidden else ()))
                found[name.group(1)] = tuple(dict.fromkeys((*found.get(name.group(1), ()), *drawn)))
    return found


# The classes with which a site builder or a CSS framework hides an element on every screen, by a rule of its own
# stylesheet, on its servers and not in the page (Webflow's conditional visibility, `w-condition-invisible`; Bootstrap's
# `d-none`; Tailwind's `hidden`, `invisible`; Bulma's `is-hidden`; Foundation's `hide`; UIkit's `uk-hidden`): a page
# saved as HTML alone had such words imported as text without a word (adoption hunt 25: a Webflow page's
# "This version has no summary."). Unless the page's own stylesheet styles the class, or another class of the element
# shows it on some screen (`d-none d-md-block`, `hidden md:block`), it is marked hidden as a page's rule hides it.
FRAMEWORK_HIDDEN = frozenset({"w-condition-invisible", "w-dyn-hide", "d-none", "hidden", "invisible", "is-hidden",
                              "hide", "uk-hidden", "is-invisible"})
_SHOWN_SOMEWHERE = re.compile(r"^(?:d-(?:sm|md|lg|xl|xxl)-(?!none\b)[\w-]+|(?:sm|md|lg|xl|2xl):(?!hidden\b|invisible\b)"
                              r"[\w-]+|visible-[\w-]+|show-for-[\w-]+|is-(?:block|flex|inline[\w-]*)-[\w-]+)$")


def _framework_hidden(node: LexborNode, css: str) -> bool:
    """Whether the element is hidden on every screen by a class of `FRAMEWORK_HIDDEN` the page's own `css` does not
    style, no other class of it showing it on a screen of some width."""
    classes = (node.attributes.get("class") or "").split()
    return any(name in FRAMEWORK_HIDDEN and not re.search(r"\." + re.escape(name) + r"(?![\w-])", css)
               for name in classes) and not any(_SHOWN_SOMEWHERE.match(name) for name in classes)


def apply(tree: LexborHTMLParser) -> dict[str, int]:
    """Rewrite the page's styled spans as elements, in place; how many of each were made (`around`: spans around
    paragraphs whose bold or italics were left out)."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    by_class = class_marks(css) if css.strip() else {}
    made: dict[str, int] = {}
    around = [0]
    for node in tree.css("[class]"):  # hidden by a framework's class, its stylesheet not saved with the page
        if _framework_hidden(node, css) and node.tag not in ("html", "body", "main", "article") \
                and not re.search(r"(?i)display\s*:\s*none", node.attributes.get("style") or ""):
            node.attrs["style"] = f"{node.attributes.get('style') or ''};display:none"
    for node in tree.css("[class]"):  # hidden by a class of the page's: marked as an inline style hides it (kept, said)
        if any("hidden" in by_class.get(name, ()) for name in (node.attributes.get("class") or "").split()):
            node.attrs["style"] = f"{node.attributes.get('style') or ''};display:none"
    for selector in hiding_selectors(css) if css.strip() else []:  # hidden by another rule of the page's: the same
        try:
            selected = tree.css(selector)
        except Exception:  # noqa: BLE001 - a selector lexbor does not read (selectolax raises its own kinds): none
            continue
        for node in selected:
            if node.tag not in ("html", "body", "main", "article"):  # (a page's rule hiding its whole text: none)
                node.attrs["style"] = f"{node.attributes.get('style') or ''};display:none"
    # hidden by its own style otherwise than display:none, a dialog never opened, a popover never shown (a browser
    # draws neither): marked so too, kept and said (safety hunt 22)
    for node in tree.css("font[color]"):  # ink of an older page's own attribute: white on the white page (safety74)
        if hides(f"color: {node.attributes.get('color') or ''}"):
            node.attrs["style"] = f"{node.attributes.get('style') or ''};display:none"
    for node in [*tree.css("[style]"), *tree.css("dialog:not([open]), [popover]")]:
        style = node.attributes.get("style") or ""
        if (node.tag != "dialog" and "popover" not in node.attributes and not hides(style)) \
                or re.search(r"(?i)display\s*:\s*none", style):
            continue
        node.attrs["style"] = f"{style};display:none"
    for span in reversed(tree.css("span")):  # the innermost first: an outer span's content then holds its result
        if _in_heading(span):
            continue
        drawn: list[str] = []
        for name in (span.attributes.get("class") or "").split():
            drawn += [tag for tag in by_class.get(name, ()) if tag != "hidden"]
        drawn += marks(span.attributes.get("style") or "")
        wanted = tuple(dict.fromkeys(drawn))
        if wanted and span.css_first(_BLOCKS) is not None:  # a span around paragraphs: bold or italics across them,
            around[0] += any(tag not in ("del", "u") for tag in wanted)  # which Markdown cannot write (its **),
            wanted = tuple(tag for tag in wanted if tag == "del")  # left out as unwrap() does; struck stays struck
        if not wanted or not span.text(deep=True).strip():
            continue
        inner = "".join(child.html or "" for child in span.iter(include_text=True))
        opened = "".join(f"<{tag}>" for tag in wanted)
        closed = "".join(f"</{tag}>" for tag in reversed(wanted))
        replacement = LexborHTMLParser(f"<body><span>{opened}{inner}{closed}</span></body>").css_first("span")
        if replacement is None:
            continue
        for name, value in span.attributes.items():
            if name not in ("class", "style"):
                replacement.attrs[name] = value or ""
        span.replace_with(replacement)
        for tag in wanted:
            made[tag] = made.get(tag, 0) + 1
    if around[0]:
        made["around"] = around[0]
    return made


_KEPT_LINES = frozenset(("pre", "pre-wrap", "pre-line", "break-spaces"))
_TAG = re.compile(r"(<[^>]*>)")
_BETWEEN_WORDS = re.compile(r"(?<=\S)[ \t]*(?:\r?\n[ \t]*)+(?=\S)")  # line ends within a text, not around it


def line_breaks(tree: LexborHTMLParser) -> int:
    """The line breaks of text that a page's CSS keeps (`white-space: pre-wrap`, as Squarespace sets on every
    paragraph, `pre-line`, as sites showing a CMS's text do), written as `<br>`: a browser showed each line apart,
    an address line by line, and the conversion joined them (adoption hunt 43: "Example Ltd High Street 1 London").
    How many elements had some."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    keeping = {name for name, value in _class_declarations(css, "white-space") if value in _KEPT_LINES}
    kept = []
    for node in tree.css("[style], [class]"):
        values = [value for name, value in _declarations(node.attributes.get("style") or "") if name == "white-space"]
        if (values[-1] in _KEPT_LINES if values else any(name in keeping for name in
                                                         (node.attributes.get("class") or "").split())) \
                and node.tag not in ("pre", "textarea", "script", "style") \
                and node.css_first("pre, textarea, script, style") is None:
            kept.append(node)
    ids = {node.mem_id for node in kept}
    outermost = []
    for node in kept:  # the outermost only, chosen before any is rewritten: one inside another is rewritten with it
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outermost.append(node)
    count = 0
    for node in outermost:
        parts = _TAG.split(node.inner_html or "")
        lines = [part if index % 2 else _BETWEEN_WORDS.sub(lambda m: "<br>" * m.group(0).count("\n"), part)
                 for index, part in enumerate(parts)]
        if lines != parts:
            node.inner_html = "".join(lines)
            count += 1
    return count


def _declarations(block: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, value) for name, value, _tokens in declared(block))


def _class_declarations(css: str, property_name: str) -> list[tuple[str, str]]:
    """(class, value) of each rule of a class alone (`.c5{…}`) setting `property_name`."""
    found = []
    for prelude, declarations, top in screen_rules(css) if css.strip() else ():
        if not top:
            continue
        values = [value for name, value in _declarations(declarations) if name == property_name]
        for selector in prelude.split(","):
            if values and (name := _CLASS.match(selector)):
                found.append((name.group(1), values[-1]))
    return found


_MARK_TAGS = "b, strong, i, em, u, s, strike, del, mark, small, big"
_BLOCKS = "address, article, aside, blockquote, div, dl, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, " \
          "main, nav, ol, p, pre, section, table, ul"
_NOT_BOLD = frozenset({"normal", "lighter", "100", "200", "300", "400", "500"})


def unwrap(tree: LexborHTMLParser) -> int:
    """Leave out, keeping their content, the inline elements of emphasis that hold whole blocks or whose own style
    undoes them: the `<b style="font-weight:normal" id="docs-internal-guid-…">` around everything Google Docs pastes
    into a CMS (WordPress, Squarespace, Wix keep it) made the page one bold paragraph, its headings `**## 1. …`.
    How many were left out."""
    count = 0
    for node in reversed(tree.css(_MARK_TAGS)):
        style = {item.lower_name: tinycss2.serialize(item.value).strip().lower()
                 for item in tinycss2.parse_blocks_contents(node.attributes.get("style") or "", skip_whitespace=True,
                                                            skip_comments=True) if item.type == "declaration"}
        undone = (node.tag in ("b", "strong") and style.get("font-weight") in _NOT_BOLD) or \
                 (node.tag in ("i", "em") and style.get("font-style") == "normal")
        if undone or node.css_first(_BLOCKS) is not None:
            node.unwrap()
            count += 1
    return count


def _in_heading(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return True
        parent = parent.parent
    return False
