"""A page exported from Confluence (Export to HTML, a space's HTML export): its text without the wiki around it.

Confluence writes the page's text in `<div id="main-content" class="wiki-content">`, above it the space's
breadcrumbs ("1. Legal", a list), the title as "Space : Page", and "Created by …, last modified on …"; an expand
macro keeps its control's words ("Click here to expand...") above the text it opens. None of them is the policy's.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

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
