"""How deep a page's elements nest at least, read in one pass over its text before any parser builds its tree.

A browser's tree builder (lexbor's too) looks through its stack of open elements at each block's start tag (is a `<p>`
open?), so a page of 200,000 nested `<div>` took lexbor some 220 s of CPU to build before html_source's depth check
refused it (leads46). This scan refuses such a page first. It never counts an element deeper than a browser puts it:
it counts only the elements whose start tag a browser always inserts where it stands and that no later start tag
closes (`<div>`, `<section>`, `<ul>`, `<span>` …), and it closes them at least as soon as a browser does (an end tag
closes the nearest open element it names and all above it; a start tag that closes a `<p>`, `<li>`, `<dd>` or `<dt>`
closes everything above it too). Comments, `<script>`, `<style>`, `<textarea>`, `<title>`, `<noscript>` and the other
elements holding text are skipped as the browser's tokenizer skips them, and so is a `<select>`'s content (a browser
drops the blocks in it): the depth it finds is one the parsed page has at least.
"""
from __future__ import annotations

import re

# The elements counted: a start tag of any of them is inserted where it stands (a block's `p` closed first), and only
# an end tag closes it (no start tag closes a `<div>`, a `<span>` or a `<b>`; `<a>` and `<nobr>` close their own).
_BLOCKS = frozenset(("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
                     "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
                     "search", "section", "summary", "ul"))
_COUNTED = _BLOCKS | frozenset(("span", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt",
                                "u"))
# A start tag of these closes an open `<p>` (with everything above it), of `li` an open `li`, of `dd`/`dt` an open one
_CLOSES_P = _BLOCKS | frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr",
                                  "li", "dd", "dt", "plaintext", "xmp"))
_CLOSES = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}
# The elements whose content the tokenizer reads as text up to their end tag (noscript: as a browser running scripts
# does, which counts less), and `plaintext`, whose content runs to the end.
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
                   "source", "track", "wbr", "basefont", "bgsound", "frame", "image"))

_SPACE = "\t\n\f\r "
# One token the scan reads: a comment (to its end, or to the page's), a CDATA section (foreign content's), a bogus
# comment (`<!x>`, `<?x>`, `</ x>`), or a tag with its attributes as the tokenizer reads them (a quote opens a value
# only after `=`, and a value never closed runs to the page's end, its `>` no end).
_TOKEN = re.compile(
    r"<!--(?:>|->|.*?(?:--!?>|\Z))|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*(?:>|\Z)|</(?![A-Za-z])[^>]*(?:>|\Z)"
    r"|<(?P<end>/)?(?P<name>[A-Za-z][^\t\n\f\r />]*)"
    r"(?P<rest>(?:[^>\"'=]|=[\t\n\f\r ]*(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)|[^\t\n\f\r >]*)|[\"'])*)(?:>|\Z)", re.S)
# Where the scan stops, what follows counted no further: a page of frames (its blocks dropped), a template's content
# (a fragment of its own), the rest of the page read as text.
_STOP = frozenset(("frameset", "template", "plaintext"))
_FOREIGN = frozenset(("svg", "math"))  # their content skipped: its elements may leave it, closing those in it


def least_depth(text: str) -> int:
    """The depth the page `text`'s elements reach at least: the deepest nesting of the counted ones, `<html>` and
    `<body>` one level (the body's depth)."""
    stack: list[str] = []  # the open elements the scan follows, innermost last
    opened: dict[str, int] = {}  # how many of each name are in `stack` (an end tag's look-up stays O(1))
    counted = deepest = 0

    def close(name: str) -> int:
        """Close the innermost open `name` and the elements above it; how many counted ones closed."""
        gone = 0
        while stack:
            closed = stack.pop()
            opened[closed] -= 1
            gone += closed in _COUNTED
            if closed == name:
                break
        return gone

    at, end = 0, len(text)
    while at < end:
        found = _TOKEN.search(text, at)
        if found is None:
            break
        at = found.end()
        name = (found["name"] or "").lower()
        if not name:
            continue
        if found["end"]:
            if opened.get(name):
                counted -= close(name)
            continue
        if name in _STOP:
            break
        if name in _RAW or name == "select":
            shut = re.compile(rf"</{name}(?=[{_SPACE}/>])", re.I).search(text, at)
            if shut is None or name == "script" and "<!--" in text[at:shut.start()]:
                break  # (a script's `<!--<script>` keeps it open past its first `</script>`: the rest not counted)
            at = shut.start()
            continue
        if name in _FOREIGN:
            at = _after_foreign(text, at, name)
            continue
        for shut_name in ("p", *_CLOSES.get(name, ())) if name in _CLOSES_P else ():
            if opened.get(shut_name):
                counted -= close(shut_name)
        if name in _VOID or found["rest"].rstrip(_SPACE).endswith("/") and name not in _COUNTED:
            continue  # (`<div/>` opens a div all the same)
        stack.append(name)
        opened[name] = opened.get(name, 0) + 1
        if name in _COUNTED:
            counted += 1
            deepest = max(deepest, counted + 1)
    return deepest


def _after_foreign(text: str, at: int, name: str) -> int:
    """Where the `<svg>` or `<math>` opened before `at` ends (its own nested ones counted), or the page's end."""
    level = 1
    for found in _TOKEN.finditer(text, at):
        if (found["name"] or "").lower() == name and not found["rest"].rstrip(_SPACE).endswith("/"):
            level += -1 if found["end"] else 1
            if not level:
                return found.start()
    return len(text)
