"""A Google Docs document published to the web (File › Share › Publish to web: docs.google.com/…/pub), as a page.

Small companies often host their policy so. The page holds the document in `<div id="contents"><div
class="doc-content">`, between Google's banner ("Published using Google Docs", "Report abuse", "Learn more"), a header
repeating the title with "Updated automatically every 5 minutes", and a footer ("Published by Google Docs – Report
Abuse – …"), none of which is the policy's.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from policysite.convert import main_text
from policysite.convert.notes import Notes
from policysite.messages import Said

DOCUMENT = "#contents > .doc-content, #contents .doc-content"
GOOGLE = "#banners, #publish-banner, #header, #footer"


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """The published document marked as the page's main content, Google's banner, header and footer left out."""
    document = tree.css_first(DOCUMENT)
    if document is None or tree.css_first("#contents") is None:
        return
    document.attrs["role"] = "main"
    main_text.decompose(tree.css(GOOGLE))
    notes.add(Said("convert.published-doc"))
