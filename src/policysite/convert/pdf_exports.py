"""What the tools that save a PDF as a web page write besides its lines: pdf2htmlEX places each line by its classes'
rules (`<div class="t x1 y3 ff2 fs1">`: its left edge, its height from the page's foot, its font) and draws the gaps
between words as spacers, and both it and pdftohtml write the PDF's outline (its bookmarks) beside or under the pages.
Each line is placed by its own style as pdftohtml's are, bold where its font is, each spacer as wide as a word gap a
space, so that `printed_lines` reads both alike; the outline is left out, said."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import css_marks
from policysite.convert.notes import Notes, each_quoted
from policysite.messages import Said


def generator(tree: LexborHTMLParser) -> str:
    """The tool that wrote the page, by its `generator` meta (`pdftohtml 0.86.1`: "pdftohtml"), else ""."""
    meta = tree.css_first('meta[name="generator"]')
    named = str(meta.attributes.get("content") or "") if meta is not None else ""
    return next((tool for tool in ("pdftohtml", "pdf2htmlEX") if named.startswith(tool)), "")


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """pdf2htmlEX's lines placed by their style, and either tool's outline left out, said."""
    tool = generator(tree)
    if tool == "pdf2htmlEX":
        _place_classed(tree, notes)
    elif tool == "pdftohtml":
        _pdftohtml_outline(tree, notes)
    if tool:
        _page_images(tree, notes)


def _page_images(tree: LexborHTMLParser, notes: Notes) -> None:
    """The image each tool draws a page's lines over (pdftohtml's `<img alt="background image">`, pdf2htmlEX's
    `img.bi`: the PDF's rules, logos and pictures, or a scanned page's picture), no words of the text: left out, said
    (a scanned PDF's pages were imported as the words "background image")."""
    images = tree.css('div[id^="page"] > img, .pf img.bi, .pc > img')
    for image in images:
        image.decompose()
    if images:
        notes.add(Said("convert.printed-images", count=len(images)))


# pdf2htmlEX's classes: a line's (`t`) left edge (`x…`), height from the page's foot (`y…`), font (`ff…`) and size
# (`fs…`), and the spacers it draws between words (`_`), each set by a rule of its stylesheet
_CLASSED = {"left": "x", "bottom": "y", "width": "_", "font-weight": "ff", "font-size": "fs"}
_WORD_GAP = 2.0  # pixels a spacer between two words is wide at least (narrower: a letter's kerning)


def _class_rules(tree: LexborHTMLParser) -> dict[tuple[str, str], str]:
    """(class, property) -> value of the stylesheet's rules each for one class (`.x1{left:72px}`)."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    found = {}
    for prelude, declarations, _top in css_marks.screen_rules(css):
        if (one := re.fullmatch(r"\s*\.([\w-]+)\s*", prelude)) is None:
            continue
        for name, value, _tokens in css_marks.declared(declarations):
            if name in _CLASSED:
                found[one.group(1), name] = value
    return found


def _px(value: str | None) -> float | None:
    found = re.fullmatch(r"(-?\d+(?:\.\d+)?)px", value or "")
    return float(found.group(1)) if found else None


def _place_classed(tree: LexborHTMLParser, notes: Notes) -> None:
    """A pdf2htmlEX page's lines (`<div class="t x1 y3 ff2 fs1">`, placed by its classes' rules, bottom up) placed by
    their own style as pdftohtml's are, bold where their font is, each spacer between words a space; its outline
    (the PDF's bookmarks, beside the pages) left out, said."""
    rules = _class_rules(tree)
    for line in tree.css(".pf .t"):
        classes = str(line.attributes.get("class") or "").split()
        side = {name: next((rules[c, name] for c in classes if c.startswith(start) and (c, name) in rules), None)
                for name, start in _CLASSED.items() if name != "width"}
        left, bottom = _px(side["left"]), _px(side["bottom"])
        if left is None or bottom is None:
            continue
        for spacer in line.css("span._"):
            widths = [_px(rules.get((c, "width"))) for c in str(spacer.attributes.get("class") or "").split()]
            wide = any(width is not None and width >= _WORD_GAP for width in widths)
            spacer.replace_with(" " if wide and not spacer.text() else spacer.text())
        bold = side["font-weight"] in ("bold", "bolder", "600", "700", "800", "900")
        line.attrs["style"] = f"position:absolute;top:{-bottom}px;left:{left}px;font-size:{side['font-size'] or ''}"
        line.attrs["class"] = " ".join(c for c in classes if c.startswith(("ff", "fs")))
        if bold:
            inner = LexborHTMLParser(f"<b>{line.inner_html or ''}</b>").css_first("b")
            for child in list(line.iter(include_text=True)):
                child.decompose()
            if inner is not None:
                line.insert_child(inner)
    _say_outline(tree.css_first("#outline"), notes)
    for chrome in tree.css("#sidebar, .loading-indicator"):
        chrome.decompose()


def _say_outline(outline: LexborNode | None, notes: Notes) -> None:
    if outline is not None and (entries := [" ".join(a.text().split()) for a in outline.css("a")]):
        notes.add(Said("convert.printed-outline", count=len(entries), entries=each_quoted(entries[:3], most=40)))


def _pdftohtml_outline(tree: LexborHTMLParser, notes: Notes) -> None:
    """pdftohtml's outline of the PDF (its bookmarks), written under the pages (`<a name="outline"></a><h1>Document
    Outline</h1><ul>…`, links to the pages): left out, said."""
    mark = tree.css_first('a[name="outline"]')
    if mark is None:
        return
    heading = mark.next
    while heading is not None and heading.tag == "-text" and not (heading.text_content or "").strip():
        heading = heading.next
    listing = heading.next if heading is not None and heading.tag == "h1" else None
    while listing is not None and listing.tag == "-text" and not (listing.text_content or "").strip():
        listing = listing.next
    if heading is None or listing is None or listing.tag not in ("ul", "ol"):
        return
    _say_outline(listing, notes)
    for node in (mark, heading, listing):
        node.decompose()
