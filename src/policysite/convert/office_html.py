"""A text LibreOffice (or OpenOffice) saved as a web page (File › Save As › HTML Document).

Its page headers and footers are written as `<div title="header">` and `<div title="footer">` right in the page's body
(the company's name above the title, `Page 1 of 3` under the text: a web page has no pages), and its footnotes and
endnotes as a paragraph each at the end whose number is a link glued to the note's first word
(`<a class="sdfootnotesym" …>1</a>Within the meaning…`: "1Within"), the mark in the text a link round a
superscript. The margins are left out, with their words said, as a Word document's are; the notes are made what the
Word and OpenDocument imports make them: a numbered list at the end, each note and its mark linked both ways.
"""
from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.elements import shown_words
from policysite.convert.notes import Notes, quoted, say_margins
from policysite.convert.urls import bookmark_id
from policysite.messages import Said

# (and Word's, saved as a web page, `<div style='mso-element:footer' id=f1>`: the footer it repeats under each page,
# `Acme SAS – Confidential – page 1`, was the policy's last paragraph: adoption 29 of session 44)
_MARGINS = ('body > div[title="header"], body > div[title="footer"], ' + ", ".join(
    f"div[style*='mso-element:{kind}'], div[style*='mso-element: {kind}']" for kind in ("header", "footer")))
_MOST_MARGIN = 400  # letters: a page header or footer, not a part of the text laid in a titled div
_NOTES = "a.sdfootnotesym, a.sdendnotesym"


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """The page's margins left out and its notes made a linked list, each said; its bookmarks' names made ids."""
    _margins(tree, notes)
    _notes(tree, notes)
    _bookmarks(tree)
    _date_fields(tree, notes)
    _contents_page_numbers(tree, notes)


# A table of contents' entry as Word saves it as a web page (`<p class=MsoToc1>`, `MsoToc2` …): its title, the tab's
# leader (dots, spaces, in a span of its own or not) and the page number Word showed, which ran into the title
# ("§ 1 Verantwortlicher1": adopt32), as text of its own or after a tab or a leader.
_PAGE = r"(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})"
_LEADER = re.compile(r"[\s.…·_\u00a0-]*")
_ALONE = re.compile(rf"\s*{_PAGE}\s*")
_AFTER_TAB = re.compile(rf"(?P<title>.*?\S)(?:\t|[.…·_]{{3,}}|\u00a0{{2,}})[\s.…·_\u00a0]*{_PAGE}\s*", re.DOTALL)


def _contents_page_numbers(tree: LexborHTMLParser, notes: Notes) -> None:
    count = 0
    for entry in tree.css("p[class^='MsoToc'], p[class^='msotoc']"):
        texts = [node for node in entry.traverse(include_text=True) if node.tag == "-text" and
                 (node.text_content or "").strip()]
        if len(texts) >= 2 and _ALONE.fullmatch(texts[-1].text_content or ""):
            for node in reversed(texts[:-1]):  # the leader before it
                if not _LEADER.fullmatch(node.text_content or "") or node is texts[0]:
                    break
                node.decompose()
            texts[-1].decompose()
            count += 1
        elif texts and (tabbed := _AFTER_TAB.fullmatch(texts[-1].text_content or "")):
            texts[-1].replace_with(tabbed["title"])
            count += 1
    if count:
        notes.add(Said("convert.word-page-numbers", count=count))


def _date_fields(tree: LexborHTMLParser, notes: Notes) -> None:
    """A date field's words (`Mise à jour le <sdfield type=DATETIME>12/4/26</sdfield>`) are kept and said: LibreOffice
    writes a field the document did not fix as the day it saved the page, not the day the text took effect."""
    shown = [" ".join(field.text().split()) for field in tree.css("sdfield")
             if str(field.attributes.get("type") or "").upper() in ("DATETIME", "DATE")]
    if shown := [words for words in shown if words]:
        notes.add(Said("convert.office-date-fields", shown=quoted(shown), count=len(shown)))


# A document's bookmark names, as a word processor writes them into the page (`<a name="_heading=h.30j0zll">`,
# Google Docs' names kept by Word and LibreOffice; `Art."2"(a)`, `x'y`): a name holding `=`, quotes, brackets or
# spaces is no id a heading can take, and ended a Markdown link early. Each such character is a hyphen, in the
# names and the links to them alike, as the Word import writes them.
_UNFIT = re.compile(r"[^\w.-]")


def _bookmarks(tree: LexborHTMLParser) -> None:
    renamed: dict[str, str] = {}
    for node in tree.css("a[name], [id]"):
        for attribute in ("name", "id"):
            value = node.attributes.get(attribute)
            if value and _UNFIT.search(value):
                node.attrs[attribute] = renamed.setdefault(value, bookmark_id(value))
    for link in tree.css('a[href^="#"]') if renamed else ():  # (links to no bookmark, `#!`, left to the others)
        target = str(link.attributes.get("href") or "")[1:]
        if target in renamed:
            link.attrs["href"] = "#" + renamed[target]


def _margins(tree: LexborHTMLParser, notes: Notes) -> None:
    margins = [div for div in tree.css(_MARGINS) if len(div.text(strip=True)) <= _MOST_MARGIN]
    words = [shown_words(div) for div in margins]
    for div in margins:
        div.decompose()
    say_margins(words, notes)


def _notes(tree: LexborHTMLParser, notes: Notes) -> None:
    items: list[str] = []
    first: LexborNode | None = None
    for number, symbol in enumerate(tree.css(_NOTES), start=1):
        kind = "endnote" if "sdendnotesym" in (symbol.attributes.get("class") or "") else "footnote"
        own = symbol.attributes.get("name") or ""
        mark_link = str(symbol.attributes.get("href") or "").removeprefix("#")
        note = symbol.parent
        while note is not None and note.tag != "div" and note.parent is not None and note.parent.tag != "body":
            note = note.parent
        if note is None or note.tag != "div":
            continue
        mark = " ".join(symbol.text().split()) or str(number)
        symbol.decompose()
        words = " ".join(_inner(paragraph) for paragraph in note.iter() if paragraph.tag in ("p", "div"))
        words = words or _inner(note)
        items.append(f'<li id="{kind}-{number}"><p>{words.strip()} <a href="#{kind}-ref-{number}">↑</a></p></li>')
        anchors = [found for found in tree.css("a[name]") if found.attributes.get("name") == mark_link and
                   str(found.attributes.get("href") or "") == f"#{own}"] if own and mark_link else []
        if anchors:
            reference = LexborHTMLParser(f'<sup><a href="#{kind}-{number}" id="{kind}-ref-{number}">'
                                         f"[{html.escape(mark)}]</a></sup>").css_first("sup")
            if reference is not None:
                anchors[0].replace_with(reference)
        if first is None:
            first = note
        else:
            note.decompose()
    if first is None or not items:
        return
    listing = LexborHTMLParser(f"<ol>{''.join(items)}</ol>").css_first("ol")
    if listing is not None:
        first.replace_with(listing)
        notes.add(Said("convert.word-footnotes", count=len(items)))


def _inner(node: LexborNode) -> str:
    return re.sub(r"\s+", " ", "".join(child.html or "" for child in node.iter(include_text=True)))
