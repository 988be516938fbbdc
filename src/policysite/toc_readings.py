"""A heading's reading (`<ruby>目的<rt>もくてき</rt></ruby>`) in the table of contents, as the text reads it."""
from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from policysite.inline import html_text


def with_readings(toc: Any, content: str) -> Any:
    """`toc` (MkDocs' table of contents of the page `content`) with each entry whose heading gives a reading titled as
    the model reads it, the reading in brackets after its words (inline.ruby_bracket): Python-Markdown's toc strips the
    tags and glued them, "1. 目的もくてき" in the sidebar and the printed contents. Other entries as they are."""
    if "<rt" not in content:
        return toc
    titles: dict[str, str] = {}
    for heading in LexborHTMLParser(content).css("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]"):
        if heading.css_first("rt") is None:
            continue
        for link in heading.css("a.headerlink"):
            link.decompose()
        titles[heading.attributes.get("id") or ""] = " ".join(html_text(heading.html or "").split())

    def walk(entries: Any) -> None:
        for entry in entries:
            if entry.id in titles:
                entry.title = titles[entry.id]
            walk(entry.children)

    walk(toc or [])
    return toc
