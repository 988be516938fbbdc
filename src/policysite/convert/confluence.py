"""A page exported from Confluence (Export to HTML, a space's HTML export): its text without the wiki around it.

Confluence writes the page's text in `<div id="main-content" class="wiki-content">`, above it the space's
breadcrumbs ("1. Legal", a list), the title as "Space : Page", and "Created by …, last modified on …"; an expand
macro keeps its control's words ("Click here to expand...") above the text it opens. None of them is the policy's.
Nor are the ids Confluence gives the headings, the page's title and the heading's words without their spaces
(`PrivacyPolicy-1.Controller`): another in each language's page and once the page is renamed, they were the sections'
identities, where the site gives a numbered section its number's (`#s1`, in every language).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite import document
from policysite.convert import main_text
from policysite.convert.notes import Notes
from policysite.messages import Said

MAIN = "#main-content.wiki-content"
WIKI = "#breadcrumb-section, #breadcrumbs, .page-metadata, .expand-control, #likes-and-labels-container, #footer"


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """The export's text marked as the page's main content, its title without the space's name, and the wiki's
    breadcrumbs, page details and expand controls left out, said."""
    main = tree.css_first(MAIN)
    if main is None:
        return
    main.attrs["role"] = "main"
    title = tree.css_first("#title-heading #title-text")
    words = " ".join(title.text(deep=True).split()) if title is not None else ""
    if title is not None and " : " in words:
        title.replace_with(words.split(" : ", 1)[1])
    main_text.decompose(tree.css(WIKI))
    notes.add(Said("convert.confluence"))
    _heading_ids(main, notes)
    _panel_titles(main)


def _panel_titles(main: LexborNode) -> None:
    """An info, note or warning panel's title (`<p class="title">` in `.confluence-information-macro`), which the wiki
    draws in bold over the panel's text, in bold: it was a line of plain words, read as the text's."""
    for title in main.css(".confluence-information-macro > p.title"):
        bold = LexborHTMLParser(f"<body><p><strong>{title.inner_html or ''}</strong></p></body>").css_first("p")
        if bold is not None and title.text(deep=True).strip():
            title.replace_with(bold)


def _heading_ids(main: LexborNode, notes: Notes) -> None:
    """The ids Confluence made of the page's title and each heading's words (see above) left out, the links to them
    led to the ids the site gives the headings, said."""
    ids: dict[str, str] = {}
    for heading in main.css("h1, h2, h3, h4, h5, h6"):
        words = " ".join(heading.text(deep=True).split())
        made = str(heading.attributes.get("id") or "")
        if words and made.endswith("-" + re.sub(r"\s", "", words)):
            ids[made] = document.slugify(words)
            del heading.attrs["id"]
    for link in main.css("a[href^='#']"):
        target = str(link.attributes.get("href"))[1:]
        if target in ids:
            link.attrs["href"] = "#" + ids[target]
    if ids:
        notes.add(Said("convert.confluence-heading-ids", count=len(ids)))
