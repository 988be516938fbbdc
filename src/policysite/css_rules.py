"""What a project's stylesheet may do: add colours, fonts and corners to the generator's, never place, size, hide
or write; and the contrast of the colours it sets (WCAG 2.1 AA), on screen and in print."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from policysite.messages import Said

# A comment, outside strings (`"/*"` in a string opens none: read as one, it hid what followed from the checks).
_CSS_COMMENT = re.compile(r"""("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|/\*.*?(?:\*/|\Z)""", re.S)


CSS_LOADS = re.compile(r"url\s*\(|image-set\s*\(|image\s*\(|@import|@font-face|expression\s*\(|-moz-binding|"
                        r"behavior\s*:|\\", re.I)
# SVG's presentation attributes that CSS reads as a property taking an image or another file (`fill="url(…#g)"`,
# `cursor="url(…), auto"`, `mask="image-set('…' 1x)"`): Chromium fetches a cursor's or a mask's image from any host,
# Firefox a paint server's, filter's or mask's document (safety51 hunt)
PRESENTATION_URLS = frozenset({"fill", "stroke", "filter", "mask", "clip-path", "marker-start", "marker-mid",
                               "marker-end", "cursor"})
# CSS functions that fetch an image named by a string, as url() does by a URL: `image-set('https://…' 1x)` (and
# `-webkit-image-set`), `image()`, `src()`, `cross-fade()`: Chromium fetched a cursor's image-set in a presentation
# attribute of an SVG opened on its own (safety52 hunt)
IMAGE_FUNCTIONS = re.compile(r"(?:image-set|image|src|cross-fade)\s*\(", re.I)


# What a project's stylesheet may add to the generator's: its colours, its fonts (installed ones: nothing is
# loaded), the roundness of its corners, and the theme's own variables set to such values. Nothing that places,
# sizes, hides or writes: those could show the reader other words than the checked text.
_CSS_ADDABLE = frozenset({"color", "background-color", "border-color", "border-top-color", "border-right-color",
                          "border-bottom-color", "border-left-color", "outline-color", "text-decoration-color",
                          "accent-color", "caret-color", "font-family", "font-weight", "font-style", "border-radius"})


_CSS_VALUE = re.compile(r"""^(?:#[0-9a-f]{3}|#[0-9a-f]{6}|(?:rgb|hsl)\(\s*[\d.%\s,]+\)|[a-z-]+|"""
                        r"""[\d.]+(?:px|em|rem|%)?|[\w\s,"'-]+)(?:\s*!important)?$""", re.I)


_CSS_INVISIBLE = re.compile(r"\btransparent\b|currentcolor|\b(?:rgba|hsla)\s*\(|/|#[0-9a-f]{4}\b|#[0-9a-f]{8}\b",
                            re.I)


# The theme's variables a project may set, each judged (_contrast_problems): the page's text and links on its
# background, the header's colour and its text, the fonts.
_PAGE_TEXT_VARIABLES = ("--md-typeset-color", "--md-default-fg-color", "--md-default-fg-color--light",
                        "--md-typeset-a-color", "--md-accent-fg-color")


_HEADER_VARIABLES = ("--md-primary-fg-color", "--md-primary-fg-color--light", "--md-primary-fg-color--dark")


_CUSTOM_PROPERTIES = frozenset({*_PAGE_TEXT_VARIABLES, "--md-default-bg-color", *_HEADER_VARIABLES,
                                "--md-primary-bg-color", "--md-text-font", "--md-code-font"})


def _without_comments(css: str) -> str:
    """`css` with each comment (outside strings) blanked: spaces and its line ends, so that what follows it keeps its
    line and column."""
    return _CSS_COMMENT.sub(lambda m: m.group(1) or re.sub(r"[^\n]", " ", m.group()) or " ", css)


# What the checks refuse is named at its line and column in the stylesheet (`policy.css:12:3`).
Place = tuple[int, int]
# A declaration as _declarations gives it: (context, selector, declaration).
_Declaration = tuple[str, str, str]


@functools.lru_cache(maxsize=16)
def _declarations(css: str) -> frozenset[_Declaration]:
    """(context, selector, declaration) of each declaration of a stylesheet (_located)."""
    return frozenset(declaration for declaration, _place in _located(css))


