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
from selectolax.lexbor import LexborHTMLParser, LexborNode

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


def _drawn(tokens: list, values: dict[str, list[int]]) -> str | None:
    """What `content` draws with the counters' values (each counter's nested instances, the innermost last: what
    `counters(item, ".")` joins, "2.1.1"); None for content that counts nothing (an icon, quotes)."""
    out: list[str] = []
    counted = False
    for token in tokens:
        if token.type == "string":
            out.append(token.value)
        elif token.type == "function" and token.lower_name in ("counter", "counters"):
            args = [t for t in token.arguments if t.type not in ("whitespace", "literal")]
            name = args[0].value if args and args[0].type == "ident" else ""
            style = next((t.lower_value for t in args[1:] if t.type == "ident"), "decimal")
            nested = values.get(name) or [0]
            if token.lower_name == "counters":
                separator = next((t.value for t in args[1:] if t.type == "string"), "")
                out.append(separator.join(_label(value, style) for value in nested))
            else:
                out.append(_label(nested[-1], style))
            counted = True
        else:
            return None  # attr(), url(), open-quote: not a number of the section
    return "".join(out) if counted else None


def number_headings(tree: LexborHTMLParser) -> int:
    """Writes before each heading the number the page's stylesheet draws there; returns how many were written."""
    css = "\n".join(style.text(deep=True) for style in tree.css("style"))
    if not _COUNTED.search(css):
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
        label = _drawn(before.get("content", []), {name: [value] for name, value in values.items()})
        if label and label.strip() and heading.child is not None:
            # a gap the stylesheet draws with a margin is a space in the text: "1." then "Who we are"
            heading.child.insert_before(label if label[-1].isspace() else label + " ")
            written += 1
    return written


_COUNTED = re.compile(r"counters?\(")
# A rule for a list item, or for what it draws before itself: `ol.abs > li::before`, `li:before`, `.terms li`.
_ITEM = re.compile(r"^(.*?)\bli(::?before)?$")


def number_items(tree: LexborHTMLParser) -> list[LexborNode]:
    """Writes at the start of each list item the label the page's stylesheet draws before it with a counter (`ol.abs
    > li::before { counter-increment: a; content: "(" counter(a) ") " }` on a list without markers): the reader saw
    "(1) Auskunft", the import wrote the list 1., 2. (adoption hunt 25). Counted as a browser counts them, in the
    page's order, a list's own `counter-reset` starting it again. The lists so labelled (an `ol` is numbered 1., 2.
    by Markdown: to be written as items with their labels), each once."""
    css = "\n".join(style.text(deep=True) for style in tree.css("style"))
    if not _COUNTED.search(css) or "li" not in css:
        return []
    drawn: dict[int, dict[str, list]] = {}  # an item's ::before's declarations, by the item
    own: dict[int, dict[str, list]] = {}  # an element's own counter-reset and counter-increment (a list's, an item's)
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        if rule.type != "qualified-rule":
            continue  # (an @media print's rules are not what the reader saw)
        items = {item.lower_name: [t for t in item.value if t.type != "whitespace"]
                 for item in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
                 if item.type == "declaration"}
        for selector in tinycss2.serialize(rule.prelude).split(","):
            selector = " ".join(selector.split())
            match = _ITEM.match(selector)
            drawing = bool(match and match.group(2))
            if drawing and "content" not in items and "counter-increment" not in items:
                continue
            target = (match.group(1) + "li") if drawing and match else selector
            if not drawing and not ({"counter-reset", "counter-increment"} & items.keys()):
                continue
            try:
                selected = tree.css(target) if target.strip() else []
            except Exception:  # noqa: BLE001 - a selector lexbor does not read: none
                continue
            for node in selected:
                (drawn if drawing else own).setdefault(node.mem_id, {}).update(items)
    if not any("content" in declared for declared in drawn.values()):
        return []
    # Each counter's instances in scope, outermost first: (the element that reset it, its value). A list nested in an
    # item resets its own, inside its parent's: `counters(item, ".")` draws them all, "2.1.1" (adoption hunt 26: the
    # legal numbering of nested clauses was lost, each list written 1., 2.).
    instances: dict[str, list[list[int]]] = {}
    started: set[int] = set()
    lists: dict[int, tuple[LexborNode, list[tuple[LexborNode, str]]]] = {}
    for item in tree.css("li"):
        parent = item.parent
        if parent is not None and "data-label" in parent.attributes:
            continue  # a Google Docs export's list, labelled by its own pass
        around, above = set(), item.parent
        while above is not None:
            around.add(above.mem_id)
            above = above.parent
        for name in instances:  # a counter reset by an element the item is outside of is out of its scope
            instances[name] = [instance for instance in instances[name] if instance[0] in around]
        if parent is not None and parent.mem_id not in started:
            started.add(parent.mem_id)
            for name, value in _pairs(own.get(parent.mem_id, {}).get("counter-reset", []), 0):
                instances.setdefault(name, []).append([parent.mem_id, value])
        before = drawn.get(item.mem_id, {})
        for declared in (own.get(item.mem_id, {}), before):
            for name, value in _pairs(declared.get("counter-reset", []), 0):
                instances.setdefault(name, []).append([item.mem_id, value])
        for declared in (own.get(item.mem_id, {}), before):
            for name, step in _pairs(declared.get("counter-increment", []), 1):
                if not instances.get(name):  # none in scope: the item's list starts one (its siblings count on)
                    instances[name] = [[parent.mem_id if parent is not None else item.mem_id, 0]]
                instances[name][-1][1] += step
        label = _drawn(before.get("content", []),
                       {name: [value for _owner, value in found] for name, found in instances.items()})
        if label and label.strip() and parent is not None and parent.tag in ("ol", "ul"):
            lists.setdefault(parent.mem_id, (parent, []))[1].append((item, label))
    labelled = []
    for listing, found in reversed(lists.values()):  # the innermost first: written again, an outer list holds them
        if listing.tag == "ol" and [label.strip() for _item, label in found] == \
                [f"{n}." for n in range(1, len(found) + 1)]:
            continue  # 1., 2., 3.: what Markdown numbers the list, and what reads its bold items as sections
        for item, label in found:
            if item.child is not None:
                item.child.insert_before(label if label[-1].isspace() else label + " ")
            else:
                item.insert_child(label)
        labelled.append(listing)
    return labelled
