"""A SharePoint site page (a "modern" page of a Microsoft 365 intranet or site): the file its Site Pages library keeps,
and the page as a browser saved it.

The library's file (Download, or a version from its version history: `Privacy.aspx`) is an ASP.NET page whose text
is in its saved properties: `<mso:CanvasContent1>` holds the page's canvas as escaped HTML, its text web parts'
words in `<div data-sp-rte>`, and `<mso:Title>` its title, which SharePoint shows above the canvas. The import
refused the file as a server's code (`<%@ Page … %>`), sending the team to save each version from a browser, which
shows only the latest. Its other web parts (an image, quick links, a document library) hold no words a reader read
there: SharePoint's scripts drew them from their settings (JSON), and they are left out, said by their titles.

A browser's copy of the page holds the text in the same canvas, and around it Microsoft 365's bar, the site's header
and menu, the page's command bar, the author's byline, and under it the page's footer: likes, views, "Save for later",
the comments box ("Be the first to comment", a heading "Comments" the checks read as a section). None is the
policy's: left out, said with their words.
"""
from __future__ import annotations

import html
import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import main_text
from policysite.convert.notes import Notes, clipped, quoted
from policysite.messages import Said

_CANVAS = re.compile(rb"<mso:CanvasContent1\b[^>]*>(?P<canvas>.*?)</mso:CanvasContent1>", re.S)
_TITLE = re.compile(rb"<mso:Title\b[^>]*>(?P<title>.*?)</mso:Title>", re.S)
# The canvas's own elements, and SharePoint's chrome around a saved page's canvas (its data-automation-id and
# data-sp-feature-tag names are SharePoint's, in every tenant and language).
_CANVAS_MARKS = "[data-sp-canvascontrol], [data-sp-rte], [data-sp-feature-tag='Rich Text Editor'], .CanvasZone"
_CHROME = ("#SuiteNavWrapper, #SuiteNavPlaceHolder, [data-automationid='SiteHeader'], .commandBarWrapper, "
           "[data-automation-id='authorByline'], [data-automation-id='sp-socialbar'], "
           "[data-sp-feature-tag='PageFooter'], [data-sp-feature-tag='Comments'], "
           "[data-automation-id='CommentsWrapper']")


def page(data: bytes, notes: Notes) -> bytes | None:
    """The page SharePoint showed of a site page file's saved text (`data`): its title as its <h1> over its canvas's
    text, its other web parts left out, said; None where `data` holds no canvas."""
    found = _CANVAS.search(data)
    if found is None:
        return None
    canvas = html.unescape(found["canvas"].decode("utf-8", "replace"))
    titled = _TITLE.search(data)
    title = " ".join(html.unescape(titled["title"].decode("utf-8", "replace")).split()) if titled else ""
    tree = LexborHTMLParser(f"<main>{canvas}</main>")
    parts = tree.css("[data-sp-webpart]")
    if parts:
        titles = [name for part in parts if (name := _webpart_title(part))]
        notes.add(Said("convert.sharepoint-webparts" + ("/titled" if titles else ""), count=len(parts),
                       titles=quoted(titles)))
        main_text.decompose(parts)
    main = tree.css_first("main")
    text = main.html if main is not None and main.html else "<main></main>"
    notes.add(Said("convert.sharepoint-file", title=clipped(title, 80)))
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>'
            f'{text.replace("<main>", "<main>" + heading, 1)}</body></html>').encode()


def _webpart_title(part: LexborNode) -> str:
    """The title a web part's settings give it (`"title": "Quick links"`), else ""."""
    try:
        settings = json.loads(part.attributes.get("data-sp-webpartdata") or "{}")
    except ValueError:
        return ""
    return str(settings.get("title") or "")[:60] if isinstance(settings, dict) else ""


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """A saved SharePoint page's chrome around its canvas left out, said with its words (see above)."""
    if tree.css_first(_CANVAS_MARKS) is None:
        return
    chrome = [node for node in tree.css(_CHROME) if node.css_first(_CANVAS_MARKS) is None]
    words = [" ".join(node.text(deep=True, separator=" ").split()) for node in chrome]
    if chrome:
        notes.add(Said("convert.sharepoint-chrome", words=quoted([w[:60] for w in words if w], most=4)))
        main_text.decompose(chrome)