@functools.lru_cache(maxsize=16)
def _located(css: str) -> tuple[tuple[_Declaration, Place], ...]:
    """(context, selector, declaration) of each declaration of a stylesheet, at any depth, spacing normalised, with
    the line and column tinycss2 read it at (of the rule's selector for what is neither a declaration nor a rule): the
    context is the at-rules around the rule (`@media print`), so a declaration the generator makes for print is not
    the same on screen. Read as browsers read CSS (tinycss2, CSS Syntax 3 with nesting): in `.a { display: none;
    & { color: red } }` both declarations are `.a`'s; something that is neither a declaration nor a rule is a
    declaration named `?`, which no rule allows. Once a process for each text (each build judges the project's
    stylesheets and the generator's again: 50 ms a stylesheet)."""
    import tinycss2

    found: list[tuple[_Declaration, Place]] = []

    def walk(nodes: list, selector: str, context: list[str]) -> None:
        for node in nodes:
            place = (node.source_line, node.source_column)
            if node.type == "declaration":
                value = " ".join(tinycss2.serialize(node.value).split())
                found.append(((" / ".join(context), selector,
                               f"{node.name}: {value}{' !important' if node.important else ''}"), place))
            elif node.type == "qualified-rule":
                inner = " ".join(tinycss2.serialize(node.prelude).split())
                nested = ", ".join(f"{outer} {part.strip()}".strip() if "&" not in part else
                                   part.strip().replace("&", outer) for outer in (selector or "").split(",")
                                   for part in inner.split(",")) if selector else inner
                walk(tinycss2.parse_blocks_contents(node.content, skip_whitespace=True, skip_comments=True),
                     nested, context)
            elif node.type == "at-rule":
                prelude = " ".join(tinycss2.serialize(node.prelude).split())
                if node.content is None:
                    found.append(((" / ".join(context), selector, f"@{node.lower_at_keyword} {prelude}".strip()),
                                  place))
                    continue
                where = [*context, f"@{node.lower_at_keyword} {prelude}".strip()]
                contents = tinycss2.parse_blocks_contents(node.content, skip_whitespace=True, skip_comments=True)
                if selector:
                    walk(contents, selector, where)
                else:
                    walk(tinycss2.parse_rule_list(node.content, skip_whitespace=True, skip_comments=True)
                         if node.lower_at_keyword in ("media", "supports", "layer", "container", "document")
                         else contents, "", where)
            elif node.type == "error":  # (tinycss2 serializes no parse error: `p { color: red; x }` ended the check
                # with a TypeError, lines1)
                text, place = _stray(css, place)
                found.append(((" / ".join(context), selector, f"?: {text}"), place))
            elif node.type not in ("whitespace", "comment"):
                text = " ".join(tinycss2.serialize([node]).split())[:60]
                found.append(((" / ".join(context), selector, f"?: {text}"), place))

    walk(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), "", [])
    return tuple(found)


def _stray(css: str, place: Place) -> tuple[str, Place]:
    """The text a parse error of `css` gave up on at `place`, and where that text starts: tinycss2 names the end of
    what it read (`p { color: #333; oops }` at the space after `oops`), which is read back to the end of the
    declaration or rule before it (`oops`), or else on to the next (a `}` too many)."""
    css = re.sub(r"\r\n?|\f", "\n", css)  # (lines counted as tinycss2 counts them)
    offset = sum(len(line) + 1 for line in css.split("\n")[:place[0] - 1]) + place[1] - 1
    start = max(css.rfind(mark, 0, offset) for mark in "{};") + 1
    if not css[start:offset].strip():
        start = offset
        ends = [end for end in (css.find(mark, offset + 1) for mark in "{};") if end >= 0]
        offset = max(min(ends, default=len(css)), offset + 1)
    text = css[start:offset]
    start += len(text) - len(text.lstrip())
    line_start = css.rfind("\n", 0, start) + 1
    return " ".join(text.split())[:60], (css.count("\n", 0, start) + 1, start - line_start + 1)


def css_problems(text: str, *, generator: str = "") -> list[tuple[Place, str]]:
    """Why a stylesheet of the project's own may not be published, one reason a declaration, each with the line and
    column of what it refuses (a declaration, an at-rule, what loads a file: a stylesheet of 400 lines is read where
    it says), in the order of the stylesheet; [] when it may. It
    loads nothing; what it keeps of the generator's stylesheet of its name (`generator`) may do what the
    generator's does (a redline's marks, the print's link targets); what it adds sets colours, fonts and
    corners only (_CSS_ADDABLE), visibly."""
    css = _without_comments(text)
    found: list[tuple[Place, str]] = [(place, Said("css.loads")) for place in _each_line(CSS_LOADS, css)]
    located = _located(css)
    declarations = frozenset(declaration for declaration, _place in located)
    added = declarations - _declarations(_without_comments(generator))
    where = _where(located, added)
    for context, selector, declaration in sorted(added):
        name, value = _parts(declaration)
        at = where(context, selector, name)
        if name == "?":  # (what the parser could not read: a typo, a `;` or `}` too many or missing)
            found.append((next(place for one, place in located if one == (context, selector, declaration)),
                          Said("css.unreadable", text=value, selector=selector[:40])))
        elif name.startswith("--") and name not in _CUSTOM_PROPERTIES:
            found.append((at, Said("css.variable", name=name, selector=selector[:40],
                                   variables=", ".join(sorted(_CUSTOM_PROPERTIES)))))
        elif not (name.startswith("--") or name in _CSS_ADDABLE):
            found.append((at, Said("css.property", name=name, selector=selector[:40])))
        elif not _CSS_VALUE.match(value) or _CSS_INVISIBLE.search(value) or (
                "font" not in name and re.search(r"""["']""", value)):
            found.append((at, Said("css.value", name=name, value=value[:40], selector=selector[:40])))
        elif "font" in name and (symbols := _symbol_font(value)):
            found.append((at, Said("css.symbol-font", name=name, font=symbols, selector=selector[:40])))
        elif name in _FONT_SHAPES and not _FONT_SHAPES[name].fullmatch(value.lower().replace("!important", "").strip()):
            found.append((at, Said("css.font-shape", name=name, value=value[:40], selector=selector[:40])))
        elif name == "border-radius" and not _slightly_round(value):
            found.append((at, Said("css.radius", value=value[:40], selector=selector[:40], lengths=_RADIUS_SAID)))
    return sorted(found + _contrast_problems(declarations, added, where), key=lambda problem: problem[0])


def _parts(declaration: str) -> tuple[str, str]:
    """A declaration's property (lower case) and value; an at-rule's whole text as its name (`@import
    url(https://…)`: cut at its first colon, it was said `sets @import url(https (`)."""
    if declaration.startswith("@"):
        return declaration, ""
    name, _, value = declaration.partition(":")
    return name.strip().lower(), value.strip()


