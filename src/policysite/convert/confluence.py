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

from policysite.convert import google_ids, main_text
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
    _heading_ids(main, tree.css_first("#title-heading"), notes)
    _panel_titles(main)


def _panel_titles(main: LexborNode) -> None:
    """An info, note or warning panel's title (`<p class="title">` in `.confluence-information-macro`), which the wiki
    draws in bold over the panel's text, in bold: it was a line of plain words, read as the text's."""
    for title in main.css(".confluence-information-macro > p.title"):
        bold = LexborHTMLParser(f"<body><p><strong>{title.inner_html or ''}</strong></p></body>").css_first("p")
        if bold is not None and title.text(deep=True).strip():
            title.replace_with(bold)


def _heading_ids(main: LexborNode, title: LexborNode | None, notes: Notes) -> None:
    """The ids Confluence made of the page's title and each heading's words (see above) left out, the links to them
    led to the ids the site gives the headings (google_ids.site_ids: the one rule, the page's title and a second
    heading of one title counted), said with the first of the page's own (the note had quoted
    `PrivacyPolicy-1.Controller` whatever the page: adopt42)."""
    headings = main.css("h1, h2, h3, h4, h5, h6")
    if title is not None and not main.css_first("h1"):  # the page's title, over the text (html_source)
        headings.insert(0, title)
    made: dict[int, str] = {}
    lines = []
    for n, heading in enumerate(headings):
        words = " ".join(heading.text(deep=True).split())
        own = str(heading.attributes.get("id") or "")
        joined = re.sub(r"\s", "", words)
        # (or as office_html wrote an id holding a sign no id may, `-1.Wiezijnwij?` as `-1.Wiezijnwij-`: adopt33)
        either = re.escape(joined) + "|" + re.escape(re.sub(r"[^\w.-]+", "-", joined))
        if words and re.search(rf"-(?:{either})(?:\.\d+)?$", own):  # (a second heading of one title's: `-Data.1`)
            made[n] = own
            del heading.attrs["id"]
            own = ""
        written = _ESCAPE.sub(r"\\\g<0>", words)
        lines.append(f"{'#' * int(str(heading.tag)[1])} {written}" + (f" {{#{own}}}" if own else ""))
    site = google_ids.site_ids(lines, set(made))
    ids = {made[n]: site[n] for n in made}
    for link in main.css("a[href^='#']"):
        target = str(link.attributes.get("href"))[1:]
        if target in ids:
            link.attrs["href"] = "#" + ids[target]
    if ids:
        notes.add(Said("convert.confluence-heading-ids", count=len(ids), example=next(iter(ids))))


_ESCAPE = re.compile(r"[\\`*_\[\]<>#{}]")
