"""What a language's sitemap (`<lang>/sitemap.xml`, beside its history page) gives a search engine: MkDocs lists the
pages of the build it ends (the history, compare and at pages); the text in force is added at the address every
version's page names as canonical, `<lang>/latest/`. (A version's own `sitemap.xml`, which nothing names, lists its
dated address; a sitemap lists the canonical address of a page, under its own folder: sitemaps.org's protocol.)"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

_URLSET = re.compile(r"<urlset\b[^>]*>")


def listed(xml: str, *, loc: str, lastmod: str) -> str:
    """`xml` (a `<urlset>`) listing `loc` too, changed last on `lastmod` (YYYY-MM-DD), first, as MkDocs writes each
    address; unchanged where it lists `loc` already or is no urlset."""
    opened = _URLSET.search(xml)
    if opened is None or f"<loc>{escape(loc)}</loc>" in xml:
        return xml
    entry = f"\n    <url>\n         <loc>{escape(loc)}</loc>\n         <lastmod>{escape(lastmod)}</lastmod>\n    </url>"
    return xml[:opened.end()] + entry + xml[opened.end():]