def _each_line(pattern: re.Pattern[str], css: str) -> list[Place]:
    """The line and column (from 1) of the first match of `pattern` on each line of `css` it matches on (a match may
    span lines: `url\n(`), counted as the matches come (a stylesheet of escapes has thousands)."""
    found: list[Place] = []
    line, start, counted = 1, 0, 0  # the line at offset `counted`, and the offset that line starts at
    for match in pattern.finditer(css):
        line += css.count("\n", counted, match.start())
        start = css.rfind("\n", 0, match.start()) + 1 if counted < match.start() else start
        counted = match.start()
        if not found or found[-1][0] != line:
            found.append((line, match.start() - start + 1))
    return found


def _where(located: tuple[tuple[_Declaration, Place], ...],
           added: frozenset[_Declaration]) -> Callable[[str, str, str], Place]:
    """`where(context, selector, name)`: the line and column of a declaration of the property `name` the rule
    (`context`, `selector`) holds, the first that the stylesheet adds (`added`), else the first it holds, else the
    rule's first declaration."""
    places: dict[tuple[str, ...], Place] = {}
    for mine in (True, False):
        for (context, selector, declaration), place in located:
            if ((context, selector, declaration) in added) == mine:
                places.setdefault((context, selector, _parts(declaration)[0]), place)
                places.setdefault((context, selector), place)

    def where(context: str, selector: str, name: str) -> Place:
        return places.get((context, selector, name)) or places.get((context, selector)) or (1, 1)
    return where


# The weights and styles a project's stylesheet may give its words: a weight from light to black, italic or the
# font's own oblique. `font-weight: 1` drew the words in a system font's thinnest strokes (SF's variable weights reach
# 1), `font-style: oblique 90deg` sheared them flat where a browser synthesises the angle asked (safety66).
_FONT_SHAPES = {"font-weight": re.compile(r"normal|bold|bolder|[3-8]\d\d|900|inherit|initial|unset|revert"),
                "font-style": re.compile(r"normal|italic|oblique|inherit|initial|unset|revert")}


# How round a corner a project's stylesheet may make: a box whose overflow the theme hides (Material's tables: `html
# .md-typeset__table table { overflow: hidden }`, its code blocks) clips the words under a round corner, and
# `.md-typeset table { border-radius: 50% }` cut a table to an ellipse, the words of its corner cells gone (safety66).
_RADIUS_MOST = {"px": 8.0, "em": 0.5, "rem": 0.5}
_RADIUS_SAID = "8px, 0.5em"
_RADIUS = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(px|em|rem)?", re.I)


def _slightly_round(value: str) -> bool:
    """Whether each radius of a `border-radius` value (`4px`, `0.2rem 0`, `4px / 2px`) is no rounder than
    _RADIUS_MOST: a length in px, em or rem, or 0 (no percentage: a share of a long table's side)."""
    parts = value.lower().replace("!important", "").replace("/", " ").split()
    for part in parts:
        found = _RADIUS.fullmatch(part)
        if found is None or (found.group(2) is None and float(found.group(1)) != 0):
            return False
        if found.group(2) is not None and float(found.group(1)) > _RADIUS_MOST[found.group(2)]:
            return False
    return bool(parts)


# Fonts installed with Windows, macOS, Office or a Linux desktop whose letters and digits are pictures or another
# alphabet's (a symbol encoding): `font-family: Wingdings` wrote the page's words as pictographs (security hunt 30).
# Linux desktops install URW's clones of Symbol and Zapf Dingbats with Ghostscript (fonts-urw-base35: `Standard
# Symbols PS`, `D050000L`; `Standard Symbols L` before it), macOS its ornament faces, whose letters are fleurons: each
# drew a paragraph as Greek letters or ornaments for those readers (safety69)
_SYMBOL_FONTS = frozenset({"wingdings", "wingdings 2", "wingdings 3", "webdings", "symbol", "marlett", "mt extra",
                           "bookshelf symbol 7", "ms reference specialty", "ms outlook", "zapf dingbats",
                           "zapfdingbats", "itc zapf dingbats", "dingbats", "monotype sorts", "segoe mdl2 assets",
                           "segoe fluent icons", "holomdl2 assets", "standard symbols ps", "standard symbols l",
                           "d050000l", "hoefler text ornaments", "bodoni ornaments",
                           # faces drawing every letter as nothing (Adobe Blank), as a box naming its Unicode block
                           # (macOS's LastResort), or as a blob of its width (Flow's): words no reader reads (safety74)
                           "adobe blank", "lastresort", "last resort", "flow block", "flow circular", "flow rounded"})


# Beyond the faces named above, a list no one completes: a desktop's math and symbol faces (the TeX fonts LyX installs,
# with matplotlib, on Linux desktops: `cmsy10` draws `a`-`z` as ⊔ ⊓ § † ‡ ¶ ♣ ♦ …, `msam10` as arrows and boxes,
# `wasy10` as planets and clocks; `cmex10` as delimiters), and faces whose names say what they draw: dingbats,
# ornaments, sorts, icons, a toolkit's assets, another symbol face (`Symbol Neu`, `OpenSymbol`). `font-family: cmsy10`
# on the text's paragraphs was published (safety71). The faces of those words that draw letters as letters stay
# allowed: a system stack naming them after its text faces (Bootstrap's `…, "Segoe UI Symbol"`). A face drawing letters
# as Braille cells (macOS's `Apple Braille`) or as scribbles (`Redacted Script`) says so too (safety74).
_SYMBOL_NAMES = re.compile(r"(?:cmsy|cmex|cmbsy|msam|msbm|wasy|esint|stmary|lasy|bbding|marvosym|fourier-orns|"
                           r"fontawesome)\d*|.*(?:symbol|dingbat|ornament|wingding|webding|awesome|glyphicon|octicon|"
                           r"codicon).*|.*\b(?:orns|sorts|icons?|assets|pi|emoji|braille|redacted)\b.*")
