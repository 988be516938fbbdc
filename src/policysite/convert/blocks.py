"""Whole blocks of the Markdown that neutralisation rewrites: raw HTML blocks and kramdown's TOC marker.
(An in-page link written for another renderer's ids is left as written: `anchors` makes it land.)"""
from __future__ import annotations

import re
import textwrap

from markdown_it.token import Token

from policysite.convert.editing import Text
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown
from policysite.messages import Said

_FIRST_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)")
_MARKDOWN_INSIDE = re.compile(
    r"""\s*<([A-Za-z][A-Za-z0-9-]*)\b[^>]*?\smarkdown\s*=\s*["']?(?:1|block|span)["']?[^>]*>""", re.I)


_PAGE_CSS = "policysite-page-css"


def _styled(markup: str, css: str) -> str:
    """A raw HTML block with what its style attributes or the text's stylesheets (`css`: every `<style>` block of it)
    draw, as a page's are read (css_marks.apply: bold and italics, and what they hide marked so, to be kept and said);
    a Markdown policy's `<p style="font-size:0">` and `<p class="y">` hidden by `.y{display:none}` were imported as
    text, said only as HTML become Markdown (safety hunt 44)."""
    if not re.search(r"(?i)\s(?:style|class)\s*=", markup):
        return markup
    from selectolax.lexbor import LexborHTMLParser

    from policysite.convert import css_marks

    tree = LexborHTMLParser(f'<body><style id="{_PAGE_CSS}">{css}</style>{markup}</body>')
    css_marks.apply(tree)
    page_css = tree.css_first(f"#{_PAGE_CSS}")
    if page_css is not None:
        page_css.decompose()
    return (tree.body.inner_html or "") if tree.body is not None else markup


def html_block(doc: Text, token: Token) -> None:
    """A raw HTML block becomes the Markdown of its HTML (comments and scripts go, tables stay tables)."""
    from policysite.convert.neutralise import neutralise

    assert token.map is not None
    a, b = token.map
    inner = Notes()
    wrapped = _MARKDOWN_INSIDE.match(token.content)
    if wrapped and doc.depth < 2:  # kramdown's and md_in_html's `markdown="1"`: its content is Markdown
        body = token.content[wrapped.end():]
        body = re.sub(rf"</{re.escape(wrapped.group(1))}\s*>\s*$", "", body, flags=re.I)
        converted = neutralise(textwrap.dedent(body).strip("\n") + "\n", inner, targets=doc.targets,
                               depth=doc.depth + 1)
        inner.add(Said("convert.markdown-attribute", tag=wrapped.group(1).lower()))
    else:
        converted = html_to_markdown(_styled(token.content, doc.css), inner, targets=doc.targets) \
            if doc.depth < 2 else ""
        converted = neutralise(converted, inner, targets=doc.targets, depth=doc.depth + 1) if converted else ""
    first = _FIRST_TAG.search(token.content)
    if token.content.lstrip().startswith("<!--") and not converted.strip():
        doc.notes.add(Said("convert.html-comment"), a + 1)
    elif first and (converted.strip() or not inner.sentences()):
        doc.notes.add(Said("convert.raw-html-block" + ("" if converted.strip() else "/empty"),
                           tag=first.group(1).lower()), a + 1)
    for message in inner.messages():  # its lines are the converted block's: the block's own line says where
        doc.notes.add(message, a + 1)
    first_line = token.content.split("\n", 1)[0].lstrip()
    source = doc.lines[a]
    prefix = source[:len(source) - len(first_line)] if first_line and source.endswith(first_line) else ""
    rest = re.sub(r"[^\s>]", " ", prefix)
    lines = [(prefix if n == 0 else rest) + line if line else (prefix if n == 0 else rest).rstrip()
             for n, line in enumerate(converted.strip().split("\n"))] if converted.strip() else []
    before = a > 0 and doc.lines[a - 1].strip()
    after = b < len(doc.lines) and doc.lines[b].strip()
    if lines:
        lines = ([rest.rstrip()] if before else []) + lines + ([rest.rstrip()] if after else [])
    elif before and after:
        lines = [rest.rstrip()]  # the block kept two paragraphs apart: a blank line still does
    end = doc.starts[b] if b < len(doc.lines) else len(doc.text)
    doc.edits.append((doc.starts[a], end, "\n".join(lines) + ("\n" if lines and b < len(doc.lines) else "")))


def is_kramdown_toc(tokens: list[Token], i: int) -> bool:
    """`* TOC` then `{:toc}`: kramdown writes its table of contents there; one list item, one line."""
    if not re.search(r"\n\s*\{::?toc\}\s*$", tokens[i].content):
        return False
    return any(t.type in ("bullet_list_open", "ordered_list_open") for t in tokens[max(0, i - 3):i])


def remove_list(doc: Text, tokens: list[Token], i: int, message: str) -> None:
    """Removes the list holding `tokens[i]` (kramdown's TOC marker), whole lines."""
    opener = next(t for t in reversed(tokens[:i]) if t.type in ("bullet_list_open", "ordered_list_open"))
    assert opener.map is not None
    a, b = opener.map
    end = doc.starts[b] if b < len(doc.lines) else len(doc.text)
    doc.edits.append((doc.starts[a], end, ""))
    doc.notes.add(message, a + 1)


# A table of contents drawn where the text writes its marker alone in a paragraph: Python-Markdown's and Typora's
# `[TOC]`, GitLab's and Azure DevOps' `[[_TOC_]]`, VuePress's and markdown-it's `[[toc]]`, `${toc}`, `{{toc}}`.
_TOC_MARKER = re.compile(r"(?i)\[toc\]|\[\[_?toc_?\]\]|\$\{toc\}|\{\{\s*toc\s*\}\}|\[:toc\]")


def is_toc_marker(tokens: list[Token], i: int) -> bool:
    """A paragraph holding only a table-of-contents marker (`[TOC]`): the old site drew its contents there; this
    site's page would draw one (Python-Markdown's toc) that no check, PDF or redline reads, or show the marker."""
    return i > 0 and tokens[i - 1].type == "paragraph_open" and bool(_TOC_MARKER.fullmatch(tokens[i].content.strip()))


def remove_paragraph(doc: Text, token: Token, message: str) -> None:
    """Removes the paragraph `token` is the text of, whole lines, and the blank line after it."""
    assert token.map is not None
    a, b = token.map
    b += b < len(doc.lines) and not doc.lines[b].strip()
    end = doc.starts[b] if b < len(doc.lines) else len(doc.text)
    doc.edits.append((doc.starts[a], end, ""))
    doc.notes.add(message, a + 1)
