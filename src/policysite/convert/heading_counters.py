"""Section numbers a page's stylesheet draws before its headings (CSS counters), written into the headings.

Themes with numbered headings (Typora's, many documentation and legal-page themes) number them in CSS:
`h2::before { counter-increment: h2; content: counter(h2) ". " }`, `h3::before { content: counter(h2) "."
counter(h3) " " }`. The reader saw "2.1 Data you give us", and the text cites "section 2.1"; once the styles go,
the numbers would go with them. Counted here as a browser counts them for headings one after the other (each
heading's and its ::before's `counter-reset` and `counter-increment`, then its ::before's `content`: strings,
`counter()` and `counters()`), before the styles go.
"""
from __future__ import annotations

import re

import tinycss2
from selectolax.lexbor import LexborHTMLParser

from policysite.convert import counters

# A rule for a heading, or for what it draws before itself: `h2`, `article h2::before`, `.doc > h3:before`.
_HEADING = re.compile(r"^(?:.*[\s>+~])?h([1-6])(::?before)?$")


def _declarations(css: str) -> dict[tuple[int, bool], dict[str, list]]:
    """Each heading level's declarations (its own, and its ::before's), later rules winning, as tinycss2 tokens."""
    found: dict[tuple[int, bool], dict[str, list]] = {}
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        if rule.type != "qualified-rule":
            continue  # an @media print's rules are not what the reader saw; @font-face and the like draw nothing
        items = [item for item in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True,
                                                                 skip_comments=True) if item.type == "declaration"]
        for selector in tinycss2.serialize(rule.prelude).split(","):
            match = _HEADING.match(" ".join(selector.split()).lower())
            if match:
                rules = found.setdefault((int(match.group(1)), bool(match.group(2))), {})
                rules.update({item.lower_name: [t for t in item.value if t.type != "whitespace"] for item in items})
    return found


def _pairs(tokens: list, default: int) -> list[tuple[str, int]]:
    """`counter-reset: h3 h4 0` or `counter-increment: h2 1` as (name, value) pairs."""
    pairs: list[tuple[str, int]] = []
    for token in tokens:
        if token.type == "ident" and token.lower_value != "none":
            pairs.append((token.value, default))
        elif token.type == "number" and token.is_integer and pairs:
            pairs[-1] = (pairs[-1][0], token.int_value)
    return pairs


def _label(n: int, style: str) -> str:
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style.startswith("upper") else letters
    if style in ("lower-roman", "upper-roman"):
        from policysite.convert.list_passes import roman_label

        return roman_label(n, "I" if style.startswith("upper") else "i")
    return counters.counter(n, style) or str(n)


def _drawn(tokens: list, values: dict[str, int]) -> str | None:
    """What `content` draws with the counters' values; None for content that counts nothing (an icon, quotes)."""
    out: list[str] = []
    counted = False
    for token in tokens:
        if token.type == "string":
            out.append(token.value)
        elif token.type == "function" and token.lower_name in ("counter", "counters"):
            args = [t for t in token.arguments if t.type not in ("whitespace", "literal")]
            name = args[0].value if args and args[0].type == "ident" else ""
            style = next((t.lower_value for t in args[1:] if t.type == "ident"), "decimal")
            out.append(_label(values.get(name, 0), style))
            counted = True
        else:
            return None  # attr(), url(), open-quote: not a number of the section
    return "".join(out) if counted else None


def number_headings(tree: LexborHTMLParser) -> int:
    """Writes before each heading the number the page's stylesheet draws there; returns how many were written."""
    css = "\n".join(style.text(deep=True) for style in tree.css("style"))
    if "counter(" not in css:
        return 0
    rules = _declarations(css)
    if not any("content" in declared for (_, before), declared in rules.items() if before):
        return 0
    values: dict[str, int] = {}
    written = 0
    for heading in tree.css("h1, h2, h3, h4, h5, h6"):
        level = int(str(heading.tag)[1])
        own, before = rules.get((level, False), {}), rules.get((level, True), {})
        for declared in (own, before):
            for name, value in _pairs(declared.get("counter-reset", []), 0):
                values[name] = value
        for declared in (own, before):
            for name, step in _pairs(declared.get("counter-increment", []), 1):
                values[name] = values.get(name, 0) + step
        label = _drawn(before.get("content", []), values)
        if label and label.strip() and heading.child is not None:
            # a gap the stylesheet draws with a margin is a space in the text: "1." then "Who we are"
            heading.child.insert_before(label if label[-1].isspace() else label + " ")
            written += 1
    return written