_LETTERS_AS_LETTERS = frozenset({"segoe ui symbol", "segoe ui emoji", "apple symbols", "noto sans symbols",
                                 "noto sans symbols 2", "symbola", "apple color emoji", "noto color emoji",
                                 "twemoji mozilla", "segoe ui historic", "dejavu sans"})


def _symbol_font(value: str) -> str:
    """The first symbol font a font-family value names, or ""."""
    for family in value.replace("!important", "").split(","):
        # a name as CSS reads it: its spaces (unquoted: `Wingdings   2`) one, its case none
        name = " ".join(family.strip().strip("\"'").split()).lower()
        if name in _SYMBOL_FONTS or (_SYMBOL_NAMES.fullmatch(name) and name not in _LETTERS_AS_LETTERS):
            return family.strip()
    return ""


# Colours a stylesheet sets, read against what they stand on (WCAG 2.1 AA: 4.5:1 for text): the page's text on the
# page's white, the header's text on its colour, a rule's text on its own background. Text coloured as the page
# (`color: #fff`) was published invisible; the theme's chrome (header, tabs, footer, banners) stands on its own
# colours and is read against those.
_PAGE_BG, _PAGE_FG = (255, 255, 255), (33, 33, 33)  # Material's light scheme: white, and black at 87 %
_HEADER_BG, _HEADER_FG = (64, 81, 181), (255, 255, 255)  # --md-primary-fg-color (indigo), --md-primary-bg-color
_CONTRAST_MIN = 4.5


_PAGE_SELECTORS = frozenset({":root", "html", "body", "[data-md-color-scheme]", "[data-md-color-scheme=default]",
                             "body[data-md-color-scheme]"})


# A screen set to dark (`@media (prefers-color-scheme: dark)`, the generator's policy.css): the page's text and
# background there, where the rule setting them gives no colour the check reads (its text is translucent).
_DARK_BG, _DARK_FG = (30, 33, 41), (191, 193, 198)


def _scheme(context: str) -> str | None:
    """The colour scheme the at-rules around a rule confine it to ("light", "dark"); None where it applies in both."""
    found = re.search(r"prefers-color-scheme\s*:\s*(light|dark)", context, re.I)
    return found.group(1).lower() if found else None


def _page_rule(selector: str) -> bool:
    """Every selector of the list is the page itself (:root, body …): what it sets, the page's text and background."""
    return all(part.strip() in _PAGE_SELECTORS for part in selector.split(","))


_CHROME = re.compile(r"\.md-(?:header|tabs|footer|banner|top|dialog|tooltip|nav__title|search|source|version)")
# An attribute selector, its value quoted or not: what it names is no class of the element (`[id^=md-header]` is any
# element whose id starts so, a paragraph of the text given `{: #md-header-1 }`: safety66)
_ATTRIBUTE_SELECTOR = re.compile(r"""\[(?:"[^"]*"|'[^']*'|[^\]"'])*\]""")


_NAMED = {"white": (255, 255, 255), "black": (0, 0, 0), "red": (255, 0, 0), "green": (0, 128, 0),
          "blue": (0, 0, 255), "navy": (0, 0, 128), "maroon": (128, 0, 0), "purple": (128, 0, 128),
          "teal": (0, 128, 128), "olive": (128, 128, 0), "gray": (128, 128, 128), "grey": (128, 128, 128),
          "silver": (192, 192, 192), "yellow": (255, 255, 0), "orange": (255, 165, 0), "lime": (0, 255, 0),
          "aqua": (0, 255, 255), "fuchsia": (255, 0, 255)}


def colour_rgb(value: str) -> tuple[int, int, int] | None:
    """A CSS colour as (r, g, b): #rgb, #rrggbb, rgb(), hsl() or a basic name; None for anything else."""
    value = value.lower().replace("!important", "").strip()
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return tuple(int(c * 2, 16) for c in value[1:])  # type: ignore[return-value]
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return tuple(int(value[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
    number = r"(\d+(?:\.\d*)?|\.\d+)"
    numbers = re.fullmatch(rf"(rgb|hsl)\(\s*{number}(%?)\s*,?\s*{number}(%?)\s*,?\s*{number}(%?)\s*\)", value)
    if numbers and numbers.group(1) == "rgb":
        parts = [float(numbers.group(n)) * (2.55 if numbers.group(n + 1) else 1) for n in (2, 4, 6)]
        return tuple(max(0, min(255, round(part))) for part in parts)  # type: ignore[return-value]
    if numbers:
        import colorsys

        red, green, blue = colorsys.hls_to_rgb(float(numbers.group(2)) % 360 / 360, float(numbers.group(6)) / 100,
                                               float(numbers.group(4)) / 100)
        return round(red * 255), round(green * 255), round(blue * 255)
    return _NAMED.get(value)


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    def luminance(rgb: tuple[int, int, int]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _contrast_problems(declarations: frozenset[_Declaration], added: frozenset[_Declaration],
                       where: Callable[[str, str, str], Place]) -> list[tuple[Place, str]]:
    """Why colours a stylesheet adds (`added`, of all its `declarations`: _declarations) would make text
    unreadable or invisible, one reason a declaration, each at the place of the declaration (`where`: by its context,
    selector and property) it refuses."""
    rules: dict[tuple[str, str], dict[str, str]] = {}
    for context, selector, declaration in declarations:
        name, _, value = declaration.partition(":")
        rules.setdefault((context, selector), {})[name.strip().lower()] = value.strip()
    schemes = {"light": (_PAGE_FG, _PAGE_BG), "dark": (_DARK_FG, _DARK_BG)}
    pages: dict[str, tuple[dict[str, str], tuple[int, int, int], tuple[int, int, int]]] = {}
    for scheme, (fg, bg) in schemes.items():
        if scheme == "dark" and not any(_scheme(context) == "dark" for context, _ in rules):
            continue  # no dark colours: a dark screen shows the light ones
        page = {k: v for (context, sel), decls in sorted(rules.items(), key=lambda rule: _scheme(rule[0][0]) or "")
                if _page_rule(sel) and _scheme(context) in (None, scheme) for k, v in decls.items()}
        pages[scheme] = (page, colour_rgb(page.get("--md-typeset-color", "") or page.get("--md-default-fg-color", ""))
                         or fg, colour_rgb(page.get("--md-default-bg-color", "")) or bg)
    found = []
    for context, selector, declaration in sorted(added):
        at = where(context, selector, _parts(declaration)[0])
        found += [(at, why) for why in _colour_problems(context, selector, declaration, rules, pages)]
    found += _marks_problems(rules, added, pages, where)
    return found + [problem for scheme, (_page, page_fg, page_bg) in pages.items()
                    for problem in _crossed_contrasts(rules, added, page_fg, page_bg, where, scheme=scheme)]


def _colour_problems(context: str, selector: str, declaration: str, rules: dict[tuple[str, str], dict[str, str]],
                     pages: dict[str, tuple[dict[str, str], _RGB, _RGB]]) -> list[str]:
    """Why the colour a declaration a stylesheet adds sets (_contrast_problems) would make text unreadable or
    invisible: against what its rule or the page sets, or the theme's chrome it styles."""
    found: list[str] = []
    name, _, value = declaration.partition(":")
    name, value = name.strip().lower(), value.strip()
    own = rules.get((context, selector), {})
    page, page_fg, page_bg = pages.get(_scheme(context) or "light", pages["light"])
    pairs = {  # the colour a declaration's colour is read against, and what that is
        "color": (own.get("background-color"), page_bg, "page-background"),
        **{variable: (None, page_bg, "page-background") for variable in _PAGE_TEXT_VARIABLES},
        "background-color": (own.get("color"), page_fg, "page-text"),
        "--md-default-bg-color": (None, page_fg, "page-text"),
        **{variable: (own.get("--md-primary-bg-color") or page.get("--md-primary-bg-color"), _HEADER_FG,
                      "header-text") for variable in _HEADER_VARIABLES},
        "--md-primary-bg-color": (own.get("--md-primary-fg-color") or page.get("--md-primary-fg-color"),
                                  _HEADER_BG, "header-colour"),
    }
    if name not in pairs or not _CSS_VALUE.match(value) or _CSS_INVISIBLE.search(value) \
            or value.lower().replace("!important", "").strip() in ("inherit", "initial", "unset", "revert"):
        return []  # not a colour declaration, one refused above already, or the colour around it
    colour = colour_rgb(value)
    against, default, what = pairs[name]
    if against:
        what = "rule-background" if name == "color" else "rule-text" if name == "background-color" else what
    chrome = _chrome_colours(selector, page, tuple(
        (fg, bg) for scheme, (_page, fg, bg) in pages.items() if _scheme(context) in (None, scheme))) \
        if name in ("color", "background-color") and not against else None
    if chrome is not None:  # the theme's chrome stands on its own colours: read against those
        found += _chrome_contrast(name, value, selector, chrome, dark=_scheme(context) == "dark")
        return found
    if value.lower().endswith("!important"):
        found.append(Said("css.important", name=name, value=value[:40], selector=selector[:40]))
        return found
    if colour is None:
        found.append(Said("css.unread-colour", name=name, value=value[:40], selector=selector[:40]))
        return found
    base = colour_rgb(against) if against else default
    ratio = contrast(colour, base or default)
    if ratio < _CONTRAST_MIN:
        found.append(Said("css.contrast", name=name, value=value[:40], selector=selector[:40],
                          ratio=f"{ratio:.1f}", minimum=_CONTRAST_MIN, what=Said(f"css.against/{what}"),
                          dark=Said("css.dark-screen") if _scheme(context) == "dark" else ""))
    if name == "--md-primary-fg-color" and not _chrome(selector):
        found += _links_drawn_in(colour, value, selector, context, own, pages)
    if name in _LINK_VARIABLES and not _print_only(context) and not all(
            part.strip() in _ABOVE_THE_BANNER for part in selector.split(",")):
        found += _chrome_contrast(name, value, selector, (
            "md-banner--warning", (), (_WARNING[1],)), dark=_scheme(context) == "dark")
    return found


# The link colours of the text: the archived version's notice (Material's `outdated` block, a `.md-typeset` in the
# warning banner) draws its link to the version in force in them, on the banner's yellow on a dark screen too (its
# wrapper, `[data-md-color-scheme=default]`, keeps the light scheme). Set on the page itself (`:root`, `body`) they stop
# at that wrapper, which Material's rule for the light scheme sets again; set on any other element (the wrapper's own
# attribute selector, `*`, `.md-typeset`), they reach the link: `@media (prefers-color-scheme: dark) {
# [data-md-color-scheme] { --md-typeset-a-color: #ffff66 } }` drew it yellow on yellow, read against the dark page only
# (safety68).
_LINK_VARIABLES = ("--md-typeset-a-color", "--md-accent-fg-color")
_ABOVE_THE_BANNER = frozenset({":root", "html", "body", "body[data-md-color-scheme]"})


# The contrast a line drawn over or under words needs to be seen (WCAG 2.1 AA, 1.4.11 non-text contrast): a redline's
# strike and underline are what tell a reader which words went and which came.
_MARKS_MIN = 3.0


def _marks_problems(rules: dict[tuple[str, str], dict[str, str]], added: frozenset[_Declaration],
                    pages: dict[str, tuple[dict[str, str], _RGB, _RGB]],
                    where: Callable[[str, str, str], Place]) -> list[tuple[Place, str]]:
    """Why a `text-decoration-color` a stylesheet adds would hide the lines it colours: under _MARKS_MIN against the
    background its rule sets, or else the page's in each colour scheme the rule applies in. `.redline del {
    text-decoration-color: #fff }` struck the deleted words in white on white: the redline read as if nothing went
    (safety68)."""
    found: list[tuple[Place, str]] = []
    for context, selector, declaration in sorted(added):
        name, _, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        at = where(context, selector, name)
        if name != "text-decoration-color" or not _CSS_VALUE.match(value) or _CSS_INVISIBLE.search(value) \
                or value.lower().replace("!important", "").strip() in ("inherit", "initial", "unset", "revert"):
            continue  # another property, a value refused already, or the text's own colour
        colour = colour_rgb(value)
        if colour is None:
            found.append((at, Said("css.unread-colour", name=name, value=value[:40], selector=selector[:40])))
            continue
        own = colour_rgb(rules.get((context, selector), {}).get("background-color", ""))
        grounds = [(own, "rule-background", "")] if own is not None else [
            (ground, "page-background", Said("css.dark-screen") if scheme == "dark" else "")
            for scheme, (_page, _fg, ground) in pages.items() if _scheme(context) in (None, scheme)]
        for ground, what, dark in grounds:
            ratio = contrast(colour, ground)
            if ratio < _MARKS_MIN:
                found.append((at, Said("css.marks", value=value[:40], selector=selector[:40], ratio=f"{ratio:.1f}",
                                       minimum=_MARKS_MIN, what=Said(f"css.against/{what}"), dark=dark)))
    return found


def _links_drawn_in(colour: _RGB, value: str, selector: str, context: str, own: dict[str, str],
                    pages: dict[str, tuple[dict[str, str], _RGB, _RGB]]) -> list[str]:
    """Why the header's colour a rule sets (`--md-primary-fg-color`) would draw the text's links unreadable: the
    theme's links are drawn in it (Material: `--md-typeset-a-color: var(--md-primary-fg-color)`) where the stylesheet
    gives them no colour of their own, in each colour scheme the rule applies in. `:root { --md-primary-fg-color:
    #ffffff; --md-primary-bg-color: #000000 }`, a white header with black words, drew every link of the text white on
    the page's white (safety66)."""
    found: list[str] = []
    for scheme, (page, _fg, ground) in pages.items():
        if _scheme(context) not in (None, scheme) or "--md-typeset-a-color" in own or "--md-typeset-a-color" in page:
            continue
        ratio = contrast(colour, ground)
        if ratio < _CONTRAST_MIN:
            found.append(Said("css.contrast", name="--md-primary-fg-color", value=value[:40], selector=selector[:40],
                              ratio=f"{ratio:.1f}", minimum=_CONTRAST_MIN, what=Said("css.against/links-background"),
                              dark=Said("css.dark-screen") if scheme == "dark" else ""))
    return found


# Text colours, and backgrounds, as a stylesheet sets them: any text of the page may stand on any background the
# stylesheet sets (an ancestor's, another rule's of the same element).
_TEXT_COLOURS = ("color", *_PAGE_TEXT_VARIABLES)


_BACKGROUNDS = ("background-color", "--md-default-bg-color")


def _crossed_contrasts(rules: dict[tuple[str, str], dict[str, str]], added: frozenset[_Declaration],
                       page_fg: tuple[int, int, int], page_bg: tuple[int, int, int],
                       where: Callable[[str, str, str], Place], *, scheme: str = "light") -> list[tuple[Place, str]]:
    """Each text colour against each background the stylesheet sets outside the theme's chrome, where either was
    added: `.md-content { background-color: #000 }` with `p { color: #000 }` passed rule by rule. In each colour
    scheme (`scheme`): a colour set for all screens stands on a dark screen's background too (a brand's dark red
    title), unless a rule for that scheme sets that colour of the same element (the page's, for the page's). Each at
    the place of the colour added (`where`), the text's where both were."""
    added_rules = {(context, selector) for context, selector, _ in added}
    texts: list[tuple[_RGB, str, Place | None]] = [(page_fg, Said("css.against/page-text"), None)]
    grounds: list[tuple[_RGB, str, Place | None]] = [(page_bg, Said("css.against/page-background"), None)]

    def element(selector: str) -> str:
        return "" if _page_rule(selector) else selector

    schemed = {(element(selector), name) for (context, selector), declarations in rules.items()
               if _scheme(context) == scheme for name in declarations}
    for (context, selector), declarations in rules.items():
        if _chrome(selector) or _print_only(context) or _scheme(context) not in (None, scheme):
            continue
        mine = (context, selector) in added_rules
        for name, value in declarations.items():
            if _scheme(context) is None and (element(selector), name) in schemed:
                continue
            colour = colour_rgb(value)
            if colour is None:
                continue
            at = where(context, selector, name) if mine else None
            if name in _TEXT_COLOURS:
                texts.append((colour, f"{name}: {value} ({selector[:40]})", at))
            elif name in _BACKGROUNDS:
                grounds.append((colour, f"{name}: {value} ({selector[:40]})", at))
    found: list[tuple[Place, str]] = []
    screen = "" if scheme == "light" else Said(f"css.scheme/{scheme}")
    for text, said_text, text_added in texts:
        for ground, said_ground, ground_added in grounds:
            ratio = contrast(text, ground)
            if (text_added or ground_added) and ratio < _CONTRAST_MIN:
                found.append((text_added or ground_added or (1, 1), Said(
                    "css.crossed", set=said_text if text_added else said_ground, text=said_text, ground=said_ground,
                    ratio=f"{ratio:.1f}", minimum=_CONTRAST_MIN, where=screen)))
    return sorted(set(found))


def _print_only(context: str) -> bool:
    """The at-rules around a rule (`@media print / @supports …`) apply to print alone: one of them is a media query
    list whose every query is `print` (`@media screen, print` and `@media not print` apply on screen), or a page box's
    rule (`@page`, `@page :first`), whose colours were crossed with the screen's as those of an element named "()"."""
    for rule in context.split(" / "):
        if rule.lower().startswith("@page"):  # (a page box's rule: paged media, which no screen shows)
            return True
        if rule.startswith("@media "):
            queries = [q.strip().lower() for q in rule[len("@media "):].split(",")]
            if queries and all(re.fullmatch(r"(?:only\s+)?print(?:\s+and\s+.*)?", q) for q in queries):
                return True
    return False


# The colours the theme gives its chrome (Material's light scheme, its translucent ones laid on what is under them): the
# text colours and the backgrounds each part's words stand on, by the class that names the part, the longest first.
# A banner holds the site's notices (an archived version's "this text is no longer in force"), on the warning's yellow;
# the search's words stand in the header and, its results, on the page; the header's are the page's primary colours.
_RGB = tuple[int, int, int]
_FOOTER = ((255, 255, 255), (33, 33, 33))  # --md-footer-fg-color on --md-footer-bg-color (#000000de)
_WARNING = ((33, 33, 20), (255, 255, 153))  # --md-warning-fg-color (#000000de) on --md-warning-bg-color (#ff9)
_CHROME_COLOURS: dict[str, tuple[tuple[_RGB, ...], tuple[_RGB, ...]] | None] = {
    "md-banner--warning": ((_WARNING[0],), (_WARNING[1],)),
    "md-banner": ((_FOOTER[0], _WARNING[0]), (_FOOTER[1], _WARNING[1])),
    "md-footer": ((_FOOTER[0],), (_FOOTER[1],)),
    "md-search": None,  # the header's and the page's
    "md-header": None, "md-tabs": None, "md-source": None, "md-version": None,  # the header's
    "md-dialog": None, "md-top": None, "md-tooltip": None, "md-nav__title": None,  # the page's (the dialog's reversed)
}
_HEADER_PARTS = frozenset({"md-header", "md-tabs", "md-source", "md-version", "md-search"})


def _chrome_colours(selector: str, page: dict[str, str],
                    schemes: tuple[tuple[_RGB, _RGB], ...]) -> tuple[str, tuple, tuple] | None:
    """(the chrome's class, the text colours, the backgrounds) a rule of the chrome (`_chrome`) stands among, every
    part of the chrome its selector list names together; None where it styles no chrome. The header's are the page's
    primary colours (`page`: the variables the stylesheet sets on the page); the parts drawn in the page's colours
    have those of each colour scheme the rule applies in (`schemes`: (text, background) each)."""
    if not _chrome(selector):
        return None
    header = (colour_rgb(page.get("--md-primary-bg-color", "")) or _HEADER_FG,
              colour_rgb(page.get("--md-primary-fg-color", "")) or _HEADER_BG)
    texts: list[_RGB] = []
    grounds: list[_RGB] = []
    named = ""
    for part in _ATTRIBUTE_SELECTOR.sub("[]", selector).split(","):
        subject = _chrome_compound(part)
        for found in _CHROME.finditer(subject):
            chrome = next(name for name in _CHROME_COLOURS if subject[found.start() + 1:].startswith(name))
            named = named or chrome
            colours = _CHROME_COLOURS[chrome]
            if colours is None:
                pages = ((), ()) if chrome in _HEADER_PARTS and chrome != "md-search" else (
                    tuple(fg for fg, _bg in schemes), tuple(bg for _fg, bg in schemes))
                headers = ((header[0],), (header[1],)) if chrome in _HEADER_PARTS else ((), ())
                colours = (headers[0] + pages[0], headers[1] + pages[1])
                if chrome == "md-dialog":  # (drawn reversed: the page's text colour its background)
                    colours = (colours[1], colours[0])
            texts += colours[0]
            grounds += colours[1]
    return named, tuple(texts), tuple(grounds)


def _chrome_contrast(name: str, value: str, selector: str, chrome: tuple[str, tuple, tuple], *,
                     dark: bool) -> list[str]:
    """Why a colour a rule of the chrome sets is unreadable where the theme draws that part: its text colour (or a
    variable of one: `--md-typeset-a-color`) against each background the part has, its background against each text
    colour."""
    part, texts, grounds = chrome
    colour = colour_rgb(value)
    if colour is None:
        return [Said("css.unread-colour", name=name, value=value[:40], selector=selector[:40])]
    others = texts if name == "background-color" else grounds
    worst = min(others, key=lambda other: contrast(colour, other))
    ratio = contrast(colour, worst)
    if ratio >= _CONTRAST_MIN:
        return []
    shown = "#{:02x}{:02x}{:02x}".format(*worst)
    what = Said("css.against/chrome-text", part=part, colour=shown) if name == "background-color" \
        else Said("css.against/chrome-background", part=part, colour=shown)
    return [Said("css.contrast", name=name, value=value[:40], selector=selector[:40], ratio=f"{ratio:.1f}",
                 minimum=_CONTRAST_MIN, what=what, dark=Said("css.dark-screen") if dark else "")]


def _chrome(selector: str) -> bool:
    """Every selector of the list styles the theme's chrome (header, tabs, footer, banners) or what stands in it: a
    compound of each (its subject's, or an ancestor's: _chrome_compound) names one of its classes as a class
    (`.md-header`, case and all: a class selector matches so), and nothing in parentheses (`p:not(.md-top)` is any
    paragraph); the words of an attribute selector name no class (`a[href*=md-footer]` is any link whose address
    holds them, one the text writes)."""
    parts = [part.strip() for part in _ATTRIBUTE_SELECTOR.sub("[]", selector).split(",")]
    return bool(parts) and all(part and "(" not in part and _chrome_compound(part) for part in parts)


def _chrome_compound(part: str) -> str:
    """The compound of a selector (one of a list, its attribute selectors emptied) nearest its subject that names a
    class of the theme's chrome, or "": the subject stands on that part's background. `.md-banner--warning p`'s
    paragraph is the archived version's notice, drawn on the banner's yellow on a dark screen too: read against the
    page, `@media (prefers-color-scheme: dark) { .md-banner--warning p { color: #ffff99 } }` wrote the notice yellow
    on yellow (safety68). Its ancestors only: past a sibling combinator (`.md-header ~ .md-container p`) the
    compounds name no element the subject stands in."""
    pieces = re.split(r"(\s*[>+~]\s*|\s+)", part.strip())
    for at in range(len(pieces) - 1, -1, -2):
        if _CHROME.search(pieces[at]):
            return pieces[at]
        if at and pieces[at - 1].strip() in ("+", "~"):
            return ""
    return ""


# What a declaration says that takes an element's words out of sight: not drawn, drawn transparent or at no size.
_HIDES = re.compile(r"display: none|visibility: (?:hidden|collapse)|opacity: 0(?:\.0*)?%?(?:$| )|"
                    r"font-size: 0(?:\.0*)?(?:px|em|rem|%|pt)?(?:$| )|content-visibility: hidden|"
                    r"transform: scale\(0(?:\.0*)?\)", re.I)
# A selector's subject: its last compound (after the last combinator), and the classes a compound names
_SUBJECT = re.compile(r"[^\s>+~]+$")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


@functools.lru_cache(maxsize=4)
def hiding_classes(css: str) -> frozenset[str]:
    """The classes a stylesheet hides the words of the element they are on by (_HIDES, in any context: on screen or
    in print), read from each rule's subject, not from a pseudo-element of it (`.keys .key-alt:before` hides no word
    of the element): Material's `.md-typeset .tabbed-block { display: none }`, `.headerlink { opacity: 0 }`,
    `.footnote-backref { font-size: 0 }`."""
    found: set[str] = set()
    for _context, selector, declaration in _declarations(_without_comments(css)):
        if not _HIDES.match(declaration):
            continue
        for one in selector.split(","):
            subject = _SUBJECT.search(one.strip())
            if subject is not None and "::" not in subject.group() and not re.search(
                    r":(?:before|after|first-line|first-letter|marker|placeholder)\b", subject.group()):
                found.update(_CLASS.findall(subject.group()))
    return frozenset(found)


# What a declaration says that draws an element's words smaller than the words around it, by a share of theirs: one
# inside another multiplies (`font-size: .75em` eight deep is a tenth of the text's size)
_SHRINKS = re.compile(r"font-size: (?:smaller|0*\.\d+em|0?\.?\d{1,2}(?:\.\d*)?%)(?: !important)?$", re.I)
# What a compound holds in parentheses or brackets (`:not(.a)`, `[href^="x"]`): no class or element of the subject's own
_INSIDE = re.compile(r"""\([^()]*\)|\[(?:"[^"]*"|'[^']*'|[^\]"'])*\]""")
_ELEMENT = re.compile(r"[a-zA-Z][a-zA-Z0-9]*")


@functools.lru_cache(maxsize=8)
def shrinking_subjects(css: str) -> tuple[frozenset[str], frozenset[str]]:
    """(element names, classes) a stylesheet draws the words of smaller than those around them (_SHRINKS, in any
    context: on screen or in print), read from each rule's subject, not from a pseudo-element of it: Material's
    `.md-typeset code` and `kbd`, `small`, `.md-typeset .footnote-ref`, the site's `.redline-moved`. An element is
    named where the subject is that element alone (`span.filename` names the class, not every span)."""
    tags: set[str] = set()
    classes: set[str] = set()
    for _context, selector, declaration in _declarations(_without_comments(css)):
        if not _SHRINKS.match(declaration):
            continue
        for one in selector.split(","):
            subject = _SUBJECT.search(_INSIDE.sub("", one.strip()))
            if subject is None or "::" in subject.group() or re.search(
                    r":(?:before|after|first-line|first-letter|marker|placeholder)\b", subject.group()):
                continue
            named = _CLASS.findall(subject.group())
            classes.update(named)
            element = _ELEMENT.match(subject.group())
            if element is not None and not named:
                tags.add(element.group().lower())
    return frozenset(tags), frozenset(classes)
